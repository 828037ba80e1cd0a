/**
 * Plan health as data (docs/domain.md, Action plan, indicators, follow-up and the annual report; *Regional årsrapport
 * 2025*, §3.2 and §4.1.2): what weakens a plan — too many focus areas or indicators, goals that cannot be followed up,
 * activities without owner or past due, missing check-ins, local plans pointing at focus areas that do not exist — and
 * its progress rolled up from the activities.
 */
import { SystemledningError } from "../common/errors.js";
import {
  createIssue,
  formatPath,
  type BilingualMessage,
  type IssueParams,
  type PathSegment,
} from "../common/issues.js";
import { requireIsoDate } from "../common/iso-date.js";
import type { Workspace } from "../workspace/schema.js";
import { getMissingCheckIns, type MissingCheckIn } from "./check-ins.js";
import {
  PLAN_HEALTH_MESSAGES,
  PLAN_HEALTH_SEVERITY,
  type PlanHealthCode,
  type PlanHealthSeverity,
} from "./health-messages.js";
import { getPlanProgress, type PlanProgress } from "./progress.js";
import type { DatePeriod, Plan } from "./schema.js";
import { getFollowUpSettings } from "./settings.js";

/** One finding of {@link getPlanHealth}. */
export interface PlanHealthFinding {
  readonly code: PlanHealthCode;
  readonly severity: PlanHealthSeverity;
  /** Where in the workspace: `plans[0].focusAreas[1].activities[2].due`. */
  readonly path: string;
  readonly pathSegments: readonly PathSegment[];
  readonly planId: string;
  readonly focusAreaId?: string;
  readonly goalId?: string;
  readonly activityId?: string;
  readonly leadershipId?: string;
  readonly period?: DatePeriod;
  /** What is wrong and how to fix it. */
  readonly message: BilingualMessage;
  readonly params: IssueParams;
}

/** Options of {@link getPlanHealth}. */
export interface PlanHealthOptions {
  /** The day to judge on (`YYYY-MM-DD`): activities due before it are overdue; check-in periods ended before it are due. */
  readonly asOf: string;
}

/** The health of one plan. */
export interface PlanHealth {
  readonly planId: string;
  readonly asOf: string;
  /** Findings, errors first, then warnings, then information; in document order within each. */
  readonly findings: readonly PlanHealthFinding[];
  readonly counts: Readonly<Record<PlanHealthSeverity, number>>;
  /** Progress rolled up from activities to focus areas to the plan. */
  readonly progress: PlanProgress;
  readonly focusAreaCount: number;
  /** The distinct indicators the plan's goals use, sorted. */
  readonly indicatorIds: readonly string[];
  readonly limits: { readonly maxFocusAreas: number; readonly maxIndicatorsPerPlan: number };
  readonly missingCheckIns: readonly MissingCheckIn[];
}

const SEVERITY_RANK: Readonly<Record<PlanHealthSeverity, number>> = { error: 0, warning: 1, info: 2 };
const OPEN_STATUSES = new Set(["not-started", "ongoing", "paused"]);

function invalidInput(
  path: readonly PathSegment[],
  code: "dangling_reference" | "invalid_format",
  params: IssueParams,
): SystemledningError {
  return new SystemledningError("invalidInput", [createIssue(path, code, params)]);
}

/** The plan with `planId` and its index in `ws.plans`, or an `invalidInput` error naming the id. */
export function requirePlan(
  ws: Workspace,
  planId: string,
  path: readonly PathSegment[] = ["planId"],
): { plan: Plan; index: number } {
  const index = ws.plans.findIndex((p) => p.id === planId);
  if (index < 0) throw invalidInput(path, "dangling_reference", { id: String(planId), collection: "plans" });
  return { plan: ws.plans[index]!, index };
}

/**
 * The health of the plan `planId` on the day `asOf`, as data: findings with stable codes, severities,
 * paths, the ids concerned and Swedish and English messages, and the plan's rolled-up progress (see
 * `progress.ts` for the rule). Limits come from the profile's follow-up settings (or the defaults).
 * Throws a {@link SystemledningError} (`invalidInput`) for an unknown plan or an `asOf` that is not a date.
 * Linear in the plan's size plus the workspace's check-ins.
 *
 * @example
 * const health = getPlanHealth(ws, "plan-regional-skora-aldre", { asOf: "2026-05-13" });
 * health.findings.filter((f) => f.code === "activity_overdue").map((f) => f.message.sv);
 */
export function getPlanHealth(ws: Workspace, planId: string, options: PlanHealthOptions): PlanHealth {
  requireIsoDate(options?.asOf, ["options", "asOf"]);
  const { asOf } = options;
  const { plan, index } = requirePlan(ws, planId);
  const settings = getFollowUpSettings(ws.profile);
  const findings: PlanHealthFinding[] = [];
  const base: PathSegment[] = ["plans", index];
  const add = (
    path: readonly PathSegment[],
    code: PlanHealthCode,
    params: IssueParams,
    ids: Partial<Pick<PlanHealthFinding, "focusAreaId" | "goalId" | "activityId" | "leadershipId" | "period">> = {},
  ): void => {
    const pathSegments = [...base, ...path];
    findings.push({
      code,
      severity: PLAN_HEALTH_SEVERITY[code],
      path: formatPath(pathSegments),
      pathSegments,
      planId,
      ...ids,
      message: PLAN_HEALTH_MESSAGES[code](params),
      params,
    });
  };

  if (plan.focusAreas.length > settings.maxFocusAreas)
    add(["focusAreas"], "too_many_focus_areas", { count: plan.focusAreas.length, max: settings.maxFocusAreas });
  const indicatorIds = [
    ...new Set(
      plan.focusAreas.flatMap((a) =>
        a.goals.flatMap((g) => (g.kind === "measurable" && g.indicatorId !== undefined ? [g.indicatorId] : [])),
      ),
    ),
  ].sort();
  if (indicatorIds.length > settings.maxIndicatorsPerPlan)
    add(["focusAreas"], "too_many_indicators", { count: indicatorIds.length, max: settings.maxIndicatorsPerPlan });
  if (plan.userPerspective === undefined || plan.userPerspective.trim() === "")
    add(["userPerspective"], "missing_user_perspective", {});
  if (plan.status !== "draft" && plan.decisionId === undefined) add(["decisionId"], "missing_decision", {});

  const parent = plan.parentPlanId === undefined ? undefined : ws.plans.find((p) => p.id === plan.parentPlanId);
  if (plan.parentPlanId !== undefined && parent === undefined)
    add(["parentPlanId"], "unknown_parent_plan", { id: plan.parentPlanId });
  const parentFocusAreaIds = new Set(parent?.focusAreas.map((a) => a.id) ?? []);

  plan.focusAreas.forEach((area, a) => {
    const areaPath: PathSegment[] = ["focusAreas", a];
    const areaIds = { focusAreaId: area.id };
    if (area.parentFocusAreaId !== undefined) {
      // Without a known parent plan every pointer dangles; with one, it must name one of its focus areas.
      if (!parentFocusAreaIds.has(area.parentFocusAreaId)) {
        const params: Record<string, string> = { id: area.parentFocusAreaId, title: area.title };
        if (plan.parentPlanId !== undefined) params.parentPlanId = plan.parentPlanId;
        add([...areaPath, "parentFocusAreaId"], "unknown_parent_focus_area", params, areaIds);
      }
    } else if (plan.kind === "local" && parent !== undefined) {
      add([...areaPath, "parentFocusAreaId"], "focus_area_without_parent", { title: area.title }, areaIds);
    }
    if (area.goals.length === 0)
      add([...areaPath, "goals"], "focus_area_without_goals", { title: area.title }, areaIds);
    area.goals.forEach((goal, g) => {
      const goalPath = [...areaPath, "goals", g];
      const ids = { ...areaIds, goalId: goal.id };
      if (goal.kind === "qualitative") {
        if (goal.criterion === undefined || goal.criterion.trim() === "")
          add([...goalPath, "criterion"], "goal_without_criterion", { title: goal.title }, ids);
        return;
      }
      if (goal.indicatorId === undefined)
        add([...goalPath, "indicatorId"], "goal_without_indicator", { title: goal.title }, ids);
      const missing: [string, string, string][] = [];
      if (goal.target === undefined) missing.push(["target", "målvärde", "target value"]);
      if (goal.targetDate === undefined) missing.push(["targetDate", "måldatum", "target date"]);
      if (missing.length > 0) {
        add(
          [...goalPath, missing[0]![0]],
          "goal_without_target",
          {
            title: goal.title,
            missingSv: missing.map((m) => m[1]).join(" och "),
            missingEn: missing.map((m) => m[2]).join(" and "),
          },
          ids,
        );
      }
    });
    area.activities.forEach((activity, k) => {
      const activityPath = [...areaPath, "activities", k];
      const ids = { ...areaIds, activityId: activity.id };
      if (activity.ownerOrganisationId === undefined && activity.ownerLeadershipId === undefined) {
        add([...activityPath, "ownerOrganisationId"], "activity_without_owner", { title: activity.title }, ids);
      }
      if (activity.due === undefined) {
        if (OPEN_STATUSES.has(activity.status))
          add([...activityPath, "due"], "activity_without_due_date", { title: activity.title }, ids);
      } else if (activity.due < asOf && OPEN_STATUSES.has(activity.status)) {
        add(
          [...activityPath, "due"],
          "activity_overdue",
          { title: activity.title, due: activity.due, status: activity.status },
          ids,
        );
      }
    });
  });

  const missingCheckIns = getMissingCheckIns(ws, plan, settings, asOf);
  if (missingCheckIns.length > 0) {
    const leadershipNames = new Map(ws.leaderships.map((l) => [l.id, l.shortName ?? l.name] as const));
    const reporting = plan.reportingLeadershipIds;
    for (const { leadershipId, period } of missingCheckIns) {
      const j = reporting.indexOf(leadershipId);
      const path: PathSegment[] = j >= 0 ? ["reportingLeadershipIds", j] : ["leadershipId"];
      add(
        path,
        "check_in_missing",
        { leadershipName: leadershipNames.get(leadershipId) ?? leadershipId, from: period.from, to: period.to },
        { leadershipId, period },
      );
    }
  }

  // Array.prototype.sort is stable, so document order is kept within a severity.
  findings.sort((x, y) => SEVERITY_RANK[x.severity] - SEVERITY_RANK[y.severity]);
  const counts: Record<PlanHealthSeverity, number> = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) counts[finding.severity] += 1;
  return {
    planId,
    asOf,
    findings,
    counts,
    progress: getPlanProgress(plan),
    focusAreaCount: plan.focusAreas.length,
    indicatorIds,
    limits: { maxFocusAreas: settings.maxFocusAreas, maxIndicatorsPerPlan: settings.maxIndicatorsPerPlan },
    missingCheckIns,
  };
}
