/**
 * replaceIndicatorValues: the values of the named indicators are replaced, the others kept; a bad value or
 * reference is refused with its path, code and texts; the input workspace is never changed. A property (fixed
 * seed) checks that whatever it is given, the outcome either passes the door or is a refusal.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { replaceIndicatorValues, type IndicatorValue, type PlanCommandResult } from "@systemledning/core/plan";
import { createDalarnaSampleWorkspace } from "@systemledning/core/profiles/dalarna";
import { safeParseWorkspace } from "@systemledning/core/workspace";
import { deepFreeze } from "../../fixtures/deep-freeze.js";

const ws = deepFreeze(createDalarnaSampleWorkspace());
const SOURCE = { name: "Kolada", attribution: { sv: "Källa: Kolada", en: "Source: Kolada" }, seriesId: "U21468" };
const value = (over: Partial<IndicatorValue> = {}): IndicatorValue => ({
  indicatorId: "brukarbedomning-hemtjanst",
  organisationCode: "2080",
  period: "2024",
  gender: "T",
  value: 88,
  status: "final",
  source: SOURCE,
  ...over,
});
const issues = (result: PlanCommandResult): [string, string][] =>
  result.ok ? [] : result.error.issues.map((i) => [i.code, i.path]);

describe("replaceIndicatorValues", () => {
  it("replaces the values of the indicator and keeps every other indicator's values", () => {
    const others = ws.indicatorValues.filter((v) => v.indicatorId !== "brukarbedomning-hemtjanst");
    const result = replaceIndicatorValues(ws, {
      values: [value(), value({ gender: "K", value: null, status: "missing" })],
      retrievedAt: "2026-05-13T09:30:00+02:00",
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const replaced = result.value.indicatorValues.filter((v) => v.indicatorId === "brukarbedomning-hemtjanst");
    expect(replaced).toHaveLength(2);
    expect(replaced[0]!.source?.retrievedAt).toBe("2026-05-13T09:30:00+02:00");
    expect(replaced[1]!.value).toBeNull();
    expect(result.value.indicatorValues.filter((v) => v.indicatorId !== "brukarbedomning-hemtjanst")).toEqual(others);
    expect(safeParseWorkspace(result.value).success).toBe(true);
  });

  it("empties the named indicators when no values come", () => {
    const result = replaceIndicatorValues(ws, { values: [], indicatorIds: ["brukarbedomning-hemtjanst"] });
    expect(result.ok && result.value.indicatorValues.some((v) => v.indicatorId === "brukarbedomning-hemtjanst")).toBe(
      false,
    );
  });

  it("refuses a value whose status disagrees with its null, at its path", () => {
    const result = replaceIndicatorValues(ws, { values: [value({ value: null })] });
    expect(issues(result)).toEqual([["value_status_mismatch", "values[0].status"]]);
    if (!result.ok) expect(result.error.issues[0]!.message.sv).toMatch(/saknat värde/);
  });

  it("refuses unknown indicators, organisations, values outside indicatorIds, duplicates and a bad time", () => {
    expect(
      issues(
        replaceIndicatorValues(ws, {
          values: [
            value({ indicatorId: "okant-nyckeltal" }),
            value({ organisationCode: "0180" }),
            value({ indicatorId: "fallskador-80" }),
            value(),
            value({ value: 90 }),
          ],
          indicatorIds: ["brukarbedomning-hemtjanst", "finns-inte"],
          retrievedAt: "igår",
        }),
      ),
    ).toEqual([
      ["invalid_format", "retrievedAt"],
      ["dangling_reference", "indicatorIds[1]"],
      ["dangling_reference", "values[0].indicatorId"],
      ["unknown_municipality", "values[1].organisationCode"],
      ["invalid_value", "values[2].indicatorId"],
      ["duplicate_indicator_value", "values[4]"],
    ]);
  });

  it("never throws on what is not a list of values", () => {
    expect(issues(replaceIndicatorValues(ws, { values: "inte en lista" }))[0]).toEqual(["invalid_type", "values"]);
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    expect(replaceIndicatorValues(ws, { values: [cycle] }).ok).toBe(false);
  });

  it("property (seed 20261205): any input gives a workspace the door accepts, or a refusal with issues", () => {
    const code = fc.constantFrom("2080", "2062", "0020", "0000", "0180", "20x0");
    const indicator = fc.constantFrom<string>("brukarbedomning-hemtjanst", "fallskador-80", "okand");
    const anyValue = fc.record({
      indicatorId: indicator,
      organisationCode: code,
      period: fc.constantFrom("2021", "2024", "24"),
      gender: fc.constantFrom("T", "K", "M", "X"),
      value: fc.option(fc.double({ noNaN: true, min: -1e6, max: 1e6 }), { nil: null }),
      status: fc.constantFrom("final", "preliminary", "missing"),
    });
    fc.assert(
      fc.property(
        fc.array(anyValue, { maxLength: 12 }),
        fc.option(fc.array(indicator, { maxLength: 3 }), { nil: undefined }),
        (values, indicatorIds) => {
          const result = replaceIndicatorValues(ws, {
            values,
            ...(indicatorIds === undefined ? {} : { indicatorIds }),
          });
          if (result.ok) {
            expect(safeParseWorkspace(result.value).success).toBe(true);
            const ids = new Set(indicatorIds ?? values.map((v) => v.indicatorId));
            expect(result.value.indicatorValues.filter((v) => !ids.has(v.indicatorId))).toEqual(
              ws.indicatorValues.filter((v) => !ids.has(v.indicatorId)),
            );
          } else {
            expect(result.error.reason).toBe("invalidInput");
            expect(result.error.issues.length).toBeGreaterThan(0);
          }
        },
      ),
      { seed: 20261205, numRuns: 300 },
    );
  });
});
