import { describe, expect, it } from "vitest";
import { getSectorCoverage } from "@systemledning/core/structure";
import { isSystemledningError } from "@systemledning/core/workspace";
import { AS_OF, ORG, createStructureBuilder } from "../../fixtures/structure-builder.js";

/** A local leadership with one forum that requires social services and primary care and co-opts the police. */
const localForum = () =>
  createStructureBuilder()
    .leadership({ id: "falun", municipalityCodes: ["2080"] })
    .forum({
      id: "f1",
      leadershipId: "falun",
      requiredSectorIds: ["primarvard", "socialtjanst"],
      coOptedSectorIds: ["polis"],
    });

describe("getSectorCoverage", () => {
  it("reports a required sector with an active member as covered, by membership id", () => {
    const ws = localForum()
      .membership({ id: "m1", forumId: "f1", organisationId: ORG.falun, sectorId: "socialtjanst" })
      .build();
    const coverage = getSectorCoverage(ws, { forumId: "f1" }, { asOf: AS_OF });
    const social = coverage.required.find((item) => item.sectorId === "socialtjanst");
    expect(social).toMatchObject({
      covered: true,
      status: "ok",
      reason: "required_sector_covered",
      membershipIds: ["m1"],
    });
    expect(social?.message.sv).toContain("Socialtjänst");
    expect(social?.message.en).toContain("Social services");
  });

  it("reports a required sector without a member as missing, with a message that says what to do", () => {
    const ws = localForum().build();
    const coverage = getSectorCoverage(ws, { forumId: "f1" }, { asOf: AS_OF });
    expect(coverage.required.map((item) => [item.sectorId, item.status, item.reason])).toEqual([
      ["socialtjanst", "missing", "required_sector_missing"],
      ["primarvard", "missing", "required_sector_missing"],
    ]);
    expect(coverage.status).toBe("missing");
    expect(coverage.required[0]?.message.en).toMatch(/Appoint/);
    expect(coverage.coveredCount).toBe(0);
    expect(coverage.requiredCount).toBe(2);
  });

  it("lists sectors in the order of the profile's catalogue, not the forum's", () => {
    const coverage = getSectorCoverage(localForum().build(), { forumId: "f1" }, { asOf: AS_OF });
    expect(coverage.required.map((item) => item.sectorId)).toEqual(["socialtjanst", "primarvard"]);
  });

  it("does not count an expired membership, nor one that has not started", () => {
    const ws = localForum()
      .membership({
        id: "old",
        forumId: "f1",
        organisationId: ORG.falun,
        sectorId: "socialtjanst",
        from: "2020-01-01",
        to: "2025-05-31",
      })
      .membership({ id: "new", forumId: "f1", organisationId: ORG.falun, sectorId: "primarvard", from: "2025-06-02" })
      .build();
    const coverage = getSectorCoverage(ws, { forumId: "f1" }, { asOf: AS_OF });
    expect(coverage.required.every((item) => !item.covered)).toBe(true);
  });

  it("counts a membership on its first and its last day", () => {
    const ws = localForum()
      .membership({
        id: "ends",
        forumId: "f1",
        organisationId: ORG.falun,
        sectorId: "socialtjanst",
        from: "2020-01-01",
        to: AS_OF,
      })
      .membership({ id: "starts", forumId: "f1", organisationId: ORG.falun, sectorId: "primarvard", from: AS_OF })
      .build();
    expect(getSectorCoverage(ws, { forumId: "f1" }, { asOf: AS_OF }).coveredCount).toBe(2);
  });

  it("does not count a substitute as representing a sector", () => {
    const ws = localForum()
      .membership({
        id: "m1",
        forumId: "f1",
        organisationId: ORG.falun,
        sectorId: "primarvard",
        from: "2020-01-01",
        to: "2024-12-31",
      })
      .membership({
        id: "s1",
        forumId: "f1",
        organisationId: ORG.falun,
        sectorId: "socialtjanst",
        roles: ["substitute"],
        substituteForId: "m1",
      })
      .build();
    const social = getSectorCoverage(ws, { forumId: "f1" }, { asOf: AS_OF }).required.find(
      (item) => item.sectorId === "socialtjanst",
    );
    expect(social?.covered).toBe(false);
  });

  it("reports co-opted sectors as available or not, with status info when no one is appointed", () => {
    const empty = getSectorCoverage(localForum().build(), { forumId: "f1" }, { asOf: AS_OF });
    expect(empty.coOpted).toMatchObject([
      { sectorId: "polis", available: false, status: "info", reason: "co_opted_sector_unavailable" },
    ]);
    const ws = localForum()
      .membership({ id: "p1", forumId: "f1", organisationId: ORG.police, sectorId: "polis", roles: ["co-opted"] })
      .build();
    const withPolice = getSectorCoverage(ws, { forumId: "f1" }, { asOf: AS_OF });
    expect(withPolice.coOpted).toMatchObject([
      { sectorId: "polis", available: true, status: "ok", membershipIds: ["p1"] },
    ]);
  });

  it("reports a sector that is neither required nor co-opted as extra", () => {
    const ws = localForum()
      .membership({ id: "m1", forumId: "f1", organisationId: ORG.falun, sectorId: "skolchef" })
      .build();
    const coverage = getSectorCoverage(ws, { forumId: "f1" }, { asOf: AS_OF });
    expect(coverage.extra).toMatchObject([
      { sectorId: "skolchef", status: "info", reason: "extra_sector_represented", membershipIds: ["m1"] },
    ]);
  });

  it("lists active members who name no sector", () => {
    const ws = localForum().membership({ id: "m1", forumId: "f1", organisationId: ORG.falun }).build();
    expect(getSectorCoverage(ws, { forumId: "f1" }, { asOf: AS_OF }).membershipIdsWithoutSector).toEqual(["m1"]);
  });

  it("falls back to the Swedish name in English when the sector has no English name", () => {
    const ws = createStructureBuilder()
      .leadership({ id: "l" })
      .forum({ id: "f", leadershipId: "l", requiredSectorIds: ["forsakringskassa"] })
      .build();
    expect(getSectorCoverage(ws, { forumId: "f" }, { asOf: AS_OF }).required[0]?.message.en).toContain(
      "Försäkringskassa",
    );
  });

  it("answers for an empty forum with nothing required: status ok and no items", () => {
    const ws = createStructureBuilder().leadership({ id: "l" }).forum({ id: "f", leadershipId: "l" }).build();
    const coverage = getSectorCoverage(ws, { forumId: "f" }, { asOf: AS_OF });
    expect(coverage).toMatchObject({
      status: "ok",
      required: [],
      coOpted: [],
      extra: [],
      requiredCount: 0,
      coveredCount: 0,
    });
  });

  it("takes a leadership as the union of its forums, a sector required anywhere counting as required", () => {
    const ws = createStructureBuilder()
      .leadership({ id: "regional", level: "regional" })
      .forum({ id: "a", leadershipId: "regional", requiredSectorIds: ["socialtjanst"], coOptedSectorIds: ["polis"] })
      .forum({ id: "b", leadershipId: "regional", requiredSectorIds: ["polis"], coOptedSectorIds: ["civilsamhallet"] })
      .membership({ id: "m1", forumId: "b", organisationId: ORG.falun, sectorId: "socialtjanst" })
      .build();
    const coverage = getSectorCoverage(ws, { leadershipId: "regional" }, { asOf: AS_OF });
    expect(coverage.required.map((item) => [item.sectorId, item.covered])).toEqual([
      ["socialtjanst", true],
      ["polis", false],
    ]);
    expect(coverage.coOpted.map((item) => item.sectorId)).toEqual(["civilsamhallet"]);
    expect(coverage.target).toEqual({ leadershipId: "regional" });
  });

  it("throws SystemledningError with reason invalidInput for an unknown forum, naming the id", () => {
    const ws = localForum().build();
    try {
      getSectorCoverage(ws, { forumId: "nope" }, { asOf: AS_OF });
      expect.unreachable();
    } catch (error) {
      expect(isSystemledningError(error) && error.reason).toBe("invalidInput");
      expect(isSystemledningError(error) && error.issues[0]).toMatchObject({
        path: "target.forumId",
        code: "dangling_reference",
        params: { id: "nope" },
      });
    }
  });

  it("throws for an unknown leadership and for an asOf that is not a date", () => {
    const ws = localForum().build();
    expect(() => getSectorCoverage(ws, { leadershipId: "nope" }, { asOf: AS_OF })).toThrow(/nope/);
    expect(() => getSectorCoverage(ws, { forumId: "f1" }, { asOf: "2025-13-01" })).toThrow(/date/);
  });
});
