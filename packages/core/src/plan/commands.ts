/**
 * Commands on plans and check-ins: a user's intent in, a new workspace (or an error value with exact paths)
 * out. Inputs are validated with the module's schemas at this door; the workspace given is never changed.
 */
import { SystemledningError } from "../common/errors.js";
import { createIssue, type PathSegment, type ValidationIssue } from "../common/issues.js";
import { err, ok, type Result } from "../common/result.js";
import { parseInput } from "../schema/parse-input.js";
import type { Workspace } from "../workspace/schema.js";
import { createPlanIssue } from "./issues.js";
import { CheckIn, PlanActivity, type FocusArea, type Plan } from "./schema.js";

/** A command's outcome: the next workspace, or a {@link SystemledningError} (`invalidInput`) listing every issue. */
export type PlanCommandResult = Result<Workspace, SystemledningError>;

/** A refusal with `issues` (reason `invalidInput`). */
export const fail = (issues: readonly ValidationIssue[]): PlanCommandResult =>
  err(new SystemledningError("invalidInput", issues));

/** Where the activity `activityId` sits in `plan`, or null. */
function locateActivity(plan: Plan, activityId: string): { areaIndex: number; activityIndex: number } | null {
  for (let a = 0; a < plan.focusAreas.length; a++) {
    const k = plan.focusAreas[a]!.activities.findIndex((activity) => activity.id === activityId);
    if (k >= 0) return { areaIndex: a, activityIndex: k };
  }
  return null;
}

/** Issues of an activity's owners that do not exist in the workspace. */
function ownerIssues(ws: Workspace, activity: PlanActivity, path: readonly PathSegment[]): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  if (
    activity.ownerOrganisationId !== undefined &&
    !ws.organisations.some((o) => o.id === activity.ownerOrganisationId)
  ) {
    issues.push(
      createIssue([...path, "ownerOrganisationId"], "dangling_reference", {
        id: activity.ownerOrganisationId,
        collection: "organisations",
      }),
    );
  }
  if (activity.ownerLeadershipId !== undefined && !ws.leaderships.some((l) => l.id === activity.ownerLeadershipId)) {
    issues.push(
      createIssue([...path, "ownerLeadershipId"], "dangling_reference", {
        id: activity.ownerLeadershipId,
        collection: "leaderships",
      }),
    );
  }
  return issues;
}

function replacePlanArea(ws: Workspace, planIndex: number, areaIndex: number, area: FocusArea): Workspace {
  const plan = ws.plans[planIndex]!;
  const focusAreas = plan.focusAreas.map((existing, a) => (a === areaIndex ? area : existing));
  return { ...ws, plans: ws.plans.map((p, i) => (i === planIndex ? { ...plan, focusAreas } : p)) };
}

/** The intent of {@link addPlanActivity}. */
export interface AddPlanActivityInput {
  readonly planId: string;
  readonly focusAreaId: string;
  /** The new activity; validated with {@link PlanActivity}. */
  readonly activity: unknown;
}

/**
 * Add an activity to a focus area of a plan. The activity is validated (paths start at `activity`); the
 * plan and focus area must exist, the id must be new within the plan, and owners must exist.
 *
 * @example
 * const result = addPlanActivity(ws, { planId: "plan-regional-skora-aldre", focusAreaId: "fa-samordnad-vard",
 *   activity: { id: "akt-9", title: "Gemensam rutin för SIP", status: "not-started", progress: 0, ownerOrganisationId: "org-falun" } });
 * if (result.ok) save(result.value); else show(result.error.issues);
 */
export function addPlanActivity(ws: Workspace, input: AddPlanActivityInput): PlanCommandResult {
  const planIndex = ws.plans.findIndex((p) => p.id === input.planId);
  if (planIndex < 0)
    return fail([createIssue(["planId"], "dangling_reference", { id: String(input.planId), collection: "plans" })]);
  const plan = ws.plans[planIndex]!;
  const areaIndex = plan.focusAreas.findIndex((a) => a.id === input.focusAreaId);
  if (areaIndex < 0)
    return fail([
      createPlanIssue(["focusAreaId"], "focus_area_not_in_plan", { id: String(input.focusAreaId), planId: plan.id }),
    ]);
  const parsed = parseInput(PlanActivity, input.activity, ["activity"]);
  if (!parsed.ok) return fail(parsed.error);
  const activity = parsed.value;
  const issues = ownerIssues(ws, activity, ["activity"]);
  if (locateActivity(plan, activity.id) !== null)
    issues.unshift(createIssue(["activity", "id"], "duplicate_id", { id: activity.id, first: `plan ${plan.id}` }));
  if (issues.length > 0) return fail(issues);
  const area = plan.focusAreas[areaIndex]!;
  return ok(replacePlanArea(ws, planIndex, areaIndex, { ...area, activities: [...area.activities, activity] }));
}

/** The intent of {@link updatePlanActivity}. */
export interface UpdatePlanActivityInput {
  readonly planId: string;
  readonly activityId: string;
  /** Fields to change (not `id`); a field set to `undefined` is removed. The merged activity is validated. */
  readonly changes: Readonly<Record<string, unknown>>;
}

/**
 * Change fields of an activity. The merged activity is validated as a whole (paths start at `changes`),
 * so status and progress must agree after the change; the id cannot change.
 *
 * @example
 * updatePlanActivity(ws, { planId: "plan-regional-skora-aldre", activityId: "akt-1", changes: { status: "done", progress: 1 } });
 */
export function updatePlanActivity(ws: Workspace, input: UpdatePlanActivityInput): PlanCommandResult {
  const planIndex = ws.plans.findIndex((p) => p.id === input.planId);
  if (planIndex < 0)
    return fail([createIssue(["planId"], "dangling_reference", { id: String(input.planId), collection: "plans" })]);
  const plan = ws.plans[planIndex]!;
  const at = locateActivity(plan, input.activityId);
  if (at === null)
    return fail([
      createPlanIssue(["activityId"], "activity_not_in_plan", { id: String(input.activityId), planId: plan.id }),
    ]);
  if (typeof input.changes !== "object" || input.changes === null)
    return fail([createIssue(["changes"], "invalid_type", { expected: "object", received: typeof input.changes })]);
  if ("id" in input.changes && input.changes.id !== input.activityId)
    return fail([createIssue(["changes", "id"], "invalid_value", { allowed: JSON.stringify(input.activityId) })]);
  const area = plan.focusAreas[at.areaIndex]!;
  const merged: Record<string, unknown> = { ...area.activities[at.activityIndex]! };
  for (const [key, value] of Object.entries(input.changes)) {
    if (value === undefined) delete merged[key];
    else merged[key] = value;
  }
  const parsed = parseInput(PlanActivity, merged, ["changes"]);
  if (!parsed.ok) return fail(parsed.error);
  const changed = parsed.value;
  const issues = ownerIssues(ws, changed, ["changes"]);
  if (issues.length > 0) return fail(issues);
  const activities = area.activities.map((a, k) => (k === at.activityIndex ? changed : a));
  return ok(replacePlanArea(ws, planIndex, at.areaIndex, { ...area, activities }));
}

/** Options of {@link recordCheckIn}. */
export interface RecordCheckInOptions {
  /**
   * Also set each reported activity's status (and progress, when reported; 1 for done and 0 for not
   * started otherwise) on the plan, so the plan shows the latest check-in. @default true
   */
  readonly applyToActivities?: boolean;
}

/**
 * Record a check-in (*avstämning*). It is validated (paths start at `checkIn`): a new id, an existing plan
 * and leadership, and only activities of that plan, each once. By default the reported statuses are also
 * applied to the plan's activities; an activity whose status would then disagree with its progress (an
 * ongoing one reported done without a progress) takes the progress the status implies.
 *
 * @example
 * recordCheckIn(ws, { id: "ci-falun-2026q1", planId: "plan-regional-skora-aldre", leadershipId: "ls-falun",
 *   date: "2026-04-08", period: { from: "2026-01-01", to: "2026-03-31" },
 *   activityStatuses: [{ activityId: "akt-1", status: "ongoing", progress: 0.5, rag: "amber" }], followUp: { lessons: "…" } });
 */
export function recordCheckIn(ws: Workspace, checkIn: unknown, options: RecordCheckInOptions = {}): PlanCommandResult {
  const parsed = parseInput(CheckIn, checkIn, ["checkIn"]);
  if (!parsed.ok) return fail(parsed.error);
  const record = parsed.value;
  const issues: ValidationIssue[] = [];
  if (ws.checkIns.some((c) => c.id === record.id))
    issues.push(createIssue(["checkIn", "id"], "duplicate_id", { id: record.id, first: "checkIns" }));
  const planIndex = ws.plans.findIndex((p) => p.id === record.planId);
  if (planIndex < 0)
    issues.push(createIssue(["checkIn", "planId"], "dangling_reference", { id: record.planId, collection: "plans" }));
  if (!ws.leaderships.some((l) => l.id === record.leadershipId))
    issues.push(
      createIssue(["checkIn", "leadershipId"], "dangling_reference", {
        id: record.leadershipId,
        collection: "leaderships",
      }),
    );
  const plan = planIndex < 0 ? undefined : ws.plans[planIndex]!;
  const seen = new Set<string>();
  record.activityStatuses.forEach((status, s) => {
    const path = ["checkIn", "activityStatuses", s, "activityId"];
    if (plan !== undefined && locateActivity(plan, status.activityId) === null)
      issues.push(createPlanIssue(path, "activity_not_in_plan", { id: status.activityId, planId: plan.id }));
    if (seen.has(status.activityId)) issues.push(createIssue(path, "duplicate_value", { value: status.activityId }));
    seen.add(status.activityId);
  });
  if (issues.length > 0 || plan === undefined) return fail(issues);
  let next: Workspace = { ...ws, checkIns: [...ws.checkIns, record] };
  if (options.applyToActivities !== false && record.activityStatuses.length > 0) {
    const reported = new Map(record.activityStatuses.map((s) => [s.activityId, s] as const));
    const focusAreas = plan.focusAreas.map((area) => ({
      ...area,
      activities: area.activities.map((activity) => {
        const status = reported.get(activity.id);
        if (status === undefined) return activity;
        const implied = status.status === "done" ? 1 : status.status === "not-started" ? 0 : activity.progress;
        return { ...activity, status: status.status, progress: status.progress ?? implied };
      }),
    }));
    next = { ...next, plans: next.plans.map((p, i) => (i === planIndex ? { ...plan, focusAreas } : p)) };
  }
  return ok(next);
}
