/**
 * The comparison of municipalities on indicators (ranking.ts): ranks and quarters by direction, with ties
 * and missing values, the county, the country and the unweighted mean, the period used, and, as properties
 * over random values (fixed seed), that ranks follow the direction, quarters hold their share, missing
 * values are never ranked, and reversing the direction mirrors the placements.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isSystemledningError } from "@systemledning/core";
import { getIndicatorRanking, rankValues, type RankClass } from "@systemledning/core/plan";
import { createDalarnaSampleWorkspace } from "@systemledning/core/profiles/dalarna";
import { buildPlanWorkspace, value } from "./plan-builder.js";

const SEED = 17_2026;

describe("rankValues", () => {
  it("ranks by direction, equal values sharing the better rank, and leaves missing values out", () => {
    expect(rankValues([3, null, 1, 3, 5], "higher-is-better").map((p) => p.rank)).toEqual([2, null, 4, 2, 1]);
    expect(rankValues([3, null, 1, 3, 5], "lower-is-better").map((p) => p.rank)).toEqual([2, null, 1, 2, 4]);
  });

  it("places the best quarter, the middle half and the worst quarter of eight values", () => {
    const classes = rankValues([8, 7, 6, 5, 4, 3, 2, 1], "higher-is-better").map((p) => p.rankClass);
    expect(classes).toEqual(["best", "best", "middle", "middle", "middle", "middle", "worst", "worst"]);
  });

  it("gives no placement to a neutral indicator, and none at the ends when every value is equal", () => {
    expect(rankValues([1, 2, 3, 4], "neutral")).toEqual(Array(4).fill({ rank: null, rankClass: null }));
    expect(rankValues([2, 2, 2, 2], "higher-is-better").map((p) => p.rankClass)).toEqual(Array(4).fill("middle"));
  });

  const valuesArb = fc.array(fc.option(fc.integer({ min: -50, max: 50 }), { nil: null, freq: 4 }), {
    maxLength: 40,
  });
  const directionArb = fc.constantFrom("higher-is-better" as const, "lower-is-better" as const);

  it("ranks each value 1 + the values better than it; distinct values get a permutation of 1..N", () => {
    fc.assert(
      fc.property(valuesArb, directionArb, (values, direction) => {
        const placements = rankValues(values, direction);
        const present = values.filter((v): v is number => v !== null);
        const better = (v: number) => present.filter((w) => (direction === "higher-is-better" ? w > v : w < v)).length;
        values.forEach((v, i) => {
          expect(placements[i]!.rank).toBe(v === null ? null : better(v) + 1);
          if (v === null) expect(placements[i]!.rankClass).toBeNull();
        });
        if (new Set(present).size === present.length) {
          const ranks = placements.map((p) => p.rank).filter((r): r is number => r !== null);
          expect([...ranks].sort((a, b) => a - b)).toEqual(present.map((_, i) => i + 1));
        }
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it("puts at most a quarter in each end quarter, exactly ⌊N/4⌋ when the values are distinct", () => {
    fc.assert(
      fc.property(valuesArb, directionArb, (values, direction) => {
        const placements = rankValues(values, direction);
        const present = values.filter((v): v is number => v !== null);
        const count = (c: RankClass) => placements.filter((p) => p.rankClass === c).length;
        const quarter = Math.floor(present.length / 4);
        for (const p of placements)
          if (p.rank !== null) {
            if (p.rankClass === "best") expect(p.rank).toBeLessThanOrEqual(present.length / 4);
          }
        if (new Set(present).size === present.length) {
          expect(count("best")).toBe(quarter);
          expect(count("worst")).toBe(quarter);
          expect(count("middle")).toBe(present.length - 2 * quarter);
        }
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it("mirrors the placements when the direction is reversed", () => {
    const mirror: Record<RankClass, RankClass> = { best: "worst", middle: "middle", worst: "best" };
    fc.assert(
      fc.property(valuesArb, (values) => {
        const up = rankValues(values, "higher-is-better");
        const down = rankValues(values, "lower-is-better");
        up.forEach((p, i) => expect(down[i]!.rankClass).toBe(p.rankClass === null ? null : mirror[p.rankClass]));
      }),
      { seed: SEED, numRuns: 300 },
    );
  });
});

describe("getIndicatorRanking", () => {
  const ws = buildPlanWorkspace({
    values: [
      value("satisfaction", "2080", "2023", 80),
      value("satisfaction", "2085", "2023", 70),
      value("satisfaction", "2061", "2023", 90, "preliminary"),
      value("satisfaction", "2080", "2024", 82),
      value("satisfaction", "2085", "2024", null),
      value("satisfaction", "2061", "2024", 76, "preliminary"),
      value("satisfaction", "0020", "2024", 81),
      value("satisfaction", "0000", "2024", 79),
      value("readmission", "0020", "2022", 18),
      value("readmission", "0000", "2023", 18.5),
    ],
  });

  it("takes the latest year a municipality has a value, ranks the values and averages them unweighted", () => {
    const [satisfaction] = getIndicatorRanking(ws, { indicatorIds: ["satisfaction"] }).indicators;
    expect(satisfaction!.period).toBe("2024");
    expect(satisfaction!.values.map((v) => [v.organisation.code, v.value, v.point?.status, v.rank])).toEqual([
      ["2080", 82, "final", 1],
      ["2085", null, "missing", null],
      ["2061", 76, "preliminary", 2],
    ]);
    expect(satisfaction!.rankedCount).toBe(2);
    expect(satisfaction!.mean).toEqual({ value: 79, count: 2, preliminary: true });
    expect(satisfaction!.county?.value).toBe(81);
    expect(satisfaction!.country.value).toBe(79);
  });

  it("uses the year asked for, and the county's or country's latest year when no municipality has a value", () => {
    const r = getIndicatorRanking(ws, { period: "2023" });
    expect(r.indicators.map((i) => i.period)).toEqual(["2023", "2023", "2023"]);
    expect(r.indicators[0]!.values.map((v) => v.rank)).toEqual([2, 3, 1]);
    const readmission = getIndicatorRanking(ws, { indicatorIds: ["readmission"] }).indicators[0]!;
    expect(readmission.period).toBe("2023");
    expect(readmission.mean).toEqual({ value: null, count: 0, preliminary: false });
    expect(readmission.values.every((v) => v.rank === null && v.rankClass === null)).toBe(true);
  });

  it("refuses unknown indicators, non-municipalities and malformed years", () => {
    const refused = (f: () => unknown) => {
      try {
        f();
      } catch (error) {
        return isSystemledningError(error) && error.reason === "invalidInput";
      }
      return false;
    };
    expect(refused(() => getIndicatorRanking(ws, { indicatorIds: ["nope"] }))).toBe(true);
    expect(refused(() => getIndicatorRanking(ws, { organisationCodes: ["0020"] }))).toBe(true);
    expect(refused(() => getIndicatorRanking(ws, { period: "24" }))).toBe(true);
  });

  it("ranks Dalarna's 15 municipalities with the sample's invented-values attribution, never Kolada's", () => {
    const r = getIndicatorRanking(createDalarnaSampleWorkspace(), { indicatorIds: ["aterinskrivning-65"] });
    const [row] = r.indicators;
    expect(r.organisations).toHaveLength(15);
    expect(r.county?.code).toBe("0020");
    expect(row!.sources.map((s) => s.attribution.sv)).toEqual(["Källa: påhittade exempelvärden (inte Kolada)"]);
    expect(row!.values.filter((v) => v.rankClass === "best").length).toBeLessThanOrEqual(
      Math.floor(row!.rankedCount / 4) + 1,
    );
  });
});
