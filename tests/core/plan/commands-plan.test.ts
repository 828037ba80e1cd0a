/**
 * The commands on a plan's shape (focus areas, goals, a goal's indicator): a valid intent gives a new workspace
 * that passes the door, the old one untouched; a bad one gives issues at their paths with Swedish and English text.
 */
import { describe, expect, it } from "vitest";
import {
  addFocusArea,
  addPlanGoal,
  linkGoalIndicator,
  newPlanActivityId,
  updateFocusArea,
  updatePlanGoal,
  type PlanCommandResult,
} from "@systemledning/core/plan";
import { parseWorkspace, serializeWorkspace, type Workspace } from "@systemledning/core/workspace";
import { deepFreeze } from "../../fixtures/deep-freeze.js";
import { buildPlanWorkspace } from "./plan-builder.js";

const ws = deepFreeze(buildPlanWorkspace());
const TEXT = serializeWorkspace(ws);

function accepted(result: PlanCommandResult): Workspace {
  if (!result.ok) throw new Error(result.error.message);
  expect(parseWorkspace(JSON.parse(serializeWorkspace(result.value)))).toEqual(result.value);
  return result.value;
}
function refused(result: PlanCommandResult): [string, string][] {
  if (result.ok) throw new Error("expected a refusal");
  expect(serializeWorkspace(ws)).toBe(TEXT);
  for (const issue of result.error.issues) {
    expect(issue.message.sv).not.toBe("");
    expect(issue.message.en).not.toBe("");
  }
  return result.error.issues.map((i) => [i.code, i.path]);
}
const areas = (next: Workspace) => next.plans[0]!.focusAreas;

describe("addFocusArea", () => {
  it("adds a focus area at the end with an id made from the title, unique within the plan", () => {
    const once = accepted(addFocusArea(ws, { planId: "plan-r", title: "Trygg hemgång för äldre" }));
    expect(areas(once).at(-1)).toEqual({
      id: "fa-trygg-hemgang-for-aldre",
      title: "Trygg hemgång för äldre",
      goals: [],
      activities: [],
    });
    const twice = accepted(addFocusArea(once, { planId: "plan-r", title: "Trygg hemgång för äldre", weight: 2 }));
    expect(areas(twice).at(-1)).toMatchObject({ id: "fa-trygg-hemgang-for-aldre-2", weight: 2 });
    expect(ws.plans[0]!.focusAreas).toHaveLength(1);
  });

  it("refuses an unknown plan, a blank title, a taken id and an unknown field, at their paths", () => {
    expect(refused(addFocusArea(ws, { planId: "x", title: "A" }))).toEqual([["dangling_reference", "planId"]]);
    expect(refused(addFocusArea(ws, { planId: "plan-r", title: "   " }))).toEqual([["blank_title", "title"]]);
    expect(refused(addFocusArea(ws, { planId: "plan-r", id: "fa-1", title: "A" }))).toEqual([["duplicate_id", "id"]]);
    expect(refused(addFocusArea(ws, { planId: "plan-r", title: "A", colour: "red" } as never))).toEqual([
      ["unknown_field", "colour"],
    ]);
  });
});

describe("updateFocusArea", () => {
  it("changes the title and clears the weight with null", () => {
    const weighted = accepted(updateFocusArea(ws, { planId: "plan-r", focusAreaId: "fa-1", changes: { weight: 3 } }));
    expect(areas(weighted)[0]!.weight).toBe(3);
    const next = accepted(
      updateFocusArea(weighted, { planId: "plan-r", focusAreaId: "fa-1", changes: { title: "Nytt", weight: null } }),
    );
    expect(areas(next)[0]).toMatchObject({ id: "fa-1", title: "Nytt" });
    expect(areas(next)[0]).not.toHaveProperty("weight");
  });

  it("refuses an unknown focus area and a blank title", () => {
    expect(refused(updateFocusArea(ws, { planId: "plan-r", focusAreaId: "x", changes: {} }))).toEqual([
      ["focus_area_not_in_plan", "focusAreaId"],
    ]);
    expect(refused(updateFocusArea(ws, { planId: "plan-r", focusAreaId: "fa-1", changes: { title: " " } }))).toEqual([
      ["blank_title", "changes.title"],
    ]);
  });
});

describe("addPlanGoal and updatePlanGoal", () => {
  it("adds a measurable and a qualitative goal, ids from their titles", () => {
    const next = accepted(
      addPlanGoal(ws, {
        planId: "plan-r",
        focusAreaId: "fa-1",
        goal: { kind: "measurable", title: "Färre återinskrivningar", indicatorId: "readmission", target: 10 },
      }),
    );
    const last = accepted(
      addPlanGoal(next, { planId: "plan-r", focusAreaId: "fa-1", goal: { kind: "qualitative", title: "Brukarråd" } }),
    );
    expect(areas(last)[0]!.goals.map((g) => g.id)).toEqual(["g-1", "mal-farre-aterinskrivningar", "mal-brukarrad"]);
  });

  it("refuses an unknown indicator, an invalid goal, a taken id and an unknown focus area", () => {
    const add = (goal: unknown, focusAreaId = "fa-1") =>
      refused(addPlanGoal(ws, { planId: "plan-r", focusAreaId, goal }));
    expect(add({ kind: "measurable", title: "M", indicatorId: "nope" })).toEqual([
      ["dangling_reference", "goal.indicatorId"],
    ]);
    expect(add({ kind: "other", title: "M" })[0]![1]).toBe("goal.kind");
    expect(add({ kind: "qualitative", id: "g-1", title: "M" })).toEqual([["duplicate_id", "goal.id"]]);
    expect(add({ kind: "qualitative", title: "M" }, "x")).toEqual([["focus_area_not_in_plan", "focusAreaId"]]);
  });

  it("updates a goal's target and removes a field with null; the kind and id stay", () => {
    const next = accepted(
      updatePlanGoal(ws, { planId: "plan-r", goalId: "g-1", changes: { target: 95, targetDate: null } }),
    );
    expect(areas(next)[0]!.goals[0]).toMatchObject({ id: "g-1", target: 95 });
    expect(areas(next)[0]!.goals[0]).not.toHaveProperty("targetDate");
    expect(refused(updatePlanGoal(ws, { planId: "plan-r", goalId: "g-1", changes: { kind: "qualitative" } }))).toEqual([
      ["invalid_value", "changes.kind"],
    ]);
    expect(refused(updatePlanGoal(ws, { planId: "plan-r", goalId: "nope", changes: {} }))).toEqual([
      ["goal_not_in_plan", "goalId"],
    ]);
    expect(refused(updatePlanGoal(ws, { planId: "plan-r", goalId: "g-1", changes: { target: "many" } }))).toEqual([
      ["invalid_type", "changes.target"],
    ]);
  });
});

describe("linkGoalIndicator", () => {
  it("links a measurable goal to a profile indicator, and null unlinks it", () => {
    const linked = accepted(linkGoalIndicator(ws, { planId: "plan-r", goalId: "g-1", indicatorId: "readmission" }));
    expect(areas(linked)[0]!.goals[0]).toMatchObject({ indicatorId: "readmission" });
    const unlinked = accepted(linkGoalIndicator(linked, { planId: "plan-r", goalId: "g-1", indicatorId: null }));
    expect(areas(unlinked)[0]!.goals[0]).not.toHaveProperty("indicatorId");
  });

  it("refuses an unknown indicator and a qualitative goal", () => {
    expect(refused(linkGoalIndicator(ws, { planId: "plan-r", goalId: "g-1", indicatorId: "nope" }))).toEqual([
      ["dangling_reference", "indicatorId"],
    ]);
    const withQualitative = accepted(
      addPlanGoal(ws, { planId: "plan-r", focusAreaId: "fa-1", goal: { kind: "qualitative", id: "q", title: "Q" } }),
    );
    const result = linkGoalIndicator(withQualitative, { planId: "plan-r", goalId: "q", indicatorId: "readmission" });
    expect(result.ok ? [] : result.error.issues.map((i) => [i.code, i.path])).toEqual([
      ["goal_not_measurable", "goalId"],
    ]);
  });
});

describe("newPlanActivityId", () => {
  it("makes an id from the title, unique among the plan's activities", () => {
    const plan = ws.plans[0]!;
    expect(newPlanActivityId(plan, "Gemensam rutin för SIP")).toBe("akt-gemensam-rutin-for-sip");
    expect(
      newPlanActivityId(
        {
          ...plan,
          focusAreas: [
            { ...plan.focusAreas[0]!, activities: [{ ...plan.focusAreas[0]!.activities[0]!, id: "akt-x" }] },
          ],
        },
        "X",
      ),
    ).toBe("akt-x-2");
  });
});
