import { describe, expect, it } from "vitest";
import { getKeyRoleStatus, isMembershipActive } from "@systemledning/core/structure";
import { isSystemledningError } from "@systemledning/core/workspace";
import { createStructureBuilder } from "../../fixtures/structure-builder.js";

describe("isMembershipActive", () => {
  it("includes both ends of the period and excludes the days outside", () => {
    const period = { from: "2024-01-01", to: "2024-12-31" };
    expect([
      isMembershipActive(period, "2023-12-31"),
      isMembershipActive(period, "2024-01-01"),
      isMembershipActive(period, "2024-12-31"),
      isMembershipActive(period, "2025-01-01"),
    ]).toEqual([false, true, true, false]);
  });
  it("treats an absent end as open-ended", () => {
    expect(isMembershipActive({ from: "2024-01-01" }, "2099-01-01")).toBe(true);
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
        expect(isSystemledningError(error) && [error.reason, error.issues[0]?.path]).toEqual([
          "invalidInput",
          "options.asOf",
        ]);
      }
    }
  });
});
