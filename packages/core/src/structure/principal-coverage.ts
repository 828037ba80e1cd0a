/**
 * Principal mandate coverage: is every principal (*huvudman*) of a leadership — its region and each
 * municipality it covers — represented by someone who can decide on its behalf?
 */
import type { Workspace } from "../workspace/schema.js";
import { worseStatus, type StructureFinding, type StructureReasonCode, type StructureStatus } from "./messages.js";
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
import { type PrincipalKey, type PrincipalKind } from "./principals.js";
import type { WorkspaceIndex } from "../workspace/workspace-index.js";

/** How a principal is represented. */
export type PrincipalRepresentation = "withMandate" | "withoutMandate" | "notRepresented" | "noOrganisation";

/** One principal of a leadership and how it is represented. */
export interface PrincipalMandateItem extends StructureFinding {
  readonly principalKind: PrincipalKind;
  readonly code: string;
  readonly key: PrincipalKey;
  /** The name in the profile, or of the organisation, or the code when neither is known. */
  readonly name: string;
  /** The organisations of this kind with this code, by id (usually one; none when the record is missing). */
  readonly organisationIds: readonly string[];
  readonly representation: PrincipalRepresentation;
  /** Active, seated memberships representing the principal with a decision mandate, by id. */
  readonly membershipIdsWithMandate: readonly string[];
  /** Active, seated memberships representing the principal without a mandate, by id. */
  readonly membershipIdsWithoutMandate: readonly string[];
}

/** Mandate coverage of the principals of a forum's or a leadership's leadership on a day. */
export interface PrincipalMandateCoverage {
  readonly target: StructureTarget;
  readonly asOf: string;
  /** The worst status of all principals. */
  readonly status: StructureStatus;
  /** The region first, then the municipalities in the leadership's order. */
  readonly principals: readonly PrincipalMandateItem[];
  readonly principalCount: number;
  readonly withMandateCount: number;
}

/** The status and reason of each kind of representation. */
const REPRESENTATION_FINDINGS: Readonly<
  Record<PrincipalRepresentation, readonly [StructureStatus, StructureReasonCode]>
> = {
  withMandate: ["ok", "principal_represented_with_mandate"],
  withoutMandate: ["warning", "principal_represented_without_mandate"],
  notRepresented: ["missing", "principal_not_represented"],
  noOrganisation: ["missing", "principal_organisation_missing"],
};

/** Answer the mandate question for an already resolved target. Used by the overview to share work. */
export function computePrincipalMandateCoverage(
  index: WorkspaceIndex,
  target: StructureTarget,
  resolved: ResolvedTarget,
  asOf: string,
): PrincipalMandateCoverage {
  const withMandate = new Map<PrincipalKey, string[]>();
  const withoutMandate = new Map<PrincipalKey, string[]>();
  for (const membership of resolved.memberships) {
    if (!isMembershipActive(membership, asOf) || !isSeated(membership)) continue;
    const key = index.principalOfOrganisation.get(membership.organisationId) ?? null;
    if (key === null) continue;
    const bucket = membership.hasMandate ? withMandate : withoutMandate;
    const ids = bucket.get(key);
    if (ids === undefined) bucket.set(key, [membership.id]);
    else ids.push(membership.id);
  }

  const shared = sharedFindingsOf(index);
  let status: StructureStatus = "ok";
  let withMandateCount = 0;
  const principals = (index.principalsByLeadership.get(resolved.leadership.id) ?? []).map(
    (principal): PrincipalMandateItem => {
      const { key, kind, code, name, organisationIds } = principal;
      const membershipIdsWithMandate = withMandate.get(key)?.sort() ?? [];
      const membershipIdsWithoutMandate = withoutMandate.get(key)?.sort() ?? [];
      const representation: PrincipalRepresentation =
        organisationIds.length === 0
          ? "noOrganisation"
          : membershipIdsWithMandate.length > 0
            ? "withMandate"
            : membershipIdsWithoutMandate.length > 0
              ? "withoutMandate"
              : "notRepresented";
      const [findingStatus, reason] = REPRESENTATION_FINDINGS[representation];
      const finding = shared.get(findingStatus, reason, key, () => ({ name, code, kind }));
      status = worseStatus(status, findingStatus);
      if (representation === "withMandate") withMandateCount += 1;
      return {
        principalKind: kind,
        code,
        key,
        name,
        organisationIds,
        representation,
        membershipIdsWithMandate,
        membershipIdsWithoutMandate,
        ...finding,
      };
    },
  );

  return { target, asOf, status, principals, principalCount: principals.length, withMandateCount };
}

/**
 * Whether each principal of the target's leadership is represented by someone with a decision mandate
 * on `asOf`.
 *
 * The principals are the region with the leadership's `regionCode` and each municipality in its
 * `municipalityCodes`, found as organisations of kind region or municipality with that code. A member
 * represents a principal when their organisation is the principal or a descendant of it via `parentId`
 * (a municipality's social services committee represents the municipality). Only active, seated
 * memberships count; substitutes stand in only when a member is absent. For a forum target only that
 * forum's memberships count; for a leadership, those of all its forums.
 *
 * @throws {SystemledningError} with reason `invalidInput` when the target id is unknown or `asOf` is not a date.
 * @example
 * const coverage = getPrincipalMandateCoverage(ws, { leadershipId: "vasterbergslagen" }, { asOf: "2025-06-01" });
 * coverage.principals.filter((p) => p.representation !== "withMandate").map((p) => p.message.sv);
 */
export function getPrincipalMandateCoverage(
  ws: Workspace,
  target: StructureTarget,
  options: StructureQueryOptions,
): PrincipalMandateCoverage {
  const index = indexForQuestion(ws, options);
  return computePrincipalMandateCoverage(
    index,
    { ...target },
    resolveTarget(index, target, options.asOf),
    options.asOf,
  );
}
