/** Overdue activities and the action plan's filter (leadership, statuses, overdue). */
import { describe, expect, it } from "vitest";
import { filterPlanActivities, getPlanHealth, isActivityOverdue } from "@systemledning/core/plan";
import { createDalarnaSampleWorkspace, DALARNA_REGIONAL_PLAN_ID } from "@systemledning/core/profiles/dalarna";
import { activity, buildPlanWorkspace, healthyPlan } from "./plan-builder.js";

describe("isActivityOverdue", () => {
  it("is due before the day and neither done nor cancelled", () => {
    const asOf = "2026-05-13";
    expect(isActivityOverdue({ due: "2026-05-12", status: "ongoing" }, asOf)).toBe(true);
    expect(isActivityOverdue({ due: "2026-05-12", status: "paused" }, asOf)).toBe(true);
    expect(isActivityOverdue({ due: "2026-05-12", status: "not-started" }, asOf)).toBe(true);
    expect(isActivityOverdue({ due: "2026-05-13", status: "ongoing" }, asOf)).toBe(false);
    expect(isActivityOverdue({ due: "2026-05-12", status: "done" }, asOf)).toBe(false);
    expect(isActivityOverdue({ due: "2026-05-12", status: "cancelled" }, asOf)).toBe(false);
    expect(isActivityOverdue({ status: "ongoing" }, asOf)).toBe(false);
  });

  it("agrees with plan health's overdue findings on the Dalarna sample", () => {
    const ws = createDalarnaSampleWorkspace();
    const plan = ws.plans.find((p) => p.id === DALARNA_REGIONAL_PLAN_ID)!;
    const asOf = "2027-01-01";
    const overdue = filterPlanActivities(ws, plan, { overdueOnly: true, asOf }).map((m) => m.activity.id);
    const health = getPlanHealth(ws, plan.id, { asOf }).findings.filter((f) => f.code === "activity_overdue");
    expect(overdue).toEqual(health.map((f) => f.activityId));
    expect(overdue.length).toBeGreaterThan(0);
  });
});

describe("filterPlanActivities", () => {
  const ws = buildPlanWorkspace({
    plans: [
      healthyPlan({
        focusAreas: [
          {
            id: "fa-1",
            title: "Fokus",
            goals: [],
            activities: [
              activity("a-falun", { ownerOrganisationId: "falun", due: "2026-01-31" }),
              activity("a-ls", {
                ownerOrganisationId: undefined,
                ownerLeadershipId: "ls-falun",
                status: "done",
                progress: 1,
              }),
              activity("a-region", { ownerOrganisationId: "region-dalarna", status: "paused", due: "2025-06-30" }),
            ],
          },
        ],
      }),
    ],
  });
  const plan = ws.plans[0]!;
  const ids = (filter: Parameters<typeof filterPlanActivities>[2]) =>
    filterPlanActivities(ws, plan, filter).map((m) => m.activity.id);

  it("lets everything through without a filter, in the plan's order, marking the overdue", () => {
    const all = filterPlanActivities(ws, plan, { asOf: "2026-05-13" });
    expect(all.map((m) => [m.activity.id, m.overdue, m.focusArea.id])).toEqual([
      ["a-falun", true, "fa-1"],
      ["a-ls", false, "fa-1"],
      ["a-region", true, "fa-1"],
    ]);
  });

  it("filters by the owning leadership (directly or through its principals), statuses and overdue", () => {
    // The region is a principal of every leadership of the county, Falun's too.
    expect(ids({ leadershipId: "ls-falun", asOf: "2026-05-13" })).toEqual(["a-falun", "a-ls", "a-region"]);
    expect(ids({ leadershipId: "ls-region", asOf: "2026-05-13" })).toEqual(["a-falun", "a-region"]);
    expect(ids({ leadershipId: "nope", asOf: "2026-05-13" })).toEqual([]);
    expect(ids({ statuses: ["done", "paused"], asOf: "2026-05-13" })).toEqual(["a-ls", "a-region"]);
    expect(ids({ statuses: [], asOf: "2026-05-13" })).toEqual([]);
    expect(ids({ overdueOnly: true, leadershipId: "ls-falun", asOf: "2026-05-13" })).toEqual(["a-falun", "a-region"]);
  });
});
