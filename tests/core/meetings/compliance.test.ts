import { describe, expect, it } from "vitest";
import {
  checkAllMeetingsCompliance,
  checkMeetingCompliance,
  getForumCompliance,
  type Meeting,
} from "@systemledning/core/meetings";
import { isSystemledningError } from "@systemledning/core";
import { ALL_PRESENT, FORUM, M, meeting, meetingsWorkspace } from "./meetings-builder.js";

const codes = (m: Meeting, asOf: string) =>
  checkMeetingCompliance(meetingsWorkspace([m]), m.id, { asOf }).findings.map((f) => f.code);
const twentyDaysBefore = (date: string) => new Date(Date.parse(date) - 20 * 86_400_000).toISOString().slice(0, 10);
const heldOn = (date: string, overrides: Partial<Meeting> = {}) =>
  meeting("c", date, {
    status: "held",
    noticeSentAt: `${twentyDaysBefore(date)}T10:00:00Z`,
    attendance: ALL_PRESENT,
    ...overrides,
  });

describe("checkMeetingCompliance: notice", () => {
  // Thursday 2025-03-13: the notice is due by 2025-02-27.
  it("holds with the notice sent exactly 14 days before (late in the evening, Stockholm time)", () => {
    const m = meeting("c", "2025-03-13", { status: "notice-sent", noticeSentAt: "2025-02-27T22:59:00Z" });
    expect(codes(m, "2025-03-01")).toEqual([]);
  });

  it("finds the notice late when sent 13 days before, and says by how much", () => {
    const m = meeting("c", "2025-03-13", { status: "notice-sent", noticeSentAt: "2025-02-28T08:00:00+01:00" });
    const finding = checkMeetingCompliance(meetingsWorkspace([m]), "c", { asOf: "2025-03-01" }).findings[0]!;
    expect(finding).toMatchObject({
      code: "notice_late",
      severity: "error",
      path: "meetings[0].noticeSentAt",
      params: { daysBefore: 13, deadline: "2025-02-27" },
    });
    expect(finding.message.sv).toContain("13 dagar");
  });

  it("reads the notice's day in Stockholm: 23:30 UTC on the 27th is already the 28th", () => {
    const m = meeting("c", "2025-03-13", { status: "notice-sent", noticeSentAt: "2025-02-27T23:30:00Z" });
    expect(codes(m, "2025-03-01")).toEqual(["notice_late"]);
  });

  it("finds a missing notice only after its deadline", () => {
    const m = meeting("c", "2025-03-13");
    expect(codes(m, "2025-02-27")).toEqual([]);
    expect(codes(m, "2025-02-28")).toEqual(["notice_missing"]);
    expect(codes(m, "2025-03-14")).toEqual(["notice_missing", "outcome_not_recorded"]);
  });
});

describe("checkMeetingCompliance: before and at the meeting", () => {
  it("finds items pre-registered after the deadline, with the item's path", () => {
    const agenda: Meeting["agenda"] = [
      { id: "i1", kind: "decision", title: "I tid", attachments: [], preRegisteredAt: "2025-02-17T16:00:00+01:00" },
      {
        id: "i2",
        kind: "information",
        title: "För sent",
        attachments: [],
        preRegisteredAt: "2025-02-18T08:00:00+01:00",
      },
    ];
    const m = meeting("c", "2025-03-13", { status: "notice-sent", noticeSentAt: "2025-02-20T10:00:00+01:00", agenda });
    const findings = checkMeetingCompliance(meetingsWorkspace([m]), "c", { asOf: "2025-03-01" }).findings;
    expect(findings.map((f) => [f.code, f.path])).toEqual([
      ["item_registered_late", "meetings[0].agenda[1].preRegisteredAt"],
    ]);
  });

  it("finds a meeting held on a holiday", () => {
    expect(codes(heldOn("2025-05-29", { notesSentAt: "2025-05-30T10:00:00+02:00" }), "2025-06-01")).toEqual([
      "on_non_meeting_day",
    ]);
  });

  it("finds no quorum and says which rule failed", () => {
    const attendance: Meeting["attendance"] = [
      { membershipId: M.chair, status: "present" },
      { membershipId: M.a, status: "present" },
      { membershipId: M.vice, status: "absent" },
      { membershipId: M.b, status: "absent" },
    ];
    const result = checkMeetingCompliance(meetingsWorkspace([heldOn("2025-03-13", { attendance })]), "c", {
      asOf: "2025-03-14",
    });
    const finding = result.findings.find((f) => f.code === "no_quorum")!;
    expect(finding.message.sv).toContain("2 av 4");
    expect(finding.message.en).toContain("Region Dalarna");
    expect(result.quorum?.quorate).toBe(false);
    expect(result.compliant).toBe(false);
  });

  it("asks for attendance when a held meeting has none", () => {
    expect(codes(heldOn("2025-03-13", { attendance: [] }), "2025-03-14")).toEqual(["attendance_missing"]);
  });

  it("notes a digital meeting when the rule prefers physical, without making it non-compliant", () => {
    const result = checkMeetingCompliance(meetingsWorkspace([heldOn("2025-03-13", { mode: "digital" })]), "c", {
      asOf: "2025-03-14",
    });
    expect(result.findings.map((f) => [f.code, f.severity])).toEqual([["mode_differs", "note"]]);
    expect(result.compliant).toBe(true);
  });
});

describe("checkMeetingCompliance: after the meeting", () => {
  it("finds notes overdue after 7 days, and late when sent after that", () => {
    expect(codes(heldOn("2025-03-13"), "2025-03-20")).toEqual([]);
    expect(codes(heldOn("2025-03-13"), "2025-03-21")).toEqual(["notes_overdue"]);
    expect(
      codes(
        heldOn("2025-03-13", { status: "notes-in-review", notesSentAt: "2025-03-21T09:00:00+01:00" }),
        "2025-03-21",
      ),
    ).toEqual(["notes_late"]);
  });

  it("finds approval overdue, and an approval after the period as a note", () => {
    const inReview = heldOn("2025-03-13", { status: "notes-in-review", notesSentAt: "2025-03-17T09:00:00+01:00" });
    expect(codes(inReview, "2025-03-27")).toEqual([]);
    expect(codes(inReview, "2025-03-28")).toEqual(["approval_overdue"]);
    const approved = { ...inReview, status: "approved" as const, approvedAt: "2025-03-31T09:00:00+02:00" };
    expect(codes(approved, "2025-04-30")).toEqual(["approved_late"]);
  });

  it("finds nothing for a cancelled meeting", () => {
    expect(
      codes(
        meeting("c", "2025-03-13", { status: "cancelled", cancelledAt: "2025-03-01T10:00:00+01:00" }),
        "2025-12-31",
      ),
    ).toEqual([]);
  });

  it("refuses an unknown meeting and a bad asOf with their paths", () => {
    const ws = meetingsWorkspace([meeting("c", "2025-03-13")]);
    for (const [id, asOf, path] of [
      ["nope", "2025-01-01", "meetingId"],
      ["c", "13/3/2025", "options.asOf"],
    ] as const) {
      try {
        checkMeetingCompliance(ws, id, { asOf });
        expect.unreachable();
      } catch (error) {
        expect(isSystemledningError(error) && error.issues[0]!.path).toBe(path);
      }
    }
  });

  it("checks every meeting with one index, in document order", () => {
    const ws = meetingsWorkspace([meeting("a", "2025-03-13"), heldOn("2025-04-10", { id: "b" })]);
    expect(
      checkAllMeetingsCompliance(ws, { asOf: "2025-04-30" }).map((c) => [c.meetingId, c.findings.map((f) => f.code)]),
    ).toEqual([
      ["a", ["notice_missing", "outcome_not_recorded"]],
      ["b", ["notes_overdue", "approval_overdue"]],
    ]);
  });
});

describe("getForumCompliance", () => {
  const meetings: Meeting[] = [
    heldOn("2025-01-09", { id: "h1" }),
    heldOn("2025-02-13", {
      id: "h2",
      attendance: [
        { membershipId: M.chair, status: "present" },
        { membershipId: M.a, status: "represented", substituteMembershipId: M.subA },
        { membershipId: M.vice, status: "absent" },
        { membershipId: M.b, status: "absent" },
      ],
    }),
    meeting("x", "2025-03-13", { status: "cancelled", cancelledAt: "2025-03-01T10:00:00+01:00" }),
    meeting("p", "2025-04-10"),
  ];

  it("counts meetings against the plan and attendance per member and per principal", () => {
    const c = getForumCompliance(meetingsWorkspace(meetings), FORUM, {
      from: "2025-01-01",
      to: "2025-04-30",
      asOf: "2025-03-20",
    });
    expect({
      planned: c.planned,
      held: c.held,
      cancelled: c.cancelled,
      pending: c.pending,
      diff: c.heldMinusPlanned,
    }).toEqual({ planned: 4, held: 2, cancelled: 1, pending: 1, diff: -2 });
    expect(c.members.find((m) => m.membershipId === M.a)).toMatchObject({
      expected: 2,
      present: 1,
      represented: 1,
      rate: 0.5,
      rateWithSubstitutes: 1,
    });
    expect(c.members.find((m) => m.membershipId === M.vice)).toMatchObject({
      expected: 2,
      present: 1,
      absent: 1,
      rate: 0.5,
    });
    expect(c.principals).toEqual([
      { key: "region:0020", name: "Region Dalarna", meetings: 2, represented: 1, rate: 0.5 },
      { key: "municipality:2080", name: "Falun", meetings: 2, represented: 2, rate: 1 },
    ]);
    expect(c.findingCounts.notice_missing).toBeUndefined();
  });

  it("gives null rates, never NaN, when nothing was held", () => {
    const c = getForumCompliance(meetingsWorkspace([]), FORUM, { from: "2025-01-01", to: "2025-12-31" });
    expect(c.members).toEqual([]);
    expect(c.principals.every((p) => p.rate === null)).toBe(true);
    expect(c.planned).toBe(11);
  });

  it("refuses a period that ends before it starts", () => {
    expect(() => getForumCompliance(meetingsWorkspace([]), FORUM, { from: "2025-12-31", to: "2025-01-01" })).toThrow(
      /ends/,
    );
  });
});
