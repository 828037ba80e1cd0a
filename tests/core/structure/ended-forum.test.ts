/**
 * An ended forum is history: the structure questions of its leadership leave it out after its last day, and
 * answer as before up to and on that day (docs/decisions/0014-ending-keeps-history.md).
 */
import { describe, expect, it } from "vitest";
import {
  endForum,
  getForumKindCoverage,
  getLeadershipOverview,
  getMandateHoldersWithoutSubstitute,
  getPrincipalMandateCoverage,
  getSectorCoverage,
  isForumActive,
} from "@systemledning/core/structure";
import { planMeetings } from "@systemledning/core/meetings";
import { SAMPLE, accepted } from "./command-helpers.js";

const ENDED = accepted(endForum(SAMPLE, { forumId: "f-vfr", on: "2026-06-30" }));
const target = { leadershipId: "ls-regional" };

describe("an ended forum in the structure questions", () => {
  it("is active up to and on its last day", () => {
    expect(isForumActive({}, "2099-01-01")).toBe(true);
    expect(isForumActive({ endedOn: "2026-06-30" }, "2026-06-30")).toBe(true);
    expect(isForumActive({ endedOn: "2026-06-30" }, "2026-07-01")).toBe(false);
  });

  it("answers as before on its last day, but for the chair's term, which now ends with the forum", () => {
    const asOf = "2026-06-30";
    const ended = getLeadershipOverview(ENDED, "ls-regional", { asOf });
    const before = getLeadershipOverview(SAMPLE, "ls-regional", { asOf });
    expect(ended.forums.map((f) => f.forumId)).toEqual(before.forums.map((f) => f.forumId));
    expect(ended.summary).toEqual(before.summary);
    expect(ended.sectorCoverage).toEqual(before.sectorCoverage);
    const vfr = ended.forums.find((f) => f.forumId === "f-vfr")!;
    expect(vfr.chairRotation.current?.to).toBe("2026-06-30");
  });

  it("is left out of the leadership's overview, coverage, mandates, substitutes and forum kinds after it", () => {
    const asOf = "2026-07-01";
    const overview = getLeadershipOverview(ENDED, "ls-regional", { asOf });
    expect(overview.forums.map((f) => f.forumId)).not.toContain("f-vfr");
    expect(getLeadershipOverview(SAMPLE, "ls-regional", { asOf }).forums.map((f) => f.forumId)).toContain("f-vfr");
    // Without the ended forum, the union is that of the others: the same as a workspace without it.
    const without = { ...SAMPLE, forums: SAMPLE.forums.filter((f) => f.id !== "f-vfr") };
    const withoutMemberships = { ...without, memberships: SAMPLE.memberships.filter((m) => m.forumId !== "f-vfr") };
    expect(getSectorCoverage(ENDED, target, { asOf })).toEqual(getSectorCoverage(withoutMemberships, target, { asOf }));
    expect(getPrincipalMandateCoverage(ENDED, target, { asOf })).toEqual(
      getPrincipalMandateCoverage(withoutMemberships, target, { asOf }),
    );
    expect(getMandateHoldersWithoutSubstitute(ENDED, target, { asOf })).toEqual(
      getMandateHoldersWithoutSubstitute(withoutMemberships, target, { asOf }),
    );
    expect(getForumKindCoverage(ENDED, "ls-regional", { asOf })).toEqual(
      getForumKindCoverage(withoutMemberships, "ls-regional", { asOf }),
    );
    expect(overview.summary).toEqual(getLeadershipOverview(withoutMemberships, "ls-regional", { asOf }).summary);
  });

  it("leaves a local leadership whose only forum ended with no forum, and forum kinds leave out every ended forum without a date", () => {
    const ws = accepted(endForum(SAMPLE, { forumId: "f-mora", on: "2026-06-30" }));
    const overview = getLeadershipOverview(ws, "ls-mora", { asOf: "2026-07-01" });
    expect(overview.forums).toEqual([]);
    expect(overview.summary.keyRoles).toBe("missing");
    expect(getForumKindCoverage(ws, "ls-mora").kinds.every((k) => !k.present)).toBe(true);
    expect(getForumKindCoverage(ws, "ls-mora", { asOf: "2026-06-30" }).kinds.some((k) => k.present)).toBe(true);
    expect(() => getForumKindCoverage(ws, "ls-mora", { asOf: "30 juni" })).toThrow(/asOf|datum|date/i);
  });
});

describe("an ended forum in the annual plan", () => {
  it("plans no meeting after its last day, and holds a year cut short only to the most meetings", () => {
    const before = planMeetings(SAMPLE, "f-vfr", { year: 2026 });
    const ended = planMeetings(ENDED, "f-vfr", { year: 2026 });
    expect(before.endedOn).toBeUndefined();
    expect(ended.endedOn).toBe("2026-06-30");
    expect(ended.meetings).toEqual(before.meetings.filter((meeting) => meeting.date <= "2026-06-30"));
    expect(ended.meetings.length).toBeLessThan(before.meetings.length);
    expect(ended.meetings.length).toBeLessThan(ended.rules.meetingsPerYear.min);
    expect(ended.withinTarget).toBe(true);
    expect(planMeetings(ENDED, "f-vfr", { year: 2027 }).meetings).toEqual([]);
  });
});
