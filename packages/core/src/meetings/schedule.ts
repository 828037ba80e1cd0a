/**
 * The annual meeting plan of a forum from its rules: each meeting's day (moved off weekends, public
 * holidays and, when the rules say so, eves), its Stockholm start and end, and the dates derived from it.
 */
import { SystemledningError } from "../common/errors.js";
import { createIssue } from "../common/issues.js";
import type { IsoDate, IsoDateTime, LocalizedText } from "../schema/primitives.js";
import type { Workspace } from "../workspace/schema.js";
import { dayNumberOfIso, isoDateOf, nthWeekdayOfMonth } from "../common/day-numbers.js";
import { isMeetingDay, nonMeetingReason } from "./calendar.js";
import { getMeetingRules, type MeetingRulesSource } from "./rules.js";
import type { MeetingRules } from "./schema-rules.js";
import { formatStockholmInstant, fromStockholm } from "../common/stockholm-time.js";

/** The dates a meeting's rules derive from its day, all in the Stockholm calendar. */
export interface MeetingDeadlines {
  /** Last day to pre-register items (*föranmälan*); moved back to a meeting day. */
  readonly preRegistrationDeadline: IsoDate;
  /** The day the chair and key persons prepare the agenda; moved back to a meeting day. */
  readonly preparationOn: IsoDate;
  /** Last day to send the notice: exactly `noticeDays` before the meeting (sending earlier is always fine). */
  readonly noticeDeadline: IsoDate;
  /** Last day to send the notes to the members; moved forward to a meeting day. */
  readonly notesDue: IsoDate;
  /** Last day to approve the notes (*justering*); moved forward to a meeting day. */
  readonly approvalDue: IsoDate;
}

/** Move a day number by `step` (±1) until it is a meeting day. */
function toMeetingDay(dayNumber: number, step: 1 | -1, evesCount: boolean): number {
  let day = dayNumber;
  while (!isMeetingDay(day, evesCount)) day += step;
  return day;
}

/**
 * The dates derived from a meeting on `meetingDate` under `rules`. Deadlines before the meeting move back
 * to the nearest meeting day (so the chain still holds); deadlines after it move forward, as Swedish
 * deadlines that fall on a holiday do. The notice deadline is the plain calendar date: "at least 14 days
 * before" holds on any day, weekend or not.
 *
 * @example
 * getMeetingDeadlines("2025-03-13", DEFAULT_MEETING_RULES).noticeDeadline // "2025-02-27"
 */
export function getMeetingDeadlines(meetingDate: IsoDate, rules: MeetingRules): MeetingDeadlines {
  return deadlinesOfDay(dayNumberOfIso(meetingDate), rules);
}

/** {@link getMeetingDeadlines} of a day number (the compliance of every meeting has it already). */
export function deadlinesOfDay(day: number, rules: MeetingRules): MeetingDeadlines {
  const eves = rules.evesAreNonMeetingDays;
  const notice = day - rules.noticeDays;
  const notesDue = toMeetingDay(day + rules.notesWithinDays, 1, eves);
  return {
    preRegistrationDeadline: isoDateOf(toMeetingDay(notice - rules.preRegistrationDaysBeforeNotice, -1, eves)),
    preparationOn: isoDateOf(toMeetingDay(notice - rules.preparationDaysBeforeNotice, -1, eves)),
    noticeDeadline: isoDateOf(notice),
    notesDue: isoDateOf(notesDue),
    approvalDue: isoDateOf(toMeetingDay(notesDue + rules.reviewDays, 1, eves)),
  };
}

/** One meeting of an annual plan. */
export interface PlannedMeeting extends MeetingDeadlines {
  /** A stable key: `<forumId>:<year>:<n>`; the iCalendar UID is made from it. */
  readonly key: string;
  /** 1-based position in the year. */
  readonly sequence: number;
  /** The meeting's day. */
  readonly date: IsoDate;
  /** The day the pattern or the fixed dates gave, before any move. */
  readonly scheduledDate: IsoDate;
  /** Why the meeting moved from `scheduledDate` (the holiday's or weekday's name), or null. */
  readonly movedBecause: LocalizedText | null;
  /** For a date the forum fixed itself on a non-meeting day: why that day is one. Fixed dates are never moved. */
  readonly fixedOnNonMeetingDay: LocalizedText | null;
  /** Start and end with Stockholm's offset of that day (`+01:00` or `+02:00`). */
  readonly start: IsoDateTime;
  readonly end: IsoDateTime;
}

/** A forum's meeting plan for one year. */
export interface MeetingPlan {
  readonly forumId: string;
  readonly year: number;
  readonly rules: MeetingRules;
  readonly rulesSource: MeetingRulesSource;
  /** `fixed-dates` when the rules list dates of this year, else `recurrence`. */
  readonly basis: "fixed-dates" | "recurrence";
  /** The day by which this year's dates should have been fixed (in the preceding year). */
  readonly datesFixedBy: IsoDate;
  readonly meetings: readonly PlannedMeeting[];
  /**
   * Whether the number of meetings lies within the rules' `meetingsPerYear`. For a forum that ended in or before the
   * year, only the most counts: a year cut short cannot be held to the fewest.
   */
  readonly withinTarget: boolean;
  /** The day the forum ended (`Forum.endedOn`), when it has: no meeting is planned after it. */
  readonly endedOn?: IsoDate;
}

/** Options of {@link planMeetings}. */
export interface PlanMeetingsOptions {
  /** The calendar year, 1970–2200. */
  readonly year: number;
}

function moveOff(day: number, rules: MeetingRules): number {
  const eves = rules.evesAreNonMeetingDays;
  switch (rules.holidayRule) {
    case "previous-meeting-day":
      return toMeetingDay(day, -1, eves);
    case "same-weekday-next-week": {
      let moved = day;
      // Five weeks at most; a run of holidays that long does not exist, but the loop must end regardless.
      for (let week = 0; week < 5 && !isMeetingDay(moved, eves); week++) moved += 7;
      return toMeetingDay(moved, 1, eves);
    }
    default:
      return toMeetingDay(day, 1, eves);
  }
}

/**
 * A forum's meeting plan for a year, from its rules (see {@link getMeetingRules}). With dates the forum fixed
 * for that year (`fixedDates`), those are the plan; otherwise the recurrence gives one day per listed month,
 * and a day that is not a meeting day (a weekend, a Swedish public holiday, an eve when the rules count eves)
 * moves by the rules' `holidayRule`. Start and end are Stockholm wall-clock times with the right offset on
 * either side of a daylight-saving change. Each meeting carries its derived dates ({@link getMeetingDeadlines}).
 *
 * Throws a {@link SystemledningError} (`invalidInput`) for an unknown forum or a year outside 1970–2200.
 *
 * @example
 * const plan = planMeetings(ws, "f-falun", { year: 2026 });
 * plan.meetings.map((m) => m.date); // ["2026-01-08", "2026-02-12", …]
 */
export function planMeetings(ws: Workspace, forumId: string, options: PlanMeetingsOptions): MeetingPlan {
  const { year } = options;
  if (!Number.isInteger(year) || year < 1970 || year > 2200) {
    throw new SystemledningError("invalidInput", [
      createIssue(["options", "year"], "invalid_value", { allowed: "an integer 1970–2200" }),
    ]);
  }
  if (!ws.forums.some((forum) => forum.id === forumId)) {
    throw new SystemledningError("invalidInput", [
      createIssue(["forumId"], "dangling_reference", { id: String(forumId), collection: "forums" }),
    ]);
  }
  return planForumYear(ws, forumId, year);
}

/** {@link planMeetings} without argument checks, for callers that checked already (the forum compliance, benchmarks). */
export function planForumYear(ws: Workspace, forumId: string, year: number): MeetingPlan {
  const { rules, source } = getMeetingRules(ws.profile, forumId);
  const prefix = `${year}-`;
  const fixed = (rules.fixedDates ?? []).filter((date) => date.startsWith(prefix)).sort();
  const eves = rules.evesAreNonMeetingDays;
  const days: { scheduled: number; day: number; moved: LocalizedText | null; fixedOn: LocalizedText | null }[] = [];
  if (fixed.length > 0) {
    for (const date of new Set(fixed)) {
      const day = dayNumberOfIso(date);
      days.push({ scheduled: day, day, moved: null, fixedOn: nonMeetingReason(day, eves) });
    }
  } else {
    const { months, weekday, ordinal } = rules.recurrence;
    for (const month of months) {
      const scheduled = nthWeekdayOfMonth(year, month, weekday, ordinal);
      const reason = nonMeetingReason(scheduled, eves);
      days.push({
        scheduled,
        day: reason === null ? scheduled : moveOff(scheduled, rules),
        moved: reason,
        fixedOn: null,
      });
    }
  }
  const { startTime, durationMinutes } = rules.recurrence;
  const endedOn = ws.forums.find((forum) => forum.id === forumId)?.endedOn;
  const planned = days.map(({ scheduled, day, moved, fixedOn }, index): PlannedMeeting => {
    const date = isoDateOf(day);
    const start = fromStockholm(date, startTime);
    return {
      key: `${forumId}:${year}:${index + 1}`,
      sequence: index + 1,
      date,
      scheduledDate: isoDateOf(scheduled),
      movedBecause: moved,
      fixedOnNonMeetingDay: fixedOn,
      start: formatStockholmInstant(start),
      end: formatStockholmInstant(start + durationMinutes * 60_000),
      ...getMeetingDeadlines(date, rules),
    };
  });
  // An ended forum keeps its history (docs/decisions/0014) but meets no more after its last day.
  const meetings = endedOn === undefined ? planned : planned.filter((meeting) => meeting.date <= endedOn);
  const endsWithin = endedOn !== undefined && endedOn < `${year}-12-31`;
  return {
    forumId,
    year,
    rules,
    rulesSource: source,
    basis: fixed.length > 0 ? "fixed-dates" : "recurrence",
    datesFixedBy: `${year - 1}-${rules.datesFixedBy}`,
    meetings,
    withinTarget:
      (endsWithin || meetings.length >= rules.meetingsPerYear.min) && meetings.length <= rules.meetingsPerYear.max,
    ...(endedOn === undefined ? {} : { endedOn }),
  };
}
