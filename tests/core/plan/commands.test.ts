/**
 * Commands: a valid intent gives a new workspace that passes the door (the old one untouched); a bad one
 * gives an error value with each issue at its path.
 */
import { describe, expect, it } from "vitest";
import {
  addPlanActivity,
  getPlanProgress,
  recordCheckIn,
  updatePlanActivity,
  type PlanCommandResult,
} from "@systemledning/core/plan";
import { parseWorkspace } from "@systemledning/core/workspace";
import { deepFreeze } from "../../fixtures/deep-freeze.js";
import { activity, buildPlanWorkspace, checkIn } from "./plan-builder.js";

const ws = deepFreeze(buildPlanWorkspace());
const issues = (result: PlanCommandResult): [string, string][] =>
  result.ok ? [] : result.error.issues.map((i) => [i.code, i.path]);

describe("addPlanActivity", () => {
  it("adds a valid activity to the focus area without changing the input", () => {
    const result = addPlanActivity(ws, {
      planId: "plan-r",
      focusAreaId: "fa-1",
      activity: activity("a-3", { status: "not-started", progress: 0 }),
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.plans[0]!.focusAreas[0]!.activities.map((a) => a.id)).toEqual(["a-1", "a-2", "a-3"]);
    expect(ws.plans[0]!.focusAreas[0]!.activities).toHaveLength(2);
    expect(parseWorkspace(result.value)).toEqual(result.value);
  });

  it("refuses an unknown plan or focus area, an invalid activity, a duplicate id and an unknown owner, at their paths", () => {
    expect(issues(addPlanActivity(ws, { planId: "x", focusAreaId: "fa-1", activity: activity("a-3") }))).toEqual([
      ["dangling_reference", "planId"],
    ]);
    expect(issues(addPlanActivity(ws, { planId: "plan-r", focusAreaId: "x", activity: activity("a-3") }))).toEqual([
      ["focus_area_not_in_plan", "focusAreaId"],
    ]);
    expect(
      issues(
        addPlanActivity(ws, {
          planId: "plan-r",
          focusAreaId: "fa-1",
          activity: { ...activity("a-3"), progress: 2, colour: "red" },
        }),
      ),
    ).toEqual([
      ["too_big", "activity.progress"],
      ["unknown_field", "activity.colour"],
    ]);
    expect(
      issues(
        addPlanActivity(ws, {
          planId: "plan-r",
          focusAreaId: "fa-1",
          activity: activity("a-1", { ownerOrganisationId: "org-x" }),
        }),
      ),
    ).toEqual([
      ["duplicate_id", "activity.id"],
      ["dangling_reference", "activity.ownerOrganisationId"],
    ]);
  });
});

describe("updatePlanActivity", () => {
  it("merges the changes, removes fields set to undefined, and validates the result", () => {
    const result = updatePlanActivity(ws, {
      planId: "plan-r",
      activityId: "a-1",
      changes: { status: "done", progress: 1, responsibleRole: "Processledare", due: undefined },
    });
    expect(result.ok && result.value.plans[0]!.focusAreas[0]!.activities[0]).toStrictEqual({
      id: "a-1",
      title: "Aktivitet a-1",
      ownerOrganisationId: "falun",
      start: "2025-01-01",
      status: "done",
      progress: 1,
      responsibleRole: "Processledare",
    });
  });

  it("refuses a status that disagrees with the progress, an id change and an unknown activity", () => {
    expect(
      issues(updatePlanActivity(ws, { planId: "plan-r", activityId: "a-1", changes: { status: "done" } })),
    ).toEqual([["progress_status_mismatch", "changes.progress"]]);
    expect(issues(updatePlanActivity(ws, { planId: "plan-r", activityId: "a-1", changes: { id: "a-9" } }))).toEqual([
      ["invalid_value", "changes.id"],
    ]);
    expect(issues(updatePlanActivity(ws, { planId: "plan-r", activityId: "a-9", changes: {} }))).toEqual([
      ["activity_not_in_plan", "activityId"],
    ]);
  });
});

describe("recordCheckIn", () => {
  const valid = checkIn("c-1", "2025-01-01", "2025-02-28", {
    activityStatuses: [
      { activityId: "a-1", status: "done", rag: "green" },
      { activityId: "a-2", status: "ongoing", rag: "amber", progress: 0.75 },
    ],
    followUp: { activitiesAndResults: "Klart.", lessons: "Lärdom.", visionRating: 4 },
  });

  it("adds the check-in and applies the reported statuses to the plan's activities", () => {
    const result = recordCheckIn(ws, valid);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.checkIns).toEqual([valid]);
    expect(result.value.plans[0]!.focusAreas[0]!.activities.map((a) => [a.status, a.progress])).toEqual([
      ["done", 1],
      ["ongoing", 0.75],
    ]);
    expect(getPlanProgress(result.value.plans[0]!).progress).toBe(0.875);
    expect(parseWorkspace(result.value)).toEqual(result.value);
  });

  it("leaves the activities alone when asked to", () => {
    const result = recordCheckIn(ws, valid, { applyToActivities: false });
    expect(result.ok && result.value.plans).toEqual(ws.plans);
  });

  it("refuses an invalid check-in at its paths", () => {
    expect(
      issues(
        recordCheckIn(ws, {
          ...valid,
          followUp: { visionRating: 7 },
          period: { from: "2025-03-01", to: "2025-02-01" },
        }),
      ),
    ).toEqual([
      ["invalid_period", "checkIn.period.to"],
      ["too_big", "checkIn.followUp.visionRating"],
    ]);
    expect(
      issues(
        recordCheckIn(ws, { ...valid, activityStatuses: [{ activityId: "a-1", status: "ongoing", rag: "purple" }] }),
      ),
    ).toEqual([["invalid_value", "checkIn.activityStatuses[0].rag"]]);
  });

  it("refuses an unknown plan, leadership and activity, and an id already used", () => {
    const recorded = recordCheckIn(ws, valid);
    expect(recorded.ok).toBe(true);
    if (!recorded.ok) return;
    expect(issues(recordCheckIn(recorded.value, valid))).toEqual([["duplicate_id", "checkIn.id"]]);
    expect(issues(recordCheckIn(ws, { ...valid, planId: "x", leadershipId: "y" }))).toEqual([
      ["dangling_reference", "checkIn.planId"],
      ["dangling_reference", "checkIn.leadershipId"],
    ]);
    expect(
      issues(recordCheckIn(ws, { ...valid, activityStatuses: [{ activityId: "a-x", status: "ongoing", rag: "red" }] })),
    ).toEqual([["activity_not_in_plan", "checkIn.activityStatuses[0].activityId"]]);
  });
});
