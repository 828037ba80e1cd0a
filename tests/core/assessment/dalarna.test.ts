/**
 * The Dalarna instrument and sample as the *Regional årsrapport 2025 – God och nära vård i Dalarna* gives
 * them (section 2.2, section 3.1 and Bilaga 1, compared with the fixture of their facts): the five
 * statements and the 1–5 labels, the declared maximum of 20 reported as a finding (the model computes 25),
 * and the 2025 round reproduced: 8 responses from 6 of 13 leaderships, not comparable over time;
 * 2023 → 2024 comparable.
 */
import { describe, expect, it } from "vitest";
import {
  aggregateRound,
  compareRounds,
  findInstrument,
  getAssessmentProfileFindings,
  getAssessmentTrend,
  getMaxTotal,
  getRoundChartData,
} from "@systemledning/core/assessment";
import { createDalarnaSampleWorkspace } from "@systemledning/core/profiles/dalarna";
import { createKalmarSampleWorkspace } from "@systemledning/core/profiles/kalmar";
import { parseWorkspace } from "@systemledning/core/workspace";
import {
  ANNUAL_REPORT_DELMAL,
  ANNUAL_REPORT_ROUND_2025,
  ANNUAL_REPORT_SELF_ASSESSMENT,
  LGL_POLL,
  LGL_QUESTIONS,
} from "../../fixtures/sources/index.js";

const ws = parseWorkspace(createDalarnaSampleWorkspace());
const instrument = findInstrument(ws.profile, "dalarna-sjalvskattning", 1)!;

describe("the Dalarna instrument, version 1", () => {
  it("has the five delmål statements, each word for word as the annual report's self-assessment asks it, tied to the profile's goals", () => {
    expect(instrument.version).toBe(ANNUAL_REPORT_SELF_ASSESSMENT.version.version);
    expect(instrument.items.map((i) => i.goalId)).toEqual(ws.profile.goals.map((g) => g.id));
    expect(instrument.items.map((i) => i.statement.sv)).toEqual(
      ANNUAL_REPORT_DELMAL.map((d) => d.inSelfAssessment.phrase),
    );
    for (const item of instrument.items) {
      expect(item.statement).toEqual(ws.profile.goals.find((g) => g.id === item.goalId)!.description);
      expect(item.freeText).toBe(true);
    }
  });

  it("has the 1–5 labels exactly as the annual report lists them", () => {
    expect(instrument.scale.steps.map((s) => [s.value, s.label.sv])).toEqual(
      ANNUAL_REPORT_SELF_ASSESSMENT.steps.map((s) => [s.value, s.label]),
    );
    expect(instrument.scale.steps.map((s) => s.label.sv)).toEqual([
      "Stämmer inte alls",
      "Stämmer ganska dåligt",
      "Stämmer ganska bra",
      "Stämmer bra",
      "Stämmer mycket bra",
    ]);
  });

  it("declares 20 as the annual report does, while the model computes 25 and reports the disagreement", () => {
    expect(ANNUAL_REPORT_SELF_ASSESSMENT.declaredMaxTotal.points).toBe(20);
    expect(instrument.declaredMaxTotal).toBe(ANNUAL_REPORT_SELF_ASSESSMENT.declaredMaxTotal.points);
    expect(getMaxTotal(instrument)).toBe(25);
    const findings = getAssessmentProfileFindings(ws.profile);
    expect(findings.map((f) => [f.path, f.code, f.params.declared, f.params.computed])).toEqual([
      ["profile.assessment.instruments[0].declaredMaxTotal", "declared_max_total_mismatch", 20, 25],
    ]);
    expect(findings[0]!.message.sv).toContain("högst 25");
    const result = aggregateRound(ws, "sjalvskattning-2025");
    expect([result.maxTotal, result.declaredMaxTotal, result.findings.length]).toEqual([25, 20, 1]);
  });
});

describe("the 2025 round of the sample (the annual report's section 3.1 and Bilaga 1)", () => {
  const result = aggregateRound(ws, "sjalvskattning-2025");
  const { leaderships, responses, twoGroupings } = ANNUAL_REPORT_ROUND_2025;

  it("reproduces the report: 8 responses from 6 of 13 leaderships, not comparable over time", () => {
    expect([leaderships.count, responses.leaderships, responses.responses]).toEqual([13, 6, 8]);
    expect(result.coverage).toEqual({
      asked: leaderships.count,
      answered: responses.leaderships,
      responses: responses.responses,
      ratio: responses.leaderships / leaderships.count,
    });
    expect(result.comparable).toBe(false);
    expect(result.comparability.reason).toBe("coverage-below-minimum");
    expect(result.comparability.message.sv).toContain(`${responses.leaderships} av ${leaderships.count}`);
    expect(ws.profile.assessment!.minComparableCoverage).toBeGreaterThan(responses.leaderships / leaderships.count);
  });

  it("has two leaderships that answered from two groupings differing on some items, shown as their mean", () => {
    const answeredTwice = result.leaderships.filter((l) => l.groupings.length === twoGroupings.groupings);
    expect(answeredTwice.map((l) => l.leadershipId)).toEqual(["ls-hedemora-sater", "ls-vasterbergslagen"]);
    expect(answeredTwice).toHaveLength(twoGroupings.leaderships);
    for (const l of answeredTwice) {
      expect(l.differingItemIds.length).toBeGreaterThan(0);
      for (const id of l.differingItemIds)
        expect(Number.isInteger(l.values.find((v) => v.itemId === id)!.value)).toBe(false);
    }
  });

  it("has free texts in Swedish with their leadership, and the caveat beside the results", () => {
    const texts = result.items.flatMap((i) => i.freeTexts);
    expect(texts.length).toBeGreaterThanOrEqual(5);
    for (const t of texts)
      expect(result.leaderships.some((l) => l.leadershipId === t.leadershipId && l.responded)).toBe(true);
    expect(result.caveat?.sv).toContain(ANNUAL_REPORT_SELF_ASSESSMENT.caveat.phrase);
  });

  it("gives chart data: nine bins per item, the overview, and each responding leadership against the county", () => {
    const charts = getRoundChartData(result);
    expect(charts.distribution).toHaveLength(5 * 9);
    expect(charts.overview.map((o) => o.n)).toEqual(result.items.map((i) => i.n));
    expect(charts.leadershipsVsCounty).toHaveLength(6 * 5);
    expect(
      charts.leadershipsVsCounty.every((r) => r.countyMean === result.items.find((i) => i.itemId === r.itemId)!.mean),
    ).toBe(true);
  });
});

describe("trends in the sample", () => {
  it("refuses 2024 → 2025 with the reason, and offers no numbers", () => {
    const cmp = compareRounds(ws, "sjalvskattning-2024", "sjalvskattning-2025");
    expect([cmp.comparable, cmp.reason, cmp.items, cmp.leaderships]).toEqual([false, "coverage-below-minimum", [], []]);
    expect(cmp.message.sv).toContain("Självskattning 2025");
    expect(cmp.message.en).toContain("below the minimum");
  });

  it("compares 2023 → 2024 per item and per leadership", () => {
    const cmp = compareRounds(ws, "sjalvskattning-2023", "sjalvskattning-2024");
    expect(cmp.comparable).toBe(true);
    expect(cmp.roundA.coverage.answered).toBe(9);
    expect(cmp.roundB.coverage.answered).toBe(11);
    for (const item of cmp.items) expect(item.change).toBeCloseTo(item.meanB! - item.meanA!, 12);
    const falun = cmp.leaderships.find((l) => l.leadershipId === "ls-falun")!;
    expect(falun.totalChange).toBe(falun.totalB! - falun.totalA!);
    const alvdalen = cmp.leaderships.find((l) => l.leadershipId === "ls-alvdalen")!;
    expect([alvdalen.totalA, alvdalen.totalChange]).toEqual([null, null]);
  });

  it("draws the trend only through rounds that reach the minimum coverage", () => {
    const trend = getAssessmentTrend(ws, "dalarna-sjalvskattning");
    expect(trend.rounds.map((r) => r.roundId)).toEqual([
      "sjalvskattning-2023",
      "sjalvskattning-2024",
      "sjalvskattning-2025",
    ]);
    expect(trend.steps.map((s) => s.comparable)).toEqual([true, false]);
    for (const item of trend.items) expect(item.points.map((p) => p.value === null)).toEqual([false, false, true]);
  });

  it("rejects comparing a round with itself or with another instrument", () => {
    expect(compareRounds(ws, "sjalvskattning-2024", "sjalvskattning-2024").reason).toBe("same-round");
    expect(compareRounds(ws, "sjalvskattning-2024", "systemledningsdagen-2025-rustad").reason).toBe(
      "different-instrument",
    );
  });

  it("throws invalidInput naming the argument for an unknown round", () => {
    expect(() => aggregateRound(ws, "finns-inte")).toThrow(
      expect.objectContaining({
        reason: "invalidInput",
        issues: [expect.objectContaining({ path: "roundId", code: "dangling_reference" })],
      }),
    );
    expect(() => compareRounds(ws, "sjalvskattning-2024", "finns-inte")).toThrow(
      expect.objectContaining({ issues: [expect.objectContaining({ path: "roundIdB" })] }),
    );
  });
});

describe("the Systemledningsdagen poll of the sample", () => {
  it("counts anonymous participants against the number present", () => {
    const result = aggregateRound(ws, "systemledningsdagen-2025-rustad");
    expect(result.kind).toBe("event-poll");
    expect(result.coverage).toEqual({ asked: 74, answered: 58, responses: 58, ratio: 58 / 74 });
    expect(result.items[0]!.n).toBe(58);
    expect(result.items[0]!.distribution.bins.filter((b) => Number.isInteger(b.value))).toHaveLength(10);
    expect(result.items[0]!.freeTexts.every((t) => t.leadershipId === null)).toBe(true);
  });
});

describe("the Kalmar profile", () => {
  it("has LGL's 1–10 poll as an instrument and loads", () => {
    const kalmar = parseWorkspace(createKalmarSampleWorkspace());
    const poll = findInstrument(kalmar.profile, "lgl-omstallningen", 1)!;
    // The minutes' Menti question, "(1-10)", in its second wording.
    expect(poll.scale).toMatchObject({ min: LGL_POLL.min, max: LGL_POLL.max });
    expect(poll.items.map((i) => i.statement.sv)).toEqual([LGL_QUESTIONS.position.phrase]);
    expect(getAssessmentProfileFindings(kalmar.profile)).toEqual([]);
  });
});
