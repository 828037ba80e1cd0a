/**
 * Representation coverage: which of a forum's required sectors have a member, which co-opted sectors
 * have someone appointed, and which sectors sit at the table without being asked for.
 */
import type { LocalizedText } from "../schema/primitives.js";
import type { Workspace } from "../workspace/schema.js";
import { worseStatus, type StructureFinding, type StructureReasonCode, type StructureStatus } from "./messages.js";
import type { Membership } from "./schema.js";
import { compareIds } from "../common/ids.js";
import {
  isMembershipActive,
  isSeated,
  indexForQuestion,
  resolveTarget,
  sharedFindingsOf,
  type ResolvedTarget,
  type StructureQueryOptions,
  type StructureTarget,
} from "./queries.js";
import type { WorkspaceIndex } from "../workspace/workspace-index.js";

/** One sector in a coverage answer. */
export interface SectorCoverageItem extends StructureFinding {
  readonly sectorId: string;
  /** The sector's name from the profile's catalogue. */
  readonly sectorName: LocalizedText;
  /** The active, seated memberships that represent the sector, by id. */
  readonly membershipIds: readonly string[];
}

/** A required sector: covered (status `ok`) or missing (status `missing`). */
export interface RequiredSectorItem extends SectorCoverageItem {
  readonly covered: boolean;
}

/** A co-opted sector: someone appointed (`ok`) or no one (`info`). */
export interface CoOptedSectorItem extends SectorCoverageItem {
  readonly available: boolean;
}

/** Representation coverage of a forum or a leadership on a day. */
export interface SectorCoverage {
  readonly target: StructureTarget;
  readonly asOf: string;
  /** The worst status of all items. */
  readonly status: StructureStatus;
  /** Required sectors in the order of the profile's catalogue. */
  readonly required: readonly RequiredSectorItem[];
  /** Co-opted sectors that are not also required, in catalogue order. */
  readonly coOpted: readonly CoOptedSectorItem[];
  /** Sectors represented that are neither required nor co-opted (status `info`), in catalogue order. */
  readonly extra: readonly SectorCoverageItem[];
  readonly requiredCount: number;
  readonly coveredCount: number;
  /** Active, seated memberships that name no sector, by id. */
  readonly membershipIdsWithoutSector: readonly string[];
}

/** The active, seated memberships of `memberships` grouped by sector; ids stay in the order given. */
function representationBySector(
  memberships: readonly Membership[],
  asOf: string,
): { bySector: Map<string, string[]>; withoutSector: string[] } {
  const bySector = new Map<string, string[]>();
  const withoutSector: string[] = [];
  for (const membership of memberships) {
    if (!isMembershipActive(membership, asOf) || !isSeated(membership)) continue;
    if (membership.sectorId === undefined) {
      withoutSector.push(membership.id);
      continue;
    }
    const ids = bySector.get(membership.sectorId);
    if (ids === undefined) bySector.set(membership.sectorId, [membership.id]);
    else ids.push(membership.id);
  }
  return { bySector, withoutSector };
}

function sortInCatalogueOrder(index: WorkspaceIndex, ids: Iterable<string>): string[] {
  const position = index.sectorPosition;
  const unknown = Number.MAX_SAFE_INTEGER;
  return [...ids].sort((a, b) => (position.get(a) ?? unknown) - (position.get(b) ?? unknown) || compareIds(a, b));
}

function sectorNameOf(index: WorkspaceIndex, sectorId: string): LocalizedText {
  return index.sectorById.get(sectorId)?.name ?? { sv: sectorId };
}

function sectorFinding(
  index: WorkspaceIndex,
  status: StructureStatus,
  reason: StructureReasonCode,
  sectorId: string,
): StructureFinding {
  return sharedFindingsOf(index).get(status, reason, sectorId, () => {
    const name = sectorNameOf(index, sectorId);
    return name.en === undefined ? { sectorId, name: name.sv } : { sectorId, name: name.sv, nameEn: name.en };
  });
}

/** Answer the coverage question for an already resolved target. Used by the overview to share work. */
export function computeSectorCoverage(
  index: WorkspaceIndex,
  target: StructureTarget,
  resolved: ResolvedTarget,
  asOf: string,
): SectorCoverage {
  const requiredIds = new Set<string>();
  const coOptedIds = new Set<string>();
  for (const forum of resolved.forums) for (const id of forum.requiredSectorIds) requiredIds.add(id);
  for (const forum of resolved.forums)
    for (const id of forum.coOptedSectorIds) if (!requiredIds.has(id)) coOptedIds.add(id);

  // Memberships come sorted by forum, then id; sort ids so a leadership's union lists them by id only.
  // Each sector is asked for once (required, co-opted and extra are disjoint), so sorting in place is safe.
  const { bySector, withoutSector } = representationBySector(resolved.memberships, asOf);
  let status: StructureStatus = "ok";

  const required = sortInCatalogueOrder(index, requiredIds).map((sectorId): RequiredSectorItem => {
    const membershipIds = bySector.get(sectorId)?.sort() ?? [];
    const covered = membershipIds.length > 0;
    const finding = covered
      ? sectorFinding(index, "ok", "required_sector_covered", sectorId)
      : sectorFinding(index, "missing", "required_sector_missing", sectorId);
    status = worseStatus(status, finding.status);
    return { sectorId, sectorName: sectorNameOf(index, sectorId), membershipIds, covered, ...finding };
  });
  const coOpted = sortInCatalogueOrder(index, coOptedIds).map((sectorId): CoOptedSectorItem => {
    const membershipIds = bySector.get(sectorId)?.sort() ?? [];
    const available = membershipIds.length > 0;
    const finding = available
      ? sectorFinding(index, "ok", "co_opted_sector_available", sectorId)
      : sectorFinding(index, "info", "co_opted_sector_unavailable", sectorId);
    status = worseStatus(status, finding.status);
    return { sectorId, sectorName: sectorNameOf(index, sectorId), membershipIds, available, ...finding };
  });
  const extraIds = [...bySector.keys()].filter((id) => !requiredIds.has(id) && !coOptedIds.has(id));
  const extra = sortInCatalogueOrder(index, extraIds).map((sectorId): SectorCoverageItem => {
    status = worseStatus(status, "info");
    return {
      sectorId,
      sectorName: sectorNameOf(index, sectorId),
      membershipIds: bySector.get(sectorId)?.sort() ?? [],
      ...sectorFinding(index, "info", "extra_sector_represented", sectorId),
    };
  });

  let coveredCount = 0;
  for (const item of required) if (item.covered) coveredCount += 1;
  return {
    target,
    asOf,
    status,
    required,
    coOpted,
    extra,
    requiredCount: required.length,
    coveredCount,
    membershipIdsWithoutSector: withoutSector.sort(),
  };
}

/**
 * Representation coverage of a forum, or of a leadership as the union of its forums, on `asOf`.
 *
 * Each required sector is covered when at least one active, seated membership (not a substitute)
 * represents it, and missing otherwise. Each co-opted sector (that is not also required) is available
 * when someone active represents it. Sectors represented that are neither come back as `extra`. A sector
 * required by one forum of a leadership and co-opted by another counts as required.
 *
 * @throws {SystemledningError} with reason `invalidInput` when the target id is unknown or `asOf` is not a date.
 * @example
 * const coverage = getSectorCoverage(ws, { forumId: "lchnv" }, { asOf: "2025-06-01" });
 * for (const item of coverage.required) console.log(item.sectorName.sv, item.status, item.message.sv);
 */
export function getSectorCoverage(
  ws: Workspace,
  target: StructureTarget,
  options: StructureQueryOptions,
): SectorCoverage {
  const index = indexForQuestion(ws, options);
  return computeSectorCoverage(index, { ...target }, resolveTarget(index, target, options.asOf), options.asOf);
}
