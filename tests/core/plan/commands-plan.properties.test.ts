/**
 * Property of the plan commands (fixed seed): any sequence of them, with intents valid and invalid, drawn from
 * the ids of the Dalarna sample's plans (and of what the sequence adds) and from random strings, only ever
 * yields workspaces the door accepts; a refusal is `invalidInput` with issues in Swedish and English, and no
 * command touches its input, refused or not (each workspace is deep-frozen, so a mutation throws).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addFocusArea,
  addPlanActivity,
  addPlanGoal,
  linkGoalIndicator,
  newPlanActivityId,
  updateFocusArea,
  updatePlanActivity,
  updatePlanGoal,
  type PlanCommandResult,
} from "@systemledning/core/plan";
import { createDalarnaSampleWorkspace } from "@systemledning/core/profiles/dalarna";
import { safeParseWorkspace, serializeWorkspace, type Workspace } from "@systemledning/core/workspace";
import { deepFreeze } from "../../fixtures/deep-freeze.js";

const SEED = 20261205;

type FromWorkspace<T> = (ws: Workspace) => T;
interface Step {
  readonly name: string;
  readonly run: (ws: Workspace) => PlanCommandResult;
}

const pick = <T>(list: readonly T[], n: number): T | undefined =>
  list.length === 0 ? undefined : list[n % list.length];
const plansOf = (ws: Workspace) => ws.plans;
const planAt = (ws: Workspace, n: number) => pick(plansOf(ws), n);

/** Mostly a real id found by `find` in the workspace of the turn, sometimes a random string. */
const idIn = (find: (ws: Workspace, n: number) => string | undefined): fc.Arbitrary<FromWorkspace<string>> =>
  fc.oneof(
    { weight: 6, arbitrary: fc.nat().map((n) => (ws: Workspace) => find(ws, n) ?? "tom") },
    { weight: 1, arbitrary: fc.string({ maxLength: 6 }).map((s) => () => s) },
  );

const TITLE = fc.oneof(
  fc.constantFrom("Trygg hemgång", "Ny aktivitet", "Åäö", "???", "", " "),
  fc.string({ maxLength: 12 }),
);
const DATE = fc.oneof(
  {
    weight: 6,
    arbitrary: fc
      .integer({ min: 0, max: 365 * 5 })
      .map((d) => new Date(Date.UTC(2024, 0, 1) + d * 86_400_000).toISOString().slice(0, 10)),
  },
  { weight: 1, arbitrary: fc.constantFrom("2025-02-30", "snart", "") },
);
const STATUS = fc.constantFrom("not-started", "ongoing", "done", "paused", "cancelled", "klar");
const PROGRESS = fc.oneof(fc.constantFrom(0, 0.5, 1), fc.double({ min: -1, max: 2, noNaN: true }));
const optional = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined, freq: 3 });
const JUNK = fc.oneof(
  fc.constant(null),
  fc.constant(undefined),
  fc.integer(),
  fc.string(),
  fc.dictionary(fc.string(), fc.string()),
);

/** A plan id, a focus area id of it, and the ids of its goals and activities, all from one draw. */
const AT = fc.tuple(fc.nat(), fc.nat(), fc.nat()).map(([p, a, k]) => (ws: Workspace) => {
  const plan = planAt(ws, p);
  const area = plan === undefined ? undefined : pick(plan.focusAreas, a);
  const goals = plan?.focusAreas.flatMap((x) => x.goals) ?? [];
  const activities = plan?.focusAreas.flatMap((x) => x.activities) ?? [];
  return {
    plan,
    planId: plan?.id ?? "tom",
    focusAreaId: area?.id ?? "tom",
    goalId: pick(goals, k)?.id ?? "tom",
    activityId: pick(activities, k)?.id ?? "tom",
  };
});
const INDICATOR = idIn((ws, n) => pick(ws.profile.followUp?.indicators ?? [], n)?.id);
const ORGANISATION = idIn((ws, n) => pick(ws.organisations, n)?.id);

const STEPS: fc.Arbitrary<Step> = fc.oneof(
  fc.tuple(AT, TITLE, optional(fc.integer({ min: -1, max: 5 }))).map(([at, title, weight]): Step => ({
    name: "addFocusArea",
    run: (ws) => addFocusArea(ws, { planId: at(ws).planId, title, ...(weight === undefined ? {} : { weight }) }),
  })),
  fc.tuple(AT, optional(TITLE), optional(fc.constantFrom(null, 2, 0))).map(([at, title, weight]): Step => ({
    name: "updateFocusArea",
    run: (ws) => {
      const { planId, focusAreaId } = at(ws);
      return updateFocusArea(ws, {
        planId,
        focusAreaId,
        changes: { ...(title === undefined ? {} : { title }), ...(weight === undefined ? {} : { weight }) },
      });
    },
  })),
  fc
    .tuple(
      AT,
      fc.constantFrom("measurable", "qualitative", "other"),
      TITLE,
      optional(INDICATOR),
      optional(fc.integer()),
    )
    .map(([at, kind, title, indicator, target]): Step => ({
      name: "addPlanGoal",
      run: (ws) => {
        const { planId, focusAreaId } = at(ws);
        const goal: Record<string, unknown> = { kind, title };
        if (indicator !== undefined) goal.indicatorId = indicator(ws);
        if (target !== undefined) goal.target = target;
        return addPlanGoal(ws, { planId, focusAreaId, goal });
      },
    })),
  fc
    .tuple(AT, optional(TITLE), optional(fc.oneof(fc.integer(), fc.constant(null))), optional(DATE))
    .map(([at, title, target, targetDate]): Step => ({
      name: "updatePlanGoal",
      run: (ws) => {
        const { planId, goalId } = at(ws);
        return updatePlanGoal(ws, { planId, goalId, changes: { title, target, targetDate } });
      },
    })),
  fc.tuple(AT, fc.option(INDICATOR, { nil: null })).map(([at, indicator]): Step => ({
    name: "linkGoalIndicator",
    run: (ws) => {
      const { planId, goalId } = at(ws);
      return linkGoalIndicator(ws, { planId, goalId, indicatorId: indicator === null ? null : indicator(ws) });
    },
  })),
  fc
    .tuple(AT, TITLE, STATUS, PROGRESS, optional(DATE), optional(DATE), optional(ORGANISATION))
    .map(([at, title, status, progress, start, due, owner]): Step => ({
      name: "addPlanActivity",
      run: (ws) => {
        const { plan, planId, focusAreaId } = at(ws);
        const activity: Record<string, unknown> = {
          id: plan === undefined ? "akt" : newPlanActivityId(plan, title),
          title,
          status,
          progress,
        };
        if (start !== undefined) activity.start = start;
        if (due !== undefined) activity.due = due;
        if (owner !== undefined) activity.ownerOrganisationId = owner(ws);
        return addPlanActivity(ws, { planId, focusAreaId, activity });
      },
    })),
  fc
    .tuple(AT, optional(STATUS), optional(PROGRESS), optional(DATE), optional(ORGANISATION))
    .map(([at, status, progress, due, owner]): Step => ({
      name: "updatePlanActivity",
      run: (ws) => {
        const { planId, activityId } = at(ws);
        return updatePlanActivity(ws, {
          planId,
          activityId,
          changes: { status, progress, due, ownerOrganisationId: owner?.(ws) },
        });
      },
    })),
  fc
    .tuple(fc.constantFrom(addFocusArea, updateFocusArea, addPlanGoal, updatePlanGoal, linkGoalIndicator), JUNK)
    .map(([command, junk]): Step => ({
      name: "junk",
      run: (ws: Workspace) => (command as (w: Workspace, i: unknown) => PlanCommandResult)(ws, junk),
    })),
);

describe("plan commands, any sequence", () => {
  it("on the Dalarna sample only ever yield workspaces the door accepts, and refusals leave the input as it was", () => {
    const start = deepFreeze(createDalarnaSampleWorkspace());
    let accepted = 0;
    fc.assert(
      fc.property(fc.array(STEPS, { minLength: 1, maxLength: 10 }), (steps) => {
        let ws = start;
        for (const { name, run } of steps) {
          const result = run(ws);
          if (!result.ok) {
            expect(result.error.reason, name).toBe("invalidInput");
            expect(result.error.issues.length, name).toBeGreaterThan(0);
            for (const issue of result.error.issues) {
              expect(issue.message.sv, name).not.toBe("");
              expect(issue.message.en, name).not.toBe("");
            }
            continue;
          }
          const door = safeParseWorkspace(JSON.parse(serializeWorkspace(result.value)));
          if (!door.success) throw new Error(`${name} produced a workspace the door refuses: ${door.error.message}`);
          accepted += 1;
          ws = deepFreeze(result.value);
        }
      }),
      { seed: SEED, numRuns: 16 },
    );
    // Not all refusals: the property says something about changed workspaces.
    expect(accepted).toBeGreaterThan(16);
  }, 60_000);
});
