import { getMeetingQuorum, updateMeeting } from "@systemledning/core/meetings";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  agendaChanged,
  agendaWithDrafts,
  attendanceOfChecks,
  checksOfAttendance,
  getLiveQuorum,
  getSeatGroups,
} from "../../../packages/react/src/meetings/meeting-model.js";
import { safeHref } from "../../../packages/react/src/meetings/shared.js";
import { meetingsSample, SAMPLE_MEETINGS } from "../../fixtures/meeting-views.js";

const SEED = 20261122;
const workspace = meetingsSample();
const meetingOf = (id: string) => workspace.meetings.find((m) => m.id === id)!;

describe("getSeatGroups", () => {
  it("seats the forum's members on the meeting's day, each with their substitutes, municipalities first", () => {
    const groups = getSeatGroups(workspace, meetingOf(SAMPLE_MEETINGS.notQuorate));
    expect(groups.map((g) => g.organisationName).slice(0, 3)).toEqual([
      "Ludvika kommun",
      "Smedjebackens kommun",
      "Region Dalarna",
    ]);
    const seats = groups.flatMap((g) => g.seats);
    // Memberships that ended in 2025 are not at the 2026 table.
    expect(seats.some((seat) => seat.membership.id.endsWith(":2024") || seat.membership.id.endsWith(":2025"))).toBe(
      false,
    );
    const psyk = seats.find((seat) => seat.membership.id === "m:f-vasterbergslagen:p-rd-psyk")!;
    expect(psyk.substitutes.map((s) => s.membership.id)).toEqual(["m:f-vasterbergslagen:p-rd-geri"]);
  });
});

describe("attendanceOfChecks", () => {
  const meeting = meetingOf(SAMPLE_MEETINGS.notQuorate);
  const groups = getSeatGroups(workspace, meeting);
  const ids = groups.flatMap((g) => [
    ...g.seats.flatMap((s) => [s.membership.id, ...s.substitutes.map((x) => x.membership.id)]),
    ...g.loneSubstitutes.map((x) => x.membership.id),
  ]);

  it("reads recorded attendance back unchanged", () => {
    for (const id of Object.values(SAMPLE_MEETINGS)) {
      const m = meetingOf(id);
      const seatGroups = getSeatGroups(workspace, m);
      const back = attendanceOfChecks(seatGroups, checksOfAttendance(m.attendance), m.attendance);
      if (m.attendance.length > 0)
        expect(back).toEqual([...m.attendance].sort((a, b) => (a.membershipId < b.membershipId ? -1 : 1)));
    }
  });

  it("gives attendance the core accepts for any ticks, with the quorum the live view shows", () => {
    fc.assert(
      fc.property(fc.array(fc.boolean(), { minLength: ids.length, maxLength: ids.length }), (ticks) => {
        const checks = Object.fromEntries(ids.map((id, i) => [id, ticks[i]!]));
        const attendance = attendanceOfChecks(groups, checks, meeting.attendance);
        const saved = updateMeeting(workspace, { meetingId: meeting.id, changes: { attendance } });
        expect(saved.ok).toBe(true);
        if (!saved.ok) return;
        // The live quorum is the core's quorum of the saved meeting.
        expect(getLiveQuorum(workspace, meeting, attendance)).toEqual(getMeetingQuorum(saved.value, meeting.id));
        // Every seated member is recorded once; a ticked member is present.
        for (const seat of groups.flatMap((g) => g.seats)) {
          const entries = attendance.filter((a) => a.membershipId === seat.membership.id);
          expect(entries).toHaveLength(1);
          if (checks[seat.membership.id]) expect(entries[0]!.status).toBe("present");
        }
        // Ticks survive the round trip through attendance.
        const again = checksOfAttendance(attendance);
        for (const id of ids) expect(again[id] === true).toBe(checks[id]);
      }),
      { seed: SEED, numRuns: 150 },
    );
  });
});

describe("agendaWithDrafts", () => {
  const meeting = meetingOf(SAMPLE_MEETINGS.inReview);

  it("applies notes and decisions, removing blank ones rather than keeping them empty", () => {
    const item = meeting.agenda[0]!;
    const next = agendaWithDrafts(meeting.agenda, {
      notes: { [item.id]: "   " },
      decisions: { [item.id]: { text: "", diarienummer: "KS 1" } },
    });
    expect(next[0]!.notes).toBeUndefined();
    expect(next[0]!.decision).toBeUndefined();
    expect(agendaChanged(meeting.agenda, { notes: { [item.id]: item.notes! }, decisions: {} })).toBe(false);
    expect(agendaChanged(meeting.agenda, { notes: { [item.id]: `${item.notes!} ` }, decisions: {} })).toBe(true);
  });
});

describe("safeHref", () => {
  it("lets through http, https, mailto, tel and relative addresses", () => {
    for (const href of [
      "https://www.regiondalarna.se/a.pdf",
      "http://example.se",
      "mailto:rss@regiondalarna.se",
      "tel:+4623490000",
      "/dokument/a.pdf",
      "bilaga.pdf",
      "#punkt-3",
      "?fil=1",
    ]) {
      expect(safeHref(href)).toBe(href);
    }
  });

  it("refuses every other scheme, however it is disguised", () => {
    // Written in two parts, as the lint rightly refuses a script URL in our code.
    const script = (scheme: string) => `${scheme.slice(0, 4)}${scheme.slice(4)}:alert(1)`;
    const tricks = [
      script("javascript"),
      script("JaVaScRiPt"),
      "\tjava\nscript:alert(1)",
      " javascript:alert(1)",
      "java\u0000script:alert(1)",
      "data:text/html,<script>alert(1)</script>",
      "vbscript:msgbox(1)",
      "file:///etc/passwd",
      "//evil.example/x",
      "\\\\evil\\x",
      "",
    ];
    for (const href of tricks) expect({ href, result: safeHref(href) }).toEqual({ href, result: null });
    expect(safeHref(undefined)).toBeNull();
  });

  it("never lets a scheme outside the allow-list through", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-zA-Z][a-zA-Z0-9+.-]{0,10}$/), fc.string(), (scheme, rest) => {
        const result = safeHref(`${scheme}:${rest}`);
        if (!["http", "https", "mailto", "tel"].includes(scheme.toLowerCase())) expect(result).toBeNull();
      }),
      { seed: SEED, numRuns: 300 },
    );
  });
});
