import type { RoundResult } from "@systemledning/core/assessment";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  DISTRIBUTION_SIZE,
  getDistributionGeometry,
  type DistributionGeometry,
} from "../../../packages/react/src/scoring/distribution-geometry.js";
import { dalarna2025, emptyRound, oneLeadershipRound } from "../../fixtures/scoring-rounds.js";

const SEED = 20261122;
const { width, height, left, right, top, bottom } = DISTRIBUTION_SIZE;
const EPSILON = 1e-9;

type GeometryInput = Pick<RoundResult, "items" | "scale">;

/** A round-like input: per item its counts per bin (steps and half steps from min to max) and its mean. */
function roundLike(
  scale: { readonly min: number; readonly max: number },
  items: readonly { readonly counts: readonly number[]; readonly mean: number | null }[],
): GeometryInput {
  return {
    scale: { ...scale, steps: [] },
    items: items.map((item, index) => ({
      itemId: `item-${index}`,
      mean: item.mean,
      distribution: {
        exact: [],
        bins: item.counts.map((count, bin) => ({ value: scale.min + bin / 2, label: null, count })),
      },
    })),
  } as unknown as GeometryInput;
}

/** Bins from min to max in half steps. */
const binCount = (scale: { readonly min: number; readonly max: number }) => (scale.max - scale.min) * 2 + 1;

const roundArbitrary = fc
  .record({ min: fc.integer({ min: 0, max: 2 }), steps: fc.integer({ min: 1, max: 9 }) })
  .map(({ min, steps }) => ({ min, max: min + steps }))
  .chain((scale) =>
    fc.record({
      scale: fc.constant(scale),
      items: fc.array(
        fc.record({
          counts: fc.array(fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 40 })), {
            minLength: binCount(scale),
            maxLength: binCount(scale),
          }),
          mean: fc.option(fc.double({ min: scale.min, max: scale.max, noNaN: true }), { nil: null }),
        }),
        { minLength: 1, maxLength: 6 },
      ),
    }),
  );

function allBars(geometry: DistributionGeometry) {
  return geometry.panels.flatMap((panel) => panel.bars);
}

describe("getDistributionGeometry", () => {
  it("draws the core's bins for each item of the Dalarna round, half steps included because some have counts", () => {
    const { result } = dalarna2025();
    const geometry = getDistributionGeometry(result);
    const anyHalfStepCount = result.items.some((item) =>
      item.distribution.bins.some((bin) => !Number.isInteger(bin.value) && bin.count > 0),
    );
    expect(anyHalfStepCount).toBe(true);
    expect(geometry.showsHalfSteps).toBe(true);
    geometry.panels.forEach((panel, index) => {
      const bins = result.items[index]!.distribution.bins;
      expect(panel.bars.map((bar) => [bar.value, bar.count])).toEqual(bins.map((bin) => [bin.value, bin.count]));
      expect(panel.bars.map((bar) => bar.halfStep)).toEqual(bins.map((bin) => !Number.isInteger(bin.value)));
    });
  });

  it("leaves half steps out when no item has a value between two steps", () => {
    const { result } = oneLeadershipRound();
    const halfStepCounts = result.items.flatMap((item) =>
      item.distribution.bins.filter((bin) => !Number.isInteger(bin.value)).map((bin) => bin.count),
    );
    expect(halfStepCounts.every((count) => count === 0)).toBe(true);
    const geometry = getDistributionGeometry(result);
    expect(geometry.showsHalfSteps).toBe(false);
    expect(geometry.xTicks.map((tick) => tick.value)).toEqual(result.scale.steps.map((step) => step.value));
    for (const panel of geometry.panels)
      expect(panel.bars.map((bar) => bar.value)).toEqual(result.scale.steps.map((step) => step.value));
  });

  it("draws half steps as narrower bars than whole steps", () => {
    const geometry = getDistributionGeometry(dalarna2025().result);
    const bars = geometry.panels[0]!.bars;
    const whole = bars.find((bar) => !bar.halfStep)!;
    const half = bars.find((bar) => bar.halfStep)!;
    expect(half.width).toBeLessThan(whole.width);
  });

  it("gives bars heights proportional to their counts on one axis shared by every item", () => {
    const { result } = dalarna2025();
    const geometry = getDistributionGeometry(result);
    const largest = Math.max(...result.items.flatMap((item) => item.distribution.bins.map((bin) => bin.count)));
    expect(geometry.maxCount).toBeGreaterThanOrEqual(largest);
    const plotHeight = geometry.baseline - top;
    for (const bar of allBars(geometry)) {
      expect(bar.height).toBeCloseTo((bar.count / geometry.maxCount) * plotHeight, 9);
      expect(bar.y + bar.height).toBeCloseTo(geometry.baseline, 9);
    }
  });

  it("puts the baseline at the bottom of the drawing area and the axis maximum at its top", () => {
    const geometry = getDistributionGeometry(dalarna2025().result);
    expect(geometry.baseline).toBe(height - bottom);
    const topTick = geometry.yTicks.at(-1)!;
    expect(topTick.value).toBeLessThanOrEqual(geometry.maxCount);
    expect(topTick.y).toBeGreaterThanOrEqual(top - EPSILON);
  });

  it("places the mean between the centres of the bins around it", () => {
    const { result } = dalarna2025();
    const geometry = getDistributionGeometry(result);
    const centre = new Map(geometry.xTicks.map((tick) => [tick.value, tick.x]));
    geometry.panels.forEach((panel, index) => {
      const mean = result.items[index]!.mean!;
      const lower = Math.floor(mean * 2) / 2;
      const upper = Math.ceil(mean * 2) / 2;
      const [xLower, xUpper] = [centre.get(lower)!, centre.get(upper)!];
      expect(panel.meanX).not.toBeNull();
      expect(panel.meanX!).toBeGreaterThanOrEqual(xLower - EPSILON);
      expect(panel.meanX!).toBeLessThanOrEqual(xUpper + EPSILON);
      const share = upper === lower ? 0 : (mean - lower) / (upper - lower);
      expect(panel.meanX!).toBeCloseTo(xLower + share * (xUpper - xLower), 9);
    });
  });

  it("has no mean marker, no bar height and an axis of at least 1 for a round nobody answered", () => {
    const { result } = emptyRound();
    const geometry = getDistributionGeometry(result);
    expect(geometry.showsHalfSteps).toBe(false);
    expect(geometry.maxCount).toBe(1);
    for (const panel of geometry.panels) {
      expect(panel.meanX).toBeNull();
      expect(panel.bars.every((bar) => bar.count === 0 && bar.height === 0)).toBe(true);
    }
    expect(geometry.yTicks.map((tick) => tick.value)).toEqual([0, 1]);
  });

  it("lays out any round: one bar per bin drawn, inside the drawing area, heights monotone in counts, whole-number ticks", () => {
    fc.assert(
      fc.property(roundArbitrary, ({ scale, items }) => {
        const geometry = getDistributionGeometry(roundLike(scale, items));
        const halfStepsUsed = items.some((item) => item.counts.some((count, bin) => bin % 2 === 1 && count > 0));
        expect(geometry.showsHalfSteps).toBe(halfStepsUsed);
        const drawn = halfStepsUsed ? binCount(scale) : scale.max - scale.min + 1;
        expect(geometry.xTicks).toHaveLength(drawn);

        geometry.panels.forEach((panel, index) => {
          expect(panel.bars).toHaveLength(drawn);
          const counts = items[index]!.counts;
          for (const bar of panel.bars) expect(bar.count).toBe(counts[(bar.value - scale.min) * 2]);
          // Every count of the item is drawn by some bar: none is lost with the half steps left out.
          expect(panel.bars.reduce((sum, bar) => sum + bar.count, 0)).toBe(
            counts.reduce((sum, count) => sum + count, 0),
          );
        });

        const bars = allBars(geometry);
        for (const bar of bars) {
          expect(bar.x).toBeGreaterThanOrEqual(left - EPSILON);
          expect(bar.x + bar.width).toBeLessThanOrEqual(width - right + EPSILON);
          expect(bar.width).toBeGreaterThan(0);
          expect(bar.height).toBeGreaterThanOrEqual(0);
          expect(bar.y).toBeGreaterThanOrEqual(top - EPSILON);
        }
        // Sorted by count, heights never fall, rise with every larger count, and stay level for equal counts.
        const byCount = [...bars].sort((a, b) => a.count - b.count);
        for (let i = 1; i < byCount.length; i++) {
          const [a, b] = [byCount[i - 1]!, byCount[i]!];
          if (a.count < b.count) expect(a.height).toBeLessThan(b.height);
          else expect(a.height).toBeCloseTo(b.height, 9);
        }

        const largest = Math.max(0, ...items.flatMap((item) => item.counts));
        expect(geometry.maxCount).toBeGreaterThanOrEqual(Math.max(1, largest));
        expect(Number.isInteger(geometry.maxCount)).toBe(true);
        expect(geometry.yTicks.length).toBeGreaterThan(0);
        for (const tick of geometry.yTicks) {
          expect(Number.isInteger(tick.value)).toBe(true);
          expect(tick.value).toBeLessThanOrEqual(geometry.maxCount);
        }
        expect(geometry.yTicks[0]!.value).toBe(0);

        geometry.panels.forEach((panel, index) => {
          const mean = items[index]!.mean;
          if (mean === null) expect(panel.meanX).toBeNull();
          else {
            expect(panel.meanX!).toBeGreaterThanOrEqual(geometry.xTicks[0]!.x - EPSILON);
            expect(panel.meanX!).toBeLessThanOrEqual(geometry.xTicks.at(-1)!.x + EPSILON);
          }
        });
      }),
      { seed: SEED, numRuns: 200 },
    );
  });
});
