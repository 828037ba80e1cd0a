/**
 * Codes and messages of the timeline module's own validation rules (the common ones are in common/issues.ts).
 * Every code has a Swedish and an English message that says what is wrong and how to fix it.
 */
import {
  issueWithMessage,
  type BilingualMessage,
  type IssueParams,
  type PathSegment,
  type ValidationIssue,
} from "../common/issues.js";

/** Stable codes of the timeline module's rules: the events' schema rules and cross-references. */
export type TimelineIssueCode =
  "event_end_before_start" | "event_start_off_date" | "event_end_off_dates" | "event_end_date_before_date";

const str = (value: string | number | undefined): string => String(value ?? "");

/** Message builders per code of the timeline module. */
export const TIMELINE_ISSUE_MESSAGES: Readonly<Record<TimelineIssueCode, (p: IssueParams) => BilingualMessage>> = {
  event_end_before_start: (p) => ({
    sv: `Aktiviteten slutar (${str(p.end)}) innan eller samtidigt som den börjar (${str(p.start)}). Ange en sluttid efter starttiden, eller ta bort sluttiden.`,
    en: `The event ends (${str(p.end)}) before or when it starts (${str(p.start)}). Give an end after the start, or remove the end.`,
  }),
  event_start_off_date: (p) => ({
    sv: `Starttiden (${str(p.start)}) infaller ${str(p.startDate)} i svensk tid, men aktivitetens datum är ${str(p.date)}. Ange samma dag i date och start.`,
    en: `The start (${str(p.start)}) falls on ${str(p.startDate)} in Swedish time, but the event's date is ${str(p.date)}. Give the same day in date and start.`,
  }),
  event_end_off_dates: (p) => ({
    sv: `Sluttiden (${str(p.end)}) infaller ${str(p.endOn)} i svensk tid, utanför aktivitetens dagar ${str(p.date)}–${str(p.last)}. Ange en sluttid inom dagarna, eller ett slutdatum (endDate) som täcker den.`,
    en: `The end (${str(p.end)}) falls on ${str(p.endOn)} in Swedish time, outside the event's days ${str(p.date)}–${str(p.last)}. Give an end within those days, or an end date (endDate) that covers it.`,
  }),
  event_end_date_before_date: (p) => ({
    sv: `Slutdatumet (${str(p.endDate)}) ligger före aktivitetens första dag (${str(p.date)}). Ange ett slutdatum samma dag eller senare, eller ta bort det för en endagsaktivitet.`,
    en: `The end date (${str(p.endDate)}) is before the event's first day (${str(p.date)}). Give an end date on that day or later, or remove it for a one-day event.`,
  }),
};

/** Build a validation issue of the timeline module. */
export function createTimelineIssue(
  pathSegments: readonly PathSegment[],
  code: TimelineIssueCode,
  params: IssueParams = {},
): ValidationIssue {
  return issueWithMessage(pathSegments, code, TIMELINE_ISSUE_MESSAGES[code](params), params);
}
