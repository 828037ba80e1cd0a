import { describe, expect, it } from "vitest";
import {
  getAllLeadershipOverviews,
  getChairRotation,
  getCharterCompleteness,
  getForumKindCoverage,
  getKeyRoleStatus,
  getLeadershipOverview,
  getMandateHoldersWithoutSubstitute,
  getPrincipalMandateCoverage,
  getSectorCoverage,
} from "@systemledning/core/structure";
import { AS_OF, ORG, createStructureBuilder } from "../../fixtures/structure-builder.js";

/** A local leadership in good order, a regional one with gaps, and one with no forum at all. */
const county = () =>
  createStructureBuilder()
    .leadership({ id: "falun", name: "Falun", municipalityCodes: ["2080"] })
    .forum({
      id: "falun-sl",
      leadershipId: "falun",
      requiredSectorIds: ["socialtjanst", "primarvard"],
      chairRule: { termMonths: 24, rotatesBetweenPrincipals: true },
    })
    .membership({
      id: "f-chair",
      forumId: "falun-sl",
      organisationId: ORG.falun,
      sectorId: "socialtjanst",
      roles: ["chair", "convener"],
      hasMandate: true,
      from: "2025-01-01",
    })
    .membership({
      id: "f-region",
      forumId: "falun-sl",
      organisationId: ORG.region,
      sectorId: "primarvard",
      roles: ["member", "secretary"],
      hasMandate: true,
    })
    .membership({
      id: "f-sub1",
      forumId: "falun-sl",
      organisationId: ORG.falun,
      roles: ["substitute"],
      substituteForId: "f-chair",
    })
    .membership({
      id: "f-sub2",
      forumId: "falun-sl",
      organisationId: ORG.region,
      roles: ["substitute"],
      substituteForId: "f-region",
    })
    .charter({
      id: "c",
      leadershipId: "falun",
      purpose: "a",
      why: "b",
      vision: "c",
      principles: ["d"],
      tasks: ["e"],
      meetingStructure: "f",
      followUpPlan: "g",
      answers: { "q-local-vision": "h", "q-chair": "i", "q-co-opted": "j" },
    })
    .leadership({
      id: "regional",
      name: "Regional systemledning",
      level: "regional",
      municipalityCodes: ["2080", "2085", "2061"],
    })
    .forum({
      id: "vfr",
      leadershipId: "regional",
      name: "Välfärdsrådet",
      composition: "politicians",
      requiredSectorIds: ["politiker"],
    })
    .forum({ id: "lchnv", leadershipId: "regional", name: "Länschefsnätverket", composition: "officials" })
    .membership({
      id: "v1",
      forumId: "vfr",
      organisationId: ORG.ludvika,
      sectorId: "politiker",
      roles: ["chair"],
      hasMandate: true,
    })
    .leadership({ id: "empty", name: "Ännu tom" });

describe("getLeadershipOverview", () => {
  it("reports a leadership in good order as ok on every question", () => {
    const overview = getLeadershipOverview(county().build(), "falun", { asOf: AS_OF });
    expect(overview.summary).toEqual({
      sectorCoverage: "ok",
      principalMandates: "ok",
      keyRoles: "ok",
      substitutes: "ok",
      chairRotation: "ok",
      forumKinds: "info",
      charter: "ok",
    });
    expect(overview.status).toBe("info");
    expect(overview.forums.map((f) => [f.forumId, f.status])).toEqual([["falun-sl", "ok"]]);
  });

  it("gives the same answers as asking each question on its own", () => {
    const ws = county().build();
    const options = { asOf: AS_OF };
    const overview = getLeadershipOverview(ws, "regional", options);
    expect(overview.sectorCoverage).toEqual(getSectorCoverage(ws, { leadershipId: "regional" }, options));
    expect(overview.principalMandates).toEqual(getPrincipalMandateCoverage(ws, { leadershipId: "regional" }, options));
    expect(overview.substitutes).toEqual(getMandateHoldersWithoutSubstitute(ws, { leadershipId: "regional" }, options));
    expect(overview.forumKinds).toEqual(getForumKindCoverage(ws, "regional"));
    expect(overview.charter).toEqual(getCharterCompleteness(ws, "regional"));
    const vfr = overview.forums.find((f) => f.forumId === "vfr");
    expect(vfr?.keyRoles).toEqual(getKeyRoleStatus(ws, "vfr", options));
    expect(vfr?.chairRotation).toEqual(getChairRotation(ws, "vfr", options));
    expect(vfr?.sectorCoverage).toEqual(getSectorCoverage(ws, { forumId: "vfr" }, options));
  });

  it("gives a leadership with one forum that forum's answers, with the leadership as target", () => {
    const ws = county().build();
    const options = { asOf: AS_OF };
    const overview = getLeadershipOverview(ws, "falun", options);
    expect(overview.sectorCoverage).toEqual(getSectorCoverage(ws, { leadershipId: "falun" }, options));
    expect(overview.principalMandates).toEqual(getPrincipalMandateCoverage(ws, { leadershipId: "falun" }, options));
    expect(overview.substitutes).toEqual(getMandateHoldersWithoutSubstitute(ws, { leadershipId: "falun" }, options));
    expect(overview.forums[0]?.sectorCoverage.target).toEqual({ forumId: "falun-sl" });
  });

  it("hands out frozen texts, so that changing one answer cannot change another", () => {
    const overview = getLeadershipOverview(county().build(), "regional", { asOf: AS_OF });
    const item = overview.charter.items[0];
    expect(() => {
      (item!.message as { sv: string }).sv = "ändrad";
    }).toThrow(TypeError);
  });

  it("summarises a leadership with gaps by the worst status of each question and orders forums by name", () => {
    const overview = getLeadershipOverview(county().build(), "regional", { asOf: AS_OF });
    expect(overview.forums.map((f) => f.name)).toEqual(["Länschefsnätverket", "Välfärdsrådet"]);
    expect(overview.summary).toMatchObject({
      principalMandates: "missing",
      keyRoles: "missing",
      substitutes: "warning",
      forumKinds: "missing",
      charter: "missing",
    });
    expect(overview.status).toBe("missing");
  });

  it("summarises a leadership without forums: key roles missing, chair rotation info", () => {
    const overview = getLeadershipOverview(county().build(), "empty", { asOf: AS_OF });
    expect(overview.forums).toEqual([]);
    expect(overview.summary).toMatchObject({ keyRoles: "missing", chairRotation: "info", sectorCoverage: "ok" });
  });

  it("throws for an unknown leadership", () => {
    expect(() => getLeadershipOverview(county().build(), "nope", { asOf: AS_OF })).toThrow(/nope/);
  });
});

describe("getAllLeadershipOverviews", () => {
  it("answers for every leadership, ordered by name in Swedish collation (Ä after Z)", () => {
    const overviews = getAllLeadershipOverviews(county().build(), { asOf: AS_OF });
    expect(overviews.map((o) => o.name)).toEqual(["Falun", "Regional systemledning", "Ännu tom"]);
  });

  it("gives the same answers when asked again (the workspace's index is kept) as for a copy (a new index)", () => {
    const ws = county().build();
    const first = getAllLeadershipOverviews(ws, { asOf: AS_OF });
    expect(getAllLeadershipOverviews(ws, { asOf: AS_OF })).toEqual(first);
    expect(getAllLeadershipOverviews({ ...ws }, { asOf: AS_OF })).toEqual(first);
  });

  it("answers for a changed workspace from its own index, never from the index of the one asked before", () => {
    const ws = county().build();
    const before = getAllLeadershipOverviews(ws, { asOf: AS_OF });
    const changed = { ...ws, memberships: [] };
    const after = getAllLeadershipOverviews(changed, { asOf: AS_OF });
    expect(after).not.toEqual(before);
    expect(
      after.flatMap((overview) =>
        overview.forums.flatMap((forum) => forum.keyRoles.roles.flatMap((item) => item.holders)),
      ),
    ).toEqual([]);
    expect(
      before.flatMap((overview) =>
        overview.forums.flatMap((forum) => forum.keyRoles.roles.flatMap((item) => item.holders)),
      ).length,
    ).toBeGreaterThan(0);
  });
});
