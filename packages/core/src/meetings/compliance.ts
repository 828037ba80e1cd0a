/**
 * Compliance of a meeting on a given day, as data: notice late or missing, items registered after the
 * deadline, no quorum, notes late, approval overdue, a mode other than the rule's default (a note), a
 * meeting on a non-meeting day. Every date is compared in the Stockholm calendar.
 */
import type { BilingualMessage } from "../common/issues.js";
import type { IsoDate } from "../schema/primitives.js";
import type { Workspace } from "../workspace/schema.js";
import { dayNumberOfIso, isoDateOf } from "../common/day-numbers.js";
import { nonMeetingReason } from "./calendar.js";
import {
  MEETING_FINDING_MESSAGES,
  MEETING_FINDING_SEVERITY,
  MODE_SV,
  type FindingParams,
  type MeetingFinding,
  type MeetingFindingCode,
} from "./compliance-messages.js";
import { requireIsoDate } from "../common/iso-date.js";
import { getWorkspaceIndex, type WorkspaceIndex } from "../workspace/workspace-index.js";
import { requireMeeting } from "./lookups.js";
import { computeQuorum, type QuorumCheck, type QuorumResult } from "./quorum.js";
import { getMeetingRules, type MeetingRulesSource } from "./rules.js";
import { deadlinesOfDay, type MeetingDeadlines } from "./schedule.js";
import type { Meeting } from "./schema.js";
import { stockholmDateOf, stockholmDayNumberOf } from "../common/stockholm-time.js";

/** The compliance of one meeting on a day. */
export interface MeetingCompliance {
  readonly meetingId: string;
  readonly forumId: string;
  /** The meeting's Stockholm date. */
  readonly date: IsoDate;
  readonly status: Meeting["status"];
  readonly asOf: IsoDate;
  readonly rulesSource: MeetingRulesSource;
  readonly deadlines: MeetingDeadlines;
  /** The quorum, once the meeting has been held; null before, and for a cancelled meeting. */
  readonly quorum: QuorumResult | null;
  /** Every finding, in the order a secretary meets them (before, at, after the meeting). */
  readonly findings: readonly MeetingFinding[];
  /** True when no finding is an error or a warning (notes are fine). */
  readonly compliant: boolean;
}

/** Options of {@link checkMeetingCompliance}. */
export interface MeetingComplianceOptions {
  /** The day the answer is for: deadlines after it are not yet due. */
  readonly asOf: IsoDate;
}

const HELD: ReadonlySet<Meeting["status"]> = new Set(["held", "notes-in-review", "approved"]);

const daysBetween = (earlier: IsoDate, later: IsoDate): number => dayNumberOfIso(later) - dayNumberOfIso(earlier);

function failedRules(checks: readonly QuorumCheck[]): BilingualMessage {
  const sv: string[] = [];
  const en: string[] = [];
  for (const check of checks) {
    if (check.met) continue;
    if (check.rule === "share") {
      sv.push(`${check.taking} av ${check.mandateHolders} ledamöter med mandat deltog, minst ${check.required} krävs`);
      en.push(
        `${check.taking} of ${check.mandateHolders} mandate holders took part, at least ${check.required} required`,
      );
    } else if (check.rule === "every-principal") {
      const names = check.missing.map((m) => m.name).join(", ");
      sv.push(`huvudmän utan företrädare: ${names}`);
      en.push(`principals not represented: ${names}`);
    } else {
      sv.push("varken ordförande eller vice ordförande var närvarande");
      en.push("neither the chair nor the vice chair was present");
    }
  }
  return { sv: sv.join("; "), en: en.join("; ") };
}

/** The compliance of `meeting` with lookups from `index` (arguments checked by the caller). */
export function computeMeetingCompliance(index: WorkspaceIndex, meeting: Meeting, asOf: IsoDate): MeetingCompliance {
  const ws = index.workspace;
  const { rules, source } = getMeetingRules(ws.profile, meeting.forumId);
  const day = stockholmDayNumberOf(meeting.start);
  const date = isoDateOf(day);
  const deadlines = deadlinesOfDay(day, rules);
  const base = `meetings[${index.meetingPosition.get(meeting.id) ?? -1}]`;
  const findings: MeetingFinding[] = [];
  // Field names are plain identifiers and indices, so the path is written directly (formatPath's quoting is not needed).
  const add = (code: MeetingFindingCode, field: string, params: FindingParams) =>
    findings.push({
      code,
      severity: MEETING_FINDING_SEVERITY[code],
      message: MEETING_FINDING_MESSAGES[code](params),
      params,
      path: base + field,
    });

  const cancelled = meeting.status === "cancelled";
  if (!cancelled) {
    const nonMeeting = nonMeetingReason(day, rules.evesAreNonMeetingDays);
    if (nonMeeting !== null)
      add("on_non_meeting_day", ".start", { date, reasonSv: nonMeeting.sv, reasonEn: nonMeeting.en ?? nonMeeting.sv });
    if (meeting.noticeSentAt !== undefined) {
      const sentOn = stockholmDateOf(meeting.noticeSentAt);
      if (sentOn > deadlines.noticeDeadline)
        add("notice_late", ".noticeSentAt", {
          sentOn,
          deadline: deadlines.noticeDeadline,
          daysBefore: daysBetween(sentOn, date),
          noticeDays: rules.noticeDays,
        });
    } else if (asOf > deadlines.noticeDeadline) {
      add("notice_missing", ".noticeSentAt", { deadline: deadlines.noticeDeadline, noticeDays: rules.noticeDays });
    }
    meeting.agenda.forEach((item, j) => {
      if (item.preRegisteredAt === undefined) return;
      const registeredOn = stockholmDateOf(item.preRegisteredAt);
      if (registeredOn > deadlines.preRegistrationDeadline)
        add("item_registered_late", `.agenda[${j}].preRegisteredAt`, {
          title: item.title,
          registeredOn,
          deadline: deadlines.preRegistrationDeadline,
        });
    });
    if ((meeting.status === "planned" || meeting.status === "notice-sent") && asOf > date)
      add("outcome_not_recorded", ".status", { date, status: meeting.status });
  }

  let quorum: QuorumResult | null = null;
  if (HELD.has(meeting.status)) {
    if (meeting.attendance.length === 0) add("attendance_missing", ".attendance", {});
    else {
      quorum = computeQuorum(index, meeting, rules.quorum, date);
      if (!quorum.quorate) {
        const failed = failedRules(quorum.checks);
        add("no_quorum", ".attendance", { failedSv: failed.sv, failedEn: failed.en });
      }
    }
    if (meeting.notesSentAt !== undefined) {
      const sentOn = stockholmDateOf(meeting.notesSentAt);
      if (sentOn > deadlines.notesDue) add("notes_late", ".notesSentAt", { sentOn, due: deadlines.notesDue });
    } else if (asOf > deadlines.notesDue) add("notes_overdue", ".notesSentAt", { due: deadlines.notesDue });
    if (meeting.approvedAt !== undefined) {
      const approvedOn = stockholmDateOf(meeting.approvedAt);
      if (approvedOn > deadlines.approvalDue)
        add("approved_late", ".approvedAt", { approvedOn, due: deadlines.approvalDue });
    } else if (asOf > deadlines.approvalDue) add("approval_overdue", ".approvedAt", { due: deadlines.approvalDue });
    if (meeting.mode !== rules.defaultMode) {
      add("mode_differs", ".mode", {
        mode: meeting.mode,
        modeSv: MODE_SV[meeting.mode] ?? meeting.mode,
        default: rules.defaultMode,
        defaultSv: MODE_SV[rules.defaultMode] ?? rules.defaultMode,
      });
    }
  }
  return {
    meetingId: meeting.id,
    forumId: meeting.forumId,
    date,
    status: meeting.status,
    asOf,
    rulesSource: source,
    deadlines,
    quorum,
    findings,
    compliant: findings.every((f) => f.severity === "note"),
  };
}

/**
 * What a secretary checks of a meeting on `asOf`, by the forum's rules: notice late or missing (a notice
 * exactly `noticeDays` before holds, one day later is late), items pre-registered after the deadline, a
 * past meeting still planned, attendance missing, no quorum, notes or approval late or overdue, a mode
 * other than the rule's default (a note), a meeting on a weekend, holiday or eve. Deadlines after `asOf`
 * are not yet due. Throws a {@link SystemledningError} (`invalidInput`) for an unknown meeting or a bad `asOf`.
 *
 * @example
 * const { findings } = checkMeetingCompliance(ws, "mt-lchnv-2025-03-14", { asOf: "2025-04-01" });
 * findings.map((f) => f.message.sv);
 */
export function checkMeetingCompliance(
  ws: Workspace,
  meetingId: string,
  options: MeetingComplianceOptions,
): MeetingCompliance {
  const asOf = requireIsoDate(options.asOf, ["options", "asOf"]);
  const index = getWorkspaceIndex(ws);
  return computeMeetingCompliance(index, requireMeeting(index, meetingId), asOf);
}

/**
 * The compliance of every meeting of the workspace on `asOf`, in document order (one index for all).
 *
 * @example
 * checkAllMeetingsCompliance(ws, { asOf: "2026-05-13" }).filter((c) => !c.compliant).length;
 */
export function checkAllMeetingsCompliance(ws: Workspace, options: MeetingComplianceOptions): MeetingCompliance[] {
  const asOf = requireIsoDate(options.asOf, ["options", "asOf"]);
  const index = getWorkspaceIndex(ws);
  return ws.meetings.map((meeting) => computeMeetingCompliance(index, meeting, asOf));
}
