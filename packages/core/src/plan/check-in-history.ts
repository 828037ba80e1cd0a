/**
 * The check-in history (*avstämningar*) as a reader follows it: per plan and reporting leadership, the check-ins in
 * time order with the count of their activities' RAG verdicts, and the expected periods without a check-in (from
 * {@link getMissingCheckIns}) placed among them; and the period a new check-in most likely reports on.
 */
import { compareStrings } from "../common/compare.js";
import { getFollowUpSettings, getCheckInIntervalMonths } from "./settings.js";
import { getExpectedCheckInPeriods, getMissingCheckIns, getReportingLeadershipIds } from "./check-ins.js";
import type { Workspace } from "../workspace/schema.js";
import type { CheckIn, DatePeriod, Plan, Rag } from "./schema.js";

/** How many of a check-in's activities were reported red, amber and green. */
export type RagCounts = Readonly<Record<Rag, number>>;

/** One line of a history: a check-in held, or an expected period without one. */
export type CheckInHistoryItem =
  | { readonly kind: "check-in"; readonly checkIn: CheckIn; readonly ragCounts: RagCounts }
  | { readonly kind: "missing"; readonly period: DatePeriod };

/** The history of one leadership's check-ins on one plan. */
export interface LeadershipCheckInHistory {
  readonly planId: string;
  readonly leadershipId: string;
  /** Check-ins and missing periods in time order (by the start of the period, a check-in before a gap). */
  readonly items: readonly CheckInHistoryItem[];
  /** The check-ins held on or before `asOf`, by date (then id). */
  readonly checkIns: readonly CheckIn[];
  /** The expected periods that ended before `asOf` without a check-in. */
  readonly missing: readonly DatePeriod[];
}

/** What {@link getCheckInHistories} covers. */
export interface CheckInHistoryQuery {
  /** The day the history is seen from: later check-ins are left out, and only periods ended before it are expected. */
  readonly asOf: string;
  /** Only this plan. @default every plan */
  readonly planId?: string | undefined;
  /** Only this leadership. @default every leadership that reports on the plan or has checked in on it */
  readonly leadershipId?: string | undefined;
}

/** Count the RAG verdicts of a check-in's activities. */
export function countRag(checkIn: CheckIn): RagCounts {
  const counts = { red: 0, amber: 0, green: 0 };
  for (const status of checkIn.activityStatuses) counts[status.rag]++;
  return counts;
}

const byDate = (a: CheckIn, b: CheckIn) => compareStrings(a.date, b.date) || compareStrings(a.id, b.id);

/**
 * The check-in histories of the workspace's plans (in the workspace's order), one per reporting leadership (in the
 * plan's order) followed by any other leadership that checked in on the plan. A draft plan expects no check-ins, so
 * it has no missing periods. Pure and linear in the check-ins after sorting.
 *
 * @example
 * const [falun] = getCheckInHistories(ws, { planId: "plan-regional-skora-aldre", leadershipId: "ls-falun", asOf: "2026-05-13" });
 * falun.items.map((i) => i.kind); // ["check-in", "check-in", "check-in", "check-in"]
 */
export function getCheckInHistories(ws: Workspace, query: CheckInHistoryQuery): LeadershipCheckInHistory[] {
  const settings = getFollowUpSettings(ws.profile);
  const histories: LeadershipCheckInHistory[] = [];
  for (const plan of ws.plans) {
    if (query.planId !== undefined && plan.id !== query.planId) continue;
    const held = ws.checkIns.filter((c) => c.planId === plan.id && c.date <= query.asOf).sort(byDate);
    const leaderships = [...getReportingLeadershipIds(plan)];
    for (const checkIn of held) if (!leaderships.includes(checkIn.leadershipId)) leaderships.push(checkIn.leadershipId);
    const missingAll = getMissingCheckIns(ws, plan, settings, query.asOf);
    for (const leadershipId of leaderships) {
      if (query.leadershipId !== undefined && leadershipId !== query.leadershipId) continue;
      const checkIns = held.filter((c) => c.leadershipId === leadershipId);
      const missing = missingAll.filter((m) => m.leadershipId === leadershipId).map((m) => m.period);
      const items: CheckInHistoryItem[] = [
        ...checkIns.map((checkIn) => ({ kind: "check-in" as const, checkIn, ragCounts: countRag(checkIn) })),
        ...missing.map((period) => ({ kind: "missing" as const, period })),
      ];
      const start = (item: CheckInHistoryItem) => (item.kind === "missing" ? item.period : item.checkIn.period).from;
      // A stable sort: check-ins keep their date order when two start on the same day.
      items.sort(
        (a, b) => compareStrings(start(a), start(b)) || (a.kind === b.kind ? 0 : a.kind === "missing" ? 1 : -1),
      );
      histories.push({ planId: plan.id, leadershipId, items, checkIns, missing });
    }
  }
  return histories;
}

/**
 * The period a new check-in of `leadershipId` on `plan` most likely reports on: the latest expected period without a
 * check-in, else the period of the leadership's interval that holds `asOf` (the one under way), else the last period
 * of the plan. Null for a plan whose period has not begun by `asOf`.
 *
 * @example
 * suggestCheckInPeriod(ws, plan, "ls-mora", "2026-05-13"); // { from: "2026-01-01", to: "2026-03-31" }
 */
export function suggestCheckInPeriod(ws: Workspace, plan: Plan, leadershipId: string, asOf: string): DatePeriod | null {
  if (plan.period.from > asOf) return null;
  const settings = getFollowUpSettings(ws.profile);
  const missing = getMissingCheckIns(ws, plan, settings, asOf).filter((m) => m.leadershipId === leadershipId);
  if (missing.length > 0) return missing[missing.length - 1]!.period;
  // Every period of the plan, as though it had ended (a draft plan is treated as adopted for this question).
  const all = getExpectedCheckInPeriods(
    { ...plan, status: "adopted" },
    getCheckInIntervalMonths(settings, leadershipId),
    "9999-12-31",
  );
  return all.find((p) => p.from <= asOf && asOf <= p.to) ?? all[all.length - 1] ?? null;
}
