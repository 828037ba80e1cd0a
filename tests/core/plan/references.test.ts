/**
 * The door's cross-reference checks of the plan collections, and the schemas' own rules: each named bad
 * input gives its code at its exact path.
 */
import { describe, expect, it } from "vitest";
import { safeParseWorkspace } from "@systemledning/core/workspace";
import { activity, checkIn, healthyPlan, planDocument, value } from "./plan-builder.js";
import type { StructureDocument } from "../../fixtures/structure-builder.js";

function issuesOf(change: (doc: StructureDocument) => void): [string, string][] {
  const doc = planDocument();
  doc.plans = [healthyPlan()];
  change(doc);
  const result = safeParseWorkspace(doc);
  return result.success ? [] : result.error.issues.map((i) => [i.code, i.path]);
}

describe("validatePlanReferences (through the door)", () => {
  it("accepts the base document", () => {
    expect(issuesOf(() => undefined)).toEqual([]);
  });

  it("reports a value of an unknown indicator, an unknown code, and a duplicate key", () => {
    expect(issuesOf((d) => (d.indicatorValues = [value("nope", "2080", "2024", 1)]))).toEqual([
      ["dangling_reference", "indicatorValues[0].indicatorId"],
    ]);
    expect(issuesOf((d) => (d.indicatorValues = [value("satisfaction", "1480", "2024", 1)]))).toEqual([
      ["unknown_municipality", "indicatorValues[0].organisationCode"],
    ]);
    expect(
      issuesOf(
        (d) =>
          (d.indicatorValues = [
            value("satisfaction", "0000", "2024", 1),
            value("satisfaction", "0020", "2024", 1),
            value("satisfaction", "0000", "2024", 2),
          ]),
      ),
    ).toEqual([["duplicate_indicator_value", "indicatorValues[2]"]]);
  });

  it("reports a value and status that disagree, and keeps a null a null", () => {
    expect(
      issuesOf((d) => (d.indicatorValues = [{ ...value("satisfaction", "2080", "2024", null), status: "final" }])),
    ).toEqual([["value_status_mismatch", "indicatorValues[0].status"]]);
    expect(
      issuesOf((d) => (d.indicatorValues = [{ ...value("satisfaction", "2080", "2024", 3), status: "missing" }])),
    ).toEqual([["value_status_mismatch", "indicatorValues[0].status"]]);
    expect(
      issuesOf((d) => (d.indicatorValues = [{ ...value("satisfaction", "2080", "2024", 3), value: Number.NaN }])),
    ).toEqual([["invalid_type", "indicatorValues[0].value"]]);
  });

  it("reports an indicator tied to an unknown delmål and a check-in interval of an unknown leadership", () => {
    expect(
      issuesOf((d) => {
        d.profile.followUp = {
          ...d.profile.followUp!,
          indicators: [{ ...d.profile.followUp!.indicators[0]!, goalId: "nope" }],
          checkInInterval: { months: 3, byLeadership: { "ls-x": 1 } },
        };
        d.plans = [];
      }),
    ).toEqual([
      ["dangling_reference", "profile.followUp.indicators[0].goalId"],
      ["dangling_reference", 'profile.followUp.checkInInterval.byLeadership["ls-x"]'],
    ]);
  });

  it("reports a plan's unknown leadership, forum, reporting leadership, owners and goal indicator", () => {
    const plan = healthyPlan({ leadershipId: "ls-x", decidedByForumId: "f-x", reportingLeadershipIds: ["ls-y"] });
    const area = plan.focusAreas[0]!;
    plan.focusAreas = [
      {
        ...area,
        goals: [{ kind: "measurable", id: "g-1", title: "Mål", indicatorId: "nope", organisationCode: "1480" }],
        activities: [
          activity("a-1", { ownerOrganisationId: "org-x" }),
          activity("a-2", { ownerOrganisationId: undefined, ownerLeadershipId: "ls-z" }),
        ],
      },
    ];
    expect(issuesOf((d) => (d.plans = [plan]))).toEqual([
      ["dangling_reference", "plans[0].leadershipId"],
      ["dangling_reference", "plans[0].decidedByForumId"],
      ["dangling_reference", "plans[0].reportingLeadershipIds[0]"],
      ["dangling_reference", "plans[0].focusAreas[0].goals[0].indicatorId"],
      ["unknown_municipality", "plans[0].focusAreas[0].goals[0].organisationCode"],
      ["dangling_reference", "plans[0].focusAreas[0].activities[0].ownerOrganisationId"],
      ["dangling_reference", "plans[0].focusAreas[0].activities[1].ownerLeadershipId"],
    ]);
  });

  it("reports duplicate plan, focus area and activity ids", () => {
    const plan = healthyPlan();
    const area = plan.focusAreas[0]!;
    const twice = { ...plan, focusAreas: [area, { ...area, goals: [], activities: [activity("a-1")] }] };
    expect(issuesOf((d) => (d.plans = [twice, healthyPlan()]))).toEqual([
      ["duplicate_id", "plans[1].id"],
      ["duplicate_id", "plans[0].focusAreas[1].id"],
      ["duplicate_id", "plans[0].focusAreas[1].activities[0].id"],
    ]);
  });

  it("checks the decision only when the workspace keeps meetings or a decision log", () => {
    expect(issuesOf((d) => (d.plans = [healthyPlan({ decisionId: "unknown" })]))).toEqual([]);
  });

  it("reports periods that end before they start, and activities whose status and progress disagree", () => {
    expect(issuesOf((d) => (d.plans = [healthyPlan({ period: { from: "2026-01-01", to: "2025-01-01" } })]))).toEqual([
      ["invalid_plan_period", "plans[0].period.to"],
    ]);
    const plan = healthyPlan();
    plan.focusAreas = [
      {
        ...plan.focusAreas[0]!,
        activities: [
          activity("a-1", { start: "2025-05-01", due: "2025-04-01" }),
          activity("a-2", { status: "done", progress: 0.9 }),
        ],
      },
    ];
    expect(issuesOf((d) => (d.plans = [plan]))).toEqual([
      ["invalid_period", "plans[0].focusAreas[0].activities[0].due"],
      ["progress_status_mismatch", "plans[0].focusAreas[0].activities[1].progress"],
    ]);
  });

  it("reports a check-in's unknown plan, leadership, activity, repeated activity and reversed period", () => {
    const statuses = [
      { activityId: "a-1", status: "ongoing" as const, rag: "green" as const },
      { activityId: "a-x", status: "ongoing" as const, rag: "red" as const },
      { activityId: "a-1", status: "done" as const, rag: "green" as const },
    ];
    expect(
      issuesOf((d) => {
        d.checkIns = [
          checkIn("c-1", "2025-01-01", "2025-03-31", { activityStatuses: statuses }),
          checkIn("c-2", "2025-01-01", "2025-03-31", { planId: "plan-x", leadershipId: "ls-x" }),
        ];
      }),
    ).toEqual([
      ["activity_not_in_plan", "checkIns[0].activityStatuses[1].activityId"],
      ["duplicate_value", "checkIns[0].activityStatuses[2].activityId"],
      ["dangling_reference", "checkIns[1].planId"],
      ["dangling_reference", "checkIns[1].leadershipId"],
    ]);
    expect(issuesOf((d) => (d.checkIns = [checkIn("c-1", "2025-04-01", "2025-03-31")]))).toEqual([
      ["invalid_period", "checkIns[0].period.to"],
    ]);
  });
});
