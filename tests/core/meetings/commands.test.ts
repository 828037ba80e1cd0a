import { describe, expect, it } from "vitest";
import {
  approveMeetingNotes,
  cancelMeeting,
  correctLogEntry,
  getApprovedMinutes,
  markMeetingHeld,
  scheduleMeeting,
  sendMeetingNotice,
  sendNotesForReview,
  updateMeeting,
  verifyLog,
  type MeetingCommandResult,
} from "@systemledning/core/meetings";
import type { Workspace } from "@systemledning/core/workspace";
import { deepFreeze } from "../../fixtures/deep-freeze.js";
import { ALL_PRESENT, FORUM, M, meeting, meetingsWorkspace } from "./meetings-builder.js";

function value(result: MeetingCommandResult): Workspace {
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

function issues(result: MeetingCommandResult): [string, string][] {
  if (result.ok) throw new Error("expected the command to fail");
  return result.error.issues.map((i) => [i.code, i.path]);
}

const AGENDA = [
  {
    id: "i1",
    kind: "decision" as const,
    title: "Prioriterat område",
    attachments: [],
    notes: "Förslag.",
    decision: { text: "Sköra äldre prioriteras.", diarienummer: "RSS 2025/14", activityIds: ["act-1"] },
  },
  { id: "i2", kind: "information" as const, title: "Aktuellt", attachments: [], notes: "Information." },
];

/** A workspace with one meeting taken to `notes-in-review` through the commands. */
function inReview(): Workspace {
  let ws = deepFreeze(meetingsWorkspace());
  ws = value(scheduleMeeting(ws, { meeting: meeting("mt", "2025-03-13", { agenda: AGENDA }) }));
  ws = value(sendMeetingNotice(ws, { meetingId: "mt", sentAt: "2025-02-25T10:00:00+01:00" }));
  ws = value(markMeetingHeld(ws, { meetingId: "mt" }));
  ws = value(updateMeeting(ws, { meetingId: "mt", changes: { attendance: ALL_PRESENT } }));
  return value(sendNotesForReview(ws, { meetingId: "mt", sentAt: "2025-03-17T15:00:00+01:00" }));
}

describe("meeting lifecycle", () => {
  it("moves planned → notice sent → held → notes in review → approved without mutating its input", async () => {
    const ws = deepFreeze(inReview());
    expect(ws.meetings[0]).toMatchObject({
      status: "notes-in-review",
      noticeSentAt: "2025-02-25T10:00:00+01:00",
      notesSentAt: "2025-03-17T15:00:00+01:00",
    });
    const approved = value(await approveMeetingNotes(ws, { meetingId: "mt", approvedAt: "2025-03-24T09:00:00+01:00" }));
    expect(approved.meetings[0]).toMatchObject({ status: "approved", approvedAt: "2025-03-24T09:00:00+01:00" });
    expect(ws.meetings[0]!.status).toBe("notes-in-review");
    expect(ws.decisionLog).toEqual([]);
  });

  it("approving writes the decisions, then the notes, into the hash-chained log", async () => {
    const approved = value(
      await approveMeetingNotes(inReview(), { meetingId: "mt", approvedAt: "2025-03-24T09:00:00+01:00" }),
    );
    expect(approved.decisionLog.map((e) => [e.id, e.kind, e.sequence])).toEqual([
      ["log-0", "decision", 0],
      ["log-1", "approved-notes", 1],
    ]);
    expect(approved.decisionLog[0]).toMatchObject({
      decision: { itemId: "i1", decidedOn: "2025-03-13", diarienummer: "RSS 2025/14", activityIds: ["act-1"] },
      previousHash: null,
    });
    expect(approved.decisionLog[1]!.previousHash).toBe(approved.decisionLog[0]!.hash);
    expect((await verifyLog(approved.decisionLog, { anchor: "unanchored" })).valid).toBe(true);
  });

  it("refuses to edit approved notes, and says to correct them in the log", async () => {
    const approved = value(
      await approveMeetingNotes(inReview(), { meetingId: "mt", approvedAt: "2025-03-24T09:00:00+01:00" }),
    );
    const result = updateMeeting(approved, { meetingId: "mt", changes: { agenda: [] } });
    expect(issues(result)).toEqual([["meeting_locked", "meetings[0]"]]);
    expect(!result.ok && result.error.issues[0]!.message.sv).toContain("rättelse");
  });

  it("a correction after approval is a new entry that references the corrected one; the minutes show the corrected text", async () => {
    const approved = value(
      await approveMeetingNotes(inReview(), { meetingId: "mt", approvedAt: "2025-03-24T09:00:00+01:00" }),
    );
    const first = approved.decisionLog[0]!;
    if (first.kind !== "decision") throw new Error("expected a decision");
    const corrected = value(
      await correctLogEntry(approved, {
        correctsId: first.id,
        reason: "Fel diarienummer.",
        recordedAt: "2025-04-01T10:00:00+02:00",
        decision: { ...first.decision, diarienummer: "RSS 2025/17" },
      }),
    );
    expect(corrected.decisionLog).toHaveLength(3);
    expect(corrected.decisionLog.slice(0, 2)).toEqual(approved.decisionLog);
    expect(corrected.decisionLog[2]).toMatchObject({
      kind: "correction",
      correctsId: "log-0",
      meetingId: "mt",
      previousHash: approved.decisionLog[1]!.hash,
    });
    expect((await verifyLog(corrected.decisionLog, { anchor: "unanchored" })).valid).toBe(true);
    const minutes = getApprovedMinutes(corrected, "mt");
    expect(minutes.decisions).toMatchObject([
      { entryId: "log-0", diarienummer: "RSS 2025/17", correctedBy: ["log-2"] },
    ]);
  });

  it("refuses a correction with the wrong content or of an unknown entry", async () => {
    const approved = value(
      await approveMeetingNotes(inReview(), { meetingId: "mt", approvedAt: "2025-03-24T09:00:00+01:00" }),
    );
    expect(
      issues(
        await correctLogEntry(approved, {
          correctsId: "log-1",
          reason: "x",
          recordedAt: "2025-04-01T10:00:00+02:00",
          decision: { itemId: "i1", text: "t", decidedOn: "2025-03-13", activityIds: [] },
        }),
      ),
    ).toEqual([["correction_content", "intent.notes"]]);
    expect(
      issues(
        await correctLogEntry(approved, { correctsId: "log-9", reason: "x", recordedAt: "2025-04-01T10:00:00+02:00" }),
      ),
    ).toEqual([["dangling_reference", "intent.correctsId"]]);
  });

  it("refuses invalid moves with the reason and the next step", async () => {
    const ws = value(scheduleMeeting(meetingsWorkspace(), { meeting: meeting("mt", "2025-03-13") }));
    const held = markMeetingHeld(ws, { meetingId: "mt" });
    expect(issues(held)).toEqual([["invalid_transition", "meetings[0].status"]]);
    expect(!held.ok && held.error.issues[0]!.message.sv).toContain("Skicka kallelsen först");
    expect(!held.ok && held.error.issues[0]!.message.en).toContain("Send the notice first");
    expect(issues(await approveMeetingNotes(ws, { meetingId: "mt", approvedAt: "2025-03-24T09:00:00+01:00" }))).toEqual(
      [["invalid_transition", "meetings[0].status"]],
    );
    expect(issues(sendNotesForReview(ws, { meetingId: "mt", sentAt: "2025-03-20T09:00:00+01:00" }))).toEqual([
      ["invalid_transition", "meetings[0].status"],
    ]);
    expect(issues(sendMeetingNotice(ws, { meetingId: "mt", sentAt: "2025-03-14T09:00:00+01:00" }))).toEqual([
      ["invalid_transition", "intent.sentAt"],
    ]);
    expect(issues(sendMeetingNotice(ws, { meetingId: "nope", sentAt: "2025-03-01T09:00:00+01:00" }))).toEqual([
      ["dangling_reference", "intent.meetingId"],
    ]);
  });

  it("cancels a meeting not yet held, and refuses to cancel a held one", () => {
    let ws = value(scheduleMeeting(meetingsWorkspace(), { meeting: meeting("mt", "2025-03-13") }));
    const cancelled = value(
      cancelMeeting(ws, { meetingId: "mt", cancelledAt: "2025-03-01T10:00:00+01:00", reason: "Inga ärenden." }),
    );
    expect(cancelled.meetings[0]).toMatchObject({ status: "cancelled", cancellationReason: "Inga ärenden." });
    expect(issues(updateMeeting(cancelled, { meetingId: "mt", changes: { title: "Nytt" } }))).toEqual([
      ["meeting_locked", "meetings[0]"],
    ]);
    ws = value(sendMeetingNotice(ws, { meetingId: "mt", sentAt: "2025-02-25T10:00:00+01:00" }));
    ws = value(markMeetingHeld(ws, { meetingId: "mt", mode: "digital" }));
    expect(ws.meetings[0]!.mode).toBe("digital");
    expect(issues(cancelMeeting(ws, { meetingId: "mt", cancelledAt: "2025-03-14T10:00:00+01:00" }))).toEqual([
      ["invalid_transition", "meetings[0].status"],
    ]);
  });
});

describe("bad input to the commands", () => {
  const ws = meetingsWorkspace();

  it("refuses a meeting for an unknown forum", () => {
    expect(
      issues(scheduleMeeting(ws, { meeting: { ...meeting("mt", "2025-03-13"), forumId: "no-such-forum" } })),
    ).toEqual([["dangling_reference", "meetings[0].forumId"]]);
  });

  it("refuses attendance of a member of another forum", () => {
    const result = scheduleMeeting(ws, {
      meeting: meeting("mt", "2025-03-13", { attendance: [{ membershipId: "m-other", status: "present" }] }),
    });
    expect(issues(result)).toEqual([["attendance_not_member", "meetings[0].attendance[0].membershipId"]]);
  });

  it("refuses a substitute standing in for a member they are not a substitute for", () => {
    const result = scheduleMeeting(ws, {
      meeting: meeting("mt", "2025-03-13", {
        attendance: [{ membershipId: M.b, status: "represented", substituteMembershipId: M.subA }],
      }),
    });
    expect(issues(result)).toEqual([["attendance_not_substitute", "meetings[0].attendance[0].substituteMembershipId"]]);
  });

  it("refuses an end before the start", () => {
    const m = meeting("mt", "2025-03-13");
    expect(issues(scheduleMeeting(ws, { meeting: { ...m, end: "2025-03-13T08:00:00+01:00" } }))).toEqual([
      ["end_before_start", "intent.meeting.end"],
    ]);
    const scheduled = value(scheduleMeeting(ws, { meeting: m }));
    expect(issues(updateMeeting(scheduled, { meetingId: "mt", changes: { end: "2025-03-13T07:00:00Z" } }))).toEqual([
      ["end_before_start", "meetings[0].end"],
    ]);
  });

  it("refuses an agenda item kind that does not exist", () => {
    const agenda = [{ id: "i1", kind: "beslut", title: "X", attachments: [] }];
    const result = scheduleMeeting(ws, { meeting: { ...meeting("mt", "2025-03-13"), agenda } as never });
    expect(issues(result)).toEqual([["invalid_value", "intent.meeting.agenda[0].kind"]]);
    expect(!result.ok && result.error.issues[0]!.message.sv).toContain('"decision"');
  });

  it("refuses a duplicate meeting id, a status other than planned, and a mode the rules do not allow", () => {
    const scheduled = value(scheduleMeeting(ws, { meeting: meeting("mt", "2025-03-13") }));
    expect(issues(scheduleMeeting(scheduled, { meeting: meeting("mt", "2025-04-10") }))).toEqual([
      ["duplicate_id", "meetings[1].id"],
    ]);
    expect(
      issues(
        scheduleMeeting(ws, {
          meeting: meeting("mt", "2025-03-13", { status: "held", noticeSentAt: "2025-02-01T10:00:00+01:00" }),
        }),
      ),
    ).toEqual([["invalid_transition", "intent.meeting.status"]]);
    const physicalOnly = meetingsWorkspace([], {
      ...structuredClone(ws.profile.meetings!.forums[FORUM]!),
      allowedModes: ["physical"],
    });
    expect(
      issues(scheduleMeeting(physicalOnly, { meeting: meeting("mt", "2025-03-13", { mode: "digital" }) })),
    ).toEqual([["mode_not_allowed", "intent.meeting.mode"]]);
  });

  it("refuses an intent with unknown fields or a bad instant", () => {
    expect(issues(sendMeetingNotice(ws, { meetingId: "mt", sentAt: "igår" }))).toEqual([
      ["invalid_format", "intent.sentAt"],
    ]);
    expect(
      issues(sendMeetingNotice(ws, { meetingId: "mt", sentAt: "2025-02-25T10:00:00Z", extra: 1 } as never)),
    ).toEqual([["unknown_field", "intent.extra"]]);
  });
});
