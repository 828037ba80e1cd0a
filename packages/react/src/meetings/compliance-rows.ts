/**
 * The numbers of the compliance overview, per forum over a period, as the regional support structure
 * follows them: meetings held against the plan so far, notices and notes on time, attendance per principal,
 * decisions and deviations. Built on the core's `getForumCompliance` and `checkMeetingCompliance`, which share
 * the workspace's one index, so a national workspace is read once.
 */
import {
  checkMeetingCompliance,
  getForumCompliance,
  planMeetings,
  stockholmDateOf,
  type ForumCompliance,
  type MeetingCompliance,
  type PrincipalAttendance,
} from "@systemledning/core/meetings";
import { getWorkspaceIndex, type Workspace } from "@systemledning/core/workspace";
import { orderPrincipals } from "./principals.js";

/** A share and what it is a share of: `part` of `whole`, `rate` null when nothing was due. */
export interface PartOfWhole {
  readonly part: number;
  readonly whole: number;
  readonly rate: number | null;
}

/** One forum over the period. */
export interface ForumComplianceRow {
  readonly forumId: string;
  readonly forumName: string;
  /** Meetings the rules plan in the whole period. */
  readonly plannedInPeriod: number;
  /** Meetings the rules plan from the start of the period to `asOf` (or its end, if sooner). */
  readonly plannedToDate: number;
  readonly held: number;
  readonly cancelled: number;
  readonly pending: number;
  /** Notices sent by their deadline, of the meetings whose notice was due or sent. */
  readonly noticeOnTime: PartOfWhole;
  /** Notes sent by their due day, of the held meetings whose notes were due or sent. */
  readonly notesOnTime: PartOfWhole;
  readonly principals: readonly PrincipalAttendance[];
  /** The principal represented least often (null when no attendance is recorded); the first by name on a tie. */
  readonly lowestPrincipal: PrincipalAttendance | null;
  /** How many other principals share the lowest share. */
  readonly lowestTies: number;
  readonly decisions: number;
  /** Findings that break a rule or need a look (notes left out). */
  readonly deviations: number;
  readonly compliance: ForumCompliance;
}

/** Options of {@link getComplianceOverviewRows}. */
export interface ComplianceOverviewOptions {
  /** The forums, in this order. @default every forum of the workspace */
  readonly forumIds?: readonly string[] | undefined;
  readonly from: string;
  readonly to: string;
  /** @default `to` */
  readonly asOf?: string | undefined;
}

const part = (p: number, whole: number): PartOfWhole => ({ part: p, whole, rate: whole === 0 ? null : p / whole });
const HELD = new Set(["held", "notes-in-review", "approved"]);

/**
 * Each forum's compliance over `from`..`to` on `asOf`. Throws the core's error for an unknown forum or
 * dates that are not days (the widget shows it as an alert).
 *
 * @example
 * getComplianceOverviewRows(ws, { forumIds: ["f-lchnv", "f-vfr", "f-schnv"], from: "2025-01-01", to: "2025-12-31" })
 *   .map((row) => `${row.forumName}: ${row.held} av ${row.plannedToDate}`);
 */
export function getComplianceOverviewRows(
  workspace: Workspace,
  options: ComplianceOverviewOptions,
): ForumComplianceRow[] {
  const { from, to } = options;
  const asOf = options.asOf ?? to;
  const until = asOf < to ? asOf : to;
  const index = getWorkspaceIndex(workspace);
  const forumIds = options.forumIds ?? workspace.forums.map((f) => f.id);
  return forumIds.map((forumId): ForumComplianceRow => {
    const compliance = getForumCompliance(workspace, forumId, { from, to, asOf });
    let plannedToDate = 0;
    for (let year = Number(from.slice(0, 4)); year <= Number(until.slice(0, 4)); year++) {
      for (const planned of planMeetings(workspace, forumId, { year }).meetings)
        if (planned.date >= from && planned.date <= until) plannedToDate++;
    }
    const checks: MeetingCompliance[] = (index.meetingsByForum.get(forumId) ?? [])
      .filter((meeting) => {
        const date = stockholmDateOf(meeting.start);
        return date >= from && date <= to;
      })
      .map((meeting) => checkMeetingCompliance(workspace, meeting.id, { asOf }));
    let noticeDue = 0;
    let noticeOk = 0;
    let notesDue = 0;
    let notesOk = 0;
    let deviations = 0;
    for (const check of checks) {
      const meeting = index.meetingById.get(check.meetingId)!;
      const codes = new Set(check.findings.map((f) => f.code));
      deviations += check.findings.filter((f) => f.severity !== "note").length;
      if (
        check.status !== "cancelled" &&
        (meeting.noticeSentAt !== undefined || asOf > check.deadlines.noticeDeadline)
      ) {
        noticeDue++;
        if (meeting.noticeSentAt !== undefined && !codes.has("notice_late")) noticeOk++;
      }
      if (HELD.has(check.status) && (meeting.notesSentAt !== undefined || asOf > check.deadlines.notesDue)) {
        notesDue++;
        if (meeting.notesSentAt !== undefined && !codes.has("notes_late")) notesOk++;
      }
    }
    // In the order a reader looks for them (the region, then municipalities by name), so a tie names the first.
    const withRate = orderPrincipals(compliance.principals).filter((p) => p.rate !== null);
    const lowestPrincipal = withRate.reduce<PrincipalAttendance | null>(
      (low, p) => (low === null || p.rate! < low.rate! ? p : low),
      null,
    );
    const lowestTies =
      lowestPrincipal === null ? 0 : withRate.filter((p) => p.rate === lowestPrincipal.rate).length - 1;
    return {
      forumId,
      forumName: workspace.forums.find((f) => f.id === forumId)?.name ?? forumId,
      plannedInPeriod: compliance.planned,
      plannedToDate,
      held: compliance.held,
      cancelled: compliance.cancelled,
      pending: compliance.pending,
      noticeOnTime: part(noticeOk, noticeDue),
      notesOnTime: part(notesOk, notesDue),
      principals: compliance.principals,
      lowestPrincipal,
      lowestTies,
      decisions: compliance.decisions.length,
      deviations,
      compliance,
    };
  });
}
