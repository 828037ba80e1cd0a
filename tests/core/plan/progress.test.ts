/**
 * The roll-up from activities to focus areas to the plan: the rule on examples, and its invariants as properties.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { getPlanProgress, weightedMeanProgress, type Plan, type PlanActivity } from "@systemledning/core/plan";
import { activity, healthyPlan } from "./plan-builder.js";

const SEED = 20261122;

const activityArbitrary: fc.Arbitrary<PlanActivity> = fc
  .record({
    status: fc.constantFrom("not-started", "ongoing", "done", "paused", "cancelled" as const),
    progress: fc.double({ min: 0, max: 1, noNaN: true }),
    weight: fc.option(fc.double({ min: 0.01, max: 100, noNaN: true }), { nil: undefined }),
  })
  .map(({ status, progress, weight }) => {
    const p = status === "done" ? 1 : status === "not-started" ? 0 : progress;
    return activity("x", { status, progress: p, ...(weight === undefined ? {} : { weight }) });
  });

const planArbitrary: fc.Arbitrary<Plan> = fc
  .array(
    fc.record({
      weight: fc.option(fc.double({ min: 0.01, max: 10, noNaN: true }), { nil: undefined }),
      activities: fc.array(activityArbitrary, { maxLength: 8 }),
    }),
    { maxLength: 5 },
  )
  .map((areas) =>
    healthyPlan({
      focusAreas: areas.map((area, a) => ({
        id: `fa-${a}`,
        title: `Fokus ${a}`,
        ...(area.weight === undefined ? {} : { weight: area.weight }),
        goals: [],
        activities: area.activities.map((act, k) => ({ ...act, id: `a-${a}-${k}` })),
      })),
    }),
  );

describe("weightedMeanProgress", () => {
  it("weights, skips null progress and gives null (never NaN) for nothing", () => {
    expect(
      weightedMeanProgress([
        { progress: 1, weight: 1 },
        { progress: 0, weight: 3 },
      ]),
    ).toBe(0.25);
    expect(
      weightedMeanProgress([
        { progress: null, weight: 5 },
        { progress: 0.4, weight: 1 },
      ]),
    ).toBe(0.4);
    expect(weightedMeanProgress([])).toBeNull();
    expect(weightedMeanProgress([{ progress: null, weight: 1 }])).toBeNull();
  });
});

describe("getPlanProgress", () => {
  it("leaves cancelled activities out, and weights activities and focus areas", () => {
    const plan = healthyPlan({
      focusAreas: [
        {
          id: "fa-1",
          title: "A",
          weight: 3,
          goals: [],
          activities: [
            activity("a", { status: "done", progress: 1 }),
            activity("b", { status: "cancelled", progress: 0 }),
            activity("c", { progress: 0.5, weight: 2 }),
          ],
        },
        { id: "fa-2", title: "B", goals: [], activities: [activity("d", { status: "not-started", progress: 0 })] },
        { id: "fa-3", title: "C", goals: [], activities: [activity("e", { status: "cancelled", progress: 0.3 })] },
      ],
    });
    const p = getPlanProgress(plan);
    expect(p.focusAreas.map((f) => [f.focusAreaId, f.progress, f.countedActivityCount])).toEqual([
      ["fa-1", (1 + 0.5 * 2) / 3, 2],
      ["fa-2", 0, 1],
      ["fa-3", null, 0],
    ]);
    expect(p.progress).toBeCloseTo(((2 / 3) * 3 + 0) / 4, 12);
    expect(p.statusCounts).toEqual({ "not-started": 1, ongoing: 1, done: 1, paused: 0, cancelled: 2 });
  });

  it("gives an empty plan null progress, not 0", () => {
    expect(getPlanProgress(healthyPlan({ focusAreas: [] })).progress).toBeNull();
  });

  it("property: every progress is within [0, 1] or null", () => {
    fc.assert(
      fc.property(planArbitrary, (plan) => {
        const p = getPlanProgress(plan);
        for (const value of [p.progress, ...p.focusAreas.map((f) => f.progress)]) {
          if (value !== null) {
            expect(value).toBeGreaterThanOrEqual(0);
            expect(value).toBeLessThanOrEqual(1);
          }
        }
      }),
      { seed: SEED, numRuns: 200 },
    );
  });

  it("property: with equal weights and nothing cancelled, a focus area's progress is the plain mean", () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 20 }), (values) => {
        const plan = healthyPlan({
          focusAreas: [
            { id: "fa", title: "F", goals: [], activities: values.map((v, k) => activity(`a-${k}`, { progress: v })) },
          ],
        });
        const mean = values.reduce((s, v) => s + v, 0) / values.length;
        expect(getPlanProgress(plan).focusAreas[0]!.progress).toBeCloseTo(mean, 12);
        expect(getPlanProgress(plan).progress).toBeCloseTo(mean, 12);
      }),
      { seed: SEED, numRuns: 200 },
    );
  });

  it("property: the order of activities and focus areas does not change the plan's progress", () => {
    fc.assert(
      fc.property(planArbitrary, (plan) => {
        const reversed = {
          ...plan,
          focusAreas: [...plan.focusAreas].reverse().map((a) => ({ ...a, activities: [...a.activities].reverse() })),
        };
        const a = getPlanProgress(plan).progress;
        const b = getPlanProgress(reversed).progress;
        if (a === null) expect(b).toBeNull();
        else expect(b).toBeCloseTo(a, 12);
      }),
      { seed: SEED, numRuns: 200 },
    );
  });
});
