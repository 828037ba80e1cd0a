/**
 * The Dalarna follow-up data: valid through the door, and shaped so every verdict and health finding has
 * something to show on the sample's reference day.
 */
import { describe, expect, it } from "vitest";
import { createDalarnaSampleWorkspace, DALARNA_SAMPLE_AS_OF } from "@systemledning/core/profiles/dalarna";
import {
  getIndicatorComparison,
  getIndicatorVerdict,
  getIndicatorVerdictsByGoal,
  getPlanHealth,
} from "@systemledning/core/plan";
import { parseWorkspace } from "@systemledning/core/workspace";

const ws = createDalarnaSampleWorkspace();
const REGIONAL = "plan-regional-skora-aldre";

describe("Dalarna follow-up sample", () => {
  it("passes the door unchanged", () => {
    expect(parseWorkspace(ws)).toEqual(ws);
  });

  it("keeps to the profile's own limits: at most 3 focus areas and 6 indicators, with a note on each assumption", () => {
    const followUp = ws.profile.followUp!;
    expect(followUp.maxFocusAreas).toBe(3);
    expect(followUp.maxIndicatorsPerPlan).toBe(6);
    expect(followUp.indicators.length).toBeLessThanOrEqual(6);
    expect(followUp.notes?.length).toBeGreaterThanOrEqual(2);
    expect(followUp.roadmap.map((m) => m.year)[0]).toBe(2022);
    expect(followUp.roadmap.map((m) => m.year).at(-1)).toBe(2030);
  });

  it("marks every Kolada id as unverified, and says why an indicator has none", () => {
    for (const indicator of ws.profile.followUp!.indicators) {
      if (indicator.kolada !== undefined) expect(indicator.kolada.verified).toBe(false);
      else expect(indicator.sourceNote?.sv.length).toBeGreaterThan(0);
    }
  });

  it("has values for the 15 municipalities, the region and the country, with preliminary and missing values", () => {
    const codes = new Set(ws.indicatorValues.map((v) => v.organisationCode));
    expect(codes.size).toBe(17);
    expect(ws.indicatorValues.some((v) => v.status === "preliminary")).toBe(true);
    const missing = ws.indicatorValues.filter((v) => v.status === "missing");
    expect(missing.length).toBeGreaterThan(0);
    expect(missing.every((v) => v.value === null)).toBe(true);
  });

  it("gives the region verdicts of every kind", () => {
    const kinds = new Set(getIndicatorVerdictsByGoal(ws, "0020").flatMap((g) => g.verdicts.map((v) => v.verdict)));
    expect([...kinds].sort()).toEqual(["changed", "improved", "no-clear-change", "worsened"]);
    expect(getIndicatorVerdict(ws, "digitala-vardkontakter", "2080").verdict).toBe("no-data");
  });

  it("compares a municipality with Region Dalarna and the country", () => {
    const comparison = getIndicatorComparison(ws, "brukarbedomning-hemtjanst", "2080");
    expect(comparison.rows.map((r) => r.organisation.code)).toEqual(["2080", "0020", "0000"]);
    expect(comparison.period).toBe("2024");
  });

  it("shows plan health findings of the kinds the sample was written for", () => {
    const health = getPlanHealth(ws, REGIONAL, { asOf: DALARNA_SAMPLE_AS_OF });
    const codes = new Set(health.findings.map((f) => f.code));
    for (const code of [
      "activity_overdue",
      "activity_without_owner",
      "goal_without_target",
      "goal_without_indicator",
      "check_in_missing",
    ])
      expect(codes).toContain(code);
    expect(health.findings.filter((f) => f.code === "check_in_missing" && f.leadershipId === "ls-mora")).toHaveLength(
      4,
    );
    expect(health.findings.some((f) => f.code === "check_in_missing" && f.leadershipId === "ls-falun")).toBe(false);
    expect(health.progress.progress).toBeGreaterThan(0);
    expect(health.progress.progress).toBeLessThan(1);
    const local = getPlanHealth(ws, "plan-lokal-vasterbergslagen", { asOf: DALARNA_SAMPLE_AS_OF });
    expect(local.findings.map((f) => f.code)).toContain("unknown_parent_focus_area");
    expect(getPlanHealth(ws, "plan-lokal-falun", { asOf: DALARNA_SAMPLE_AS_OF }).counts.error).toBe(0);
  });
});
