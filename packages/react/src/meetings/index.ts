/**
 * The meeting views: a forum's annual plan, a meeting's page with its quorum and justering, and the
 * compliance overview. Each is its own widget (an `sl-root` with `lang`, an error boundary and a polite
 * live region), takes plain data and hands changes back through callbacks.
 * @module
 */
export { AnnualPlan, type AnnualPlanProps } from "./annual-plan.js";
export { getAnnualPlanRows, type AnnualPlanRow, type AnnualPlanRows, type RecordedMeeting } from "./plan-rows.js";
export { MeetingPage, type MeetingPageProps } from "./meeting-page.js";
export type { MeetingChangeContext, MeetingCommandName } from "./use-meeting-page.js";
export {
  attendanceOfChecks,
  checksOfAttendance,
  getLiveQuorum,
  getSeatGroups,
  type AttendanceChecks,
  type MemberSeat,
  type SeatGroup,
  type SubstituteSeat,
} from "./meeting-model.js";
export { ComplianceOverview, type ComplianceOverviewProps } from "./compliance-overview.js";
export {
  getComplianceOverviewRows,
  type ComplianceOverviewOptions,
  type ForumComplianceRow,
  type PartOfWhole,
} from "./compliance-rows.js";
export { getAttendanceBars, type AttendanceBar } from "./attendance-chart.js";
export { orderPrincipals } from "./principals.js";
export { safeHref } from "./shared.js";
