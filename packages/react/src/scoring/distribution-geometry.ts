/**
 * The geometry of the Bilaga 1 histograms, as a pure function of a round's result: which bins are drawn,
 * where each bar stands and how tall it is, where the mean falls, and the ticks of the shared count axis.
 * d3 computes the scales; React draws what this returns. Geometry apart from drawing, so it can be tested
 * without a DOM and another renderer can draw the same bars.
 */
import type { DistributionBin, ItemResult, RoundResult } from "@systemledning/core/assessment";
import { scaleBand, scaleLinear } from "d3-scale";

/** The drawing area of one histogram, in SVG user units (the SVG scales to its container through its viewBox). */
export const DISTRIBUTION_SIZE = { width: 320, height: 196, top: 30, right: 10, bottom: 30, left: 34 } as const;

/** One bar of a histogram. */
export interface DistributionBar {
  readonly value: number;
  readonly count: number;
  /** Whether the bin is a half step (the mean of two groupings' answers). */
  readonly halfStep: boolean;
  readonly label: DistributionBin["label"];
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** One item's histogram. */
export interface DistributionPanel {
  readonly item: ItemResult;
  readonly bars: readonly DistributionBar[];
  /** The x of the item's mean, or `null` when it has none. */
  readonly meanX: number | null;
}

/** All histograms of a round, on shared axes. */
export interface DistributionGeometry {
  readonly panels: readonly DistributionPanel[];
  /** Whether half steps are drawn: only when some item of the round has a value between two steps. */
  readonly showsHalfSteps: boolean;
  /** The shared count axis: the largest count, rounded up to a nice number (at least 1). */
  readonly maxCount: number;
  /** Whole-number ticks of the count axis with their y. */
  readonly yTicks: readonly { readonly value: number; readonly y: number }[];
  /** The bins' positions on the x axis (the same for every panel), with their centres. */
  readonly xTicks: readonly { readonly value: number; readonly x: number; readonly halfStep: boolean }[];
  /** The y of the baseline (count 0). */
  readonly baseline: number;
}

const isHalfStep = (value: number): boolean => !Number.isInteger(value);

/**
 * Lay out every item's histogram of `result` on shared axes: the same bins (scale steps, and half steps
 * when any item has one) and the same count axis, so the small multiples can be compared at a glance.
 *
 * @example
 * const geometry = getDistributionGeometry(aggregateRound(ws, "sjalvskattning-2025"));
 * geometry.panels[0].bars.map((b) => b.count) // [0, 0, 2, 0, 3, 0, 1, 0, 0] (bins 1, 1.5, … 5)
 */
export function getDistributionGeometry(result: Pick<RoundResult, "items" | "scale">): DistributionGeometry {
  const { width, height, top, right, bottom, left } = DISTRIBUTION_SIZE;
  const showsHalfSteps = result.items.some((item) =>
    item.distribution.bins.some((bin) => isHalfStep(bin.value) && bin.count > 0),
  );
  const values: number[] = [];
  for (let value = result.scale.min; value <= result.scale.max; value += showsHalfSteps ? 0.5 : 1) values.push(value);

  let largest = 0;
  for (const item of result.items) for (const bin of item.distribution.bins) largest = Math.max(largest, bin.count);
  const y = scaleLinear()
    .domain([0, Math.max(1, largest)])
    .range([height - bottom, top])
    .nice();
  const maxCount = y.domain()[1]!;
  const yTicks = y
    .ticks(Math.min(5, maxCount))
    .filter(Number.isInteger)
    .map((value) => ({ value, y: y(value) }));

  const x = scaleBand<number>()
    .domain(values)
    .range([left, width - right])
    .paddingInner(showsHalfSteps ? 0.15 : 0.25)
    .paddingOuter(0.1);
  const bandwidth = x.bandwidth();
  // The mean sits on a continuous axis through the bins' centres.
  const centre = scaleLinear()
    .domain([result.scale.min, result.scale.max])
    .range([x(result.scale.min)! + bandwidth / 2, x(result.scale.max)! + bandwidth / 2]);

  const panels = result.items.map((item) => {
    const counts = new Map(item.distribution.bins.map((bin) => [bin.value, bin]));
    const bars = values.map((value) => {
      const bin = counts.get(value);
      const count = bin?.count ?? 0;
      const halfStep = isHalfStep(value);
      // Half-step bars are narrower, so their shape tells them apart as well as their colour (A8).
      const barWidth = halfStep ? bandwidth * 0.6 : bandwidth;
      const top = y(count);
      return {
        value,
        count,
        halfStep,
        label: bin?.label ?? null,
        x: x(value)! + (bandwidth - barWidth) / 2,
        y: top,
        width: barWidth,
        height: y(0) - top,
      };
    });
    return { item, bars, meanX: item.mean === null ? null : centre(item.mean) };
  });

  return {
    panels,
    showsHalfSteps,
    maxCount,
    yTicks,
    xTicks: values.map((value) => ({ value, x: x(value)! + bandwidth / 2, halfStep: isHalfStep(value) })),
    baseline: y(0),
  };
}
