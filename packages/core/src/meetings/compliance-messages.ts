/**
 * Compliance findings of meetings: codes, severities and their Swedish and English messages. Findings are
 * data for the UI (a late notice is not an error of the document), so they are not validation issues.
 */
import type { BilingualMessage } from "../common/issues.js";

/** What a secretary checks of a meeting (docs/domain.md, Meetings and decisions: Compliance). */
export type MeetingFindingCode =
  | "notice_missing"
  | "notice_late"
  | "item_registered_late"
  | "outcome_not_recorded"
  | "attendance_missing"
  | "no_quorum"
  | "notes_overdue"
  | "notes_late"
  | "approval_overdue"
  | "approved_late"
  | "mode_differs"
  | "on_non_meeting_day";

/** How much a finding matters: `error` breaks a rule, `warning` needs attention, `note` is worth knowing. */
export type FindingSeverity = "error" | "warning" | "note";

/** Values a finding's message is built from. */
export type FindingParams = Readonly<Record<string, string | number>>;

/** One compliance finding of a meeting. */
export interface MeetingFinding {
  readonly code: MeetingFindingCode;
  readonly severity: FindingSeverity;
  /** What is found and what to do, in Swedish and English. */
  readonly message: BilingualMessage;
  readonly params: FindingParams;
  /** The field of the meeting it concerns (`meetings[3].noticeSentAt`), or of an agenda item. */
  readonly path: string;
}

const s = (value: string | number | undefined): string => String(value ?? "");

/** The severity of each finding. */
export const MEETING_FINDING_SEVERITY: Readonly<Record<MeetingFindingCode, FindingSeverity>> = {
  notice_missing: "error",
  notice_late: "error",
  item_registered_late: "warning",
  outcome_not_recorded: "warning",
  attendance_missing: "warning",
  no_quorum: "error",
  notes_overdue: "warning",
  notes_late: "warning",
  approval_overdue: "warning",
  approved_late: "note",
  mode_differs: "note",
  on_non_meeting_day: "warning",
};

/** Message builders per finding. */
export const MEETING_FINDING_MESSAGES: Readonly<Record<MeetingFindingCode, (p: FindingParams) => BilingualMessage>> = {
  notice_missing: (p) => ({
    sv: `Kallelsen skulle ha skickats senast ${s(p.deadline)} (${s(p.noticeDays)} dagar före mötet) men är inte registrerad. Skicka den och registrera när.`,
    en: `The notice was due by ${s(p.deadline)} (${s(p.noticeDays)} days before the meeting) but is not recorded. Send it and record when.`,
  }),
  notice_late: (p) => ({
    sv: `Kallelsen skickades ${s(p.sentOn)}, ${s(p.daysBefore)} dagar före mötet; regeln är minst ${s(p.noticeDays)} dagar (senast ${s(p.deadline)}).`,
    en: `The notice went out on ${s(p.sentOn)}, ${s(p.daysBefore)} days before the meeting; the rule is at least ${s(p.noticeDays)} days (by ${s(p.deadline)}).`,
  }),
  item_registered_late: (p) => ({
    sv: `Ärendet "${s(p.title)}" föranmäldes ${s(p.registeredOn)}, efter sista dag för föranmälan ${s(p.deadline)}.`,
    en: `The item "${s(p.title)}" was pre-registered on ${s(p.registeredOn)}, after the deadline ${s(p.deadline)}.`,
  }),
  outcome_not_recorded: (p) => ({
    sv: `Mötet ${s(p.date)} har passerat men är fortfarande "${s(p.status)}". Markera det som genomfört eller inställt.`,
    en: `The meeting on ${s(p.date)} has passed but is still "${s(p.status)}". Mark it held or cancelled.`,
  }),
  attendance_missing: () => ({
    sv: "Närvaron är inte registrerad, så beslutsförheten kan inte bedömas. Registrera närvarande, frånvarande och ersättare.",
    en: "Attendance is not recorded, so the quorum cannot be judged. Record who was present, absent and represented.",
  }),
  no_quorum: (p) => ({
    sv: `Mötet var inte beslutsfört (${s(p.failedSv)}). Beslut som fattades behöver bekräftas vid ett beslutsfört möte.`,
    en: `The meeting was not quorate (${s(p.failedEn)}). Decisions taken need confirming at a quorate meeting.`,
  }),
  notes_overdue: (p) => ({
    sv: `Minnesanteckningarna skulle ha skickats till ledamöterna senast ${s(p.due)} men är inte skickade.`,
    en: `The notes were due to the members by ${s(p.due)} but have not been sent.`,
  }),
  notes_late: (p) => ({
    sv: `Minnesanteckningarna skickades ${s(p.sentOn)}, efter ${s(p.due)}.`,
    en: `The notes were sent on ${s(p.sentOn)}, after ${s(p.due)}.`,
  }),
  approval_overdue: (p) => ({
    sv: `Anteckningarna skulle ha justerats senast ${s(p.due)} men är inte justerade.`,
    en: `The notes were due for approval by ${s(p.due)} but are not approved.`,
  }),
  approved_late: (p) => ({
    sv: `Anteckningarna justerades ${s(p.approvedOn)}, efter ${s(p.due)}.`,
    en: `The notes were approved on ${s(p.approvedOn)}, after ${s(p.due)}.`,
  }),
  mode_differs: (p) => ({
    sv: `Mötet hölls ${s(p.modeSv)} medan forumets regel är ${s(p.defaultSv)} i första hand. Det är tillåtet vid behov; notera gärna skälet.`,
    en: `The meeting was ${s(p.mode)} while the forum's rule prefers ${s(p.default)}. That is allowed when needed; consider noting why.`,
  }),
  on_non_meeting_day: (p) => ({
    sv: `Mötet ${s(p.date)} ligger på en dag som inte är mötesdag (${s(p.reasonSv)}). Flytta det, eller behåll det om det är avsiktligt.`,
    en: `The meeting on ${s(p.date)} falls on a non-meeting day (${s(p.reasonEn)}). Move it, or keep it if intended.`,
  }),
};

/** Names of the modes in running Swedish text. */
export const MODE_SV: Readonly<Record<string, string>> = { physical: "fysiskt", digital: "digitalt", hybrid: "hybrid" };
