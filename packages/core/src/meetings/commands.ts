/**
 * Commands of a meeting's life: schedule, change, send the notice, mark held, send the notes for review,
 * approve them (which writes decisions and notes into the hash-chained log), cancel, and correct an entry
 * of the log. Each takes the workspace and an intent and returns a `Result` with a new workspace or a
 * {@link SystemledningError} whose issues say what is wrong and how to fix it; the input is never mutated.
 * Commands that write to the log hash with Web Crypto and so return a Promise.
 */
import type * as z from "zod";
import { SystemledningError } from "../common/errors.js";
import { createIssue, type ValidationIssue } from "../common/issues.js";
import { err, ok, type Result } from "../common/result.js";
import { fromZodIssues } from "../schema/zod-issues.js";
import { parseInput } from "../schema/parse-input.js";
import type { Workspace } from "../workspace/schema.js";
import { createMeetingsIssue } from "./issues.js";
import { appendToLog, type UnsealedLogEntry } from "./log.js";
import { validateMeetingsReferences } from "./references.js";
import { getMeetingRules } from "./rules.js";
import { Meeting, type DecisionRecord, type LogEntry, type MeetingStatus, type NotesRecord } from "./schema.js";
import {
  ScheduleMeetingIntent,
  UpdateMeetingIntent,
  SendNoticeIntent,
  MarkHeldIntent,
  SendNotesIntent,
  CancelMeetingIntent,
  ApproveNotesIntent,
  CorrectLogEntryIntent,
} from "./schema-intents.js";
import { stockholmDateOf } from "../common/stockholm-time.js";

/** The outcome of a meetings command. */
export type MeetingCommandResult = Result<Workspace, SystemledningError>;

const PARSE = { reportInput: false, jitless: true } as const;

function fail(issues: readonly ValidationIssue[]): MeetingCommandResult {
  return err(new SystemledningError("invalidInput", issues));
}

/** Parse an intent; on failure the issues' paths start at `intent`. */
function parseIntent<TSchema extends z.ZodType>(
  schema: TSchema,
  intent: unknown,
): { ok: true; value: z.infer<TSchema> } | { ok: false; result: MeetingCommandResult } {
  const parsed = parseInput(schema, intent, ["intent"]);
  if (parsed.ok) return { ok: true, value: parsed.value };
  return { ok: false, result: fail(parsed.error) };
}

const HINTS: Readonly<Record<MeetingStatus, { readonly sv: string; readonly en: string }>> = {
  planned: { sv: "Skicka kallelsen först (sendMeetingNotice).", en: "Send the notice first (sendMeetingNotice)." },
  "notice-sent": {
    sv: "Markera mötet som genomfört först (markMeetingHeld).",
    en: "Mark the meeting held first (markMeetingHeld).",
  },
  held: {
    sv: "Skicka anteckningarna på justering först (sendNotesForReview).",
    en: "Send the notes for review first (sendNotesForReview).",
  },
  "notes-in-review": {
    sv: "Anteckningarna är redan på justering; justera dem (approveMeetingNotes).",
    en: "The notes are in review already; approve them (approveMeetingNotes).",
  },
  approved: {
    sv: "Ett justerat möte ändras inte; rätta med en rättelse i loggen (correctLogEntry).",
    en: "An approved meeting is not changed; correct it with a correction entry (correctLogEntry).",
  },
  cancelled: {
    sv: "Ett inställt möte ändras inte; planera ett nytt möte.",
    en: "A cancelled meeting is not changed; schedule a new meeting.",
  },
};

/** Find the meeting and check it is in one of `from`; `to` names the target status for the message. */
function findMeeting(
  ws: Workspace,
  meetingId: string,
  from: readonly MeetingStatus[],
  to: MeetingStatus,
): { ok: true; index: number; meeting: Meeting } | { ok: false; result: MeetingCommandResult } {
  const index = ws.meetings.findIndex((m) => m.id === meetingId);
  if (index < 0)
    return {
      ok: false,
      result: fail([
        createIssue(["intent", "meetingId"], "dangling_reference", { id: meetingId, collection: "meetings" }),
      ]),
    };
  const meeting = ws.meetings[index]!;
  if (!from.includes(meeting.status)) {
    const hint = HINTS[meeting.status];
    return {
      ok: false,
      result: fail([
        createMeetingsIssue(["meetings", index, "status"], "invalid_transition", {
          from: meeting.status,
          to,
          hintSv: hint.sv,
          hintEn: hint.en,
        }),
      ]),
    };
  }
  return { ok: true, index, meeting };
}

/** Replace the meeting at `index`, validate the meetings' references, and return the new workspace. */
function withMeeting(ws: Workspace, index: number, meeting: Meeting): MeetingCommandResult {
  const meetings = ws.meetings.slice();
  meetings[index] = meeting;
  return checked({ ...ws, meetings });
}

function checked(next: Workspace): MeetingCommandResult {
  const issues = validateMeetingsReferences(next);
  return issues.length > 0 ? fail(issues) : ok(next);
}

function modeAllowed(ws: Workspace, meeting: Meeting, path: (string | number)[]): ValidationIssue[] {
  const { allowedModes } = getMeetingRules(ws.profile, meeting.forumId).rules;
  return allowedModes.includes(meeting.mode)
    ? []
    : [createMeetingsIssue(path, "mode_not_allowed", { mode: meeting.mode, allowed: allowedModes.join(", ") })];
}

const notBefore = (instant: string, earliest: string): boolean => Date.parse(instant) >= Date.parse(earliest);

/**
 * Add a planned meeting. The meeting must be `planned`, for a known forum, with a unique id, a mode the
 * forum's rules allow, and attendance only of the forum's members.
 *
 * @example
 * const result = scheduleMeeting(ws, { meeting: { id: "m-1", forumId: "f-falun", start: "2026-09-10T09:00:00+02:00", end: "2026-09-10T12:00:00+02:00", mode: "physical", status: "planned", agenda: [], attendance: [] } });
 */
export function scheduleMeeting(ws: Workspace, intent: ScheduleMeetingIntent): MeetingCommandResult {
  const parsed = parseIntent(ScheduleMeetingIntent, intent);
  if (!parsed.ok) return parsed.result;
  const { meeting } = parsed.value;
  if (meeting.status !== "planned") {
    return fail([
      createMeetingsIssue(["intent", "meeting", "status"], "invalid_transition", {
        from: "planned",
        to: meeting.status,
        hintSv: HINTS.planned.sv,
        hintEn: HINTS.planned.en,
      }),
    ]);
  }
  const modeIssues = modeAllowed(ws, meeting, ["intent", "meeting", "mode"]);
  if (modeIssues.length > 0) return fail(modeIssues);
  return checked({ ...ws, meetings: [...ws.meetings, meeting] });
}

/**
 * Change a meeting's title, times, mode, location, agenda (with notes and decisions) or attendance. Refused
 * for an approved or cancelled meeting (`meeting_locked`): approved notes are corrected in the log.
 *
 * @example
 * updateMeeting(ws, { meetingId: "m-1", changes: { attendance: [{ membershipId: "m:f-falun:p-1", status: "present" }] } });
 */
export function updateMeeting(ws: Workspace, intent: UpdateMeetingIntent): MeetingCommandResult {
  const parsed = parseIntent(UpdateMeetingIntent, intent);
  if (!parsed.ok) return parsed.result;
  const { meetingId, changes } = parsed.value;
  const index = ws.meetings.findIndex((m) => m.id === meetingId);
  if (index < 0)
    return fail([
      createIssue(["intent", "meetingId"], "dangling_reference", { id: meetingId, collection: "meetings" }),
    ]);
  const current = ws.meetings[index]!;
  if (current.status === "approved" || current.status === "cancelled")
    return fail([createMeetingsIssue(["meetings", index], "meeting_locked", { status: current.status })]);
  const next: Record<string, unknown> = { ...current };
  for (const [key, value] of Object.entries(changes)) if (value !== undefined) next[key] = value;
  const reparsed = Meeting.safeParse(next, PARSE);
  if (!reparsed.success) return fail(fromZodIssues(reparsed.error.issues, next, ["meetings", index]));
  const modeIssues = changes.mode === undefined ? [] : modeAllowed(ws, reparsed.data, ["intent", "changes", "mode"]);
  if (modeIssues.length > 0) return fail(modeIssues);
  return withMeeting(ws, index, reparsed.data);
}

/**
 * Record that the notice (*kallelse*) went out: planned → notice sent. A late notice is allowed (it is a
 * compliance finding, not an error); a notice after the meeting started is refused.
 *
 * @example
 * sendMeetingNotice(ws, { meetingId: "m-1", sentAt: "2026-08-27T10:00:00+02:00" });
 */
export function sendMeetingNotice(ws: Workspace, intent: SendNoticeIntent): MeetingCommandResult {
  const parsed = parseIntent(SendNoticeIntent, intent);
  if (!parsed.ok) return parsed.result;
  const found = findMeeting(ws, parsed.value.meetingId, ["planned"], "notice-sent");
  if (!found.ok) return found.result;
  if (!notBefore(found.meeting.start, parsed.value.sentAt)) {
    return fail([
      createMeetingsIssue(["intent", "sentAt"], "invalid_transition", {
        from: found.meeting.status,
        to: "notice-sent",
        hintSv: "Kallelsen måste skickas före mötet.",
        hintEn: "The notice must go out before the meeting.",
      }),
    ]);
  }
  return withMeeting(ws, found.index, { ...found.meeting, status: "notice-sent", noticeSentAt: parsed.value.sentAt });
}

/**
 * Record that the meeting took place (optionally in another mode than planned): notice sent → held.
 *
 * @example
 * markMeetingHeld(ws, { meetingId: "m-1", mode: "digital" });
 */
export function markMeetingHeld(ws: Workspace, intent: MarkHeldIntent): MeetingCommandResult {
  const parsed = parseIntent(MarkHeldIntent, intent);
  if (!parsed.ok) return parsed.result;
  const found = findMeeting(ws, parsed.value.meetingId, ["notice-sent"], "held");
  if (!found.ok) return found.result;
  const meeting: Meeting = { ...found.meeting, status: "held", mode: parsed.value.mode ?? found.meeting.mode };
  const modeIssues = modeAllowed(ws, meeting, ["intent", "mode"]);
  if (modeIssues.length > 0) return fail(modeIssues);
  return withMeeting(ws, found.index, meeting);
}

/**
 * Record that the notes went to all members for reading and adjustment (*justering*): held → notes in review.
 * Refused before the meeting started.
 *
 * @example
 * sendNotesForReview(ws, { meetingId: "m-1", sentAt: "2026-09-14T15:00:00+02:00" });
 */
export function sendNotesForReview(ws: Workspace, intent: SendNotesIntent): MeetingCommandResult {
  const parsed = parseIntent(SendNotesIntent, intent);
  if (!parsed.ok) return parsed.result;
  const found = findMeeting(ws, parsed.value.meetingId, ["held"], "notes-in-review");
  if (!found.ok) return found.result;
  if (!notBefore(parsed.value.sentAt, found.meeting.start)) {
    return fail([
      createMeetingsIssue(["intent", "sentAt"], "invalid_transition", {
        from: "held",
        to: "notes-in-review",
        hintSv: "Anteckningar skickas efter mötet.",
        hintEn: "Notes are sent after the meeting.",
      }),
    ]);
  }
  return withMeeting(ws, found.index, {
    ...found.meeting,
    status: "notes-in-review",
    notesSentAt: parsed.value.sentAt,
  });
}

/**
 * Cancel a meeting that has not been held: planned or notice sent → cancelled.
 *
 * @example
 * cancelMeeting(ws, { meetingId: "m-1", cancelledAt: "2026-09-01T08:00:00+02:00", reason: "För få anmälda ärenden." });
 */
export function cancelMeeting(ws: Workspace, intent: CancelMeetingIntent): MeetingCommandResult {
  const parsed = parseIntent(CancelMeetingIntent, intent);
  if (!parsed.ok) return parsed.result;
  const found = findMeeting(ws, parsed.value.meetingId, ["planned", "notice-sent"], "cancelled");
  if (!found.ok) return found.result;
  const meeting: Meeting = { ...found.meeting, status: "cancelled", cancelledAt: parsed.value.cancelledAt };
  if (parsed.value.reason !== undefined) meeting.cancellationReason = parsed.value.reason;
  return withMeeting(ws, found.index, meeting);
}

/** The id of the log entry at `sequence`: `log-<sequence>`, unique within a log. */
export const logEntryId = (sequence: number): string => `log-${sequence}`;

/**
 * Approve the notes (*justering*): notes in review → approved. Appends to the log, in agenda order, one
 * `decision` entry per item with a decision (dated the meeting's Stockholm day), then one `approved-notes`
 * entry with every item's notes and the attendance as approved. From then on the meeting cannot be edited.
 *
 * @example
 * const result = await approveMeetingNotes(ws, { meetingId: "m-1", approvedAt: "2026-09-21T09:00:00+02:00" });
 */
export async function approveMeetingNotes(ws: Workspace, intent: ApproveNotesIntent): Promise<MeetingCommandResult> {
  const parsed = parseIntent(ApproveNotesIntent, intent);
  if (!parsed.ok) return parsed.result;
  const found = findMeeting(ws, parsed.value.meetingId, ["notes-in-review"], "approved");
  if (!found.ok) return found.result;
  const { meeting } = found;
  const { approvedAt } = parsed.value;
  if (meeting.notesSentAt !== undefined && !notBefore(approvedAt, meeting.notesSentAt)) {
    return fail([
      createMeetingsIssue(["intent", "approvedAt"], "invalid_transition", {
        from: meeting.status,
        to: "approved",
        hintSv: "Justering sker efter att anteckningarna skickats.",
        hintEn: "Approval comes after the notes were sent.",
      }),
    ]);
  }
  const decidedOn = stockholmDateOf(meeting.start);
  const entries: UnsealedLogEntry[] = [];
  let sequence = ws.decisionLog.length;
  for (const item of meeting.agenda) {
    if (item.decision === undefined) continue;
    const decision: DecisionRecord = {
      itemId: item.id,
      text: item.decision.text,
      decidedOn,
      activityIds: [...item.decision.activityIds],
    };
    if (item.decision.diarienummer !== undefined) decision.diarienummer = item.decision.diarienummer;
    entries.push({
      id: logEntryId(sequence++),
      kind: "decision",
      meetingId: meeting.id,
      recordedAt: approvedAt,
      decision,
    });
  }
  const notes: NotesRecord = {
    approvedOn: stockholmDateOf(approvedAt),
    items: meeting.agenda.map((item) => ({
      itemId: item.id,
      kind: item.kind,
      title: item.title,
      notes: item.notes ?? "",
    })),
    attendance: meeting.attendance.map((a) => ({ ...a })),
  };
  entries.push({
    id: logEntryId(sequence),
    kind: "approved-notes",
    meetingId: meeting.id,
    recordedAt: approvedAt,
    notes,
  });
  const decisionLog = await appendToLog(ws.decisionLog, entries);
  const meetings = ws.meetings.slice();
  meetings[found.index] = { ...meeting, status: "approved", approvedAt };
  return checked({ ...ws, meetings, decisionLog });
}

/** The kind of content an entry holds: a correction holds what it corrects. */
function contentKind(log: readonly LogEntry[], entry: LogEntry): "decision" | "notes" {
  if (entry.kind === "decision") return "decision";
  if (entry.kind === "approved-notes") return "notes";
  return entry.decision !== undefined
    ? "decision"
    : entry.notes !== undefined
      ? "notes"
      : contentKind(log, log.find((e) => e.id === entry.correctsId) ?? entry);
}

/**
 * Correct an entry of the log after approval: appends a `correction` entry that names the corrected entry
 * and carries the corrected content (a `decision` for a decision, `notes` for approved notes). Nothing in
 * the log is changed; readers apply the latest correction (see `getApprovedMinutes`).
 *
 * @example
 * await correctLogEntry(ws, { correctsId: "log-3", reason: "Fel diarienummer.", recordedAt: "2026-10-01T09:00:00+02:00", decision: { ...old, diarienummer: "RSS 2026/14" } });
 */
export async function correctLogEntry(ws: Workspace, intent: CorrectLogEntryIntent): Promise<MeetingCommandResult> {
  const parsed = parseIntent(CorrectLogEntryIntent, intent);
  if (!parsed.ok) return parsed.result;
  const { correctsId, reason, recordedAt, decision, notes } = parsed.value;
  const corrected = ws.decisionLog.find((e) => e.id === correctsId);
  if (corrected === undefined)
    return fail([
      createIssue(["intent", "correctsId"], "dangling_reference", { id: correctsId, collection: "decisionLog" }),
    ]);
  const expected = contentKind(ws.decisionLog, corrected);
  const given = expected === "decision" ? decision : notes;
  const other = expected === "decision" ? notes : decision;
  if (given === undefined || other !== undefined)
    return fail([createMeetingsIssue(["intent", expected], "correction_content", { expected })]);
  const entry: UnsealedLogEntry = {
    id: logEntryId(ws.decisionLog.length),
    kind: "correction",
    meetingId: corrected.meetingId,
    recordedAt,
    correctsId,
    reason,
  };
  if (decision !== undefined) entry.decision = decision;
  if (notes !== undefined) entry.notes = notes;
  return checked({ ...ws, decisionLog: await appendToLog(ws.decisionLog, [entry]) });
}
