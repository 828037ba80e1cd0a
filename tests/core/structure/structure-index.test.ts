import { describe, expect, it } from "vitest";
import { createStructureIndex, getKeyRoleStatus, isMembershipActive } from "@systemledning/core/structure";
import { isSystemledningError } from "@systemledning/core/workspace";
import { AS_OF, ORG, createStructureBuilder } from "../../fixtures/structure-builder.js";

describe("isMembershipActive", () => {
  it("includes both ends of the period and excludes the days outside", () => {
    const period = { from: "2024-01-01", to: "2024-12-31" };
    expect([isMembershipActive(period, "2023-12-31"), isMembershipActive(period, "2024-01-01"), isMembershipActive(period, "2024-12-31"), isMembershipActive(period, "2025-01-01")]).toEqual([false, true, true, false]);
  });
  it("treats an absent end as open-ended", () => {
    expect(isMembershipActive({ from: "2024-01-01" }, "2099-01-01")).toBe(true);
  });
});

describe("createStructureIndex", () => {
  const ws = createStructureBuilder()
    .organisation({ id: "falun-soc", kind: "other", parentId: ORG.falun })
    .organisation({ id: "loop-a", kind: "other", parentId: "loop-b" })
    .organisation({ id: "loop-b", kind: "other", parentId: "loop-a" })
    .leadership({ id: "l" })
    .forum({ id: "f", leadershipId: "l" })
    .membership({ id: "m2", forumId: "f", organisationId: ORG.falun })
    .membership({ id: "m1", forumId: "f", organisationId: ORG.falun })
    .build();
  const index = createStructureIndex(ws);

  it("finds each organisation's principal via parentId, and none for an agency or a cycle", () => {
    expect(index.principalOfOrganisation.get("falun-soc")).toBe("municipality:2080");
    expect(index.principalOfOrganisation.get(ORG.region)).toBe("region:0020");
    expect(index.principalOfOrganisation.get(ORG.police)).toBeNull();
    expect(index.principalOfOrganisation.get("loop-a")).toBeNull();
    expect(index.principalOfOrganisation.get("loop-b")).toBeNull();
  });

  it("groups memberships by forum, ordered by id", () => {
    expect(index.membershipsByForum.get("f")?.map((m) => m.id)).toEqual(["m1", "m2"]);
  });

  it("finds the organisations of a principal by kind and code", () => {
    expect(index.organisationsByPrincipal.get("municipality:2080")?.map((o) => o.id)).toEqual([ORG.falun]);
  });

  it("does not change the workspace", () => {
    const before = JSON.stringify(ws);
    createStructureIndex(ws);
    getKeyRoleStatus(ws, "f", { asOf: AS_OF, index });
    expect(JSON.stringify(ws)).toBe(before);
  });
});

describe("question options", () => {
  const ws = createStructureBuilder().leadership({ id: "l" }).forum({ id: "f", leadershipId: "l" }).build();

  it("refuses an asOf that is not a calendar date, with reason invalidInput and the path options.asOf", () => {
    for (const asOf of ["2025-02-30", "01/06/2025", ""]) {
      try {
        getKeyRoleStatus(ws, "f", { asOf });
        expect.unreachable();
      } catch (error) {
        expect(isSystemledningError(error) && [error.reason, error.issues[0]?.path]).toEqual(["invalidInput", "options.asOf"]);
      }
    }
  });
});
