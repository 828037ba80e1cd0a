import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  DEFAULT_MEETING_RULES,
  getMeetingDeadlines,
  getMeetingRules,
  planMeetings,
  type MeetingRules,
} from "@systemledning/core/meetings";
import { isSystemledningError } from "@systemledning/core";
import { dayNumberOfIso } from "../../../packages/core/src/common/day-numbers.js";
import { nonMeetingReason } from "../../../packages/core/src/meetings/calendar.js";
import { FORUM, TEST_RULES, meetingsWorkspace } from "./meetings-builder.js";

const SEED = 20261122;
const withRules = (change: Partial<MeetingRules>) => meetingsWorkspace([], { ...TEST_RULES, ...change });

describe("getMeetingRules", () => {
  it("takes the forum's rules, else the profile's defaults, else the built-in defaults", () => {
    const ws = meetingsWorkspace([], null);
    expect(getMeetingRules(ws.profile, FORUM)).toEqual({ rules: DEFAULT_MEETING_RULES, source: "built-in-default" });
    const own = meetingsWorkspace();
    expect(getMeetingRules(own.profile, FORUM).source).toBe("forum");
    expect(getMeetingRules(own.profile, "f2").source).toBe("built-in-default");
    const profileDefaults = { ...own.profile, meetings: { defaults: TEST_RULES, forums: {} } };
    expect(getMeetingRules(profileDefaults, "f2")).toEqual({ rules: TEST_RULES, source: "profile-default" });
  });

  it("uses the Metodstöd's defaults: monthly, notice 14 days, physical first", () => {
    expect(DEFAULT_MEETING_RULES.noticeDays).toBe(14);
    expect(DEFAULT_MEETING_RULES.defaultMode).toBe("physical");
    expect(DEFAULT_MEETING_RULES.recurrence.months).toHaveLength(11);
  });
});

describe("planMeetings", () => {
  it("plans the second Thursday of each month except July, 09:00–12:00 Stockholm time", () => {
    const plan = planMeetings(meetingsWorkspace(), FORUM, { year: 2025 });
    expect(plan.basis).toBe("recurrence");
    expect(plan.meetings.map((m) => m.date)).toEqual([
      "2025-01-09",
      "2025-02-13",
      "2025-03-13",
      "2025-04-10",
      "2025-05-08",
      "2025-06-12",
      "2025-08-14",
      "2025-09-11",
      "2025-10-09",
      "2025-11-13",
      "2025-12-11",
    ]);
    expect(plan.meetings[0]).toMatchObject({
      key: "f1:2025:1",
      start: "2025-01-09T09:00:00+01:00",
      end: "2025-01-09T12:00:00+01:00",
    });
    expect(plan.meetings[5]!.start).toBe("2025-06-12T09:00:00+02:00");
    expect(plan.withinTarget).toBe(true);
    expect(plan.datesFixedBy).toBe("2024-12-01");
  });

  it("moves a meeting off a public holiday to the next meeting day and says why (Ascension Day 2026)", () => {
    const plan = planMeetings(meetingsWorkspace(), FORUM, { year: 2026 });
    const may = plan.meetings.find((m) => m.scheduledDate === "2026-05-14")!;
    expect(may.date).toBe("2026-05-15");
    expect(may.movedBecause?.sv).toBe("Kristi himmelsfärdsdag");
    expect(plan.meetings.filter((m) => m.movedBecause !== null)).toHaveLength(1);
  });

  it("moves by the stated rule: previous meeting day, or the same weekday next week", () => {
    const previous = planMeetings(withRules({ holidayRule: "previous-meeting-day" }), FORUM, { year: 2026 });
    expect(previous.meetings.find((m) => m.scheduledDate === "2026-05-14")!.date).toBe("2026-05-13");
    const nextWeek = planMeetings(withRules({ holidayRule: "same-weekday-next-week" }), FORUM, { year: 2026 });
    expect(nextWeek.meetings.find((m) => m.scheduledDate === "2026-05-14")!.date).toBe("2026-05-21");
  });

  it("treats eves as non-meeting days only when the rules say so (midsommarafton)", () => {
    const rules = { recurrence: { ...TEST_RULES.recurrence, months: [6], weekday: 5, ordinal: 3 as const } };
    const counted = planMeetings(withRules({ ...rules, evesAreNonMeetingDays: true }), FORUM, { year: 2025 });
    expect(counted.meetings[0]).toMatchObject({ scheduledDate: "2025-06-20", date: "2025-06-23" });
    const ignored = planMeetings(withRules({ ...rules, evesAreNonMeetingDays: false }), FORUM, { year: 2025 });
    expect(ignored.meetings[0]!.date).toBe("2025-06-20");
  });

  it("keeps the forum's fixed dates for their year, flags one on a holiday, and uses the pattern for other years", () => {
    const ws = withRules({ fixedDates: ["2025-03-14", "2025-02-07", "2025-05-29"] });
    const plan = planMeetings(ws, FORUM, { year: 2025 });
    expect(plan.basis).toBe("fixed-dates");
    expect(plan.meetings.map((m) => m.date)).toEqual(["2025-02-07", "2025-03-14", "2025-05-29"]);
    expect(plan.meetings[2]!.fixedOnNonMeetingDay?.sv).toBe("Kristi himmelsfärdsdag");
    expect(plan.withinTarget).toBe(false);
    expect(planMeetings(ws, FORUM, { year: 2026 }).basis).toBe("recurrence");
  });

  it("gives each meeting the right offset in DST weeks", () => {
    const rules = { recurrence: { ...TEST_RULES.recurrence, months: [3, 10], weekday: 7, ordinal: -1 as const } };
    // The last Sunday is a non-meeting day: moved to Monday, the first weekday after the change.
    const plan = planMeetings(withRules(rules), FORUM, { year: 2026 });
    expect(plan.meetings.map((m) => m.start)).toEqual(["2026-03-30T09:00:00+02:00", "2026-10-26T09:00:00+01:00"]);
  });

  it("derives the dates before and after a meeting", () => {
    const plan = planMeetings(meetingsWorkspace(), FORUM, { year: 2025 });
    expect(plan.meetings[2]).toMatchObject({
      date: "2025-03-13",
      noticeDeadline: "2025-02-27",
      preparationOn: "2025-02-20",
      preRegistrationDeadline: "2025-02-17",
      notesDue: "2025-03-20",
      approvalDue: "2025-03-27",
    });
  });

  it("puts every planned meeting on a meeting day, for any pattern and year", () => {
    const ws = meetingsWorkspace();
    fc.assert(
      fc.property(
        fc.integer({ min: 1990, max: 2100 }),
        fc.integer({ min: 1, max: 7 }),
        fc.constantFrom(1, 2, 3, 4, -1),
        fc.constantFrom("next-meeting-day", "previous-meeting-day", "same-weekday-next-week"),
        (year, weekday, ordinal, holidayRule) => {
          const rules: MeetingRules = {
            ...TEST_RULES,
            holidayRule: holidayRule as MeetingRules["holidayRule"],
            recurrence: { ...TEST_RULES.recurrence, months: [1, 3, 4, 5, 6, 11, 12], weekday, ordinal: ordinal as 1 },
          };
          const plan = planMeetings(
            { ...ws, profile: { ...ws.profile, meetings: { forums: { [FORUM]: rules } } } },
            FORUM,
            { year },
          );
          for (const m of plan.meetings) {
            expect(nonMeetingReason(dayNumberOfIso(m.date), true)).toBeNull();
            expect(
              m.noticeDeadline < m.date &&
                m.preparationOn <= m.noticeDeadline &&
                m.preRegistrationDeadline <= m.preparationOn,
            ).toBe(true);
            expect(m.notesDue >= m.date && m.approvalDue >= m.notesDue).toBe(true);
          }
        },
      ),
      { seed: SEED, numRuns: 300 },
    );
  });

  it("refuses an unknown forum and a year out of range with a path", () => {
    const ws = meetingsWorkspace();
    for (const [forumId, year, path] of [
      ["nope", 2025, "forumId"],
      [FORUM, 1800, "options.year"],
      [FORUM, 2025.5, "options.year"],
    ] as const) {
      try {
        planMeetings(ws, forumId, { year });
        expect.unreachable();
      } catch (error) {
        expect(isSystemledningError(error) && error.issues[0]!.path).toBe(path);
      }
    }
  });
});

describe("getMeetingDeadlines", () => {
  it("keeps the notice deadline a plain calendar date and moves the others off holidays", () => {
    // 2026-01-20 minus 14 is 2026-01-06 (Trettondedag jul): the notice deadline stays there.
    const d = getMeetingDeadlines("2026-01-20", DEFAULT_MEETING_RULES);
    expect(d.noticeDeadline).toBe("2026-01-06");
    expect(d.preparationOn).toBe("2025-12-30");
    expect(d.preRegistrationDeadline).toBe("2025-12-23");
    expect(getMeetingDeadlines("2025-12-17", DEFAULT_MEETING_RULES).notesDue).toBe("2025-12-29");
  });
});
