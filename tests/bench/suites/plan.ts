/**
 * Bench suite "plan": plan health and the progress roll-up for a national-scale plan (2,000 activities, every
 * leadership checking in monthly for 12 periods), each beside a naive peer measured in the same run:
 * the roll-up written with d3-array's `rollups`, and missing check-ins found by scanning every check-in
 * for every expected period. Budgets (the project's own, so that no interaction makes a long task over 50 ms,
 * docs/quality.md R1): plan health < 50 ms, roll-up < 5 ms.
 */
import { rollups } from "d3-array";
import {
  getExpectedCheckInPeriods,
  getMissingCheckIns,
  getPlanHealth,
  getPlanProgress,
  validatePlanReferences,
  type Plan,
} from "@systemledning/core/plan";
import { createNationalWorkspace } from "../../fixtures/national.js";
import { addNationalPlan, NATIONAL_PLAN_AS_OF, NATIONAL_PLAN_ID } from "../../fixtures/national-plan.js";
import { compare, formatGroup, type BenchSuite, type GroupRow } from "../harness.js";

const HEALTH_BUDGET_MS = 50;
const ROLLUP_BUDGET_MS = 5;

/** The same roll-up rule with d3-array: group (activity) rows by focus area, weighted means, then over areas. */
function rollUpWithD3(plan: Plan): number | null {
  const rows = plan.focusAreas.flatMap((area) =>
    area.activities
      .filter((a) => a.status !== "cancelled")
      .map((a) => ({ area: area.id, areaWeight: area.weight ?? 1, p: a.progress, w: a.weight ?? 1 })),
  );
  const areas = rollups(
    rows,
    (group) => ({
      progress: group.reduce((s, r) => s + r.p * r.w, 0) / group.reduce((s, r) => s + r.w, 0),
      weight: group[0]!.areaWeight,
    }),
    (r) => r.area,
  );
  const weights = areas.reduce((s, [, a]) => s + a.weight, 0);
  return weights === 0 ? null : areas.reduce((s, [, a]) => s + a.progress * a.weight, 0) / weights;
}

/** Missing check-ins the obvious way: for each leadership and expected period, scan all check-ins. */
function missingCheckInsNaive(ws: ReturnType<typeof addNationalPlan>, plan: Plan): number {
  let missing = 0;
  for (const leadershipId of plan.reportingLeadershipIds) {
    for (const period of getExpectedCheckInPeriods(plan, 1, NATIONAL_PLAN_AS_OF)) {
      if (
        !ws.checkIns.some(
          (c) =>
            c.planId === plan.id &&
            c.leadershipId === leadershipId &&
            c.period.from <= period.to &&
            c.period.to >= period.from,
        )
      )
        missing++;
    }
  }
  return missing;
}

/** The plan suite. */
export const suite: BenchSuite = {
  name: "plan",
  run() {
    const ws = addNationalPlan(createNationalWorkspace({ seed: 20261122 }), {
      seed: 20261122,
      activities: 2000,
      periods: 12,
    });
    const plan = ws.plans.find((p) => p.id === NATIONAL_PLAN_ID)!;
    const statusRows = ws.checkIns.reduce((s, c) => s + c.activityStatuses.length, 0);
    const ours = getPlanProgress(plan).progress;
    const peer = rollUpWithD3(plan);
    if (ours === null || peer === null || Math.abs(ours - peer) > 1e-9)
      throw new Error(`roll-ups disagree: ${String(ours)} vs ${String(peer)}`);
    const health = getPlanHealth(ws, NATIONAL_PLAN_ID, { asOf: NATIONAL_PLAN_AS_OF });
    if (health.missingCheckIns.length !== missingCheckInsNaive(ws, plan))
      throw new Error("missing check-ins disagree with the naive scan");
    console.log(
      `National plan: ${plan.focusAreas.flatMap((a) => a.activities).length} activities in ${plan.focusAreas.length} focus areas, ` +
        `${plan.reportingLeadershipIds.length} reporting leaderships, ${ws.checkIns.length} check-ins over 12 periods with ${statusRows} activity statuses; ` +
        `${health.findings.length} findings (${health.counts.error} errors, ${health.counts.warning} warnings, ${health.counts.info} info). Node ${process.version}.`,
    );

    const [healthResult, ...healthPeers] = compare(
      [
        {
          name: "getPlanHealth(ws, planId, { asOf }): findings + roll-up + missing check-ins",
          fn: () => getPlanHealth(ws, NATIONAL_PLAN_ID, { asOf: NATIONAL_PLAN_AS_OF }),
        },
        {
          name: "getMissingCheckIns alone (sort + sweep)",
          fn: () => getMissingCheckIns(ws, plan, ws.profile.followUp!, NATIONAL_PLAN_AS_OF),
        },
        { name: "naive peer: scan every check-in per leadership and period", fn: () => missingCheckInsNaive(ws, plan) },
        { name: "validatePlanReferences(ws): the door's plan checks", fn: () => validatePlanReferences(ws) },
      ],
      { iterations: 20 },
    );
    const healthGroup: GroupRow[] = [
      { result: healthResult!, budgetMs: HEALTH_BUDGET_MS },
      ...healthPeers.map((result) => ({ result })),
    ];
    console.log(formatGroup("Plan health of the national plan (reference: getPlanHealth)", healthGroup));

    const [rollResult, ...rollPeers] = compare(
      [
        { name: "getPlanProgress(plan): activities → focus areas → plan", fn: () => getPlanProgress(plan) },
        { name: "d3-array rollups peer (same rule)", fn: () => rollUpWithD3(plan) },
      ],
      { iterations: 200 },
    );
    const rollGroup: GroupRow[] = [
      { result: rollResult!, budgetMs: ROLLUP_BUDGET_MS },
      ...rollPeers.map((result) => ({ result })),
    ];
    console.log(formatGroup("Progress roll-up of 2,000 activities (reference: getPlanProgress)", rollGroup));
    return [healthGroup, rollGroup];
  },
};
