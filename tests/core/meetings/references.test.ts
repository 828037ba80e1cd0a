import { describe, expect, it } from "vitest";
import { appendToLog } from "@systemledning/core/meetings";
import { createDalarnaSampleWorkspace } from "@systemledning/core/profiles/dalarna";
import { createKalmarSampleWorkspace } from "@systemledning/core/profiles/kalmar";
import { safeParseWorkspace, type Workspace } from "@systemledning/core/workspace";
import { FORUM, M, TEST_RULES, meeting, meetingsDocument } from "./meetings-builder.js";

function issuesOf(change: (doc: ReturnType<typeof meetingsDocument>) => void): [string, string][] {
  const doc = meetingsDocument();
  change(doc);
  const result = safeParseWorkspace(doc);
  if (result.success) return [];
  return result.error.issues.map((i) => [i.code, i.path]);
}

describe("the door on meetings (safeParseWorkspace)", () => {
  it("accepts a valid meeting", () => {
    expect(
      issuesOf((doc) =>
        doc.meetings.push(
          meeting("a", "2025-03-13", {
            attendance: [{ membershipId: M.a, status: "represented", substituteMembershipId: M.subA }],
          }),
        ),
      ),
    ).toEqual([]);
  });

  it("refuses a meeting for an unknown forum", () => {
    expect(issuesOf((doc) => doc.meetings.push({ ...meeting("a", "2025-03-13"), forumId: "f-nope" }))).toEqual([
      ["dangling_reference", "meetings[0].forumId"],
    ]);
  });

  it("refuses attendance for a non-member, and for an unknown membership", () => {
    expect(
      issuesOf((doc) =>
        doc.meetings.push(
          meeting("a", "2025-03-13", {
            attendance: [
              { membershipId: "m-other", status: "present" },
              { membershipId: "m-ghost", status: "absent" },
            ],
          }),
        ),
      ),
    ).toEqual([
      ["attendance_not_member", "meetings[0].attendance[0].membershipId"],
      ["dangling_reference", "meetings[0].attendance[1].membershipId"],
    ]);
  });

  it("refuses a substitute membership that is not a substitute for that member, and attendance recorded twice", () => {
    expect(
      issuesOf((doc) =>
        doc.meetings.push(
          meeting("a", "2025-03-13", {
            attendance: [
              { membershipId: M.b, status: "represented", substituteMembershipId: M.subA },
              { membershipId: M.chair, status: "represented", substituteMembershipId: M.vice },
              { membershipId: M.b, status: "present" },
            ],
          }),
        ),
      ),
    ).toEqual([
      ["duplicate_value", "meetings[0].attendance[2].membershipId"],
      ["attendance_not_substitute", "meetings[0].attendance[0].substituteMembershipId"],
      ["attendance_not_substitute", "meetings[0].attendance[1].substituteMembershipId"],
    ]);
  });

  it("refuses an end before the start, an unknown agenda item kind, and 'represented' without a substitute", () => {
    expect(
      issuesOf((doc) =>
        doc.meetings.push({
          ...meeting("a", "2025-03-13", { attendance: [{ membershipId: M.a, status: "represented" }] }),
          end: "2025-03-13T07:00:00+01:00",
          agenda: [{ id: "i1", kind: "beslut", title: "X", attachments: [] } as never],
        }),
      ),
    ).toEqual([
      ["invalid_value", "meetings[0].agenda[0].kind"],
      ["substitute_missing", "meetings[0].attendance[0].substituteMembershipId"],
    ]);
    // The meeting's own rule runs once its fields are valid (zod checks an object after its fields).
    expect(
      issuesOf((doc) => doc.meetings.push({ ...meeting("a", "2025-03-13"), end: "2025-03-13T07:00:00+01:00" })),
    ).toEqual([["end_before_start", "meetings[0].end"]]);
    expect(
      issuesOf((doc) => doc.meetings.push({ ...meeting("a", "2025-03-13"), end: "2025-03-13T08:00:00Z" })),
    ).toEqual([["end_before_start", "meetings[0].end"]]);
  });

  it("refuses a status without its field (an approved meeting with no approval time)", () => {
    expect(issuesOf((doc) => doc.meetings.push(meeting("a", "2025-03-13", { status: "notice-sent" })))).toEqual([
      ["status_field_missing", "meetings[0].noticeSentAt"],
    ]);
  });

  it("refuses duplicate meeting and agenda item ids", () => {
    const item = { id: "i1", kind: "information" as const, title: "X", attachments: [] };
    expect(
      issuesOf((doc) =>
        doc.meetings.push(meeting("a", "2025-03-13", { agenda: [item, item] }), meeting("a", "2025-04-10")),
      ),
    ).toEqual([
      ["duplicate_id", "meetings[1].id"],
      ["duplicate_id", "meetings[0].agenda[1].id"],
    ]);
  });

  it("refuses rules for an unknown forum and inconsistent rules, with their paths", () => {
    expect(
      issuesOf((doc) => {
        doc.profile = {
          ...doc.profile,
          meetings: {
            forums: {
              [FORUM]: { ...TEST_RULES, preRegistrationDaysBeforeNotice: 2, allowedModes: ["digital"] },
              "f-nope": TEST_RULES,
            },
          },
        };
      }),
    ).toEqual([
      ["pre_registration_after_preparation", "profile.meetings.forums.f1.preRegistrationDaysBeforeNotice"],
      ["default_mode_not_allowed", "profile.meetings.forums.f1.defaultMode"],
    ]);
    expect(
      issuesOf((doc) => (doc.profile = { ...doc.profile, meetings: { forums: { "f-nope": TEST_RULES } } })),
    ).toEqual([["dangling_reference", 'profile.meetings.forums["f-nope"]']]);
  });

  it("refuses log entries of unknown meetings, decisions under unknown items, and corrections of later or unknown entries", async () => {
    const log = await appendToLog(
      [],
      [
        {
          id: "log-0",
          kind: "decision",
          meetingId: "ghost",
          recordedAt: "2025-03-24T09:00:00+01:00",
          decision: { itemId: "i9", text: "B", decidedOn: "2025-03-13", activityIds: [] },
        },
        {
          id: "log-1",
          kind: "decision",
          meetingId: "a",
          recordedAt: "2025-03-24T09:00:00+01:00",
          decision: { itemId: "i9", text: "B", decidedOn: "2025-03-13", activityIds: [] },
        },
        {
          id: "log-2",
          kind: "correction",
          meetingId: "a",
          recordedAt: "2025-03-24T09:00:00+01:00",
          correctsId: "log-3",
          reason: "R",
          decision: { itemId: "i9", text: "C", decidedOn: "2025-03-13", activityIds: [] },
        },
        {
          id: "log-3",
          kind: "correction",
          meetingId: "a",
          recordedAt: "2025-03-24T09:00:00+01:00",
          correctsId: "log-1",
          reason: "R",
          notes: { approvedOn: "2025-03-24", items: [], attendance: [] },
        },
      ],
    );
    expect(
      issuesOf((doc) => {
        doc.meetings.push(meeting("a", "2025-03-13"));
        doc.decisionLog = log;
      }),
    ).toEqual([
      ["dangling_reference", "decisionLog[0].meetingId"],
      ["decision_without_item", "decisionLog[1].decision.itemId"],
      ["decision_without_item", "decisionLog[2].decision.itemId"],
      ["correction_not_earlier", "decisionLog[2].correctsId"],
      ["correction_content", "decisionLog[3].decision"],
    ]);
  });

  it("refuses ids inside log entries that name nothing in the workspace: notes items, attendance, substitutes", async () => {
    const notes = {
      approvedOn: "2025-03-24",
      items: [
        { itemId: "i1", kind: "information" as const, title: "På dagordningen", notes: "" },
        { itemId: "i-ghost", kind: "information" as const, title: "Inte på dagordningen", notes: "" },
      ],
      attendance: [
        { membershipId: M.chair, status: "present" as const },
        { membershipId: "p-person", status: "present" as const },
        { membershipId: "m-other", status: "present" as const },
        { membershipId: M.b, status: "represented" as const, substituteMembershipId: M.subA },
        { membershipId: M.a, status: "represented" as const, substituteMembershipId: "m-ghost" },
        { membershipId: M.chair, status: "absent" as const },
      ],
    };
    const log = await appendToLog(
      [],
      [
        {
          id: "log-0",
          kind: "approved-notes",
          meetingId: "a",
          recordedAt: "2025-03-24T09:00:00+01:00",
          notes,
        },
        {
          id: "log-1",
          kind: "decision",
          meetingId: "a",
          recordedAt: "2025-03-24T09:00:00+01:00",
          decision: { itemId: "i1", text: "B", decidedOn: "2025-03-13", activityIds: ["act-ghost"] },
        },
        {
          id: "log-2",
          kind: "correction",
          meetingId: "a",
          recordedAt: "2025-03-24T10:00:00+01:00",
          correctsId: "log-0",
          reason: "Fel person",
          notes: { ...notes, items: [], attendance: [{ membershipId: "m-ghost", status: "present" as const }] },
        },
      ],
    );
    const agenda = [
      {
        id: "i1",
        kind: "decision" as const,
        title: "Beslut",
        attachments: [],
        decision: { text: "B", activityIds: ["act-ghost-2"] },
      },
    ];
    expect(
      issuesOf((doc) => {
        doc.meetings.push(meeting("a", "2025-03-13", { agenda }));
        doc.decisionLog = log;
      }),
    ).toEqual([
      ["notes_item_not_on_agenda", "decisionLog[0].notes.items[1].itemId"],
      ["duplicate_value", "decisionLog[0].notes.attendance[5].membershipId"],
      ["dangling_reference", "decisionLog[0].notes.attendance[1].membershipId"],
      ["attendance_not_member", "decisionLog[0].notes.attendance[2].membershipId"],
      ["attendance_not_substitute", "decisionLog[0].notes.attendance[3].substituteMembershipId"],
      ["dangling_reference", "decisionLog[0].notes.attendance[4].substituteMembershipId"],
      ["dangling_reference", "decisionLog[2].notes.attendance[0].membershipId"],
    ]);
  });

  it("accepts the Dalarna and Kalmar samples; refuses a decision, drafted or in the log, that starts no activity of the plans", () => {
    for (const ws of [createDalarnaSampleWorkspace(), createKalmarSampleWorkspace()])
      expect(safeParseWorkspace(ws).success).toBe(true);
    const ws: Workspace = structuredClone(createDalarnaSampleWorkspace());
    const activity = ws.plans.flatMap((plan) => plan.focusAreas.flatMap((area) => area.activities))[0]!;
    const item = ws.meetings.flatMap((m) => m.agenda).find((candidate) => candidate.decision !== undefined)!;
    item.decision = { ...item.decision!, activityIds: [activity.id] };
    expect(safeParseWorkspace(ws).success).toBe(true);
    item.decision = { ...item.decision, activityIds: [`${activity.id}-finns-inte`] };
    const [entry] = ws.decisionLog.filter((e) => e.kind === "decision");
    if (entry?.kind !== "decision") throw new Error("the sample has a decision in its log");
    const at = ws.decisionLog.indexOf(entry);
    ws.decisionLog[at] = { ...entry, decision: { ...entry.decision, activityIds: [activity.id, "act-finns-inte"] } };
    const result = safeParseWorkspace(ws);
    expect(result.success ? [] : result.error.issues.map((i) => [i.code, i.path.replace(/\[\d+\]/g, "[]")])).toEqual([
      ["dangling_reference", "meetings[].agenda[].decision.activityIds[]"],
      ["dangling_reference", "decisionLog[].decision.activityIds[]"],
    ]);
    expect(result.success ? null : result.error.issues[1]!.pathSegments).toEqual([
      "decisionLog",
      at,
      "decision",
      "activityIds",
      1,
    ]);
  });

  it("refuses a log entry of an unknown kind or with a malformed hash", () => {
    expect(
      issuesOf(
        (doc) =>
          (doc.decisionLog = [
            {
              id: "x",
              kind: "protokoll",
              sequence: 0,
              meetingId: "a",
              recordedAt: "2025-03-24T09:00:00Z",
              previousHash: null,
              hash: "abc",
            } as never,
          ]),
      ).map(([code]) => code),
    ).toContain("invalid_union");
  });
});
