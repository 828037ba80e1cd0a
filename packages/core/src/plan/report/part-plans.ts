/**
 * Section 3 (plan status) and section 5 (lessons from check-ins): the plans that cover the year with their
 * rolled-up progress and health from the plan module, and what the leaderships reported at their check-ins.
 */
import { compareStrings } from "../../common/compare.js";
import type { Workspace } from "../../workspace/schema.js";
import { getPlanHealth } from "../health.js";
import type { Plan } from "../schema.js";
import { NO_DATA_REASONS, PLAN_STATUS_LABELS, withYear } from "./labels.js";
import type { ReportCheckInLesson, ReportPart, ReportPlan } from "./types.js";

const MAX_FINDINGS_SHOWN = 10;

/** Regional plans first, then by start of period, then title and id. */
function comparePlans(a: Plan, b: Plan): number {
  return (
    (a.kind === b.kind ? 0 : a.kind === "regional" ? -1 : 1) ||
    compareStrings(a.period.from, b.period.from) ||
    compareStrings(a.title, b.title) ||
    compareStrings(a.id, b.id)
  );
}

/** The plans whose period overlaps `year`, with progress and plan health on `asOf`. */
export function getReportPlans(
  ws: Workspace,
  year: number,
  asOf: string,
): ReportPart<{ readonly plans: readonly ReportPlan[] }> {
  const plans = ws.plans
    .filter((p) => p.period.from <= `${year}-12-31` && p.period.to >= `${year}-01-01`)
    .sort(comparePlans);
  if (plans.length === 0) return { status: "no-data", reason: withYear(NO_DATA_REASONS.plans, year) };
  const leadershipName = new Map(ws.leaderships.map((l) => [l.id, l.name]));
  const forumName = new Map(
    ws.forums.map((f) => [f.id, f.shortName === undefined ? f.name : `${f.name} (${f.shortName})`]),
  );
  return {
    status: "data",
    plans: plans.map((plan): ReportPlan => {
      const health = getPlanHealth(ws, plan.id, { asOf });
      const doneBy = new Map(
        plan.focusAreas.map((a) => [a.id, a.activities.filter((x) => x.status === "done").length]),
      );
      return {
        planId: plan.id,
        title: plan.title,
        kind: plan.kind,
        status: plan.status,
        statusLabel: PLAN_STATUS_LABELS[plan.status],
        leadership: leadershipName.get(plan.leadershipId) ?? plan.leadershipId,
        targetGroup: plan.targetGroup ?? null,
        decidedBy:
          plan.decidedByForumId === undefined ? null : (forumName.get(plan.decidedByForumId) ?? plan.decidedByForumId),
        decidedOn: plan.decidedOn ?? null,
        userPerspective: plan.userPerspective ?? null,
        progress: health.progress.progress,
        focusAreas: health.progress.focusAreas.map((a) => ({
          focusAreaId: a.focusAreaId,
          title: a.title,
          progress: a.progress,
          activityCount: a.activityCount,
          doneCount: doneBy.get(a.focusAreaId) ?? 0,
        })),
        healthCounts: { error: health.counts.error, warning: health.counts.warning, info: health.counts.info },
        findings: health.findings.slice(0, MAX_FINDINGS_SHOWN).map((f) => f.message),
        moreFindings: Math.max(0, health.findings.length - MAX_FINDINGS_SHOWN),
      };
    }),
  };
}

const textOrNull = (text: string | undefined): string | null =>
  text === undefined || text.trim() === "" ? null : text;

/** What the leaderships reported at check-ins held in `year`, by date, leadership and id. */
export function getReportCheckIns(
  ws: Workspace,
  year: number,
): ReportPart<{ readonly entries: readonly ReportCheckInLesson[] }> {
  const prefix = `${year}-`;
  const checkIns = ws.checkIns.filter((c) => c.date.startsWith(prefix));
  if (checkIns.length === 0) return { status: "no-data", reason: withYear(NO_DATA_REASONS.checkIns, year) };
  const leadershipName = new Map(ws.leaderships.map((l) => [l.id, l.name]));
  const planTitle = new Map(ws.plans.map((p) => [p.id, p.title]));
  const entries = checkIns.map((c): ReportCheckInLesson => ({
    checkInId: c.id,
    date: c.date,
    leadership: leadershipName.get(c.leadershipId) ?? c.leadershipId,
    plan: planTitle.get(c.planId) ?? c.planId,
    activitiesAndResults: textOrNull(c.followUp.activitiesAndResults),
    lessons: textOrNull(c.followUp.lessons),
    successFactors: textOrNull(c.followUp.successFactors),
    challenges: textOrNull(c.followUp.challenges),
    visionRating: c.followUp.visionRating ?? null,
    visionAssessment: textOrNull(c.followUp.visionAssessment),
  }));
  entries.sort(
    (a, b) =>
      compareStrings(a.date, b.date) ||
      compareStrings(a.leadership, b.leadership) ||
      compareStrings(a.checkInId, b.checkInId),
  );
  return { status: "data", entries };
}
