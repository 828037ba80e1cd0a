/**
 * Progress rolled up from activities to focus areas to the plan, the way Decidim's accountability rolls
 * up results: a parent's progress is the weighted mean of its children's progress.
 *
 * The rule, exactly:
 * - An activity's progress is its `progress` (0–1) with weight `weight ?? 1`. Cancelled activities are left
 *   out (they are neither done nor to be done); paused ones count with the progress they reached.
 * - A focus area's progress is Σ(wᵢ·pᵢ) / Σwᵢ over its counted activities, or null when it has none.
 * - The plan's progress is the same weighted mean over its focus areas (weight `weight ?? 1`) whose
 *   progress is not null, or null when none has any.
 * Decidim sums `progress × weight` and expects the weights to add up to 1; dividing by the sum of the
 * weights gives the same answer then, and a meaningful one when the weights are relative (2 = twice as
 * much). The result is always within [0, 1]; an empty plan has progress null, never 0 or NaN.
 */
import type { ActivityStatus, Plan, PlanActivity } from "./schema.js";

/** Something with a progress (null when unknown) and a weight. */
export interface WeightedProgress {
  readonly progress: number | null;
  readonly weight: number;
}

/**
 * The weighted mean progress of `items`, leaving out those with progress null; null when none is left.
 *
 * @example
 * weightedMeanProgress([{ progress: 1, weight: 1 }, { progress: 0, weight: 3 }]); // 0.25
 */
export function weightedMeanProgress(items: readonly WeightedProgress[]): number | null {
  let sum = 0;
  let weights = 0;
  for (const { progress, weight } of items) {
    if (progress === null) continue;
    sum += progress * weight;
    weights += weight;
  }
  if (weights === 0) return null;
  // The mean of numbers in [0, 1] is in [0, 1]; the clamp only absorbs rounding in the last bit.
  return Math.min(1, Math.max(0, sum / weights));
}

/** Counts of activities by status. */
export type ActivityStatusCounts = Readonly<Record<ActivityStatus, number>>;

const emptyCounts = (): Record<ActivityStatus, number> => ({
  "not-started": 0,
  ongoing: 0,
  done: 0,
  paused: 0,
  cancelled: 0,
});

/** The progress of one focus area. */
export interface FocusAreaProgress {
  readonly focusAreaId: string;
  readonly title: string;
  readonly weight: number;
  /** Weighted mean of the counted activities' progress; null when there are none. */
  readonly progress: number | null;
  readonly activityCount: number;
  /** Activities counted in the progress (all but the cancelled). */
  readonly countedActivityCount: number;
  readonly statusCounts: ActivityStatusCounts;
}

/** The progress of a plan and of each of its focus areas. */
export interface PlanProgress {
  readonly planId: string;
  /** Weighted mean of the focus areas' progress; null when no focus area has any. */
  readonly progress: number | null;
  readonly focusAreas: readonly FocusAreaProgress[];
  readonly statusCounts: ActivityStatusCounts;
}

/** An activity as a {@link WeightedProgress}: cancelled ones have progress null, so they are left out. */
export function activityWeightedProgress(activity: PlanActivity): WeightedProgress {
  return { progress: activity.status === "cancelled" ? null : activity.progress, weight: activity.weight ?? 1 };
}

/**
 * Roll progress up from activities to focus areas to the plan (the rule is in this module's comment).
 *
 * @example
 * const p = getPlanProgress(plan);
 * `${Math.round((p.progress ?? 0) * 100)} %`; // "42 %"
 */
export function getPlanProgress(plan: Plan): PlanProgress {
  const planCounts = emptyCounts();
  const focusAreas = plan.focusAreas.map((area): FocusAreaProgress => {
    const counts = emptyCounts();
    const items: WeightedProgress[] = [];
    for (const activity of area.activities) {
      counts[activity.status] += 1;
      planCounts[activity.status] += 1;
      items.push(activityWeightedProgress(activity));
    }
    return {
      focusAreaId: area.id,
      title: area.title,
      weight: area.weight ?? 1,
      progress: weightedMeanProgress(items),
      activityCount: area.activities.length,
      countedActivityCount: area.activities.length - counts.cancelled,
      statusCounts: counts,
    };
  });
  return { planId: plan.id, progress: weightedMeanProgress(focusAreas), focusAreas, statusCounts: planCounts };
}
