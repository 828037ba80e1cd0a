/**
 * Quorum (*beslutsförhet*) of a meeting from its attendance and the forum's memberships on the meeting's
 * day. A member with mandate takes part in person or through their own substitute; a substitute counts
 * only for the member they stand in for, and only when that member is absent.
 */
import type { IsoDate } from "../schema/primitives.js";
import type { Membership } from "../structure/schema.js";
import type { Workspace } from "../workspace/schema.js";
import { isMembershipActive } from "../structure/queries.js";
import type { PrincipalKey } from "../structure/principals.js";
import { getWorkspaceIndex, type WorkspaceIndex } from "../workspace/workspace-index.js";
import { requireMeeting } from "./lookups.js";
import { getMeetingRules } from "./rules.js";
import type { Attendance, Meeting } from "./schema.js";
import type { QuorumRule } from "./schema-rules.js";
import { stockholmDateOf } from "../common/stockholm-time.js";

/** How a mandate holder took part. */
export interface QuorumParticipant {
  readonly membershipId: string;
  /** In person, or through their substitute. */
  readonly via: "in-person" | "substitute";
  readonly substituteMembershipId?: string;
  readonly principal: PrincipalKey | null;
}

/** Why a mandate holder did not count. */
export interface QuorumAbsence {
  readonly membershipId: string;
  /** `absent`: marked absent or not recorded; `substitute-invalid`: the named substitute is not theirs or not active that day. */
  readonly reason: "absent" | "not-recorded" | "substitute-invalid";
}

/** One rule of the quorum and whether it held. */
export type QuorumCheck =
  | {
      readonly rule: "share";
      readonly met: boolean;
      readonly taking: number;
      readonly required: number;
      readonly mandateHolders: number;
    }
  | {
      readonly rule: "every-principal";
      readonly met: boolean;
      readonly missing: readonly { readonly key: PrincipalKey; readonly name: string }[];
    }
  | { readonly rule: "chair-or-vice-chair"; readonly met: boolean; readonly presentMembershipIds: readonly string[] };

/** The quorum of a meeting. */
export interface QuorumResult {
  /** True when every rule the forum has holds. A forum with no rule at all is quorate. */
  readonly quorate: boolean;
  readonly checks: readonly QuorumCheck[];
  /** Mandate holders who took part, by membership id. */
  readonly participants: readonly QuorumParticipant[];
  /** Mandate holders who did not, by membership id. */
  readonly absences: readonly QuorumAbsence[];
}

/** The fewest of `total` that satisfy the share: "more than half" of 9 is 5, of 10 is 6. */
export function requiredForShare(total: number, share: NonNullable<QuorumRule["share"]>): number {
  const product = total * share.numerator;
  return share.strictlyMore ? Math.floor(product / share.denominator) + 1 : Math.ceil(product / share.denominator);
}

/** A membership of a forum with what the quorum asks of it, worked out once per forum and index. */
interface Seat {
  readonly member: Membership;
  /** Has a mandate and is not a substitute: counts towards the share. */
  readonly mandateHolder: boolean;
  readonly chairOrViceChair: boolean;
  readonly principal: PrincipalKey | null;
}

/** Seats per forum, per index: an index is tied to one workspace, so they never go stale; the map goes with the index. */
const seatsByIndex = new WeakMap<WorkspaceIndex, Map<string, readonly Seat[]>>();

/** The seats of a forum, ordered by membership id as `membershipsByForum` is. */
function seatsOf(index: WorkspaceIndex, forumId: string): readonly Seat[] {
  let byForum = seatsByIndex.get(index);
  if (byForum === undefined) seatsByIndex.set(index, (byForum = new Map()));
  let seats = byForum.get(forumId);
  if (seats === undefined) {
    seats = (index.membershipsByForum.get(forumId) ?? []).map((member) => ({
      member,
      mandateHolder: member.hasMandate && !member.roles.includes("substitute"),
      chairOrViceChair: member.roles.includes("chair") || member.roles.includes("vice-chair"),
      principal: index.principalOfOrganisation.get(member.organisationId) ?? null,
    }));
    byForum.set(forumId, seats);
  }
  return seats;
}

/**
 * The quorum of `meeting` under `rule`, with lookups from `index`. `date` is the meeting's Stockholm date,
 * when the caller has it already.
 */
export function computeQuorum(
  index: WorkspaceIndex,
  meeting: Meeting,
  rule: QuorumRule,
  date: IsoDate = stockholmDateOf(meeting.start),
): QuorumResult {
  const forum = index.forumById.get(meeting.forumId);
  const attendanceById = new Map<string, Attendance>();
  for (const a of meeting.attendance) attendanceById.set(a.membershipId, a);
  // Ordered by id in the index, so participants and absences come out ordered too.
  const seats = seatsOf(index, meeting.forumId);
  const participants: QuorumParticipant[] = [];
  const absences: QuorumAbsence[] = [];
  let mandateHolders = 0;
  for (const { member, mandateHolder, principal } of seats) {
    if (!mandateHolder || !isMembershipActive(member, date)) continue;
    mandateHolders++;
    const attendance = attendanceById.get(member.id);
    if (attendance === undefined) absences.push({ membershipId: member.id, reason: "not-recorded" });
    else if (attendance.status === "present")
      participants.push({ membershipId: member.id, via: "in-person", principal });
    else if (attendance.status === "absent") absences.push({ membershipId: member.id, reason: "absent" });
    else {
      const substitute =
        attendance.substituteMembershipId === undefined
          ? undefined
          : index.membershipById.get(attendance.substituteMembershipId);
      const valid =
        substitute !== undefined &&
        substitute.substituteForId === member.id &&
        substitute.forumId === member.forumId &&
        isMembershipActive(substitute, date);
      if (valid)
        participants.push({
          membershipId: member.id,
          via: "substitute",
          substituteMembershipId: substitute.id,
          principal,
        });
      else absences.push({ membershipId: member.id, reason: "substitute-invalid" });
    }
  }
  const checks: QuorumCheck[] = [];
  if (rule.share !== undefined) {
    const required = requiredForShare(mandateHolders, rule.share);
    // No mandate holders at all: nobody can decide, whatever the share says.
    checks.push({
      rule: "share",
      met: mandateHolders > 0 && participants.length >= required,
      taking: participants.length,
      required,
      mandateHolders,
    });
  }
  if (rule.everyPrincipalRepresented) {
    const represented = new Set<PrincipalKey | null>();
    for (const participant of participants) represented.add(participant.principal);
    const missing: { key: PrincipalKey; name: string }[] = [];
    for (const { key, code } of forum === undefined
      ? []
      : (index.principalsByLeadership.get(forum.leadershipId) ?? [])) {
      if (!represented.has(key)) missing.push({ key, name: index.principalNames.get(key) ?? code });
    }
    checks.push({ rule: "every-principal", met: missing.length === 0, missing });
  }
  if (rule.chairOrViceChairPresent) {
    const present: string[] = [];
    for (const { member, chairOrViceChair } of seats) {
      if (chairOrViceChair && isMembershipActive(member, date) && attendanceById.get(member.id)?.status === "present")
        present.push(member.id);
    }
    checks.push({ rule: "chair-or-vice-chair", met: present.length > 0, presentMembershipIds: present });
  }
  return { quorate: checks.every((c) => c.met), checks, participants, absences };
}

/**
 * Whether a meeting was quorate under its forum's quorum rule (profile data, see `getMeetingRules`):
 * a share of the mandate holders taking part, every principal represented, the chair or vice chair present;
 * every rule the forum has must hold. Memberships count when active on the meeting's Stockholm date.
 * Throws a {@link SystemledningError} (`invalidInput`) for an unknown meeting.
 *
 * @example
 * getMeetingQuorum(ws, "mt-lchnv-2025-03-14").quorate // true
 */
export function getMeetingQuorum(ws: Workspace, meetingId: string): QuorumResult {
  const index = getWorkspaceIndex(ws);
  const meeting = requireMeeting(index, meetingId);
  return computeQuorum(index, meeting, getMeetingRules(ws.profile, meeting.forumId).rules.quorum);
}
