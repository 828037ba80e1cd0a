/**
 * `@systemledning/core/meetings`: meeting rules as profile data, the annual plan (Swedish holidays,
 * Europe/Stockholm time), quorum, the meeting lifecycle, the hash-chained log of decisions and approved
 * notes, compliance per meeting and per forum, iCalendar export and approved minutes as JSON, CSV and HTML.
 * See the README's section on this module.
 * @module
 */
export * from "./schema.js";
export { validateMeetingsReferences } from "./references.js";
export { MEETINGS_ISSUE_MESSAGES, createMeetingsIssue, type MeetingsIssueCode } from "./issues.js";

export { DEFAULT_MEETING_RULES, getMeetingRules, type MeetingRulesSource } from "./rules.js";
export { addDays } from "../common/day-numbers.js";
export { easterSunday, getSwedishHolidays, type SwedishHoliday } from "./calendar.js";
export {
  formatStockholmInstant,
  fromStockholm,
  stockholmDateOf,
  stockholmOffsetMinutes,
  summerTimeBounds,
  toStockholm,
  type StockholmDateTime,
} from "../common/stockholm-time.js";
export {
  getMeetingDeadlines,
  planMeetings,
  type MeetingDeadlines,
  type MeetingPlan,
  type PlanMeetingsOptions,
  type PlannedMeeting,
} from "./schedule.js";

export {
  getMeetingQuorum,
  requiredForShare,
  type QuorumAbsence,
  type QuorumCheck,
  type QuorumParticipant,
  type QuorumResult,
} from "./quorum.js";

export * from "./schema-intents.js";
export {
  approveMeetingNotes,
  cancelMeeting,
  correctLogEntry,
  logEntryId,
  markMeetingHeld,
  scheduleMeeting,
  sendMeetingNotice,
  sendNotesForReview,
  updateMeeting,
  type MeetingCommandResult,
} from "./commands.js";
export {
  appendToLog,
  hashLogEntry,
  logEntryHashInput,
  verifyLog,
  type AnchoredVerifyLogOptions,
  type LogProof,
  type LogVerification,
  type UnanchoredVerifyLogOptions,
  type UnsealedLogEntry,
  type VerifyLogOptions,
} from "./log.js";

export {
  MEETING_FINDING_MESSAGES,
  MEETING_FINDING_SEVERITY,
  type FindingParams,
  type FindingSeverity,
  type MeetingFinding,
  type MeetingFindingCode,
} from "./compliance-messages.js";
export {
  checkAllMeetingsCompliance,
  checkMeetingCompliance,
  type MeetingCompliance,
  type MeetingComplianceOptions,
} from "./compliance.js";
export {
  getForumCompliance,
  type ForumCompliance,
  type ForumComplianceOptions,
  type MemberAttendance,
  type PrincipalAttendance,
} from "./forum-compliance.js";

export { escapeICalText, foldICalLine, toICalendar, type ICalendarOptions, type ICalendarTarget } from "./icalendar.js";
export {
  getApprovedMinutes,
  getCurrentDecisions,
  type ApprovedMinutes,
  type CurrentDecision,
  type MinutesAttendance,
  type MinutesCorrection,
} from "./minutes.js";
export { AGENDA_KIND_LABELS } from "./labels.js";
export { MINUTES_STYLES } from "./minutes-styles.js";
export {
  MINUTES_CSV_COLUMNS,
  formatMinutesCsv,
  formatMinutesHtml,
  formatMinutesJson,
  type MinutesCsvOptions,
  type MinutesHtmlOptions,
} from "./minutes-export.js";
