/**
 * Check-ins (*avstämningar*) as questions: which periods each reporting leadership should have checked in
 * for, which are missing, and each activity's latest reported status with its RAG verdict and label.
 */
import { compareStrings } from "../common/compare.js";
import type { BilingualMessage } from "../common/issues.js";
import { addDays, addMonths } from "../structure/dates.js";
import type { Workspace } from "../workspace/schema.js";
import type { CheckIn, CheckInActivityStatus, DatePeriod, FollowUpProfileSettings, Plan, Rag } from "./schema.js";
import { getCheckInIntervalMonths } from "./settings.js";

/** The labels of the RAG verdicts: a page shows the label (and may add the colour), never the colour alone. */
export const RAG_LABELS: Readonly<Record<Rag, BilingualMessage>> = Object.freeze({
  red: { sv: "Rött – åtgärd krävs", en: "Red – action needed" },
  amber: { sv: "Gult – risk för försening", en: "Amber – at risk" },
  green: { sv: "Grönt – enligt plan", en: "Green – on track" },
});

/** The leaderships that check in on `plan`: its `reportingLeadershipIds`, or its own leadership when none are listed. */
export function getReportingLeadershipIds(plan: Plan): readonly string[] {
  return plan.reportingLeadershipIds.length > 0 ? plan.reportingLeadershipIds : [plan.leadershipId];
}

/**
 * The check-in periods of a leadership on `plan` that have ended before `asOf`: back-to-back periods of
 * the leadership's interval (months), from the start of the plan's period to its end. Only adopted and
 * closed plans expect check-ins; a draft expects none.
 *
 * @example
 * getExpectedCheckInPeriods(plan, 3, "2025-10-01"); // [{ from: "2025-04-01", to: "2025-06-30" }, { from: "2025-07-01", to: "2025-09-30" }]
 */
export function getExpectedCheckInPeriods(plan: Plan, intervalMonths: number, asOf: string): DatePeriod[] {
  if (plan.status === "draft") return [];
  const periods: DatePeriod[] = [];
  for (let start = plan.period.from, step = 1; start <= plan.period.to; step++) {
    const next = addMonths(plan.period.from, step * intervalMonths);
    const to = addDays(next, -1);
    if (to >= asOf) break;
    periods.push({ from: start, to: to < plan.period.to ? to : plan.period.to });
    start = next;
  }
  return periods;
}

/** A period a leadership did not check in for. */
export interface MissingCheckIn {
  readonly leadershipId: string;
  readonly period: DatePeriod;
}

/**
 * The expected periods (see {@link getExpectedCheckInPeriods}) for which a reporting leadership has no
 * check-in on the plan. A check-in covers an expected period when the period it reports on overlaps it.
 * Sorted by leadership (in the plan's order), then period. Linear after sorting the check-ins.
 *
 * @example
 * getMissingCheckIns(ws, plan, settings, "2026-05-13").map((m) => `${m.leadershipId} ${m.period.from}`);
 */
export function getMissingCheckIns(
  ws: Workspace,
  plan: Plan,
  settings: FollowUpProfileSettings,
  asOf: string,
): MissingCheckIn[] {
  const byLeadership = new Map<string, DatePeriod[]>();
  for (const checkIn of ws.checkIns) {
    if (checkIn.planId !== plan.id) continue;
    const list = byLeadership.get(checkIn.leadershipId);
    if (list === undefined) byLeadership.set(checkIn.leadershipId, [checkIn.period]);
    else list.push(checkIn.period);
  }
  const missing: MissingCheckIn[] = [];
  for (const leadershipId of getReportingLeadershipIds(plan)) {
    const reported = (byLeadership.get(leadershipId) ?? []).slice().sort((a, b) => compareStrings(a.from, b.from));
    let next = 0;
    let latestEnd = "";
    // Expected periods are sorted and disjoint: a period [a, b] is covered when the latest end among the
    // reported periods starting on or before b reaches a.
    for (const period of getExpectedCheckInPeriods(plan, getCheckInIntervalMonths(settings, leadershipId), asOf)) {
      while (next < reported.length && reported[next]!.from <= period.to) {
        if (reported[next]!.to > latestEnd) latestEnd = reported[next]!.to;
        next++;
      }
      if (latestEnd < period.from) missing.push({ leadershipId, period });
    }
  }
  return missing;
}

/** An activity's latest reported status at a check-in, with the RAG label. */
export interface ActivityCheckInStatus extends CheckInActivityStatus {
  readonly checkInId: string;
  readonly leadershipId: string;
  readonly date: string;
  readonly ragLabel: BilingualMessage;
}

/**
 * The latest reported status of each activity of `planId` on or before `asOf` (later date wins; on the
 * same day the larger check-in id), keyed by activity id.
 *
 * @example
 * getLatestActivityStatuses(ws, "plan-regional", "2026-05-13").get("akt-1")?.ragLabel.sv; // "Gult – risk för försening"
 */
export function getLatestActivityStatuses(
  ws: Workspace,
  planId: string,
  asOf: string,
): Map<string, ActivityCheckInStatus> {
  const latest = new Map<string, ActivityCheckInStatus>();
  const newer = (a: CheckIn, b: ActivityCheckInStatus): boolean =>
    a.date > b.date || (a.date === b.date && a.id > b.checkInId);
  for (const checkIn of ws.checkIns) {
    if (checkIn.planId !== planId || checkIn.date > asOf) continue;
    for (const status of checkIn.activityStatuses) {
      const current = latest.get(status.activityId);
      if (current === undefined || newer(checkIn, current)) {
        latest.set(status.activityId, {
          ...status,
          checkInId: checkIn.id,
          leadershipId: checkIn.leadershipId,
          date: checkIn.date,
          ragLabel: RAG_LABELS[status.rag],
        });
      }
    }
  }
  return latest;
}
