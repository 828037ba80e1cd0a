/**
 * The indicator panel's model: whom it follows (the county, a local leadership, chosen municipalities), the
 * series aligned on the same years with missing values kept as null (never 0), the verdicts that matter to
 * the leadership, the sources the values carry, and gaps that break a line.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isSystemledningError } from "@systemledning/core";
import {
  getDefinedRuns,
  getIndicatorPanel,
  getIndicatorPanelEntry,
  getIndicatorPanelScope,
  type IndicatorValue,
} from "@systemledning/core/plan";
import { createDalarnaSampleWorkspace } from "@systemledning/core/profiles/dalarna";
import { createKalmarSampleWorkspace } from "@systemledning/core/profiles/kalmar";

const SEED = 20261205;
const ws = createDalarnaSampleWorkspace();

describe("getIndicatorPanelScope", () => {
  it("follows the county and all its municipalities by default", () => {
    const scope = getIndicatorPanelScope(ws);
    expect(scope.countyCode).toBe("0020");
    expect(scope.municipalityCodes).toHaveLength(15);
    expect(scope.verdictCodes).toEqual(["0020"]);
  });

  it("follows a local leadership's municipalities, and judges each of them", () => {
    const scope = getIndicatorPanelScope(ws, { leadershipId: "ls-vasterbergslagen" });
    expect([...scope.municipalityCodes].sort()).toEqual(["2061", "2085"]);
    expect([...scope.verdictCodes].sort()).toEqual(["2061", "2085"]);
  });

  it("refuses an unknown leadership, an unknown code and a malformed asOf", () => {
    for (const options of [{ leadershipId: "ls-okand" }, { organisationCodes: ["9999"] }, { asOf: "igår" }]) {
      let error: unknown;
      try {
        getIndicatorPanelScope(ws, options);
      } catch (e) {
        error = e;
      }
      expect(isSystemledningError(error)).toBe(true);
    }
  });
});

describe("getIndicatorPanel", () => {
  it("groups the indicators by delmål in the profile's order, each with the county and the country", () => {
    const panel = getIndicatorPanel(ws);
    expect(panel.indicatorCount).toBe(6);
    expect(panel.hasValues).toBe(true);
    expect(panel.groups.map((g) => g.goalId)).toEqual(
      ws.profile.goals.map((g) => g.id).filter((id) => panel.groups.some((g) => g.goalId === id)),
    );
    for (const entry of panel.groups.flatMap((g) => g.entries)) {
      const roles = entry.series.map((s) => s.role);
      expect(roles.slice(-2)).toEqual(["county", "country"]);
      for (const s of entry.series) expect(s.points).toHaveLength(entry.periods.length);
    }
  });

  it("leaves out municipalities without values (a regional measure) and keeps missing values as null", () => {
    const entries = getIndicatorPanel(ws).groups.flatMap((g) => g.entries);
    const regional = entries.find((e) => e.indicator.id === "undvikbar-slutenvard-65")!;
    expect(regional.series.map((s) => s.role)).toEqual(["county", "country"]);
    const withGap = entries.find((e) => e.indicator.id === "aterinskrivning-65")!;
    const malung = withGap.series.find((s) => s.organisation.code === "2023")!;
    expect(malung.points.at(-1)).toMatchObject({ value: null, status: "missing" });
  });

  it("carries the values' own attribution: invented sample values never claim Kolada", () => {
    const entry = getIndicatorPanel(ws).groups[0]!.entries[0]!;
    expect(entry.sources.map((s) => s.attribution.sv)).toEqual(["Källa: påhittade exempelvärden (inte Kolada)"]);
  });

  it("offers K and M only where they are stored, and falls back to T elsewhere", () => {
    const panel = getIndicatorPanel(ws, { gender: "K" });
    const entries = panel.groups.flatMap((g) => g.entries);
    const split = entries.find((e) => e.indicator.id === "brukarbedomning-hemtjanst")!;
    expect(split.genders).toEqual(["T", "K", "M"]);
    expect(split.gender).toBe("K");
    const total = entries.find((e) => e.indicator.id === "fallskador-80")!;
    expect(total.genders).toEqual(["T"]);
    expect(total.gender).toBe("T");
  });

  it("leaves out the years after asOf, and judges up to the last year left", () => {
    const scope = getIndicatorPanelScope(ws, { asOf: "2023-06-30" });
    const entry = getIndicatorPanelEntry(ws, "aterinskrivning-65", scope);
    expect(entry.periods).toEqual(["2021", "2022", "2023"]);
    expect(entry.verdicts[0]!.to?.period).toBe("2023");
  });

  it("gives Kalmar (no values) a panel that knows it is empty", () => {
    const kalmar = createKalmarSampleWorkspace();
    const panel = getIndicatorPanel(kalmar);
    expect(panel.hasValues).toBe(false);
  });
});

describe("getDefinedRuns", () => {
  it("breaks a line at a gap instead of bridging it", () => {
    expect(getDefinedRuns([1, 2, null, 4])).toEqual([
      { start: 0, end: 1 },
      { start: 3, end: 3 },
    ]);
    expect(getDefinedRuns([null, null])).toEqual([]);
  });

  it("property: the runs cover exactly the values that are not null, and no run holds a null", () => {
    fc.assert(
      fc.property(fc.array(fc.option(fc.double({ noNaN: true, noDefaultInfinity: true }), { nil: null })), (values) => {
        const runs = getDefinedRuns(values);
        const covered = new Set(
          runs.flatMap((r) => Array.from({ length: r.end - r.start + 1 }, (_, k) => r.start + k)),
        );
        values.forEach((v, i) => expect(covered.has(i)).toBe(v !== null));
        // Runs are separated by at least one null: two runs never touch.
        for (let k = 1; k < runs.length; k++) expect(runs[k]!.start).toBeGreaterThan(runs[k - 1]!.end + 1);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it("property: a series with random gaps keeps every missing year as null and the extent spans the values", () => {
    const years = ["2021", "2022", "2023", "2024", "2025"];
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.integer({ min: -1000, max: 1000 }), { nil: null }), {
          minLength: years.length,
          maxLength: years.length,
        }),
        (raw) => {
          const values: IndicatorValue[] = raw.map((v, i) => ({
            indicatorId: "fallskador-80",
            organisationCode: "0020",
            period: years[i]!,
            gender: "T",
            value: v,
            status: v === null ? "missing" : "final",
          }));
          const entry = getIndicatorPanelEntry(
            { ...ws, indicatorValues: values },
            "fallskador-80",
            getIndicatorPanelScope(ws),
          );
          const county = entry.series.find((s) => s.role === "county")!;
          expect(county.points.map((p) => p?.value ?? null)).toEqual(raw);
          const present = raw.filter((v): v is number => v !== null);
          expect(entry.extent).toEqual(present.length === 0 ? null : [Math.min(...present), Math.max(...present)]);
        },
      ),
      { seed: SEED, numRuns: 150 },
    );
  });
});
