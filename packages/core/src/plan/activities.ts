/**
 * The activities of a plan as a reader asks for them: which are overdue on a day, and which match a filter of
 * owner leadership, statuses and overdue. Overdue means what plan health means by it (`activity_overdue` in
 * health.ts): due before the day and still open, that is neither done nor cancelled.
 */
import type { Workspace } from "../workspace/schema.js";
import type { ActivityStatus, FocusArea, Plan, PlanActivity } from "./schema.js";

const CLOSED: ReadonlySet<ActivityStatus> = new Set(["done", "cancelled"]);

/**
 * Whether `activity` is overdue on `asOf` (`YYYY-MM-DD`): it has a due date before that day and is neither
 * done nor cancelled. An activity without a due date is never overdue (plan health names it apart).
 *
 * @example
 * isActivityOverdue({ …, due: "2026-03-31", status: "ongoing" }, "2026-05-13"); // true
 */
export function isActivityOverdue(activity: Pick<PlanActivity, "due" | "status">, asOf: string): boolean {
  return activity.due !== undefined && activity.due < asOf && !CLOSED.has(activity.status);
}

/** The filter of {@link filterPlanActivities}; every part left out lets every activity through. */
export interface PlanActivityFilter {
  /**
   * Only activities this leadership owns: owned by it directly (`ownerLeadershipId`), or by an organisation
   * that is one of its principals (the region with its `regionCode` or a municipality it covers).
   */
  readonly leadershipId?: string | undefined;
  /** Only activities with one of these statuses; an empty list lets none through. */
  readonly statuses?: readonly ActivityStatus[] | undefined;
  /** Only activities overdue on `asOf`. */
  readonly overdueOnly?: boolean | undefined;
  /** The day overdue is judged on (`YYYY-MM-DD`). */
  readonly asOf: string;
}

/** One activity that passed the filter, with where it sits and whether it is overdue. */
export interface PlanActivityMatch {
  readonly focusArea: FocusArea;
  readonly focusAreaIndex: number;
  readonly activity: PlanActivity;
  readonly activityIndex: number;
  readonly overdue: boolean;
}

/** The organisation ids that are principals of the leadership `leadershipId` (its region and municipalities). */
function principalOrganisationIds(ws: Workspace, leadershipId: string): ReadonlySet<string> {
  const leadership = ws.leaderships.find((l) => l.id === leadershipId);
  if (leadership === undefined) return new Set();
  const codes = new Set([leadership.regionCode, ...leadership.municipalityCodes]);
  return new Set(ws.organisations.filter((o) => o.code !== undefined && codes.has(o.code)).map((o) => o.id));
}

/**
 * The activities of `plan` that pass `filter`, in the plan's order (focus area by focus area). Linear in the
 * plan's activities plus the workspace's organisations.
 *
 * @example
 * filterPlanActivities(ws, plan, { leadershipId: "ls-falun", overdueOnly: true, asOf: "2026-05-13" })
 *   .map((m) => m.activity.title);
 */
export function filterPlanActivities(ws: Workspace, plan: Plan, filter: PlanActivityFilter): PlanActivityMatch[] {
  const { leadershipId, statuses, overdueOnly = false, asOf } = filter;
  const owners = leadershipId === undefined ? null : principalOrganisationIds(ws, leadershipId);
  const allowed = statuses === undefined ? null : new Set(statuses);
  const matches: PlanActivityMatch[] = [];
  plan.focusAreas.forEach((focusArea, focusAreaIndex) => {
    focusArea.activities.forEach((activity, activityIndex) => {
      if (allowed !== null && !allowed.has(activity.status)) return;
      const overdue = isActivityOverdue(activity, asOf);
      if (overdueOnly && !overdue) return;
      if (owners !== null) {
        const byLeadership = activity.ownerLeadershipId === leadershipId;
        const byPrincipal = activity.ownerOrganisationId !== undefined && owners.has(activity.ownerOrganisationId);
        if (!byLeadership && !byPrincipal) return;
      }
      matches.push({ focusArea, focusAreaIndex, activity, activityIndex, overdue });
    });
  });
  return matches;
}
