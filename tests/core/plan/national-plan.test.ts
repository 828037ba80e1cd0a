/**
 * The national plan generator: deterministic, valid through the door, and the size the benchmark promises.
 */
import { describe, expect, it } from "vitest";
import { getPlanHealth } from "@systemledning/core/plan";
import { parseWorkspace } from "@systemledning/core/workspace";
import { createNationalWorkspace } from "../../fixtures/national.js";
import { addNationalPlan, NATIONAL_PLAN_AS_OF, NATIONAL_PLAN_ID } from "../../fixtures/national-plan.js";

describe("addNationalPlan", () => {
  const base = createNationalWorkspace({ seed: 20261122, counties: ["20", "08"] });
  const ws = addNationalPlan(base, { seed: 20261122, activities: 300, periods: 12 });

  it("passes the door and is the same for the same seed", () => {
    expect(parseWorkspace(ws)).toEqual(ws);
    expect(addNationalPlan(base, { seed: 20261122, activities: 300 })).toEqual(ws);
    expect(base.plans).toEqual([]);
  });

  it("has the asked-for activities and about 95 % of 12 check-ins per leadership, so health finds missing periods", () => {
    const plan = ws.plans[0]!;
    expect(plan.focusAreas.flatMap((a) => a.activities)).toHaveLength(300);
    const expected = ws.leaderships.length * 12;
    expect(ws.checkIns.length).toBeGreaterThan(expected * 0.9);
    expect(ws.checkIns.length).toBeLessThan(expected);
    const health = getPlanHealth(ws, NATIONAL_PLAN_ID, { asOf: NATIONAL_PLAN_AS_OF });
    expect(health.missingCheckIns).toHaveLength(expected - ws.checkIns.length);
  });
});
