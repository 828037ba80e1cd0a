/**
 * toIndicatorValues: every Kolada value becomes exactly one indicator value per matching indicator, a null
 * stays null with status missing, and nothing is dropped without being listed.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { toIndicatorValues, type KoladaDataPoint } from "@systemledning/core/kolada";
import { IndicatorValue, type IndicatorDefinition } from "@systemledning/core/plan";

const SEED = 20261122;

const INDICATORS: IndicatorDefinition[] = [
  {
    id: "a",
    title: { sv: "A" },
    unit: "%",
    direction: "higher-is-better",
    kolada: { kpiId: "N00001", verified: true },
  },
  {
    id: "b",
    title: { sv: "B" },
    unit: "%",
    direction: "lower-is-better",
    kolada: { kpiId: "N00001", verified: false },
  },
  { id: "c", title: { sv: "C" }, unit: "%", direction: "neutral", kolada: { kpiId: "N00002", verified: true } },
];

const pointArbitrary: fc.Arbitrary<KoladaDataPoint> = fc.record({
  kpi: fc.constantFrom("N00001", "N00002", "N00003"),
  municipality: fc.constantFrom("2080", "0020", "0000", "G33940"),
  period: fc.integer({ min: 2015, max: 2025 }),
  values: fc.array(
    fc.record({
      gender: fc.constantFrom("T" as const, "K" as const, "M" as const),
      count: fc.option(fc.nat(20), { nil: undefined }),
      status: fc.constantFrom("", null, "Preliminärt", undefined),
      value: fc.option(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }), { nil: null }),
    }),
    { maxLength: 3 },
  ),
});

describe("toIndicatorValues", () => {
  it("maps every value once per matching indicator, keeps nulls null and lists the rest", () => {
    fc.assert(
      fc.property(fc.array(pointArbitrary, { maxLength: 20 }), (points) => {
        const result = toIndicatorValues(points, INDICATORS);
        const perKpi: Record<string, number> = { N00001: 2, N00002: 1, N00003: 0 };
        const official = points.filter((p) => p.municipality !== "G33940");
        const expected = official.reduce((sum, p) => sum + p.values.length * (perKpi[p.kpi] ?? 0), 0);
        expect(result.values).toHaveLength(expected);
        expect(result.unmapped).toHaveLength(
          points.filter((p) => p.kpi === "N00003" || p.municipality === "G33940").length,
        );
        for (const value of result.values) {
          expect(IndicatorValue.safeParse(value).success).toBe(true);
          expect(value.value === null).toBe(value.status === "missing");
        }
        const nulls = official.reduce(
          (sum, p) => sum + p.values.filter((v) => v.value === null).length * (perKpi[p.kpi] ?? 0),
          0,
        );
        expect(result.values.filter((v) => v.value === null)).toHaveLength(nulls);
      }),
      { seed: SEED, numRuns: 200 },
    );
  });

  it("returns the same sorted values whatever the order of the points", () => {
    fc.assert(
      fc.property(
        fc
          .array(pointArbitrary, { maxLength: 12 })
          .chain((points) => fc.tuple(fc.constant(points), fc.shuffledSubarray(points, { minLength: points.length }))),
        ([points, shuffled]) => {
          const key = (v: IndicatorValue) => `${v.indicatorId}|${v.organisationCode}|${v.period}|${v.gender}`;
          const a = toIndicatorValues(points, INDICATORS).values.map(key);
          const b = toIndicatorValues(shuffled, INDICATORS).values.map(key);
          expect(b).toEqual(a);
        },
      ),
      { seed: SEED, numRuns: 100 },
    );
  });

  it("marks a value preliminary only when Kolada's status says so", () => {
    const point: KoladaDataPoint = {
      kpi: "N00002",
      municipality: "2080",
      period: 2024,
      values: [
        { gender: "T", status: "Preliminärt", value: 3 },
        { gender: "K", status: "", value: 2 },
      ],
    };
    expect(toIndicatorValues([point], INDICATORS).values.map((v) => [v.gender, v.status])).toEqual([
      ["T", "preliminary"],
      ["K", "final"],
    ]);
  });
});
