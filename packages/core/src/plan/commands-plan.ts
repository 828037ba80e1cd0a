/**
 * Commands on a plan's shape: add and change a focus area, add and change a goal, link a measurable goal to
 * one of the profile's indicators, and the id of a new activity. Like commands.ts, each takes the workspace
 * and an intent and returns a `Result`: a new workspace, or a {@link SystemledningError} (`invalidInput`)
 * whose issues say where (a path into the intent), what (a stable code) and how to fix it in Swedish and
 * English. The workspace given is never changed. The intents' schemas are built on first use (`defineSchema`), so
 * importing this module creates none (a strict CSP's Trusted Types would report zod's probe otherwise). A new record without an id gets one from its title, the way
 * the structure commands derive theirs (`fa-<slug>`, `mal-<slug>`, `akt-<slug>`, unique within the plan).
 */
import * as z from "zod";
import { createIssue, type PathSegment, type ValidationIssue } from "../common/issues.js";
import { ok } from "../common/result.js";
import { defineSchema } from "../schema/define-schema.js";
import { parseInput } from "../schema/parse-input.js";
import { Id, LongText, OfficialCode, ShortText } from "../schema/primitives.js";
import { idFromName } from "../structure/commands-support.js";
import type { Workspace } from "../workspace/schema.js";
import { fail, type PlanCommandResult } from "./commands.js";
import { createPlanIssue } from "./issues.js";
import { validatePlanReferences } from "./references.js";
import { FocusArea, PlanGoal, type Plan } from "./schema.js";

/** The intent of {@link addFocusArea}. Without `id`, one is made from the title (`fa-<slug>`). */
export const AddFocusAreaIntent = defineSchema(() =>
  z.strictObject({
    planId: z.string(),
    id: Id.optional(),
    title: ShortText,
    description: LongText.optional(),
    parentFocusAreaId: Id.optional(),
    weight: z.number().positive().max(1_000_000).optional(),
  }),
);
/** The intent of {@link addFocusArea}. */
export type AddFocusAreaIntent = z.infer<typeof AddFocusAreaIntent>;

/** The intent of {@link updateFocusArea}: a field null clears it, absent keeps it. */
export const UpdateFocusAreaIntent = defineSchema(() =>
  z.strictObject({
    planId: z.string(),
    focusAreaId: z.string(),
    changes: z.strictObject({
      title: ShortText.optional(),
      description: LongText.nullable().optional(),
      parentFocusAreaId: Id.nullable().optional(),
      weight: z.number().positive().max(1_000_000).nullable().optional(),
    }),
  }),
);
/** The intent of {@link updateFocusArea}. */
export type UpdateFocusAreaIntent = z.infer<typeof UpdateFocusAreaIntent>;

/** The intent of {@link addPlanGoal}: the goal may leave out its id (then made from the title, `mal-<slug>`). */
export interface AddPlanGoalIntent {
  readonly planId: string;
  readonly focusAreaId: string;
  /** The new goal, validated with {@link PlanGoal} (paths start at `goal`). */
  readonly goal: unknown;
}

/** The intent of {@link updatePlanGoal}. */
export interface UpdatePlanGoalIntent {
  readonly planId: string;
  readonly goalId: string;
  /** Fields to change (not `id` or `kind`); a field set to `undefined` or null is removed. The merged goal is validated. */
  readonly changes: Readonly<Record<string, unknown>>;
}

/** The intent of {@link linkGoalIndicator}: `indicatorId` null removes the link. */
export const LinkGoalIndicatorIntent = defineSchema(() =>
  z.strictObject({
    planId: z.string(),
    goalId: z.string(),
    indicatorId: z.string().nullable(),
    organisationCode: OfficialCode.nullable().optional(),
  }),
);
/** The intent of {@link linkGoalIndicator}. */
export type LinkGoalIndicatorIntent = z.infer<typeof LinkGoalIndicatorIntent>;

/** The plan and its index, or a refusal at `planId`. */
function findPlan(ws: Workspace, planId: unknown): { index: number; plan: Plan } | { refusal: PlanCommandResult } {
  const index = ws.plans.findIndex((p) => p.id === planId);
  if (index < 0)
    return {
      refusal: fail([createIssue(["planId"], "dangling_reference", { id: String(planId), collection: "plans" })]),
    };
  return { index, plan: ws.plans[index]! };
}

/** Where the goal `goalId` sits in `plan`, or null. */
function locateGoal(plan: Plan, goalId: string): { areaIndex: number; goalIndex: number } | null {
  for (let a = 0; a < plan.focusAreas.length; a++) {
    const g = plan.focusAreas[a]!.goals.findIndex((goal) => goal.id === goalId);
    if (g >= 0) return { areaIndex: a, goalIndex: g };
  }
  return null;
}

const blankTitle = (path: readonly PathSegment[], title: unknown): ValidationIssue[] =>
  typeof title === "string" && title.trim() === "" ? [createPlanIssue(path, "blank_title")] : [];

/**
 * `ws` with `plan` at `index`, when the whole workspace's plan references still resolve (a goal's indicator, a
 * parent focus area's id is only a plan-health finding); otherwise the door's issues.
 */
function withPlan(ws: Workspace, index: number, plan: Plan): PlanCommandResult {
  const next = { ...ws, plans: ws.plans.map((p, i) => (i === index ? plan : p)) };
  const issues = validatePlanReferences(next);
  return issues.length > 0 ? fail(issues) : ok(next);
}

/**
 * Add a focus area at the end of a plan. Its title must not be blank and its id must be new within the plan.
 * A local plan's focus area may name the regional plan's focus area it serves (`parentFocusAreaId`); one that
 * does not exist there is a plan-health finding, not a refusal, as the regional plan may change later.
 *
 * @example
 * addFocusArea(ws, { planId: "plan-regional-skora-aldre", title: "Psykisk hälsa hos äldre" }); // id "fa-psykisk-halsa-hos-aldre"
 */
export function addFocusArea(ws: Workspace, intent: AddFocusAreaIntent): PlanCommandResult {
  const parsed = parseInput(AddFocusAreaIntent, intent);
  if (!parsed.ok) return fail(parsed.error);
  const { planId, id, title, ...rest } = parsed.value;
  const found = findPlan(ws, planId);
  if ("refusal" in found) return found.refusal;
  const { plan, index } = found;
  const issues = blankTitle(["title"], title);
  if (id !== undefined && plan.focusAreas.some((a) => a.id === id))
    issues.push(createIssue(["id"], "duplicate_id", { id, first: `plan ${plan.id}` }));
  if (issues.length > 0) return fail(issues);
  const area: FocusArea = {
    id: id ?? idFromName("fa", title, plan.focusAreas),
    title,
    ...(rest.description === undefined ? {} : { description: rest.description }),
    ...(rest.parentFocusAreaId === undefined ? {} : { parentFocusAreaId: rest.parentFocusAreaId }),
    ...(rest.weight === undefined ? {} : { weight: rest.weight }),
    goals: [],
    activities: [],
  };
  return withPlan(ws, index, { ...plan, focusAreas: [...plan.focusAreas, area] });
}

/**
 * Change a focus area's title, description, parent focus area or weight (null clears the optional ones).
 *
 * @example
 * updateFocusArea(ws, { planId: "plan-regional-skora-aldre", focusAreaId: "fa-kontinuitet", changes: { title: "Kontinuitet" } });
 */
export function updateFocusArea(ws: Workspace, intent: UpdateFocusAreaIntent): PlanCommandResult {
  const parsed = parseInput(UpdateFocusAreaIntent, intent);
  if (!parsed.ok) return fail(parsed.error);
  const { planId, focusAreaId, changes } = parsed.value;
  const found = findPlan(ws, planId);
  if ("refusal" in found) return found.refusal;
  const { plan, index } = found;
  const areaIndex = plan.focusAreas.findIndex((a) => a.id === focusAreaId);
  if (areaIndex < 0)
    return fail([createPlanIssue(["focusAreaId"], "focus_area_not_in_plan", { id: focusAreaId, planId: plan.id })]);
  const issues = blankTitle(["changes", "title"], changes.title);
  if (issues.length > 0) return fail(issues);
  const area: Record<string, unknown> = { ...plan.focusAreas[areaIndex]! };
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined) continue;
    if (value === null) delete area[key];
    else area[key] = value;
  }
  const focusAreas = plan.focusAreas.map((a, i) => (i === areaIndex ? (area as FocusArea) : a));
  return withPlan(ws, index, { ...plan, focusAreas });
}

/**
 * Add a goal, measurable or qualitative, at the end of a focus area's goals. The goal is validated (paths
 * start at `goal`), its title must not be blank, its id (given, or made from the title) is new within the
 * plan, and a measurable goal's indicator must be one of the profile's.
 *
 * @example
 * addPlanGoal(ws, { planId: "plan-regional-skora-aldre", focusAreaId: "fa-kontinuitet",
 *   goal: { kind: "qualitative", title: "Brukarråd i varje kommun", criterion: "Ett brukarråd har mötts i varje kommun." } });
 */
export function addPlanGoal(ws: Workspace, intent: AddPlanGoalIntent): PlanCommandResult {
  const found = findPlan(ws, intent?.planId);
  if ("refusal" in found) return found.refusal;
  const { plan, index } = found;
  const areaIndex = plan.focusAreas.findIndex((a) => a.id === intent.focusAreaId);
  if (areaIndex < 0)
    return fail([
      createPlanIssue(["focusAreaId"], "focus_area_not_in_plan", { id: String(intent.focusAreaId), planId: plan.id }),
    ]);
  const given = intent.goal;
  const draft =
    typeof given === "object" && given !== null && !Array.isArray(given) && !("id" in given)
      ? { ...given, id: idFromName("mal", String((given as { title?: unknown }).title ?? ""), allGoals(plan)) }
      : given;
  const parsed = parseInput(PlanGoal, draft, ["goal"]);
  if (!parsed.ok) return fail(parsed.error);
  const goal = parsed.value;
  const issues = blankTitle(["goal", "title"], goal.title);
  if (locateGoal(plan, goal.id) !== null)
    issues.push(createIssue(["goal", "id"], "duplicate_id", { id: goal.id, first: `plan ${plan.id}` }));
  if (goal.kind === "measurable" && goal.indicatorId !== undefined)
    issues.push(...unknownIndicator(ws, goal.indicatorId, ["goal", "indicatorId"]));
  if (issues.length > 0) return fail(issues);
  const area = plan.focusAreas[areaIndex]!;
  const focusAreas = plan.focusAreas.map((a, i) => (i === areaIndex ? { ...area, goals: [...area.goals, goal] } : a));
  return withPlan(ws, index, { ...plan, focusAreas });
}

const allGoals = (plan: Plan) => plan.focusAreas.flatMap((a) => a.goals);

/** A dangling reference at `path` when `indicatorId` is not one of the profile's indicators. */
function unknownIndicator(ws: Workspace, indicatorId: string, path: readonly PathSegment[]): ValidationIssue[] {
  const known = ws.profile.followUp?.indicators.some((i) => i.id === indicatorId) ?? false;
  return known
    ? []
    : [createIssue(path, "dangling_reference", { id: indicatorId, collection: "profile.followUp.indicators" })];
}

/** Replace the goal at `at` in plan `index` with `goal`, checked by the door. */
function replaceGoal(
  ws: Workspace,
  index: number,
  at: { areaIndex: number; goalIndex: number },
  goal: PlanGoal,
): PlanCommandResult {
  const plan = ws.plans[index]!;
  const focusAreas = plan.focusAreas.map((area, a) =>
    a === at.areaIndex ? { ...area, goals: area.goals.map((g, k) => (k === at.goalIndex ? goal : g)) } : area,
  );
  return withPlan(ws, index, { ...plan, focusAreas });
}

/**
 * Change fields of a goal. The merged goal is validated as a whole (paths start at `changes`); the id and the
 * kind cannot change, the title must not be blank, and an indicator must be one of the profile's.
 *
 * @example
 * updatePlanGoal(ws, { planId: "plan-regional-skora-aldre", goalId: "mal-sip", changes: { target: 80, targetDate: "2027-12-31" } });
 */
export function updatePlanGoal(ws: Workspace, intent: UpdatePlanGoalIntent): PlanCommandResult {
  const found = findPlan(ws, intent?.planId);
  if ("refusal" in found) return found.refusal;
  const { plan, index } = found;
  const at = locateGoal(plan, String(intent.goalId));
  if (at === null)
    return fail([createPlanIssue(["goalId"], "goal_not_in_plan", { id: String(intent.goalId), planId: plan.id })]);
  const changes = intent.changes;
  if (typeof changes !== "object" || changes === null || Array.isArray(changes))
    return fail([createIssue(["changes"], "invalid_type", { expected: "object", received: typeof changes })]);
  const current = plan.focusAreas[at.areaIndex]!.goals[at.goalIndex]!;
  for (const key of ["id", "kind"] as const)
    if (key in changes && changes[key] !== current[key])
      return fail([createIssue(["changes", key], "invalid_value", { allowed: JSON.stringify(current[key]) })]);
  const merged: Record<string, unknown> = { ...current };
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined || value === null) delete merged[key];
    else merged[key] = value;
  }
  const parsed = parseInput(PlanGoal, merged, ["changes"]);
  if (!parsed.ok) return fail(parsed.error);
  const goal = parsed.value;
  const issues = blankTitle(["changes", "title"], goal.title);
  if (
    goal.kind === "measurable" &&
    goal.indicatorId !== undefined &&
    goal.indicatorId !== (current as { indicatorId?: string }).indicatorId
  )
    issues.push(...unknownIndicator(ws, goal.indicatorId, ["changes", "indicatorId"]));
  if (issues.length > 0) return fail(issues);
  return replaceGoal(ws, index, at, goal);
}

/**
 * Link a measurable goal to the indicator that measures it (one of the profile's follow-up indicators), and
 * optionally whose value is meant (`organisationCode`); `indicatorId` null removes the link. A qualitative
 * goal is refused (`goal_not_measurable`): it is judged by its criterion.
 *
 * @example
 * linkGoalIndicator(ws, { planId: "plan-regional-skora-aldre", goalId: "mal-sip", indicatorId: "ind-sip" });
 */
export function linkGoalIndicator(ws: Workspace, intent: LinkGoalIndicatorIntent): PlanCommandResult {
  const parsed = parseInput(LinkGoalIndicatorIntent, intent);
  if (!parsed.ok) return fail(parsed.error);
  const { planId, goalId, indicatorId, organisationCode } = parsed.value;
  const found = findPlan(ws, planId);
  if ("refusal" in found) return found.refusal;
  const { plan, index } = found;
  const at = locateGoal(plan, goalId);
  if (at === null) return fail([createPlanIssue(["goalId"], "goal_not_in_plan", { id: goalId, planId: plan.id })]);
  const goal = plan.focusAreas[at.areaIndex]!.goals[at.goalIndex]!;
  if (goal.kind !== "measurable")
    return fail([createPlanIssue(["goalId"], "goal_not_measurable", { id: goalId, title: goal.title })]);
  const issues = indicatorId === null ? [] : unknownIndicator(ws, indicatorId, ["indicatorId"]);
  if (organisationCode !== undefined && organisationCode !== null) {
    const known = [...ws.profile.regions, ...ws.profile.municipalities].some((o) => o.code === organisationCode);
    if (!known && organisationCode !== "0000")
      issues.push(
        createIssue(["organisationCode"], "unknown_municipality", { code: organisationCode, profile: ws.profile.id }),
      );
  }
  if (issues.length > 0) return fail(issues);
  const { indicatorId: _old, ...rest } = goal;
  let next: PlanGoal = indicatorId === null ? rest : { ...rest, indicatorId };
  if (organisationCode === null) {
    const { organisationCode: _code, ...withoutCode } = next as typeof goal;
    next = withoutCode;
  } else if (organisationCode !== undefined) next = { ...next, organisationCode } as PlanGoal;
  return replaceGoal(ws, index, at, next);
}

/**
 * The id a new activity titled `title` gets in `plan` (`akt-<slug>`, unique among the plan's activities), for
 * a form that adds one with {@link addPlanActivity} without asking for an id.
 *
 * @example
 * newPlanActivityId(plan, "Gemensam rutin för SIP"); // "akt-gemensam-rutin-for-sip"
 */
export function newPlanActivityId(plan: Plan, title: string): string {
  return idFromName(
    "akt",
    title,
    plan.focusAreas.flatMap((a) => a.activities),
  );
}
