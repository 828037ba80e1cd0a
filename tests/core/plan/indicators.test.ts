/**
 * Indicator questions over a workspace: trend, verdict (defaults, chosen years, missing and preliminary
 * values), comparison with the county and the country, and verdicts per delmål.
 */
import { describe, expect, it } from "vitest";
import {
  getIndicatorComparison,
  getIndicatorTrend,
  getIndicatorVerdict,
  getIndicatorVerdictsByGoal,
  getSourceAttributions,
} from "@systemledning/core/plan";
import { isSystemledningError } from "@systemledning/core";
import { buildPlanWorkspace, value } from "./plan-builder.js";

const KOLADA = { name: "Kolada", attribution: { sv: "Källa: Kolada", en: "Source: Kolada" }, seriesId: "U21468" };

const ws = buildPlanWorkspace({
  values: [
    // Stored out of order on purpose: the trend sorts by year.
    value("satisfaction", "2080", "2023", 84, "final"),
    value("satisfaction", "2080", "2021", 80),
    { ...value("satisfaction", "2080", "2022", null), source: KOLADA },
    { ...value("satisfaction", "2080", "2024", 85, "preliminary"), source: KOLADA },
    value("satisfaction", "0020", "2024", 86),
    value("satisfaction", "0020", "2021", 85),
    value("satisfaction", "0000", "2024", 80),
    value("satisfaction", "2080", "2024", 88, "final", "K"),
    value("readmission", "2080", "2021", 20),
    value("readmission", "2080", "2024", 19.5),
    value("digital", "0020", "2021", 10),
    value("digital", "0020", "2024", 10.2),
  ],
  change: (doc) => {
    doc.profile.goals = [{ id: "delmal-1", name: { sv: "Delmål 1" } }];
    doc.profile.followUp!.indicators[0] = { ...doc.profile.followUp!.indicators[0]!, goalId: "delmal-1" };
  },
});

describe("getIndicatorTrend", () => {
  it("returns every stored year oldest first, keeping missing (null, never 0) and preliminary values with their status", () => {
    const trend = getIndicatorTrend(ws, "satisfaction", "2080");
    expect(trend.points.map((p) => [p.period, p.value, p.status])).toEqual([
      ["2021", 80, "final"],
      ["2022", null, "missing"],
      ["2023", 84, "final"],
      ["2024", 85, "preliminary"],
    ]);
    expect(trend.missingPeriods).toEqual(["2022"]);
    expect(trend.preliminaryPeriods).toEqual(["2024"]);
  });

  it("keeps the source with each value and lists the attributions once", () => {
    const trend = getIndicatorTrend(ws, "satisfaction", "2080");
    expect(trend.points[3]!.source?.attribution.sv).toBe("Källa: Kolada");
    expect(getSourceAttributions(trend.points)).toEqual([{ name: "Kolada", attribution: KOLADA.attribution }]);
  });

  it("reads the gender breakdown asked for", () => {
    expect(getIndicatorTrend(ws, "satisfaction", "2080", { gender: "K" }).points.map((p) => p.value)).toEqual([88]);
  });

  it("throws invalidInput with a path for an unknown indicator or organisation code", () => {
    const codes = (fn: () => unknown) => {
      try {
        fn();
      } catch (e) {
        return isSystemledningError(e) ? [e.reason, e.issues[0]?.code, e.issues[0]?.path] : ["other"];
      }
      return [];
    };
    expect(codes(() => getIndicatorTrend(ws, "nope", "2080"))).toEqual([
      "invalidInput",
      "dangling_reference",
      "indicatorId",
    ]);
    expect(codes(() => getIndicatorTrend(ws, "satisfaction", "9999"))).toEqual([
      "invalidInput",
      "unknown_municipality",
      "organisationCode",
    ]);
    expect(codes(() => getIndicatorVerdict(ws, "satisfaction", "2080", { from: "20x1" }))).toEqual([
      "invalidInput",
      "invalid_format",
      "options.from",
    ]);
  });
});

describe("getIndicatorVerdict", () => {
  it("compares the earliest and latest years with a value, and flags a preliminary endpoint", () => {
    const v = getIndicatorVerdict(ws, "satisfaction", "2080");
    expect([v.from?.period, v.to?.period, v.change, v.verdict, v.preliminary]).toEqual([
      "2021",
      "2024",
      5,
      "improved",
      true,
    ]);
    expect(v.label).toEqual({ sv: "Förbättring", en: "Improved" });
  });

  it("uses the indicator's own threshold over the profile's (2 percentage points, not 5 %)", () => {
    const v = getIndicatorVerdict(ws, "satisfaction", "2080", { from: "2023", to: "2024" });
    expect([v.change, v.verdict]).toEqual([1, "no-clear-change"]);
    expect(v.threshold).toEqual({ kind: "absolute", value: 2 });
  });

  it("gives no data when an asked-for year is missing, and still shows that year with status missing", () => {
    const v = getIndicatorVerdict(ws, "satisfaction", "2080", { from: "2022" });
    expect(v.verdict).toBe("no-data");
    expect(v.from).toEqual({ period: "2022", value: null, status: "missing", source: KOLADA });
    expect(v.change).toBeNull();
  });

  it("gives no data with fewer than two values", () => {
    expect(getIndicatorVerdict(ws, "satisfaction", "0000").verdict).toBe("no-data");
    expect(getIndicatorVerdict(ws, "readmission", "2061").verdict).toBe("no-data");
  });

  it("reads a small fall of a lower-is-better indicator as no clear change under the profile's relative threshold", () => {
    const v = getIndicatorVerdict(ws, "readmission", "2080");
    expect([v.change, v.verdict, v.preliminary]).toEqual([-0.5, "no-clear-change", false]);
  });
});

describe("getIndicatorComparison", () => {
  it("puts the municipality beside its county and the country in its latest year, with direction-aware positions", () => {
    const c = getIndicatorComparison(ws, "satisfaction", "2080");
    expect(c.period).toBe("2024");
    expect(c.rows.map((r) => [r.role, r.organisation.code, r.point?.value ?? null])).toEqual([
      ["organisation", "2080", 85],
      ["county", "0020", 86],
      ["country", "0000", 80],
    ]);
    expect(c.versusCounty?.position).toBe("similar");
    expect(c.versusCountry?.position).toBe("better");
    expect(c.rows[0]!.point?.status).toBe("preliminary");
  });

  it("compares a region only with the country, and the country with nothing", () => {
    expect(getIndicatorComparison(ws, "satisfaction", "0020").rows.map((r) => r.role)).toEqual([
      "organisation",
      "country",
    ]);
    const country = getIndicatorComparison(ws, "satisfaction", "0000");
    expect(country.rows.map((r) => r.role)).toEqual(["organisation"]);
    expect(country.versusCounty).toBeNull();
  });

  it("gives no data for a position when a row has no value in the year", () => {
    expect(getIndicatorComparison(ws, "satisfaction", "2080", { to: "2021" }).versusCountry?.position).toBe("no-data");
  });
});

describe("getIndicatorVerdictsByGoal", () => {
  it("groups verdicts by delmål in the profile's order, with indicators of no delmål last", () => {
    const groups = getIndicatorVerdictsByGoal(ws, "0020");
    expect(groups.map((g) => [g.goalId, g.verdicts.map((v) => v.indicatorId)])).toEqual([
      ["delmal-1", ["satisfaction"]],
      [null, ["readmission", "digital"]],
    ]);
    expect(groups[1]!.counts).toEqual({ improved: 0, worsened: 0, changed: 0, "no-clear-change": 1, "no-data": 1 });
  });
});
