/**
 * The data behind a meeting's page, apart from its markup: who sits at the table on the meeting's day
 * (grouped by organisation, each member with their substitutes), attendance as checkboxes and back, the
 * quorum of attendance not yet saved, and the agenda with the notes and decisions being written.
 */
import {
  getMeetingQuorum,
  stockholmDateOf,
  type AgendaItem,
  type Attendance,
  type LogEntry,
  type Meeting,
  type NotesRecord,
  type QuorumResult,
} from "@systemledning/core/meetings";
import type { Membership } from "@systemledning/core/structure";
import { compareStrings, type Workspace } from "@systemledning/core/workspace";

/** A substitute who can stand in for a member. */
export interface SubstituteSeat {
  readonly membership: Membership;
  readonly name: string;
}

/** A seated member on the meeting's day, with their substitutes. */
export interface MemberSeat {
  readonly membership: Membership;
  readonly name: string;
  /** The member's substitutes active that day. */
  readonly substitutes: readonly SubstituteSeat[];
}

/** The members of one organisation, as the attendance list groups them. */
export interface SeatGroup {
  readonly organisationId: string;
  readonly organisationName: string;
  readonly seats: readonly MemberSeat[];
  /** Substitutes active that day whose member is not (they may still attend). */
  readonly loneSubstitutes: readonly SubstituteSeat[];
}

const active = (m: Membership, date: string): boolean => m.from <= date && (m.to === undefined || date <= m.to);
const byName = <T extends { readonly name: string; readonly membership: Membership }>(a: T, b: T): number =>
  a.name.localeCompare(b.name, "sv") || (a.membership.id < b.membership.id ? -1 : 1);

/**
 * The forum's seats on the meeting's Stockholm day, grouped by organisation in the order principals matter
 * to the quorum: municipalities and the region first (by name), then the other organisations.
 */
export function getSeatGroups(workspace: Workspace, meeting: Meeting): SeatGroup[] {
  const date = stockholmDateOf(meeting.start);
  const people = new Map(workspace.people.map((p) => [p.id, p.name] as const));
  const organisations = new Map(workspace.organisations.map((o) => [o.id, o] as const));
  const memberships = workspace.memberships.filter((m) => m.forumId === meeting.forumId && active(m, date));
  const nameOf = (m: Membership) => people.get(m.personId) ?? m.personId;
  const seated = memberships.filter((m) => !m.roles.includes("substitute"));
  const seatedIds = new Set(seated.map((m) => m.id));
  const groups = new Map<string, { seats: MemberSeat[]; lone: SubstituteSeat[] }>();
  const groupOf = (organisationId: string) => {
    let group = groups.get(organisationId);
    if (group === undefined) groups.set(organisationId, (group = { seats: [], lone: [] }));
    return group;
  };
  for (const member of seated) {
    const substitutes = memberships
      .filter((m) => m.roles.includes("substitute") && m.substituteForId === member.id)
      .map((m) => ({ membership: m, name: nameOf(m) }))
      .sort(byName);
    groupOf(member.organisationId).seats.push({ membership: member, name: nameOf(member), substitutes });
  }
  for (const m of memberships) {
    if (m.roles.includes("substitute") && (m.substituteForId === undefined || !seatedIds.has(m.substituteForId)))
      groupOf(m.organisationId).lone.push({ membership: m, name: nameOf(m) });
  }
  const rank = (id: string) => {
    const kind = organisations.get(id)?.kind;
    return kind === "municipality" ? 0 : kind === "region" ? 1 : 2;
  };
  const nameOfOrganisation = (id: string) => organisations.get(id)?.name ?? id;
  return [...groups.entries()]
    .map(([organisationId, group]) => ({
      organisationId,
      organisationName: nameOfOrganisation(organisationId),
      seats: group.seats.sort(byName),
      loneSubstitutes: group.lone.sort(byName),
    }))
    .sort(
      (a, b) =>
        rank(a.organisationId) - rank(b.organisationId) || a.organisationName.localeCompare(b.organisationName, "sv"),
    );
}

/** Which boxes are ticked, by membership id: a member present, or a substitute at the table. */
export type AttendanceChecks = Readonly<Record<string, boolean>>;

/** The ticked boxes of recorded attendance: present members, and substitutes who stood in or attended. */
export function checksOfAttendance(attendance: readonly Attendance[]): AttendanceChecks {
  const checks: Record<string, boolean> = {};
  for (const entry of attendance) {
    if (entry.status === "represented") {
      checks[entry.membershipId] = false;
      if (entry.substituteMembershipId !== undefined) checks[entry.substituteMembershipId] = true;
    } else if (checks[entry.membershipId] !== true) checks[entry.membershipId] = entry.status === "present";
  }
  return checks;
}

/**
 * The attendance the boxes say: a ticked member is present; an unticked one is represented by their first
 * ticked substitute, or else absent; a ticked substitute who stands in for nobody attends (present, without
 * a vote). Entries of memberships not on the list (not active that day) are kept as they were.
 */
export function attendanceOfChecks(
  groups: readonly SeatGroup[],
  checks: AttendanceChecks,
  previous: readonly Attendance[],
): Attendance[] {
  const out: Attendance[] = [];
  const shown = new Set<string>();
  const standingIn = new Set<string>();
  for (const group of groups) {
    for (const seat of group.seats) {
      shown.add(seat.membership.id);
      for (const substitute of seat.substitutes) shown.add(substitute.membership.id);
      if (checks[seat.membership.id] === true) {
        out.push({ membershipId: seat.membership.id, status: "present" });
        continue;
      }
      const substitute = seat.substitutes.find((s) => checks[s.membership.id] === true);
      if (substitute === undefined) out.push({ membershipId: seat.membership.id, status: "absent" });
      else {
        standingIn.add(substitute.membership.id);
        out.push({
          membershipId: seat.membership.id,
          status: "represented",
          substituteMembershipId: substitute.membership.id,
        });
      }
    }
    for (const substitute of group.loneSubstitutes) shown.add(substitute.membership.id);
  }
  for (const group of groups) {
    const substitutes = [...group.seats.flatMap((seat) => seat.substitutes), ...group.loneSubstitutes];
    for (const substitute of substitutes) {
      const id = substitute.membership.id;
      if (checks[id] === true && !standingIn.has(id) && !out.some((a) => a.membershipId === id))
        out.push({ membershipId: id, status: "present" });
    }
  }
  for (const entry of previous) if (!shown.has(entry.membershipId)) out.push(entry);
  return out.sort((a, b) => compareStrings(a.membershipId, b.membershipId));
}

/**
 * The quorum the meeting would have with `attendance`, by the core's rule (`getMeetingQuorum` on the
 * meeting with that attendance). Only the collections the quorum reads are kept, so a tick costs the same
 * in a national workspace with thousands of meetings as in a county's.
 */
export function getLiveQuorum(workspace: Workspace, meeting: Meeting, attendance: readonly Attendance[]): QuorumResult {
  const probe: Workspace = { ...workspace, meetings: [{ ...meeting, attendance: [...attendance] }], decisionLog: [] };
  return getMeetingQuorum(probe, meeting.id);
}

/** A decision being written: its text and registry number, as typed. */
export interface DecisionDraftText {
  readonly text: string;
  readonly diarienummer: string;
}

/** The notes and decisions being written, by item id (only those the user changed). */
export interface AgendaDrafts {
  readonly notes: Readonly<Record<string, string>>;
  readonly decisions: Readonly<Record<string, DecisionDraftText>>;
}

/** The agenda with the drafts applied: blank notes and a blank decision text are removed, not kept empty. */
export function agendaWithDrafts(agenda: readonly AgendaItem[], drafts: AgendaDrafts): AgendaItem[] {
  return agenda.map((item) => {
    const next: AgendaItem = { ...item };
    const notes = drafts.notes[item.id];
    if (notes !== undefined) {
      if (notes.trim() === "") delete next.notes;
      else next.notes = notes;
    }
    const decision = drafts.decisions[item.id];
    if (decision !== undefined) {
      if (decision.text.trim() === "") delete next.decision;
      else {
        const diarienummer = decision.diarienummer.trim();
        next.decision = {
          text: decision.text,
          activityIds: [...(item.decision?.activityIds ?? [])],
          ...(diarienummer === "" ? {} : { diarienummer }),
        };
      }
    }
    return next;
  });
}

/** Whether the drafts change anything of the agenda. */
export function agendaChanged(agenda: readonly AgendaItem[], drafts: AgendaDrafts): boolean {
  return agenda.some((item) => {
    const notes = drafts.notes[item.id];
    if (notes !== undefined && notes !== (item.notes ?? "")) return true;
    const decision = drafts.decisions[item.id];
    return (
      decision !== undefined &&
      (decision.text !== (item.decision?.text ?? "") || decision.diarienummer !== (item.decision?.diarienummer ?? ""))
    );
  });
}

/** Whether the boxes differ from the recorded attendance. */
export function attendanceChanged(
  groups: readonly SeatGroup[],
  checks: AttendanceChecks,
  attendance: readonly Attendance[],
): boolean {
  const next = attendanceOfChecks(groups, checks, attendance);
  const key = (list: readonly Attendance[]) =>
    JSON.stringify(
      [...list]
        .sort((a, b) => (a.membershipId < b.membershipId ? -1 : 1))
        .map((a) => [a.membershipId, a.status, a.substituteMembershipId ?? null]),
    );
  return key(next) !== key(attendance);
}

/** The latest log entry of a meeting holding its notes (the approved notes, or a later correction of them). */
export function latestNotesEntry(
  log: readonly LogEntry[],
  meetingId: string,
): { readonly id: string; readonly notes: NotesRecord } | null {
  let found: { id: string; notes: NotesRecord } | null = null;
  for (const entry of log) {
    if (entry.meetingId !== meetingId) continue;
    if (entry.kind === "approved-notes") found = { id: entry.id, notes: entry.notes };
    else if (entry.kind === "correction" && entry.notes !== undefined) found = { id: entry.id, notes: entry.notes };
  }
  return found;
}
