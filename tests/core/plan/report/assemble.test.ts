/**
 * assembleAnnualReport on the Dalarna sample workspace: the parts of the table of contents of *Regional årsrapport
 * 2025*, each from its module's data, and "no data" (never a crash) where a module has none.
 */
import { describe, expect, it } from "vitest";
import { assembleAnnualReport, type AnnualReport } from "@systemledning/core/plan";
import {
  createDalarnaSampleWorkspace,
  DALARNA_REPORT_TEXTS_2025,
  DALARNA_SAMPLE_AS_OF,
} from "@systemledning/core/profiles/dalarna";
import { isSystemledningError } from "@systemledning/core";
import { createStructureBuilder } from "../../../fixtures/structure-builder.js";

const ws = createDalarnaSampleWorkspace();
const report: AnnualReport = assembleAnnualReport(ws, {
  year: 2025,
  asOf: DALARNA_SAMPLE_AS_OF,
  texts: DALARNA_REPORT_TEXTS_2025,
});

describe("assembleAnnualReport on the Dalarna sample", () => {
  it("carries the year, the day and the texts the caller passed", () => {
    expect(report.kind).toBe("systemledning/annual-report");
    expect(report.year).toBe(2025);
    expect(report.asOf).toBe("2026-05-13");
    expect(report.title.sv).toContain("2025");
    expect(report.meta.author).toBe("RSS Dalarna");
    expect(report.assignment.paragraphs).toHaveLength(2);
    expect(report.lessons.points).toHaveLength(3);
    expect(report.reflections.paragraphs).toHaveLength(1);
  });

  it("takes the strategy's vision and its five delmål from the profile", () => {
    expect(report.assignment.vision?.sv).toBe(ws.profile.vision?.sv);
    expect(report.assignment.goals.map((g) => g.name.sv)).toEqual([
      "Nära för mig",
      "Nära för alla",
      "Nära i hela Dalarna",
      "Nära mellan oss",
      "Nära till hälsa",
    ]);
  });

  it("summarises the self-assessment of 2025: 8 responses from 6 of 13 leaderships, not comparable", () => {
    const sa = report.picture.selfAssessment;
    expect(sa.status).toBe("data");
    if (sa.status !== "data") return;
    expect(sa.coverage).toMatchObject({ asked: 13, answered: 6, responses: 8 });
    expect(sa.leadershipsWithGroupings).toBe(2);
    expect(sa.comparable).toBe(false);
    expect(sa.items).toHaveLength(5);
    for (const item of sa.items) {
      expect(item.distribution.reduce((sum, b) => sum + b.count, 0)).toBe(item.n);
      if (item.mean !== null) expect(item.mean).toBeGreaterThanOrEqual(1);
    }
    expect(report.appendixSelfAssessment).toBe(sa);
  });

  it("gives indicator verdicts per delmål for Region Dalarna with values up to the year", () => {
    const ind = report.picture.indicators;
    expect(ind.status).toBe("data");
    if (ind.status !== "data") return;
    expect(ind.organisationCode).toBe("0020");
    expect(ind.lastPeriod).toBe("2025");
    expect(ind.goals.length).toBeGreaterThan(0);
    for (const row of ind.goals.flatMap((g) => g.rows)) {
      expect(row.to === null || row.to.period <= "2025").toBe(true);
      expect(row.verdictLabel.sv.length).toBeGreaterThan(0);
    }
  });

  it("shows the plans that cover 2025 with progress and health", () => {
    const plans = report.picture.plans;
    expect(plans.status).toBe("data");
    if (plans.status !== "data") return;
    expect(plans.plans[0]?.kind).toBe("regional");
    for (const plan of plans.plans) {
      expect(plan.progress === null || (plan.progress >= 0 && plan.progress <= 1)).toBe(true);
      expect(plan.findings.length + plan.moreFindings).toBe(
        plan.healthCounts.error + plan.healthCounts.warning + plan.healthCounts.info,
      );
    }
  });

  it("builds the Bilaga 2 table from the meetings of 2025, forum by forum, in date order", () => {
    const b2 = report.appendixActivities;
    expect(b2.status).toBe("data");
    if (b2.status !== "data") return;
    const lchnv = b2.forums.find((f) => f.shortName === "LCHNV");
    expect(lchnv).toBeDefined();
    expect(lchnv!.rows.some((r) => r.kind === "decision")).toBe(true);
    for (const forum of b2.forums) {
      expect(forum.rows.every((r) => r.date.startsWith("2025-"))).toBe(true);
      expect(forum.rows.map((r) => r.date)).toEqual([...forum.rows.map((r) => r.date)].sort());
    }
    const forums = report.regionalSupport.forums;
    expect(forums.status).toBe("data");
  });

  it("lists the sources of the follow-up from the data present", () => {
    expect(report.followUp.sources.map((s) => s.kind)).toEqual(
      expect.arrayContaining(["indicators", "self-assessment", "meetings", "plans"]),
    );
  });

  it("is the same for the same input (pure and deterministic)", () => {
    expect(
      assembleAnnualReport(createDalarnaSampleWorkspace(), {
        year: 2025,
        asOf: DALARNA_SAMPLE_AS_OF,
        texts: DALARNA_REPORT_TEXTS_2025,
      }),
    ).toEqual(report);
  });
});

describe("assembleAnnualReport without module data", () => {
  it("says 'no data' with a reason in every data part instead of failing", () => {
    const empty = assembleAnnualReport(createStructureBuilder().build(), { year: 2025 });
    for (const part of [
      empty.picture.selfAssessment,
      empty.picture.plans,
      empty.regionalSupport.forums,
      empty.lessons.checkIns,
      empty.appendixActivities,
    ]) {
      expect(part.status).toBe("no-data");
      if (part.status === "no-data") {
        expect(part.reason.sv).toContain("2025");
        expect(part.reason.en).toContain("2025");
      }
    }
    expect(empty.picture.indicators.status).toBe("no-data");
    expect(empty.asOf).toBe("2025-12-31");
    expect(empty.assignment.paragraphs).toEqual([]);
  });

  it("leaves out a year with no data in a workspace that has other years", () => {
    const other = assembleAnnualReport(ws, { year: 2031 });
    expect(other.picture.selfAssessment.status).toBe("no-data");
    expect(other.appendixActivities.status).toBe("no-data");
  });
});

describe("assembleAnnualReport options", () => {
  it.each([
    [{ year: 2025.5 }, "options.year"],
    [{ year: 2025, asOf: "13/5/2026" }, "options.asOf"],
    [{ year: 2025, texts: { assignment: [{ en: "no Swedish" }] } }, "options.texts.assignment[0].sv"],
    [{ year: 2025, texts: { unknown: 1 } }, "options.texts.unknown"],
    [{ year: 2025, organisationCode: "20" }, "options.organisationCode"],
  ])("refuses %j with the exact path", (options, path) => {
    let caught: unknown;
    try {
      assembleAnnualReport(ws, options as never);
    } catch (error) {
      caught = error;
    }
    expect(isSystemledningError(caught)).toBe(true);
    if (!isSystemledningError(caught)) return;
    expect(caught.reason).toBe("invalidInput");
    expect(caught.issues.map((i) => i.path)).toContain(path);
    expect(caught.issues[0]?.message.sv.length).toBeGreaterThan(5);
  });
});
