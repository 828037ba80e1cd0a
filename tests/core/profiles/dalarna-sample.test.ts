/**
 * The Dalarna sample workspace: valid, shaped as issue 2 describes it, fresh on every call, and seeded
 * with the realistic mix of complete and incomplete structure that the coverage questions are to find.
 * The gap checks here are computed directly from the data, independent of the structure module.
 */
import { describe, expect, it } from "vitest";
import {
  createDalarnaSampleWorkspace,
  dalarnaProfile,
  DALARNA_BODY,
  DALARNA_EVENT_IDS,
  DALARNA_FAMILY_GROUP_ID,
  DALARNA_FRAIL_ELDERLY_GROUP_ID,
  DALARNA_POLL_2025_ID,
  DALARNA_READINESS_POLL_ID,
  DALARNA_REGIONAL_PLAN_ID,
  DALARNA_ROUND_2023_ID,
  DALARNA_ROUND_2024_ID,
  DALARNA_ROUND_2025_ID,
  DALARNA_SAMPLE_AS_OF,
  DALARNA_SELF_ASSESSMENT_ID,
  DALARNA_WORKSHOP_ANNOTATIONS,
  DALARNA_WORKSHOP_AS_OF,
  DALARNA_WORKSHOP_ID,
} from "@systemledning/core/profiles/dalarna";
import { MembershipRole, type Membership } from "@systemledning/core/structure";
import { parseWorkspace, type Workspace } from "@systemledning/core/workspace";

const isActive = (m: Membership, asOf: string): boolean => m.from <= asOf && (m.to === undefined || asOf <= m.to);
const active = (ws: Workspace, forumId: string, asOf = DALARNA_SAMPLE_AS_OF): Membership[] =>
  ws.memberships.filter((m) => m.forumId === forumId && isActive(m, asOf));
const seated = (ms: readonly Membership[]): Membership[] => ms.filter((m) => !m.roles.every((r) => r === "substitute"));

describe("createDalarnaSampleWorkspace", () => {
  const ws = createDalarnaSampleWorkspace();
  const localLeaderships = ws.leaderships.filter((l) => l.level === "local");
  const regional = ws.leaderships.filter((l) => l.level === "regional");

  it("passes parseWorkspace with no issues and comes back unchanged", () => {
    expect(parseWorkspace(ws)).toEqual(ws);
  });

  it("carries the Dalarna profile", () => {
    expect(ws.profile).toEqual(dalarnaProfile);
  });

  it("has Region Dalarna, the 15 municipalities and RSS Dalarna as organisations, plus agencies and civil society", () => {
    // Bodies within a principal (a council, a committee …) have its kind and a tier; the principals have none.
    const byKind = (kind: string) => ws.organisations.filter((o) => o.kind === kind && o.tier === undefined);
    expect(byKind("region").map((o) => o.code)).toEqual(["0020"]);
    expect(
      byKind("municipality")
        .map((o) => o.code)
        .sort(),
    ).toEqual(dalarnaProfile.municipalities.map((m) => m.code).sort());
    expect(byKind("support-structure").map((o) => o.shortName)).toEqual(["RSS Dalarna"]);
    expect(byKind("state-agency").length).toBeGreaterThanOrEqual(3);
    expect(byKind("civil-society").length).toBeGreaterThanOrEqual(2);
  });

  it("has 13 local leaderships whose municipalities cover all 15 exactly once", () => {
    expect(localLeaderships).toHaveLength(13);
    const covered = localLeaderships.flatMap((l) => l.municipalityCodes);
    expect(covered).toHaveLength(15);
    expect([...covered].sort()).toEqual(dalarnaProfile.municipalities.map((m) => m.code).sort());
  });

  it("lets Västerbergslagen cover Ludvika and Smedjebacken", () => {
    const vasterbergslagen = localLeaderships.find((l) => l.name.includes("Västerbergslagen"));
    expect([...(vasterbergslagen?.municipalityCodes ?? [])].sort()).toEqual(["2061", "2085"]);
  });

  it("has one regional leadership over all 15 municipalities with the six regional forums and their compositions", () => {
    expect(regional).toHaveLength(1);
    expect(regional[0]?.municipalityCodes).toHaveLength(15);
    const forums = ws.forums.filter((f) => f.leadershipId === regional[0]?.id);
    expect(Object.fromEntries(forums.map((f) => [f.shortName ?? f.name, f.composition]))).toEqual({
      LCHNV: "officials",
      VfR: "politicians",
      SCHNV: "officials",
      LGRS: "officials",
      BDU: "politicians",
      Vårdrådet: "joint",
    });
    for (const forum of forums) expect(forum.purpose?.length ?? 0).toBeGreaterThan(50);
  });

  it("gives every local leadership at least one forum and every forum members on the reference day", () => {
    for (const leadership of localLeaderships)
      expect(ws.forums.some((f) => f.leadershipId === leadership.id)).toBe(true);
    for (const forum of ws.forums) expect(seated(active(ws, forum.id)).length, forum.id).toBeGreaterThanOrEqual(3);
  });

  it("uses every role and every member kind a local or regional forum needs", () => {
    const roles = new Set(ws.memberships.flatMap((m) => m.roles));
    expect([...roles].sort()).toEqual([...MembershipRole.options].sort());
    const kinds = new Set(ws.memberships.map((m) => m.kind));
    for (const kind of ["politician", "official", "citizen"] as const) expect(kinds.has(kind)).toBe(true);
  });

  it("has periods that ended before the reference day and one that starts after it, so asOf matters", () => {
    expect(ws.memberships.filter((m) => m.to !== undefined && m.to < DALARNA_SAMPLE_AS_OF).length).toBeGreaterThan(10);
    expect(ws.memberships.some((m) => m.from > DALARNA_SAMPLE_AS_OF)).toBe(true);
  });

  it("never seats the same person twice at once in the same roles of a forum", () => {
    const seats = new Map<string, Membership[]>();
    for (const m of ws.memberships) {
      const key = `${m.forumId}|${m.personId}|${m.roles.includes("substitute")}`;
      seats.set(key, [...(seats.get(key) ?? []), m]);
    }
    for (const [key, list] of seats) {
      const sorted = [...list].sort((a, b) => a.from.localeCompare(b.from));
      for (let i = 1; i < sorted.length; i++)
        expect(sorted[i - 1]?.to !== undefined && sorted[i - 1]!.to! < sorted[i]!.from, key).toBe(true);
    }
  });

  it("has charters for twelve local leaderships, some complete and some partly written, and none for one", () => {
    const questionIds = dalarnaProfile.charterQuestions.map((q) => q.id);
    const answered = (leadershipId: string) =>
      Object.keys(ws.charters.find((c) => c.leadershipId === leadershipId)?.answers ?? {}).length;
    const withCharter = localLeaderships.filter((l) => ws.charters.some((c) => c.leadershipId === l.id));
    expect(withCharter).toHaveLength(12);
    const complete = withCharter.filter((l) => answered(l.id) === questionIds.length);
    const partial = withCharter.filter((l) => answered(l.id) < questionIds.length);
    expect(complete.length).toBeGreaterThanOrEqual(2);
    expect(partial.length).toBeGreaterThanOrEqual(3);
  });

  it("gives each forum a chair rule except where a missing rule is part of the story", () => {
    const withoutRule = ws.forums.filter((f) => f.chairRule === undefined).map((f) => f.id);
    expect(withoutRule.length).toBeGreaterThan(0);
    expect(withoutRule.length).toBeLessThan(4);
    expect(
      ws.forums.some((f) => (f.chairRule?.termMonths ?? 0) > (dalarnaProfile.structure.maxChairTermMonths ?? Infinity)),
    ).toBe(true);
  });
});

describe("createDalarnaSampleWorkspace gaps on the reference day", () => {
  const ws = createDalarnaSampleWorkspace();
  const orgCode = new Map(ws.organisations.map((o) => [o.id, o.code] as const));

  it("leaves a required sector of some forum without anyone, while most forums are covered", () => {
    const missing = ws.forums.filter((f) => {
      const sectors = new Set(seated(active(ws, f.id)).map((m) => m.sectorId));
      return f.requiredSectorIds.some((id) => !sectors.has(id));
    });
    expect(missing.length).toBeGreaterThan(0);
    expect(missing.length).toBeLessThan(ws.forums.length / 2);
  });

  it("has a principal without a member holding mandate in a local leadership, and none in most", () => {
    const locals = ws.leaderships.filter((l) => l.level === "local");
    const withGap = locals.filter((l) => {
      const members = ws.forums.filter((f) => f.leadershipId === l.id).flatMap((f) => seated(active(ws, f.id)));
      const withMandate = new Set(members.filter((m) => m.hasMandate).map((m) => orgCode.get(m.organisationId)));
      return [l.regionCode, ...l.municipalityCodes].some((code) => !withMandate.has(code));
    });
    expect(withGap.map((l) => l.shortName).sort()).toEqual(["Gagnef", "Hedemora–Säter"]);
  });

  it("has mandate holders without a substitute in some forums and full substitute cover in others", () => {
    const uncovered = (forumId: string) => {
      const now = active(ws, forumId);
      const substituted = new Set(now.filter((m) => m.substituteForId !== undefined).map((m) => m.substituteForId));
      return seated(now).filter((m) => m.hasMandate && !substituted.has(m.id));
    };
    const forumsWithGap = ws.forums.filter((f) => uncovered(f.id).length > 0).map((f) => f.id);
    expect(forumsWithGap).toContain("f-vasterbergslagen");
    expect(forumsWithGap).not.toContain("f-falun");
  });

  it("lacks a chair in Orsa now although Orsa had one a year earlier", () => {
    const chairs = (asOf: string) => active(ws, "f-orsa", asOf).filter((m) => m.roles.includes("chair"));
    expect(chairs(DALARNA_SAMPLE_AS_OF)).toEqual([]);
    expect(chairs("2025-05-13")).toHaveLength(1);
  });
});

describe("createDalarnaSampleWorkspace freshness", () => {
  it("returns a new, equal workspace on every call", () => {
    const first = createDalarnaSampleWorkspace();
    const second = createDalarnaSampleWorkspace();
    expect(second).not.toBe(first);
    expect(second.memberships).not.toBe(first.memberships);
    expect(second.profile).not.toBe(first.profile);
    expect(second).toEqual(first);
  });

  it("is not affected by changes to an earlier workspace, at any depth", () => {
    const first = createDalarnaSampleWorkspace();
    const pristine = createDalarnaSampleWorkspace();
    first.memberships.pop();
    first.people[0]!.name = "Ändrad Person";
    first.profile.municipalities[0]!.name = "Ändrad";
    first.profile.structure.keyRoles.push("member");
    first.forums[0]!.requiredSectorIds.push("finsam");
    first.charters[0]!.answers["why"] = "ändrat";
    expect(createDalarnaSampleWorkspace()).toEqual(pristine);
  });
});

describe("the ids the Dalarna entry names as constants", () => {
  const ws = createDalarnaSampleWorkspace();
  const ids = (records: readonly { id: string }[] | undefined) => (records ?? []).map((record) => record.id);

  it("each name a record of the sample or of its profile", () => {
    expect(ids(ws.profile.assessment?.instruments)).toEqual(
      expect.arrayContaining([DALARNA_SELF_ASSESSMENT_ID, DALARNA_READINESS_POLL_ID]),
    );
    expect(ids(ws.assessmentRounds)).toEqual(
      expect.arrayContaining([
        DALARNA_ROUND_2023_ID,
        DALARNA_ROUND_2024_ID,
        DALARNA_ROUND_2025_ID,
        DALARNA_POLL_2025_ID,
      ]),
    );
    expect(ids(ws.plans)).toContain(DALARNA_REGIONAL_PLAN_ID);
    expect(ids(ws.profile.systemMap?.citizenGroups)).toEqual(
      expect.arrayContaining([DALARNA_FAMILY_GROUP_ID, DALARNA_FRAIL_ELDERLY_GROUP_ID]),
    );
    expect(ids(ws.events)).toEqual(expect.arrayContaining(Object.values(DALARNA_EVENT_IDS)));
    expect(ids(ws.organisations)).toEqual(expect.arrayContaining(Object.values(DALARNA_BODY)));
  });

  it("gives the workshop's 24 marks, all made on the workshop's day", () => {
    expect(DALARNA_WORKSHOP_ANNOTATIONS).toHaveLength(24);
    for (const mark of DALARNA_WORKSHOP_ANNOTATIONS) {
      expect(mark.workshopId).toBe(DALARNA_WORKSHOP_ID);
      expect(mark.createdAt.slice(0, 10)).toBe(DALARNA_WORKSHOP_AS_OF);
    }
  });
});
