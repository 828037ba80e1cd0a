/**
 * The action plan's view model, computed from the core's answers: the plan shown, its health and progress
 * (`getPlanHealth`, which carries `getPlanProgress`'s roll-up), each finding placed beside the part its path
 * names, the activities that pass the filter by focus area, owners' names, and the badge of each status.
 */
import {
  ACTIVITY_STATUS_LABELS,
  filterPlanActivities,
  getPlanHealth,
  type ActivityStatus,
  type Plan,
  type PlanActivity,
  type PlanActivityMatch,
  type PlanHealth,
  type PlanHealthFinding,
  type PlanHealthSeverity,
} from "@systemledning/core/plan";
import type { Workspace } from "@systemledning/core/workspace";
import type { KitLocale } from "../i18n/format.js";
import type { StatusBadgeStatus } from "../primitives/status-badge.js";

/** The command a change of the action plan ends with. */
export type ActionPlanCommandName =
  "addPlanActivity" | "updatePlanActivity" | "addFocusArea" | "addPlanGoal" | "linkGoalIndicator";

/** What `ActionPlan` tells its host about a change besides the change itself. */
export interface ActionPlanChangeContext {
  /** The core command the change is. */
  readonly command: ActionPlanCommandName;
  /** The plan shown. */
  readonly planId: string;
  /** The focus area the change concerns, when it concerns one. */
  readonly focusAreaId?: string;
  /** The goal the change concerns (linking an indicator). */
  readonly goalId?: string;
  /** The activity the change concerns, when it existed before (an update). */
  readonly activityId?: string;
}

/** The filter the reader set. */
export interface ActionPlanFilterState {
  readonly leadershipId: string;
  readonly status: ActivityStatus | "";
  readonly overdueOnly: boolean;
}

/** The empty filter: everything shown. */
export const NO_FILTER: ActionPlanFilterState = { leadershipId: "", status: "", overdueOnly: false };

/** A plan's health findings placed by the part of the plan their paths name. */
export interface PlacedFindings {
  /** Findings on the plan as a whole (its focus-area count, user perspective, decision, check-ins). */
  readonly plan: readonly PlanHealthFinding[];
  /** Findings on a focus area itself (no goals, its parent focus area), by focus area id. */
  readonly areas: ReadonlyMap<string, readonly PlanHealthFinding[]>;
  /** By goal id. */
  readonly goals: ReadonlyMap<string, readonly PlanHealthFinding[]>;
  /** By activity id. */
  readonly activities: ReadonlyMap<string, readonly PlanHealthFinding[]>;
}

function push(map: Map<string, PlanHealthFinding[]>, key: string, finding: PlanHealthFinding): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [finding]);
  else list.push(finding);
}

/**
 * Place each finding beside the part it concerns: its path `plans[p].focusAreas[a].activities[k]…` names an
 * activity, `….goals[g]…` a goal, `plans[p].focusAreas[a]…` a focus area; anything else is the plan's.
 */
export function placeFindings(findings: readonly PlanHealthFinding[]): PlacedFindings {
  const plan: PlanHealthFinding[] = [];
  const areas = new Map<string, PlanHealthFinding[]>();
  const goals = new Map<string, PlanHealthFinding[]>();
  const activities = new Map<string, PlanHealthFinding[]>();
  for (const finding of findings) {
    const [, , collection, areaIndex, part] = finding.pathSegments;
    if (collection !== "focusAreas" || typeof areaIndex !== "number" || finding.focusAreaId === undefined) {
      plan.push(finding);
    } else if (part === "activities" && finding.activityId !== undefined) {
      push(activities, finding.activityId, finding);
    } else if (part === "goals" && finding.goalId !== undefined) {
      push(goals, finding.goalId, finding);
    } else push(areas, finding.focusAreaId, finding);
  }
  return { plan, areas, goals, activities };
}

/** The plan `planId`, else the first regional plan, else the first plan; undefined when there is none. */
export function choosePlan(ws: Workspace, planId: string | undefined): Plan | undefined {
  return (
    (planId === undefined ? undefined : ws.plans.find((p) => p.id === planId)) ??
    ws.plans.find((p) => p.kind === "regional") ??
    ws.plans[0]
  );
}

/** Everything the plan's page shows, for one workspace, plan, day and filter. */
export interface ActionPlanModel {
  readonly plan: Plan;
  readonly health: PlanHealth;
  readonly placed: PlacedFindings;
  /** The activities that pass the filter, by focus area id, in the plan's order. */
  readonly shown: ReadonlyMap<string, readonly PlanActivityMatch[]>;
  readonly shownCount: number;
  readonly totalCount: number;
}

/**
 * The model of the plan's page.
 *
 * @example
 * const model = getActionPlanModel(ws, plan, "2026-05-13", NO_FILTER);
 * model.health.progress.progress; // 0.42
 */
export function getActionPlanModel(
  ws: Workspace,
  plan: Plan,
  asOf: string,
  filter: ActionPlanFilterState,
): ActionPlanModel {
  const health = getPlanHealth(ws, plan.id, { asOf });
  const matches = filterPlanActivities(ws, plan, {
    asOf,
    overdueOnly: filter.overdueOnly,
    ...(filter.leadershipId === "" ? {} : { leadershipId: filter.leadershipId }),
    ...(filter.status === "" ? {} : { statuses: [filter.status] }),
  });
  const shown = new Map<string, PlanActivityMatch[]>();
  for (const match of matches) {
    const list = shown.get(match.focusArea.id);
    if (list === undefined) shown.set(match.focusArea.id, [match]);
    else list.push(match);
  }
  const totalCount = plan.focusAreas.reduce((sum, area) => sum + area.activities.length, 0);
  return { plan, health, placed: placeFindings(health.findings), shown, shownCount: matches.length, totalCount };
}

/** The name of an activity's owner (an organisation's or a leadership's), or null when it has none. */
export function ownerName(ws: Workspace, activity: PlanActivity): string | null {
  if (activity.ownerOrganisationId !== undefined) {
    const organisation = ws.organisations.find((o) => o.id === activity.ownerOrganisationId);
    return organisation?.name ?? activity.ownerOrganisationId;
  }
  if (activity.ownerLeadershipId !== undefined) {
    const leadership = ws.leaderships.find((l) => l.id === activity.ownerLeadershipId);
    return leadership?.name ?? activity.ownerLeadershipId;
  }
  return null;
}

/** The badge of each activity status: a shape and colour beside the word, never the colour alone. */
export const ACTIVITY_STATUS_BADGE: Readonly<Record<ActivityStatus, StatusBadgeStatus>> = {
  done: "ok",
  ongoing: "info",
  "not-started": "info",
  paused: "warning",
  cancelled: "missing",
};

/** The badge of each finding's severity. */
export const SEVERITY_BADGE: Readonly<Record<PlanHealthSeverity, StatusBadgeStatus>> = {
  error: "missing",
  warning: "warning",
  info: "info",
};

/** An activity status as a reader sees it, with a capital first letter ("Pågår"). */
export function statusWordOf(status: ActivityStatus, locale: KitLocale): string {
  const word = ACTIVITY_STATUS_LABELS[status][locale];
  return word.charAt(0).toLocaleUpperCase(locale) + word.slice(1);
}

/** The statuses in the order a reader thinks of them. */
export const ACTIVITY_STATUSES: readonly ActivityStatus[] = ["not-started", "ongoing", "paused", "done", "cancelled"];
