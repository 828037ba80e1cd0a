/**
 * Cross-reference checks of the meetings collections, run by the workspace's validating door after the
 * schemas pass (and by every meetings command on its result): unique ids, meetings of known forums,
 * attendance of the forum's own members, substitutes that stand in for the member they are a substitute
 * for, decisions under items of the agenda that start activities of a plan (when the workspace keeps plans), log entries of known meetings
 * whose ids resolve too (a decision's item and activities; approved notes' items on the meeting's agenda and
 * attendance of the forum's own memberships, checked as the meeting's own attendance is), corrections of
 * earlier entries of the same meeting with content of the corrected kind, and per-forum rules of known forums.
 * The integrity of the hash chain is checked by `verifyLog` (it needs Web Crypto, which is asynchronous).
 */
import { createIssue, formatPath, type PathSegment, type ValidationIssue } from "../common/issues.js";
import type { Membership } from "../structure/schema.js";
import type { Workspace } from "../workspace/schema.js";
import { createMeetingsIssue } from "./issues.js";
import type { Attendance, LogEntry } from "./schema.js";

function reportDuplicates(
  ids: readonly string[],
  path: (i: number) => PathSegment[],
  issues: ValidationIssue[],
  first: (i: number) => string,
  code: "duplicate_id" | "duplicate_value" = "duplicate_id",
): Map<string, number> {
  const seen = new Map<string, number>();
  ids.forEach((id, i) => {
    const earlier = seen.get(id);
    if (earlier === undefined) seen.set(id, i);
    else issues.push(createIssue(path(i), code, { id, value: id, first: first(earlier) }));
  });
  return seen;
}

/** Check that every reference of the meetings collections resolves. Linear in the size of the workspace. */
export function validateMeetingsReferences(ws: Workspace): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const forumIds = new Set(ws.forums.map((f) => f.id));
  const membershipById = new Map(ws.memberships.map((m) => [m.id, m] as const));
  // Activities are checked when the workspace keeps plans, as plans check their decisions only when it keeps
  // meetings: a host without the plan module may keep its activities elsewhere.
  const activityIds =
    ws.plans.length === 0
      ? null
      : new Set(ws.plans.flatMap((plan) => plan.focusAreas.flatMap((area) => area.activities.map((a) => a.id))));
  const dangling = (path: PathSegment[], id: string, collection: string) =>
    issues.push(createIssue(path, "dangling_reference", { id, collection }));

  reportDuplicates(
    ws.meetings.map((m) => m.id),
    (i) => ["meetings", i, "id"],
    issues,
    (i) => `meetings[${i}]`,
  );
  ws.meetings.forEach((meeting, i) => {
    if (!forumIds.has(meeting.forumId)) dangling(["meetings", i, "forumId"], meeting.forumId, "forums");
    reportDuplicates(
      meeting.agenda.map((item) => item.id),
      (j) => ["meetings", i, "agenda", j, "id"],
      issues,
      (j) => `meetings[${i}].agenda[${j}]`,
    );
    meeting.agenda.forEach((item, j) => {
      reportDuplicates(
        item.attachments.map((a) => a.id),
        (k) => ["meetings", i, "agenda", j, "attachments", k, "id"],
        issues,
        (k) => `meetings[${i}].agenda[${j}].attachments[${k}]`,
      );
    });
    checkAttendance(meeting.attendance, meeting.forumId, ["meetings", i, "attendance"], membershipById, issues);
    meeting.agenda.forEach((item, j) =>
      checkActivities(item.decision?.activityIds, ["meetings", i, "agenda", j, "decision"], activityIds, issues),
    );
  });

  const meetingById = new Map(ws.meetings.map((m) => [m.id, m] as const));
  const entryIndex = new Map<string, number>();
  ws.decisionLog.forEach((entry, i) => {
    const earlier = entryIndex.get(entry.id);
    if (earlier !== undefined)
      issues.push(
        createIssue(["decisionLog", i, "id"], "duplicate_id", { id: entry.id, first: `decisionLog[${earlier}]` }),
      );
    const meeting = meetingById.get(entry.meetingId);
    if (meeting === undefined) dangling(["decisionLog", i, "meetingId"], entry.meetingId, "meetings");
    const decision = entry.kind === "approved-notes" ? undefined : entry.decision;
    if (
      decision !== undefined &&
      meeting !== undefined &&
      !meeting.agenda.some((item) => item.id === decision.itemId)
    ) {
      issues.push(
        createMeetingsIssue(["decisionLog", i, "decision", "itemId"], "decision_without_item", { id: decision.itemId }),
      );
    }
    if (decision !== undefined)
      checkActivities(decision.activityIds, ["decisionLog", i, "decision"], activityIds, issues);
    // Approved notes keep their items and attendance as approved: each still names the meeting's agenda and
    // the forum's own memberships, as the meeting itself does, never a person or an id from elsewhere.
    const notes = entry.kind === "decision" ? undefined : entry.notes;
    if (notes !== undefined && meeting !== undefined) {
      notes.items.forEach((item, j) => {
        if (!meeting.agenda.some((agendaItem) => agendaItem.id === item.itemId))
          issues.push(
            createMeetingsIssue(["decisionLog", i, "notes", "items", j, "itemId"], "notes_item_not_on_agenda", {
              id: item.itemId,
            }),
          );
      });
      checkAttendance(
        notes.attendance,
        meeting.forumId,
        ["decisionLog", i, "notes", "attendance"],
        membershipById,
        issues,
      );
    }
    if (entry.kind === "correction") checkCorrection(ws.decisionLog, entry, i, entryIndex, issues);
    if (earlier === undefined) entryIndex.set(entry.id, i);
  });

  const rules = ws.profile.meetings?.forums ?? {};
  for (const forumId of Object.keys(rules)) {
    if (!forumIds.has(forumId)) dangling(["profile", "meetings", "forums", forumId], forumId, "forums");
  }
  return issues;
}

/**
 * Attendance (of a meeting, or as approved notes keep it): each membership once, of the meeting's forum, and a
 * substitute only for the member they are a substitute for.
 */
function checkAttendance(
  attendance: readonly Attendance[],
  forumId: string,
  base: readonly PathSegment[],
  membershipById: ReadonlyMap<string, Membership>,
  issues: ValidationIssue[],
): void {
  const dangling = (path: PathSegment[], id: string) =>
    issues.push(createIssue(path, "dangling_reference", { id, collection: "memberships" }));
  reportDuplicates(
    attendance.map((a) => a.membershipId),
    (j) => [...base, j, "membershipId"],
    issues,
    (j) => `${formatPath(base)}[${j}]`,
    "duplicate_value",
  );
  attendance.forEach((entry, j) => {
    const path: PathSegment[] = [...base, j];
    const member = membershipById.get(entry.membershipId);
    if (member === undefined) dangling([...path, "membershipId"], entry.membershipId);
    else if (member.forumId !== forumId) {
      issues.push(
        createMeetingsIssue([...path, "membershipId"], "attendance_not_member", {
          id: member.id,
          memberForum: member.forumId,
          forum: forumId,
        }),
      );
    }
    if (entry.substituteMembershipId === undefined) return;
    const substitute = membershipById.get(entry.substituteMembershipId);
    const subPath = [...path, "substituteMembershipId"];
    if (substitute === undefined) dangling(subPath, entry.substituteMembershipId);
    else if (substitute.substituteForId !== entry.membershipId) {
      const reason =
        substitute.substituteForId === undefined
          ? "no substitute membership"
          : `substitute for ${substitute.substituteForId}`;
      issues.push(
        createMeetingsIssue(subPath, "attendance_not_substitute", {
          id: substitute.id,
          member: entry.membershipId,
          reason,
        }),
      );
    }
  });
}

/**
 * The plan activities a decision (a draft on the agenda, or as the log keeps it) starts: each an activity of a
 * plan. `known` is null when the workspace keeps no plans; then nothing is checked.
 */
function checkActivities(
  ids: readonly string[] | undefined,
  base: readonly PathSegment[],
  known: ReadonlySet<string> | null,
  issues: ValidationIssue[],
): void {
  if (known === null) return;
  ids?.forEach((id, k) => {
    if (!known.has(id))
      issues.push(
        createIssue([...base, "activityIds", k], "dangling_reference", {
          id,
          collection: "plans.focusAreas.activities",
        }),
      );
  });
}

function checkCorrection(
  log: readonly LogEntry[],
  entry: Extract<LogEntry, { kind: "correction" }>,
  i: number,
  earlierIds: ReadonlyMap<string, number>,
  issues: ValidationIssue[],
): void {
  const at = earlierIds.get(entry.correctsId);
  if (at === undefined) {
    issues.push(
      createMeetingsIssue(["decisionLog", i, "correctsId"], "correction_not_earlier", { id: entry.correctsId }),
    );
    return;
  }
  const corrected = log[at]!;
  if (corrected.meetingId !== entry.meetingId) {
    issues.push(
      createMeetingsIssue(["decisionLog", i, "meetingId"], "correction_other_meeting", {
        meeting: entry.meetingId,
        corrected: corrected.meetingId,
      }),
    );
  }
  // The kind of content the chain of corrections started with: a decision, or approved notes.
  let original: LogEntry = corrected;
  for (let guard = 0; original.kind === "correction" && guard < log.length; guard++) {
    const next = earlierIds.get(original.correctsId);
    if (next === undefined) break;
    original = log[next]!;
  }
  const expected =
    original.kind === "decision"
      ? "decision"
      : original.kind === "approved-notes"
        ? "notes"
        : entry.decision !== undefined
          ? "decision"
          : "notes";
  const hasExpected = expected === "decision" ? entry.decision !== undefined : entry.notes !== undefined;
  const hasOther = expected === "decision" ? entry.notes !== undefined : entry.decision !== undefined;
  if (!hasExpected || hasOther)
    issues.push(createMeetingsIssue(["decisionLog", i, expected], "correction_content", { expected }));
}
