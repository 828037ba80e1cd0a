/**
 * The structure commands of forums (addForum, renameForum, endForum, setForumSectors, setForumComposition,
 * setForumChairRule, setForumMeetingRules): each success, and each refusal with its path, code and messages.
 */
import { describe, expect, it } from "vitest";
import { DEFAULT_MEETING_RULES, planMeetings } from "@systemledning/core/meetings";
import {
  addForum,
  addMembership,
  endForum,
  endMembership,
  renameForum,
  setForumChairRule,
  setForumComposition,
  setForumMeetingRules,
  setForumSectors,
} from "@systemledning/core/structure";
import { safeParseWorkspace } from "@systemledning/core/workspace";
import { SAMPLE, accepted, codes, refused } from "./command-helpers.js";

const forumOf = (ws: typeof SAMPLE, id: string) => ws.forums.find((f) => f.id === id)!;

describe("addForum", () => {
  it("adds a forum to a leadership with an id made from the name, and lists default to empty", () => {
    const ws = accepted(
      addForum(SAMPLE, { leadershipId: "ls-vansbro", name: "Välfärdsråd Vansbro", composition: "joint" }),
    );
    expect(ws.forums.at(-1)).toEqual({
      id: "f-valfardsrad-vansbro",
      leadershipId: "ls-vansbro",
      name: "Välfärdsråd Vansbro",
      composition: "joint",
      requiredSectorIds: [],
      coOptedSectorIds: [],
    });
    const full = accepted(
      addForum(SAMPLE, {
        id: "f-ny",
        leadershipId: "ls-mora",
        name: "Politiskt forum Mora",
        shortName: "PF",
        composition: "politicians",
        purpose: "Att förankra.",
        requiredSectorIds: ["politiker"],
        coOptedSectorIds: ["civilsamhallet"],
        chairRule: { termMonths: 12, rotatesBetweenPrincipals: true },
      }),
    );
    expect(forumOf(full, "f-ny")).toMatchObject({
      shortName: "PF",
      purpose: "Att förankra.",
      chairRule: { termMonths: 12 },
    });
  });

  it("refuses an unknown leadership, a duplicate id, unknown or repeated sectors and a sector in both lists", () => {
    expect(
      codes(
        addForum(SAMPLE, {
          id: "f-mora",
          leadershipId: "ls-saknas",
          name: "X",
          composition: "joint",
          requiredSectorIds: ["polis", "okand", "polis"],
          coOptedSectorIds: ["polis"],
        }),
      ),
    ).toEqual([
      ["duplicate_id", "intent.id"],
      ["dangling_reference", "intent.leadershipId"],
      ["dangling_reference", "intent.requiredSectorIds[1]"],
      ["duplicate_value", "intent.requiredSectorIds[2]"],
      ["sector_required_and_co_opted", "intent.coOptedSectorIds[0]"],
    ]);
    expect(codes(addForum(SAMPLE, { leadershipId: "ls-mora", name: "X", composition: "mixed" as never }))).toEqual([
      ["invalid_value", "intent.composition"],
    ]);
  });
});

describe("renameForum", () => {
  it("renames, keeps the short name when absent, clears it with null", () => {
    const named = accepted(renameForum(SAMPLE, { forumId: "f-lchnv", name: "Ledningsgruppen" }));
    expect(forumOf(named, "f-lchnv")).toMatchObject({
      name: "Ledningsgruppen",
      shortName: forumOf(SAMPLE, "f-lchnv").shortName,
    });
    const cleared = accepted(renameForum(SAMPLE, { forumId: "f-lchnv", name: "Ledningsgruppen", shortName: null }));
    expect("shortName" in forumOf(cleared, "f-lchnv")).toBe(false);
    const short = accepted(renameForum(SAMPLE, { forumId: "f-mora", name: "LSL Mora", shortName: "LSL" }));
    expect(forumOf(short, "f-mora")).toMatchObject({ name: "LSL Mora", shortName: "LSL" });
  });

  it("refuses an unknown forum and a blank name", () => {
    expect(refused(renameForum(SAMPLE, { forumId: "f-saknas", name: "X" }))).toEqual([
      {
        path: "intent.forumId",
        code: "dangling_reference",
        sv: 'Hänvisningen "f-saknas" pekar inte på någon post i forums.',
        en: 'The reference "f-saknas" points to no record in forums.',
      },
    ]);
    expect(codes(renameForum(SAMPLE, { forumId: "f-mora", name: "" }))).toEqual([["too_small", "intent.name"]]);
  });
});

describe("endForum", () => {
  it("sets the forum's last day and ends every seat still running after it; nothing is deleted", () => {
    const ws = accepted(endForum(SAMPLE, { forumId: "f-mora", on: "2026-06-30" }));
    expect(forumOf(ws, "f-mora").endedOn).toBe("2026-06-30");
    expect(ws.memberships.length).toBe(SAMPLE.memberships.length);
    const seats = ws.memberships.filter((m) => m.forumId === "f-mora");
    expect(seats.every((m) => m.to !== undefined && m.to <= "2026-06-30")).toBe(true);
    // A seat that ended before keeps its own end.
    expect(seats.find((m) => m.id === "m:f-mora:p-mora-soc:2023")?.to).toBe("2024-12-31");
    // Other forums' seats are untouched.
    expect(ws.memberships.filter((m) => m.forumId !== "f-mora")).toEqual(
      SAMPLE.memberships.filter((m) => m.forumId !== "f-mora"),
    );
  });

  it("brings an end forward, and refuses ending again or later", () => {
    const ended = accepted(endForum(SAMPLE, { forumId: "f-mora", on: "2026-06-30" }));
    expect(forumOf(accepted(endForum(ended, { forumId: "f-mora", on: "2026-03-31" })), "f-mora").endedOn).toBe(
      "2026-03-31",
    );
    const again = endForum(ended, { forumId: "f-mora", on: "2026-06-30" });
    expect(!again.ok && again.error.issues.map((i) => [i.code, i.path])).toEqual([["already_ended", "intent.on"]]);
    expect(!again.ok && again.error.issues[0]!.message.en).toBe(
      '"f-mora" already ended on 2026-06-30. History is kept; an end can only be brought forward, not repeated or extended.',
    );
  });

  it("refuses an end before a seat of the forum starts, and an unknown forum", () => {
    expect(refused(endForum(SAMPLE, { forumId: "f-mora", on: "2025-06-30" }))).toEqual([
      {
        path: "intent.on",
        code: "forum_ends_before_member_starts",
        sv: 'Forumet kan inte upphöra 2025-06-30: medlemskapet "m:f-mora:p-mora-soc" börjar först 2026-01-01. Välj ett slutdatum från 2026-01-01, eller avsluta forumet först när alla medlemskap har börjat.',
        en: 'The forum cannot end on 2025-06-30: the membership "m:f-mora:p-mora-soc" starts only on 2026-01-01. Choose an end on or after 2026-01-01.',
      },
    ]);
    expect(codes(endForum(SAMPLE, { forumId: "f-saknas", on: "2026-01-01" }))).toEqual([
      ["dangling_reference", "intent.forumId"],
    ]);
  });

  it("keeps the seats of an ended forum within its end: a new seat must end by then, an end cannot move past it", () => {
    const ended = accepted(endForum(SAMPLE, { forumId: "f-mora", on: "2026-06-30" }));
    const seat = {
      forumId: "f-mora",
      personId: "p-vansbro-ks",
      organisationId: "org-mora",
      roles: ["member" as const],
      kind: "politician" as const,
      hasMandate: true,
      from: "2026-02-01",
    };
    const open = addMembership(ended, seat);
    expect(!open.ok && open.error.issues.map((i) => [i.code, i.path])).toEqual([
      ["membership_after_forum_end", "intent.to"],
    ]);
    expect(!open.ok && open.error.issues[0]!.message.sv).toBe(
      'Forumet "f-mora" upphörde 2026-06-30, men medlemskapet "m:f-mora:p-vansbro-ks" löper utan slutdatum. Ett medlemskap i ett avslutat forum slutar senast den dag forumet upphör: ange ett slutdatum (to) senast 2026-06-30.',
    );
    accepted(addMembership(ended, { ...seat, to: "2026-06-30" }));
    // The door refuses a document whose ended forum has a seat running on.
    const broken = {
      ...ended,
      memberships: ended.memberships.map((m) => (m.id === "m:f-mora:p-mora-vo" ? { ...m, to: "2026-07-01" } : m)),
    };
    const door = safeParseWorkspace(broken);
    expect(!door.success && door.error.issues.map((i) => i.code)).toEqual(["membership_after_forum_end"]);
    expect(endMembership(ended, { membershipId: "m:f-mora:p-mora-vo", on: "2026-05-31" }).ok).toBe(true);
  });
});

describe("setForumSectors, setForumComposition, setForumChairRule", () => {
  it("writes the representation checklist", () => {
    const required = ["socialtjanst", "skolchef", "primarvard", "finsam"];
    const ws = accepted(
      setForumSectors(SAMPLE, { forumId: "f-vansbro", requiredSectorIds: required, coOptedSectorIds: [] }),
    );
    expect(forumOf(ws, "f-vansbro")).toMatchObject({ requiredSectorIds: required, coOptedSectorIds: [] });
  });

  it("refuses dropping a required sector that a workshop mark on the system map names: the mark is history", () => {
    const result = setForumSectors(SAMPLE, {
      forumId: "f-vansbro",
      requiredSectorIds: ["socialtjanst"],
      coOptedSectorIds: [],
    });
    expect(!result.ok && result.error.issues.map((i) => i.path)).toEqual(["annotations[19].target.nodeId"]);
  });

  it("refuses unknown and repeated sectors, a sector in both lists, and an unknown forum", () => {
    expect(
      refused(
        setForumSectors(SAMPLE, { forumId: "f-vansbro", requiredSectorIds: ["polis"], coOptedSectorIds: ["polis"] }),
      ),
    ).toEqual([
      {
        path: "intent.coOptedSectorIds[0]",
        code: "sector_required_and_co_opted",
        sv: 'Sektorn "polis" står både bland de sektorer som ska vara representerade och bland dem som adjungeras vid behov. Välj det ena.',
        en: 'The sector "polis" is both required and co-opted when needed. Choose one.',
      },
    ]);
    expect(
      codes(
        setForumSectors(SAMPLE, {
          forumId: "f-vansbro",
          requiredSectorIds: [],
          coOptedSectorIds: ["x", "polis", "polis"],
        }),
      ),
    ).toEqual([
      ["dangling_reference", "intent.coOptedSectorIds[0]"],
      ["duplicate_value", "intent.coOptedSectorIds[2]"],
    ]);
    expect(codes(setForumSectors(SAMPLE, { forumId: "f-x", requiredSectorIds: [], coOptedSectorIds: [] }))).toEqual([
      ["dangling_reference", "intent.forumId"],
    ]);
  });

  it("sets the composition and the chair rule, and removes the chair rule with null", () => {
    expect(
      forumOf(accepted(setForumComposition(SAMPLE, { forumId: "f-mora", composition: "officials" })), "f-mora")
        .composition,
    ).toBe("officials");
    const rule = { termMonths: 24, rotatesBetweenPrincipals: false, description: "Kommunen leder." };
    const ruled = accepted(setForumChairRule(SAMPLE, { forumId: "f-mora", chairRule: rule }));
    expect(forumOf(ruled, "f-mora").chairRule).toEqual(rule);
    expect(
      "chairRule" in forumOf(accepted(setForumChairRule(ruled, { forumId: "f-mora", chairRule: null })), "f-mora"),
    ).toBe(false);
    expect(
      codes(
        setForumChairRule(SAMPLE, { forumId: "f-mora", chairRule: { termMonths: 0, rotatesBetweenPrincipals: true } }),
      ),
    ).toEqual([["too_small", "intent.chairRule.termMonths"]]);
    expect(codes(setForumComposition(SAMPLE, { forumId: "f-x", composition: "joint" }))).toEqual([
      ["dangling_reference", "intent.forumId"],
    ]);
  });
});

describe("setForumMeetingRules", () => {
  const quarterly = {
    ...DEFAULT_MEETING_RULES,
    meetingsPerYear: { min: 4, max: 4 },
    recurrence: { ...DEFAULT_MEETING_RULES.recurrence, months: [2, 5, 9, 11], weekday: 2, ordinal: 1 as const },
    noticeDays: 21,
    defaultMode: "digital" as const,
    allowedModes: ["digital" as const],
  };

  it("writes the forum's own rules, and the annual plan follows them", () => {
    const before = planMeetings(SAMPLE, "f-mora", { year: 2027 });
    expect(before.rulesSource).not.toBe("forum");
    const ws = accepted(setForumMeetingRules(SAMPLE, { forumId: "f-mora", rules: quarterly }));
    expect(ws.profile.meetings?.forums["f-mora"]).toEqual(quarterly);
    const plan = planMeetings(ws, "f-mora", { year: 2027 });
    expect(plan.rulesSource).toBe("forum");
    expect(plan.meetings.map((m) => m.date)).toEqual(["2027-02-02", "2027-05-04", "2027-09-07", "2027-11-02"]);
    expect(plan.withinTarget).toBe(true);
    // Other forums' rules are kept.
    expect(Object.keys(ws.profile.meetings?.forums ?? {}).sort()).toEqual(["f-lchnv", "f-mora", "f-schnv", "f-vfr"]);
  });

  it("removes the forum's own rules with null, so the county's defaults apply again", () => {
    const ws = accepted(setForumMeetingRules(SAMPLE, { forumId: "f-mora", rules: quarterly }));
    const back = accepted(setForumMeetingRules(ws, { forumId: "f-mora", rules: null }));
    expect(back.profile).toEqual(SAMPLE.profile);
    expect(planMeetings(back, "f-mora", { year: 2027 })).toEqual(planMeetings(SAMPLE, "f-mora", { year: 2027 }));
    expect(setForumMeetingRules(SAMPLE, { forumId: "f-mora", rules: null })).toEqual({ ok: true, value: SAMPLE });
  });

  it("creates profile.meetings when the profile has none", () => {
    const { meetings: _meetings, ...profile } = SAMPLE.profile;
    const bare = { ...SAMPLE, profile };
    const ws = accepted(setForumMeetingRules(bare, { forumId: "f-mora", rules: quarterly }));
    expect(ws.profile.meetings).toEqual({ forums: { "f-mora": quarterly } });
  });

  it("refuses rules the door refuses: too few meetings a year, months out of order, a default mode not allowed", () => {
    const issues = refused(
      setForumMeetingRules(SAMPLE, {
        forumId: "f-mora",
        rules: {
          ...quarterly,
          meetingsPerYear: { min: 6, max: 4 },
          recurrence: { ...quarterly.recurrence, months: [5, 2] },
          defaultMode: "physical",
        },
      }),
    );
    expect(issues.map((i) => [i.code, i.path])).toEqual([
      ["invalid_meetings_per_year", "intent.rules.meetingsPerYear.max"],
      ["recurrence_months", "intent.rules.recurrence.months[1]"],
      ["default_mode_not_allowed", "intent.rules.defaultMode"],
    ]);
    expect(issues[2]).toMatchObject({
      sv: 'Standardformen "physical" finns inte bland de tillåtna mötesformerna. Lägg till den i allowedModes.',
      en: 'The default mode "physical" is not among the allowed modes. Add it to allowedModes.',
    });
    expect(codes(setForumMeetingRules(SAMPLE, { forumId: "f-x", rules: null }))).toEqual([
      ["dangling_reference", "intent.forumId"],
    ]);
  });
});
