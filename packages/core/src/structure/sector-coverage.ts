/**
 * Representation coverage: which of a forum's required sectors have a member, which co-opted sectors
 * have someone appointed, and which sectors sit at the table without being asked for.
 */
import type { LocalizedText } from "../common/primitives.js";
import type { Workspace } from "../workspace/schema.js";
import { createFinding, worstStatus, type StructureFinding, type StructureStatus } from "./messages.js";
import type { Membership } from "./schema.js";
import {
  isMembershipActive,
  isSeated,
  resolveIndex,
  resolveTarget,
  type ResolvedTarget,
  type StructureIndex,
  type StructureQueryOptions,
  type StructureTarget,
} from "./structure-index.js";

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
function representationBySector(memberships: readonly Membership[], asOf: string): { bySector: Map<string, string[]>; withoutSector: string[] } {
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

/** Answer the coverage question for an already resolved target. Used by the overview to share work. */
export function computeSectorCoverage(index: StructureIndex, target: StructureTarget, resolved: ResolvedTarget, asOf: string): SectorCoverage {
  const position = (sectorId: string): number => index.sectorPosition.get(sectorId) ?? Number.MAX_SAFE_INTEGER;
  const inCatalogueOrder = (ids: Iterable<string>): string[] => [...ids].sort((a, b) => position(a) - position(b) || (a < b ? -1 : a > b ? 1 : 0));

  const requiredIds = new Set<string>();
  const coOptedIds = new Set<string>();
  for (const forum of resolved.forums) for (const id of forum.requiredSectorIds) requiredIds.add(id);
  for (const forum of resolved.forums) for (const id of forum.coOptedSectorIds) if (!requiredIds.has(id)) coOptedIds.add(id);

  // Memberships come sorted by forum, then id; sort ids so a leadership's union lists them by id only.
  // Each sector is asked for once (required, co-opted and extra are disjoint), so sorting in place is safe.
  const { bySector, withoutSector } = representationBySector(resolved.memberships, asOf);
  const idsOf = (sectorId: string): string[] => bySector.get(sectorId)?.sort() ?? [];
  const nameOf = (sectorId: string): LocalizedText => index.sectorById.get(sectorId)?.name ?? { sv: sectorId };
  const nameParams = (sectorId: string): Record<string, string> => {
    const name = nameOf(sectorId);
    return name.en === undefined ? { sectorId, name: name.sv } : { sectorId, name: name.sv, nameEn: name.en };
  };

  const required = inCatalogueOrder(requiredIds).map((sectorId): RequiredSectorItem => {
    const membershipIds = idsOf(sectorId);
    const covered = membershipIds.length > 0;
    const finding = covered
      ? createFinding("ok", "required_sector_covered", nameParams(sectorId))
      : createFinding("missing", "required_sector_missing", nameParams(sectorId));
    return { sectorId, sectorName: nameOf(sectorId), membershipIds, covered, ...finding };
  });
  const coOpted = inCatalogueOrder(coOptedIds).map((sectorId): CoOptedSectorItem => {
    const membershipIds = idsOf(sectorId);
    const available = membershipIds.length > 0;
    const finding = available
      ? createFinding("ok", "co_opted_sector_available", nameParams(sectorId))
      : createFinding("info", "co_opted_sector_unavailable", nameParams(sectorId));
    return { sectorId, sectorName: nameOf(sectorId), membershipIds, available, ...finding };
  });
  const extraIds = [...bySector.keys()].filter((id) => !requiredIds.has(id) && !coOptedIds.has(id));
  const extra = inCatalogueOrder(extraIds).map((sectorId): SectorCoverageItem => ({
    sectorId,
    sectorName: nameOf(sectorId),
    membershipIds: idsOf(sectorId),
    ...createFinding("info", "extra_sector_represented", nameParams(sectorId)),
  }));

  return {
    target,
    asOf,
    status: worstStatus([...required, ...coOpted, ...extra].map((item) => item.status)),
    required,
    coOpted,
    extra,
    requiredCount: required.length,
    coveredCount: required.filter((item) => item.covered).length,
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
export function getSectorCoverage(ws: Workspace, target: StructureTarget, options: StructureQueryOptions): SectorCoverage {
  const index = resolveIndex(ws, options);
  return computeSectorCoverage(index, { ...target }, resolveTarget(index, target), options.asOf);
}
