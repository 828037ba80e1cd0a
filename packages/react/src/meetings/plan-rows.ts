/**
 * The annual plan beside what happened: each date the rules plan for a forum's year, with the meeting the
 * workspace holds for it (if any) and that meeting's compliance. Pure data, apart from any markup, so a
 * host can build its own view on it: the state and behaviour live apart from the view that draws them.
 */
import {
  checkMeetingCompliance,
  planMeetings,
  stockholmDateOf,
  type Meeting,
  type MeetingCompliance,
  type MeetingPlan,
  type PlannedMeeting,
} from "@systemledning/core/meetings";
import { getWorkspaceIndex, type Workspace } from "@systemledning/core/workspace";

/** A meeting of the workspace with its compliance on the day asked. */
export interface RecordedMeeting {
  readonly meeting: Meeting;
  /** The meeting's Stockholm date. */
  readonly date: string;
  readonly compliance: MeetingCompliance;
}

/** One planned date and the meeting recorded for it. */
export interface AnnualPlanRow {
  readonly planned: PlannedMeeting;
  /** The meeting recorded for this date: on the day, or else on another day of the same month. */
  readonly recorded: RecordedMeeting | null;
  /** Whether the planned date has passed on `asOf` (a past date without a meeting needs a look). */
  readonly past: boolean;
  /** Whether this is the next meeting on `asOf`: the first date still to come, by its meeting's day if it has one. */
  readonly next: boolean;
}

/** A forum's year: the plan, its rows, and the meetings that match no planned date. */
export interface AnnualPlanRows {
  readonly plan: MeetingPlan;
  readonly rows: readonly AnnualPlanRow[];
  /** Meetings of the forum in the year that match no planned date (extra meetings), by date. */
  readonly unplanned: readonly RecordedMeeting[];
}

const month = (date: string): string => date.slice(0, 7);
const distance = (a: string, b: string): number =>
  Math.abs(Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`));

/**
 * Match a forum's recorded meetings of `year` to the dates its rules plan: first on the very day, then a
 * meeting moved within the month to the nearest free planned date of that month (the sample's May meeting
 * on the 21st for the plan's 15th). What matches nothing is `unplanned`. Compliance is on `asOf`. Throws
 * the core's error for an unknown forum or a year outside 1970–2200 (the widget shows it as an alert).
 *
 * @example
 * const { rows } = getAnnualPlanRows(ws, "f-vasterbergslagen", 2026, "2026-05-13");
 * rows.filter((r) => r.past && r.recorded === null).length; // planned dates that passed without a meeting
 */
export function getAnnualPlanRows(workspace: Workspace, forumId: string, year: number, asOf: string): AnnualPlanRows {
  const plan = planMeetings(workspace, forumId, { year });
  const index = getWorkspaceIndex(workspace);
  const recorded: RecordedMeeting[] = (index.meetingsByForum.get(forumId) ?? [])
    .map((meeting) => ({ meeting, date: stockholmDateOf(meeting.start) }))
    .filter(({ date }) => date.startsWith(`${year}-`))
    .sort((a, b) => Date.parse(a.meeting.start) - Date.parse(b.meeting.start))
    .map(({ meeting, date }) => ({
      meeting,
      date,
      compliance: checkMeetingCompliance(workspace, meeting.id, { asOf }),
    }));

  const matched = new Map<number, RecordedMeeting>();
  const left: RecordedMeeting[] = [];
  for (const entry of recorded) {
    const at = plan.meetings.findIndex((planned, i) => !matched.has(i) && planned.date === entry.date);
    if (at >= 0) matched.set(at, entry);
    else left.push(entry);
  }
  const unplanned: RecordedMeeting[] = [];
  for (const entry of left) {
    let best = -1;
    plan.meetings.forEach((planned, i) => {
      if (matched.has(i) || month(planned.date) !== month(entry.date)) return;
      if (best < 0 || distance(planned.date, entry.date) < distance(plan.meetings[best]!.date, entry.date)) best = i;
    });
    if (best >= 0) matched.set(best, entry);
    else unplanned.push(entry);
  }

  // The next meeting is the first still to come: a date whose meeting was already held (earlier in its
  // month) or was cancelled is not next.
  const nextIndex = plan.meetings.findIndex((planned, i) => {
    const entry = matched.get(i);
    return (entry?.date ?? planned.date) >= asOf && entry?.meeting.status !== "cancelled";
  });
  const rows = plan.meetings.map((planned, i): AnnualPlanRow => ({
    planned,
    recorded: matched.get(i) ?? null,
    past: planned.date < asOf,
    next: i === nextIndex,
  }));
  return { plan, rows, unplanned };
}
