/**
 * placeTexts: each text takes its first free candidate, never one over an obstacle or over a text placed before
 * it, and is left off when none is free; a property over random boxes checks it against a brute-force overlap
 * test, and a map of thousands of texts is placed in a blink (the grid index, not every pair).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  boxesOverlap,
  centredBox,
  placeTexts,
  SEGMENT_FRACTIONS,
  type TextBox,
} from "../../../../packages/react/src/system-map/layout/text-placement.js";

const SEED = 20261205;

const box = (x: number, y: number, width = 10, height = 10): TextBox => ({ x, y, width, height });

describe("boxesOverlap", () => {
  it("counts meeting interiors, not touching edges", () => {
    expect(boxesOverlap(box(0, 0), box(5, 5))).toBe(true);
    expect(boxesOverlap(box(0, 0), box(10, 0))).toBe(false);
    expect(boxesOverlap(box(0, 0), box(0, 10))).toBe(false);
    expect(boxesOverlap(box(0, 0, 100, 100), box(40, 40, 2, 2))).toBe(true);
  });
});

describe("placeTexts", () => {
  it("takes the first candidate that covers no obstacle", () => {
    const label = box(0, 0, 40, 12);
    expect(placeTexts([label], [{ candidates: [box(10, 5), box(50, 0), box(80, 0)] }])).toEqual([1]);
  });

  it("keeps a later text off an earlier one: the earlier wins the contested place", () => {
    const chosen = placeTexts([], [{ candidates: [box(0, 0)] }, { candidates: [box(5, 0), box(20, 0)] }]);
    expect(chosen).toEqual([0, 1]);
  });

  it("leaves a text off when every candidate is taken", () => {
    const chosen = placeTexts([box(0, 0, 100, 100)], [{ candidates: [box(10, 10), box(50, 50)] }, { candidates: [] }]);
    expect(chosen).toEqual([null, null]);
  });

  it("finds an overlap with a box much larger than a cell of the grid (a long band name)", () => {
    const band = box(-500, 0, 2000, 14);
    expect(placeTexts([band], [{ candidates: [box(700, 4, 8, 8), box(700, 40, 8, 8)] }], { cellSize: 16 })).toEqual([
      1,
    ]);
  });

  it("ignores a candidate that is not a number, so a part with no position takes no place", () => {
    expect(placeTexts([], [{ candidates: [box(Number.NaN, 0), box(0, 0)] }])).toEqual([1]);
  });

  it("places no two texts over each other or over an obstacle, and leaves off only texts with no free candidate", () => {
    const arbitraryBox = fc.record({
      x: fc.integer({ min: -200, max: 200 }),
      y: fc.integer({ min: -200, max: 200 }),
      width: fc.integer({ min: 1, max: 80 }),
      height: fc.integer({ min: 1, max: 30 }),
    });
    fc.assert(
      fc.property(
        fc.array(arbitraryBox, { maxLength: 30 }),
        fc.array(fc.array(arbitraryBox, { maxLength: 6 }), { maxLength: 40 }),
        fc.integer({ min: 4, max: 100 }),
        (obstacles, candidateLists, cellSize) => {
          const texts = candidateLists.map((candidates) => ({ candidates }));
          const chosen = placeTexts(obstacles, texts, { cellSize });
          const placed: TextBox[] = [];
          chosen.forEach((index, i) => {
            const candidates = candidateLists[i]!;
            const before = [...obstacles, ...placed];
            const free = (candidate: TextBox) => before.every((other) => !boxesOverlap(candidate, other));
            if (index === null) {
              expect(candidates.some(free)).toBe(false);
              return;
            }
            // The first free one, and free indeed.
            expect(candidates.findIndex(free)).toBe(index);
            placed.push(candidates[index]!);
          });
          for (let a = 0; a < placed.length; a++) {
            for (const obstacle of obstacles) expect(boxesOverlap(placed[a]!, obstacle)).toBe(false);
            for (let b = a + 1; b < placed.length; b++) expect(boxesOverlap(placed[a]!, placed[b]!)).toBe(false);
          }
        },
      ),
      { seed: SEED, numRuns: 300 },
    );
  });

  it("places the texts of a national map (5,000 labels, 10,000 texts) in a moment (the grid index: no test of every pair)", () => {
    const labels = Array.from({ length: 5000 }, (_, i) => box((i % 100) * 120, Math.floor(i / 100) * 80, 90, 16));
    const texts = Array.from({ length: 10_000 }, (_, i) => ({
      candidates: SEGMENT_FRACTIONS.map((f) =>
        centredBox((i % 100) * 120 + 100 * f, Math.floor(i / 200) * 80 + 40, 14, 14),
      ),
    }));
    const start = performance.now();
    const chosen = placeTexts(labels, texts);
    const elapsed = performance.now() - start;
    expect(chosen.some((index) => index !== null)).toBe(true);
    // Every pair would be 5 × 10⁷ tests; the grid makes it a few per candidate. Generous for a loaded machine.
    expect(elapsed).toBeLessThan(3000);
  });
});

describe("SEGMENT_FRACTIONS", () => {
  it("tries the middle first, then outwards in pairs, never nearer an end than a fifth", () => {
    expect(SEGMENT_FRACTIONS[0]).toBe(0.5);
    for (let i = 1; i < SEGMENT_FRACTIONS.length; i += 2)
      expect(SEGMENT_FRACTIONS[i]! + SEGMENT_FRACTIONS[i + 1]!).toBeCloseTo(1, 10);
    expect(Math.min(...SEGMENT_FRACTIONS)).toBeGreaterThanOrEqual(0.2);
  });
});
