/**
 * Cross-reference checks of the meetings collections, run by the workspace's validating door after the
 * schemas pass (and by every meetings command on its result): unique ids, meetings of known forums,
 * attendance of the forum's own members, substitutes that stand in for the member they are a substitute
 * for, decisions under items of the agenda, log entries of known meetings, corrections of earlier entries
 * of the same meeting with content of the corrected kind, and per-forum rules of known forums.
 * The integrity of the hash chain is checked by `verifyLog` (it needs Web Crypto, which is asynchronous).
 */
import { createIssue, type PathSegment, type ValidationIssue } from "../common/issues.js";
import type { Workspace } from "../workspace/schema.js";
import { createMeetingsIssue } from "./issues.js";
import type { LogEntry } from "./schema.js";

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
    reportDuplicates(
      meeting.attendance.map((a) => a.membershipId),
      (j) => ["meetings", i, "attendance", j, "membershipId"],
      issues,
      (j) => `meetings[${i}].attendance[${j}]`,
      "duplicate_value",
    );
    meeting.attendance.forEach((attendance, j) => {
      const path: PathSegment[] = ["meetings", i, "attendance", j];
      const member = membershipById.get(attendance.membershipId);
      if (member === undefined) dangling([...path, "membershipId"], attendance.membershipId, "memberships");
      else if (member.forumId !== meeting.forumId) {
        issues.push(
          createMeetingsIssue([...path, "membershipId"], "attendance_not_member", {
            id: member.id,
            memberForum: member.forumId,
            forum: meeting.forumId,
          }),
        );
      }
      if (attendance.substituteMembershipId === undefined) return;
      const substitute = membershipById.get(attendance.substituteMembershipId);
      const subPath = [...path, "substituteMembershipId"];
      if (substitute === undefined) dangling(subPath, attendance.substituteMembershipId, "memberships");
      else if (substitute.substituteForId !== attendance.membershipId) {
        const reason =
          substitute.substituteForId === undefined
            ? "no substitute membership"
            : `substitute for ${substitute.substituteForId}`;
        issues.push(
          createMeetingsIssue(subPath, "attendance_not_substitute", {
            id: substitute.id,
            member: attendance.membershipId,
            reason,
          }),
        );
      }
    });
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
    if (entry.kind === "correction") checkCorrection(ws.decisionLog, entry, i, entryIndex, issues);
    if (earlier === undefined) entryIndex.set(entry.id, i);
  });

  const rules = ws.profile.meetings?.forums ?? {};
  for (const forumId of Object.keys(rules)) {
    if (!forumIds.has(forumId)) dangling(["profile", "meetings", "forums", forumId], forumId, "forums");
  }
  return issues;
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
