import { describe, expect, it } from "vitest";
import { getPrincipalMandateCoverage, type StructureTarget } from "@systemledning/core/structure";
import type { Workspace } from "@systemledning/core/workspace";
import { AS_OF, ORG, createStructureBuilder } from "../../fixtures/structure-builder.js";

/** Västerbergslagen: the region with Ludvika and Smedjebacken, one forum. */
const vasterbergslagen = () =>
  createStructureBuilder()
    .leadership({ id: "vbl", municipalityCodes: ["2085", "2061"] })
    .forum({ id: "f1", leadershipId: "vbl" });

const representationOf = (ws: Workspace, target: StructureTarget = { leadershipId: "vbl" }) =>
  getPrincipalMandateCoverage(ws, target, { asOf: AS_OF }).principals.map((p) => [p.code, p.representation]);

describe("getPrincipalMandateCoverage", () => {
  it("lists the region first, then each covered municipality in the leadership's order", () => {
    const coverage = getPrincipalMandateCoverage(vasterbergslagen().build(), { leadershipId: "vbl" }, { asOf: AS_OF });
    expect(coverage.principals.map((p) => [p.principalKind, p.code, p.name])).toEqual([
      ["region", "0020", "Region Dalarna"],
      ["municipality", "2085", "Ludvika"],
      ["municipality", "2061", "Smedjebacken"],
    ]);
    expect(coverage.principalCount).toBe(3);
  });

  it("tells apart represented with mandate, without mandate and not represented", () => {
    const ws = vasterbergslagen()
      .membership({ id: "r1", forumId: "f1", organisationId: ORG.region, hasMandate: true })
      .membership({ id: "l1", forumId: "f1", organisationId: ORG.ludvika, hasMandate: false })
      .build();
    const coverage = getPrincipalMandateCoverage(ws, { leadershipId: "vbl" }, { asOf: AS_OF });
    expect(coverage.principals.map((p) => [p.code, p.representation, p.status, p.reason])).toEqual([
      ["0020", "withMandate", "ok", "principal_represented_with_mandate"],
      ["2085", "withoutMandate", "warning", "principal_represented_without_mandate"],
      ["2061", "notRepresented", "missing", "principal_not_represented"],
    ]);
    expect(coverage.principals[0]?.membershipIdsWithMandate).toEqual(["r1"]);
    expect(coverage.principals[1]?.membershipIdsWithoutMandate).toEqual(["l1"]);
    expect(coverage.withMandateCount).toBe(1);
    expect(coverage.status).toBe("missing");
    expect(coverage.principals[2]?.message.sv).toContain("Smedjebacken");
  });

  it("counts a member of a descendant organisation (via parentId, several levels) for the principal", () => {
    const ws = vasterbergslagen()
      .organisation({ id: "ludvika-soc", kind: "other", parentId: ORG.ludvika })
      .organisation({ id: "ludvika-soc-unit", kind: "other", parentId: "ludvika-soc" })
      .membership({ id: "m1", forumId: "f1", organisationId: "ludvika-soc-unit", hasMandate: true })
      .build();
    expect(representationOf(ws)).toContainEqual(["2085", "withMandate"]);
  });

  it("stops at the nearest principal: a unit of a municipality recorded under the region counts for the municipality", () => {
    const ws = createStructureBuilder({ standardOrganisations: false })
      .organisation({ id: "region", kind: "region", code: "0020" })
      .organisation({ id: "smedjebacken", kind: "municipality", code: "2061", parentId: "region" })
      .organisation({ id: "smedjebacken-unit", kind: "other", parentId: "smedjebacken" })
      .leadership({ id: "vbl", municipalityCodes: ["2061"] })
      .forum({ id: "f1", leadershipId: "vbl" })
      .membership({ id: "m1", forumId: "f1", organisationId: "smedjebacken-unit", hasMandate: true })
      .build();
    expect(representationOf(ws)).toEqual([
      ["0020", "notRepresented"],
      ["2061", "withMandate"],
    ]);
  });

  it("does not count an organisation outside the principals (an agency) or a cycle of parents", () => {
    const ws = vasterbergslagen()
      .organisation({ id: "a", kind: "other", parentId: "b" })
      .organisation({ id: "b", kind: "other", parentId: "a" })
      .membership({ id: "m1", forumId: "f1", organisationId: ORG.police, hasMandate: true })
      .membership({ id: "m2", forumId: "f1", organisationId: "a", hasMandate: true })
      .build();
    expect(representationOf(ws).every(([, representation]) => representation === "notRepresented")).toBe(true);
  });

  it("reports a principal with no organisation record, naming the code to add", () => {
    const ws = createStructureBuilder({ standardOrganisations: false })
      .organisation({ id: "region", kind: "region", code: "0020" })
      .leadership({ id: "vbl", municipalityCodes: ["2085"] })
      .forum({ id: "f1", leadershipId: "vbl" })
      .build();
    const ludvika = getPrincipalMandateCoverage(ws, { leadershipId: "vbl" }, { asOf: AS_OF }).principals[1];
    expect(ludvika).toMatchObject({
      representation: "noOrganisation",
      status: "missing",
      reason: "principal_organisation_missing",
      organisationIds: [],
    });
    expect(ludvika?.message.en).toContain("2085");
  });

  it("ignores expired memberships and substitutes", () => {
    const ws = vasterbergslagen()
      .membership({ id: "old", forumId: "f1", organisationId: ORG.region, hasMandate: true, to: "2025-05-31" })
      .membership({ id: "l1", forumId: "f1", organisationId: ORG.ludvika, hasMandate: true })
      .membership({
        id: "sub",
        forumId: "f1",
        organisationId: ORG.smedjebacken,
        hasMandate: true,
        roles: ["substitute"],
        substituteForId: "l1",
      })
      .build();
    expect(representationOf(ws)).toEqual([
      ["0020", "notRepresented"],
      ["2085", "withMandate"],
      ["2061", "notRepresented"],
    ]);
  });

  it("for a forum counts only that forum's members", () => {
    const ws = vasterbergslagen()
      .forum({ id: "f2", leadershipId: "vbl" })
      .membership({ id: "r1", forumId: "f2", organisationId: ORG.region, hasMandate: true })
      .build();
    expect(representationOf(ws, { forumId: "f1" })[0]).toEqual(["0020", "notRepresented"]);
    expect(representationOf(ws)[0]).toEqual(["0020", "withMandate"]);
  });
});
