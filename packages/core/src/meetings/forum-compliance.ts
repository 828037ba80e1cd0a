/**
 * Compliance of a forum over a period, as data: meetings held against the plan, attendance per member and per principal
 * (*Att leda hela systemet*, the slide "Makt": when expected senior leaders stay away, it sends a strong signal),
 * decisions taken, and the meeting findings counted by code.
 */
import { compareStrings } from "../common/compare.js";
import { SystemledningError } from "../common/errors.js";
import { createIssue } from "../common/issues.js";
import type { IsoDate } from "../schema/primitives.js";
import type { Workspace } from "../workspace/schema.js";
import type { MeetingFindingCode } from "./compliance-messages.js";
import { computeMeetingCompliance } from "./compliance.js";
import { requireIsoDate } from "../common/iso-date.js";
import { principalKeysOf, type PrincipalKey } from "../structure/principals.js";
import { isMembershipActive } from "../structure/queries.js";
import { getWorkspaceIndex } from "../workspace/workspace-index.js";
import { getCurrentDecisions, type CurrentDecision } from "./minutes.js";
import { planForumYear } from "./schedule.js";
import type { Meeting } from "./schema.js";
import { stockholmDateOf } from "../common/stockholm-time.js";

/** Attendance of one member over the held meetings of the period. */
export interface MemberAttendance {
  readonly membershipId: string;
  readonly personId: string;
  readonly hasMandate: boolean;
  /** Held meetings while the membership was active. */
  readonly expected: number;
  readonly present: number;
  /** Meetings where their substitute stood in. */
  readonly represented: number;
  readonly absent: number;
  /** Meetings with attendance recorded but not for this member. */
  readonly notRecorded: number;
  /** `present / expected`, or null when nothing was expected. */
  readonly rate: number | null;
  /** `(present + represented) / expected`, or null. */
  readonly rateWithSubstitutes: number | null;
}

/** How often a principal was represented by a mandate holder (in person or by substitute). */
export interface PrincipalAttendance {
  readonly key: PrincipalKey;
  readonly name: string;
  /** Held meetings with attendance recorded. */
  readonly meetings: number;
  readonly represented: number;
  /** `represented / meetings`, or null when no meeting had attendance recorded. */
  readonly rate: number | null;
}

/** The compliance of a forum over a period. */
export interface ForumCompliance {
  readonly forumId: string;
  readonly from: IsoDate;
  readonly to: IsoDate;
  readonly asOf: IsoDate;
  /** Meetings the rules plan in the period. */
  readonly planned: number;
  readonly held: number;
  readonly cancelled: number;
  /** Meetings in the period not yet held (planned or notice sent). */
  readonly pending: number;
  /** `held - planned`: negative when fewer were held than planned. */
  readonly heldMinusPlanned: number;
  readonly members: readonly MemberAttendance[];
  readonly principals: readonly PrincipalAttendance[];
  /** Decisions of the forum's meetings in the period, with corrections applied, by date. */
  readonly decisions: readonly CurrentDecision[];
  /** How many times each finding occurs in the period's meetings. */
  readonly findingCounts: Readonly<Partial<Record<MeetingFindingCode, number>>>;
}

/** Options of {@link getForumCompliance}. */
export interface ForumComplianceOptions {
  /** First day of the period. */
  readonly from: IsoDate;
  /** Last day of the period (inclusive). */
  readonly to: IsoDate;
  /** The day the answer is for. @default `to` */
  readonly asOf?: IsoDate;
}

const HELD: ReadonlySet<Meeting["status"]> = new Set(["held", "notes-in-review", "approved"]);
const rate = (part: number, whole: number): number | null => (whole === 0 ? null : part / whole);

/**
 * A forum's compliance over `from`..`to`: planned meetings (from its rules, per year) against held,
 * cancelled and pending ones; attendance per member (present, by substitute, absent) and per principal;
 * the decisions taken; and the meeting findings counted by code. Rates are null, never NaN, when nothing
 * was expected. Throws a {@link SystemledningError} (`invalidInput`) for an unknown forum or bad dates.
 *
 * @example
 * const c = getForumCompliance(ws, "f-lchnv", { from: "2025-01-01", to: "2025-12-31" });
 * c.held - c.planned; c.principals.filter((p) => (p.rate ?? 1) < 0.5);
 */
export function getForumCompliance(ws: Workspace, forumId: string, options: ForumComplianceOptions): ForumCompliance {
  const from = requireIsoDate(options.from, ["options", "from"]);
  const to = requireIsoDate(options.to, ["options", "to"]);
  if (to < from)
    throw new SystemledningError("invalidInput", [createIssue(["options", "to"], "invalid_period", { from, to })]);
  const asOf = options.asOf === undefined ? to : requireIsoDate(options.asOf, ["options", "asOf"]);
  const index = getWorkspaceIndex(ws);
  const forum = index.forumById.get(forumId);
  if (forum === undefined)
    throw new SystemledningError("invalidInput", [
      createIssue(["forumId"], "dangling_reference", { id: String(forumId), collection: "forums" }),
    ]);

  let planned = 0;
  for (let year = Number(from.slice(0, 4)); year <= Number(to.slice(0, 4)); year++) {
    for (const meeting of planForumYear(ws, forumId, year).meetings)
      if (meeting.date >= from && meeting.date <= to) planned++;
  }

  const meetings = (index.meetingsByForum.get(forumId) ?? [])
    .map((meeting) => ({ meeting, date: stockholmDateOf(meeting.start) }))
    .filter(({ date }) => date >= from && date <= to);
  const held = meetings.filter(({ meeting }) => HELD.has(meeting.status));
  const memberships = index.membershipsByForum.get(forumId) ?? [];
  const seated = memberships.filter((m) => !m.roles.includes("substitute"));
  const counts = new Map<
    string,
    { expected: number; present: number; represented: number; absent: number; notRecorded: number }
  >();
  for (const m of seated) counts.set(m.id, { expected: 0, present: 0, represented: 0, absent: 0, notRecorded: 0 });
  const leadership = index.leadershipById.get(forum.leadershipId);
  const principalKeys = leadership === undefined ? [] : principalKeysOf(leadership);
  const principalCounts = new Map<PrincipalKey, { meetings: number; represented: number }>();
  for (const key of principalKeys) principalCounts.set(key, { meetings: 0, represented: 0 });

  for (const { meeting, date } of held) {
    const attendance = new Map(meeting.attendance.map((a) => [a.membershipId, a] as const));
    const recorded = meeting.attendance.length > 0;
    const representedPrincipals = new Set<PrincipalKey | null>();
    for (const member of seated) {
      if (!isMembershipActive(member, date)) continue;
      const c = counts.get(member.id)!;
      c.expected++;
      const a = attendance.get(member.id);
      if (a === undefined) c.notRecorded++;
      else if (a.status === "present") c.present++;
      else if (a.status === "represented") c.represented++;
      else c.absent++;
      if (member.hasMandate && a !== undefined && a.status !== "absent")
        representedPrincipals.add(index.principalOfOrganisation.get(member.organisationId) ?? null);
    }
    if (!recorded) continue;
    for (const [key, c] of principalCounts) {
      c.meetings++;
      if (representedPrincipals.has(key)) c.represented++;
    }
  }

  const findingCounts: Partial<Record<MeetingFindingCode, number>> = {};
  for (const { meeting } of meetings) {
    for (const finding of computeMeetingCompliance(index, meeting, asOf).findings)
      findingCounts[finding.code] = (findingCounts[finding.code] ?? 0) + 1;
  }
  const meetingIds = new Set(meetings.map(({ meeting }) => meeting.id));
  const decisions = getCurrentDecisions(ws.decisionLog)
    .filter((d) => meetingIds.has(d.meetingId))
    .sort((a, b) => compareStrings(a.decidedOn, b.decidedOn));

  const members = seated
    .filter((m) => counts.get(m.id)!.expected > 0)
    .map((m): MemberAttendance => {
      const c = counts.get(m.id)!;
      return {
        membershipId: m.id,
        personId: m.personId,
        hasMandate: m.hasMandate,
        ...c,
        rate: rate(c.present, c.expected),
        rateWithSubstitutes: rate(c.present + c.represented, c.expected),
      };
    })
    .sort((a, b) => compareStrings(a.membershipId, b.membershipId));
  const principals = principalKeys.map((key): PrincipalAttendance => {
    const c = principalCounts.get(key)!;
    return {
      key,
      name: index.principalNames.get(key) ?? key,
      meetings: c.meetings,
      represented: c.represented,
      rate: rate(c.represented, c.meetings),
    };
  });
  const cancelled = meetings.filter(({ meeting }) => meeting.status === "cancelled").length;
  return {
    forumId,
    from,
    to,
    asOf,
    planned,
    held: held.length,
    cancelled,
    pending: meetings.length - held.length - cancelled,
    heldMinusPlanned: held.length - planned,
    members,
    principals,
    decisions,
    findingCounts,
  };
}
