/**
 * Cross-reference checks of the plan collections, run by the workspace's validating door after the schemas
 * pass: the follow-up settings against the profile, indicator values against the indicators and the
 * profile's codes, plans and check-ins against the structure. Linear in the size of the collections.
 */
import { createIssue, type PathSegment, type ValidationIssue } from "../common/issues.js";
import { findDuplicateIds } from "../common/ids.js";
import type { Workspace } from "../workspace/schema.js";
import { createPlanIssue } from "./issues.js";
import { COUNTRY_CODE } from "./constants.js";
import type { IndicatorValue } from "./schema.js";

/** The organisation codes a value or goal may name: the profile's regions and municipalities, and `0000`. */
function knownCodesOf(ws: Workspace): Set<string> {
  return new Set([
    COUNTRY_CODE,
    ...ws.profile.regions.map((r) => r.code),
    ...ws.profile.municipalities.map((m) => m.code),
  ]);
}

/**
 * The checks of indicator values that do not depend on where the list is (the workspace's or a command's): the code
 * a region or municipality of the profile or `0000`, and one value per (indicator, organisation, year, gender).
 * Gives the check of the value at index `i` of the list at `base`, which adds its issues to `issues`.
 *
 * @example
 * const check = indicatorValueChecks(ws, "values", issues);
 * values.forEach((value, i) => check(value, i));
 */
export function indicatorValueChecks(
  ws: Workspace,
  base: string,
  issues: ValidationIssue[],
): (value: IndicatorValue, i: number) => void {
  const knownCodes = knownCodesOf(ws);
  const firstValue = new Map<string, number>();
  return (value, i) => {
    if (!knownCodes.has(value.organisationCode))
      issues.push(
        createIssue([base, i, "organisationCode"], "unknown_municipality", {
          code: value.organisationCode,
          profile: ws.profile.id,
        }),
      );
    const key = `${value.indicatorId}\u0000${value.organisationCode}\u0000${value.period}\u0000${value.gender}`;
    const first = firstValue.get(key);
    if (first === undefined) firstValue.set(key, i);
    else {
      const { indicatorId, organisationCode, period, gender } = value;
      issues.push(
        createPlanIssue([base, i], "duplicate_indicator_value", {
          indicatorId,
          organisationCode,
          period,
          gender,
          first: `${base}[${first}]`,
        }),
      );
    }
  };
}

/**
 * Check that every reference of the plan collections resolves:
 * - the follow-up settings: unique indicator and milestone ids; each indicator's and milestone's delmål in
 *   the profile; per-leadership check-in intervals for known leaderships;
 * - indicator values: the indicator in the profile; the code a region or municipality of the profile or
 *   `0000`; one value per (indicator, organisation, year, gender);
 * - plans: unique ids (plans; focus areas, goals and activities within a plan); leadership, forum, owner
 *   organisation and leadership, reporting leaderships and goal indicators exist; the decision resolves to
 *   a decision-log entry or a meeting agenda item — checked only when the workspace keeps meetings or a
 *   decision log (a host without the meetings module may refer to decisions kept elsewhere);
 * - check-ins: unique ids; plan and leadership exist; each reported activity is in the plan, once.
 * Periods (from ≤ to) are checked by the schemas.
 *
 * @example
 * validatePlanReferences(ws); // [] for a consistent workspace
 */
export function validatePlanReferences(ws: Workspace): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const dangling = (path: PathSegment[], id: string, collection: string): void => {
    issues.push(createIssue(path, "dangling_reference", { id, collection }));
  };
  const goalIds = new Set(ws.profile.goals.map((g) => g.id));
  const leadershipIds = new Set(ws.leaderships.map((l) => l.id));
  const forumIds = new Set(ws.forums.map((f) => f.id));
  const organisationIds = new Set(ws.organisations.map((o) => o.id));
  const followUp = ws.profile.followUp;
  const indicatorIds = new Set<string>();

  if (followUp !== undefined) {
    const base = ["profile", "followUp"];
    findDuplicateIds(followUp.indicators, [...base, "indicators"], issues);
    findDuplicateIds(followUp.roadmap, [...base, "roadmap"], issues);
    followUp.indicators.forEach((indicator, i) => {
      indicatorIds.add(indicator.id);
      if (indicator.goalId !== undefined && !goalIds.has(indicator.goalId))
        dangling([...base, "indicators", i, "goalId"], indicator.goalId, "profile.goals");
    });
    followUp.roadmap.forEach((milestone, i) => {
      milestone.goalIds?.forEach((goalId, j) => {
        if (!goalIds.has(goalId)) dangling([...base, "roadmap", i, "goalIds", j], goalId, "profile.goals");
      });
    });
    for (const leadershipId of Object.keys(followUp.checkInInterval.byLeadership ?? {})) {
      if (!leadershipIds.has(leadershipId))
        dangling([...base, "checkInInterval", "byLeadership", leadershipId], leadershipId, "leaderships");
    }
  }

  const knownCodes = knownCodesOf(ws);
  const checkValue = indicatorValueChecks(ws, "indicatorValues", issues);
  ws.indicatorValues.forEach((value, i) => {
    if (!indicatorIds.has(value.indicatorId))
      dangling(["indicatorValues", i, "indicatorId"], value.indicatorId, "profile.followUp.indicators");
    checkValue(value, i);
  });

  const checkDecisions = ws.meetings.length > 0 || ws.decisionLog.length > 0;
  const decisionIds = new Set<string>(
    checkDecisions
      ? [...ws.decisionLog.map((e) => e.id), ...ws.meetings.flatMap((m) => m.agenda.map((item) => item.id))]
      : [],
  );
  findDuplicateIds(ws.plans, ["plans"], issues);
  const activitiesByPlan = new Map<string, Set<string>>();
  ws.plans.forEach((plan, p) => {
    const at = (...rest: PathSegment[]): PathSegment[] => ["plans", p, ...rest];
    if (!leadershipIds.has(plan.leadershipId)) dangling(at("leadershipId"), plan.leadershipId, "leaderships");
    if (plan.decidedByForumId !== undefined && !forumIds.has(plan.decidedByForumId))
      dangling(at("decidedByForumId"), plan.decidedByForumId, "forums");
    if (plan.decisionId !== undefined && checkDecisions && !decisionIds.has(plan.decisionId))
      dangling(at("decisionId"), plan.decisionId, "decisionLog / meetings.agenda");
    plan.reportingLeadershipIds.forEach((id, j) => {
      if (!leadershipIds.has(id)) dangling(at("reportingLeadershipIds", j), id, "leaderships");
    });
    findDuplicateIds(plan.focusAreas, at("focusAreas"), issues);
    const goals = plan.focusAreas.flatMap((area, a) =>
      area.goals.map((goal, g) => ({ id: goal.id, path: at("focusAreas", a, "goals", g, "id") })),
    );
    const activities = plan.focusAreas.flatMap((area, a) =>
      area.activities.map((activity, k) => ({ id: activity.id, path: at("focusAreas", a, "activities", k, "id") })),
    );
    for (const list of [goals, activities]) {
      const seen = new Map<string, string>();
      for (const { id, path } of list) {
        const first = seen.get(id);
        if (first === undefined)
          seen.set(
            id,
            path
              .slice(0, -1)
              .map((s) => (typeof s === "number" ? `[${s}]` : `.${s}`))
              .join("")
              .slice(1),
          );
        else issues.push(createIssue(path, "duplicate_id", { id, first }));
      }
    }
    activitiesByPlan.set(plan.id, new Set(activities.map((a) => a.id)));
    plan.focusAreas.forEach((area, a) => {
      area.goals.forEach((goal, g) => {
        if (goal.kind === "measurable") {
          if (goal.indicatorId !== undefined && !indicatorIds.has(goal.indicatorId))
            dangling(at("focusAreas", a, "goals", g, "indicatorId"), goal.indicatorId, "profile.followUp.indicators");
          if (goal.organisationCode !== undefined && !knownCodes.has(goal.organisationCode)) {
            issues.push(
              createIssue(at("focusAreas", a, "goals", g, "organisationCode"), "unknown_municipality", {
                code: goal.organisationCode,
                profile: ws.profile.id,
              }),
            );
          }
        }
      });
      area.activities.forEach((activity, k) => {
        if (activity.ownerOrganisationId !== undefined && !organisationIds.has(activity.ownerOrganisationId)) {
          dangling(
            at("focusAreas", a, "activities", k, "ownerOrganisationId"),
            activity.ownerOrganisationId,
            "organisations",
          );
        }
        if (activity.ownerLeadershipId !== undefined && !leadershipIds.has(activity.ownerLeadershipId)) {
          dangling(
            at("focusAreas", a, "activities", k, "ownerLeadershipId"),
            activity.ownerLeadershipId,
            "leaderships",
          );
        }
      });
    });
  });

  findDuplicateIds(ws.checkIns, ["checkIns"], issues);
  ws.checkIns.forEach((checkIn, c) => {
    const activityIds = activitiesByPlan.get(checkIn.planId);
    if (activityIds === undefined) dangling(["checkIns", c, "planId"], checkIn.planId, "plans");
    if (!leadershipIds.has(checkIn.leadershipId))
      dangling(["checkIns", c, "leadershipId"], checkIn.leadershipId, "leaderships");
    const seen = new Set<string>();
    checkIn.activityStatuses.forEach((status, s) => {
      const path: PathSegment[] = ["checkIns", c, "activityStatuses", s, "activityId"];
      if (activityIds !== undefined && !activityIds.has(status.activityId))
        issues.push(createPlanIssue(path, "activity_not_in_plan", { id: status.activityId, planId: checkIn.planId }));
      if (seen.has(status.activityId)) issues.push(createIssue(path, "duplicate_value", { value: status.activityId }));
      seen.add(status.activityId);
    });
  });
  return issues;
}
