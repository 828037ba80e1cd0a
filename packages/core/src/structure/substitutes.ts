/**
 * Substitutes: which members who hold a decision mandate have no substitute (*ersättare*) on a given day,
 * and which substitutes stand in for a seat that is no longer active.
 */
import type { Workspace } from "../workspace/schema.js";
import { createFinding, worstStatus, type StructureFinding, type StructureStatus } from "./messages.js";
import type { Membership } from "./schema.js";
import { compareIds } from "../common/ids.js";
import {
  isMembershipActive,
  isSeated,
  indexForQuestion,
  resolveTarget,
  type ResolvedTarget,
  type StructureQueryOptions,
  type StructureTarget,
} from "./queries.js";
import type { WorkspaceIndex } from "../workspace/workspace-index.js";

/** A membership named in a substitute answer. */
export interface SubstituteAnswerItem extends StructureFinding {
  readonly membershipId: string;
  readonly personId: string;
  readonly forumId: string;
  readonly organisationId: string;
}

/** A substitute whose member's seat is not active on the day (`info`). */
export interface OrphanedSubstituteItem extends SubstituteAnswerItem {
  /** The membership the substitute stands in for. */
  readonly substituteForId: string;
}

/** Mandate holders without a substitute in a forum or leadership on a day. */
export interface MandateHoldersWithoutSubstitute {
  readonly target: StructureTarget;
  readonly asOf: string;
  /** `ok` when every mandate holder has a substitute; otherwise `warning`, or `info` when the profile does not require substitutes. */
  readonly status: StructureStatus;
  /** `profile.structure.substituteRequiredForMandateHolders`. */
  readonly substituteRequired: boolean;
  /** Active, seated memberships with a decision mandate. */
  readonly mandateHolderCount: number;
  /** Of those, how many have an active substitute. */
  readonly withSubstituteCount: number;
  /** Mandate holders with no active substitute, ordered by membership id. */
  readonly holders: readonly SubstituteAnswerItem[];
  /** Active substitutes standing in for a membership that is not active on `asOf`, ordered by id. */
  readonly substitutesForInactiveMembers: readonly OrphanedSubstituteItem[];
}

function personName(index: WorkspaceIndex, membership: Membership): string {
  return index.personById.get(membership.personId)?.name ?? membership.personId;
}

/** Answer the substitute question for an already resolved target. Used by the overview to share work. */
export function computeMandateHoldersWithoutSubstitute(
  index: WorkspaceIndex,
  target: StructureTarget,
  resolved: ResolvedTarget,
  asOf: string,
): MandateHoldersWithoutSubstitute {
  const substituteRequired = index.workspace.profile.structure.substituteRequiredForMandateHolders;
  const status: StructureStatus = substituteRequired ? "warning" : "info";
  const holders: SubstituteAnswerItem[] = [];
  const orphans: OrphanedSubstituteItem[] = [];
  let mandateHolderCount = 0;

  for (const membership of resolved.memberships) {
    if (!isMembershipActive(membership, asOf)) continue;
    if (isSeated(membership)) {
      if (!membership.hasMandate) continue;
      mandateHolderCount += 1;
      const substitutes = index.substitutesByMembership.get(membership.id) ?? [];
      if (substitutes.some((s) => isMembershipActive(s, asOf))) continue;
      const finding = createFinding(status, "mandate_holder_without_substitute", {
        person: personName(index, membership),
        required: substituteRequired ? 1 : 0,
      });
      holders.push({
        membershipId: membership.id,
        personId: membership.personId,
        forumId: membership.forumId,
        organisationId: membership.organisationId,
        ...finding,
      });
    } else if (membership.substituteForId !== undefined) {
      const member = index.membershipById.get(membership.substituteForId);
      if (member !== undefined && isMembershipActive(member, asOf)) continue;
      const finding = createFinding("info", "substitute_for_inactive_member", {
        person: personName(index, membership),
        asOf,
      });
      orphans.push({
        membershipId: membership.id,
        personId: membership.personId,
        forumId: membership.forumId,
        organisationId: membership.organisationId,
        substituteForId: membership.substituteForId,
        ...finding,
      });
    }
  }

  holders.sort((a, b) => compareIds(a.membershipId, b.membershipId));
  orphans.sort((a, b) => compareIds(a.membershipId, b.membershipId));
  return {
    target,
    asOf,
    status: worstStatus([...holders, ...orphans].map((item) => item.status)),
    substituteRequired,
    mandateHolderCount,
    withSubstituteCount: mandateHolderCount - holders.length,
    holders,
    substitutesForInactiveMembers: orphans,
  };
}

/**
 * The active mandate holders of a forum or leadership who have no active substitute on `asOf`.
 *
 * A mandate holder is an active, seated membership (not itself a substitute) with `hasMandate`. Their
 * substitute is an active membership whose roles include "substitute" and whose `substituteForId` is the
 * holder's membership. When the profile does not require substitutes
 * (`substituteRequiredForMandateHolders: false`) the holders are still listed, with status `info`.
 * Substitutes for a seat that is not active on `asOf` are listed separately, also as `info`.
 *
 * @throws {SystemledningError} with reason `invalidInput` when the target id is unknown or `asOf` is not a date.
 * @example
 * const answer = getMandateHoldersWithoutSubstitute(ws, { forumId: "vfr" }, { asOf: "2025-06-01" });
 * answer.holders.map((h) => h.message.sv);
 */
export function getMandateHoldersWithoutSubstitute(
  ws: Workspace,
  target: StructureTarget,
  options: StructureQueryOptions,
): MandateHoldersWithoutSubstitute {
  const index = indexForQuestion(ws, options);
  return computeMandateHoldersWithoutSubstitute(
    index,
    { ...target },
    resolveTarget(index, target, options.asOf),
    options.asOf,
  );
}
