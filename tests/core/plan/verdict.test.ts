/**
 * The pure verdict rules: clear or not by each kind of threshold, and what a clear change means for each direction.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  assessChange,
  comparePosition,
  INDICATOR_VERDICT_LABELS,
  isClearChange,
  type ChangeThreshold,
} from "@systemledning/core/plan";

const SEED = 20261122;
const abs = (value: number): ChangeThreshold => ({ kind: "absolute", value });
const rel = (share: number): ChangeThreshold => ({ kind: "relative", share });

describe("isClearChange", () => {
  it("with an absolute threshold, is clear at and above the threshold and not below", () => {
    expect(isClearChange(40, 42, abs(2))).toBe(true);
    expect(isClearChange(40, 38, abs(2))).toBe(true);
    expect(isClearChange(40, 41.9, abs(2))).toBe(false);
  });

  it("absorbs floating-point rounding at the threshold (1.3 → 1.1 is a change of 0.2)", () => {
    expect(Math.abs(1.1 - 1.3)).toBeLessThan(0.2);
    expect(isClearChange(1.3, 1.1, abs(0.2))).toBe(true);
    expect(isClearChange(2.3, 0.3, abs(2))).toBe(true);
  });

  it("with a relative threshold, compares with the share of the earlier value", () => {
    expect(isClearChange(200, 210, rel(0.05))).toBe(true);
    expect(isClearChange(200, 209, rel(0.05))).toBe(false);
    expect(isClearChange(-200, -210, rel(0.05))).toBe(true);
  });

  it("with a relative threshold and an earlier value of 0, any change is clear and none is not", () => {
    expect(isClearChange(0, 0.1, rel(0.05))).toBe(true);
    expect(isClearChange(0, 0, rel(0.05))).toBe(false);
  });
});

describe("assessChange", () => {
  it("calls a clear rise improved when higher is better and worsened when lower is better", () => {
    expect(assessChange(50, 55, "higher-is-better", abs(2)).verdict).toBe("improved");
    expect(assessChange(50, 55, "lower-is-better", abs(2)).verdict).toBe("worsened");
  });

  it("calls a clear fall worsened when higher is better and improved when lower is better", () => {
    expect(assessChange(50, 45, "higher-is-better", abs(2)).verdict).toBe("worsened");
    expect(assessChange(12, 10.5, "lower-is-better", abs(1)).verdict).toBe("improved");
  });

  it("calls a clear change of a neutral indicator changed, in either direction", () => {
    expect(assessChange(50, 55, "neutral", abs(2)).verdict).toBe("changed");
    expect(assessChange(50, 45, "neutral", abs(2)).verdict).toBe("changed");
  });

  it("calls a change under the threshold no clear change, whatever the direction", () => {
    for (const direction of ["higher-is-better", "lower-is-better", "neutral"] as const) {
      const assessment = assessChange(12, 11.8, direction, abs(1));
      expect(assessment.verdict).toBe("no-clear-change");
      expect(assessment.clear).toBe(false);
      expect(assessment.change).toBeCloseTo(-0.2, 12);
    }
  });

  it("gives no data, with null change, when either value is missing", () => {
    expect(assessChange(null, 10, "higher-is-better", abs(1))).toEqual({
      verdict: "no-data",
      change: null,
      relativeChange: null,
      clear: null,
    });
    expect(assessChange(10, null, "higher-is-better", abs(1)).verdict).toBe("no-data");
    expect(assessChange(null, null, "neutral", rel(0.1)).verdict).toBe("no-data");
  });

  it("leaves the relative change null when the earlier value is 0 (never NaN or Infinity)", () => {
    expect(assessChange(0, 3, "higher-is-better", abs(1))).toEqual({
      verdict: "improved",
      change: 3,
      relativeChange: null,
      clear: true,
    });
  });

  it("has a Swedish and English label for every verdict", () => {
    for (const label of Object.values(INDICATOR_VERDICT_LABELS)) {
      expect(label.sv.length).toBeGreaterThan(0);
      expect(label.en.length).toBeGreaterThan(0);
    }
  });

  it("property: swapping the direction swaps improved and worsened, and neutral never judges", () => {
    const value = fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true });
    fc.assert(
      fc.property(value, value, fc.double({ min: 0.001, max: 1000, noNaN: true }), (from, to, t) => {
        const up = assessChange(from, to, "higher-is-better", abs(t)).verdict;
        const down = assessChange(from, to, "lower-is-better", abs(t)).verdict;
        const neutral = assessChange(from, to, "neutral", abs(t)).verdict;
        const swap = { improved: "worsened", worsened: "improved", "no-clear-change": "no-clear-change" } as const;
        expect(down).toBe(swap[up as keyof typeof swap]);
        expect(neutral).toBe(up === "no-clear-change" ? "no-clear-change" : "changed");
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it("property: a change is never clear under a larger threshold when it was not under a smaller one", () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e4, max: 1e4, noNaN: true }),
        fc.double({ min: -1e4, max: 1e4, noNaN: true }),
        fc.double({ min: 0.01, max: 100, noNaN: true }),
        fc.double({ min: 1, max: 10, noNaN: true }),
        (from, to, t, factor) => {
          if (!isClearChange(from, to, abs(t))) expect(isClearChange(from, to, abs(t * factor))).toBe(false);
        },
      ),
      { seed: SEED, numRuns: 300 },
    );
  });
});

describe("comparePosition", () => {
  it("is better, worse or similar by direction and threshold, and no data without a reference", () => {
    expect(comparePosition(80, 75, "higher-is-better", abs(2))).toBe("better");
    expect(comparePosition(80, 75, "lower-is-better", abs(2))).toBe("worse");
    expect(comparePosition(80, 79, "lower-is-better", abs(2))).toBe("similar");
    expect(comparePosition(80, 75, "neutral", abs(2))).toBe("different");
    expect(comparePosition(80, null, "higher-is-better", abs(2))).toBe("no-data");
  });
});
