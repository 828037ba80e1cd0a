/**
 * setAnnualReportTexts: the texts people write for a year's annual report, saved in the workspace (version 5) and
 * taken by assembleAnnualReport when no texts are passed. Pure, validated at the door, refusals with a path, a code
 * and a Swedish and English message.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  assembleAnnualReport,
  getAnnualReportTexts,
  setAnnualReportTexts,
  type AnnualReportTexts,
} from "@systemledning/core/plan";
import {
  createDalarnaSampleWorkspace,
  DALARNA_REPORT_TEXTS_2025,
  DALARNA_SAMPLE_AS_OF,
} from "@systemledning/core/profiles/dalarna";
import { parseWorkspace, safeParseWorkspace, serializeWorkspace, type Workspace } from "@systemledning/core/workspace";
import { deepFreeze } from "../../../fixtures/deep-freeze.js";

const SEED = 20261205;
const SAMPLE: Workspace = deepFreeze(createDalarnaSampleWorkspace());
const SAMPLE_TEXT = serializeWorkspace(SAMPLE);

function accepted(result: ReturnType<typeof setAnnualReportTexts>): Workspace {
  if (!result.ok) throw new Error(result.error.message);
  const door = safeParseWorkspace(JSON.parse(serializeWorkspace(result.value)));
  if (!door.success) throw new Error(`the door refuses the result: ${door.error.message}`);
  return result.value;
}

function refused(result: ReturnType<typeof setAnnualReportTexts>) {
  if (result.ok) throw new Error("expected the command to refuse");
  expect(result.error.reason).toBe("invalidInput");
  expect(serializeWorkspace(SAMPLE)).toBe(SAMPLE_TEXT);
  return result.error.issues.map((i) => ({ path: i.path, code: i.code, sv: i.message.sv, en: i.message.en }));
}

describe("setAnnualReportTexts", () => {
  it("saves a year's texts in the workspace, leaving the given workspace as it was", () => {
    const next = accepted(setAnnualReportTexts(SAMPLE, { year: 2025, texts: DALARNA_REPORT_TEXTS_2025 }));
    expect(next.annualReports).toEqual([{ year: 2025, texts: DALARNA_REPORT_TEXTS_2025 }]);
    expect(getAnnualReportTexts(next, 2025)).toEqual(DALARNA_REPORT_TEXTS_2025);
    expect(getAnnualReportTexts(next, 2024)).toBeUndefined();
    expect(serializeWorkspace(SAMPLE)).toBe(SAMPLE_TEXT);
    // The saved texts survive the round trip through stored text.
    expect(parseWorkspace(JSON.parse(serializeWorkspace(next))).annualReports).toEqual(next.annualReports);
  });

  it("replaces the year's texts, keeps the other years sorted by year, and removes a year whose texts are empty", () => {
    const a = accepted(setAnnualReportTexts(SAMPLE, { year: 2025, texts: { title: { sv: "Första" } } }));
    const b = accepted(setAnnualReportTexts(a, { year: 2024, texts: { lessons: [{ sv: "Lärdom" }] } }));
    const c = accepted(setAnnualReportTexts(b, { year: 2025, texts: { title: { sv: "Andra", en: "Second" } } }));
    expect(c.annualReports.map((r) => [r.year, r.texts.title?.sv ?? null])).toEqual([
      [2024, null],
      [2025, "Andra"],
    ]);
    const d = accepted(setAnnualReportTexts(c, { year: 2024, texts: { lessons: [] } }));
    expect(d.annualReports.map((r) => r.year)).toEqual([2025]);
  });

  it("refuses invalid texts with the path, the code and a message in Swedish and English", () => {
    const issues = refused(
      setAnnualReportTexts(SAMPLE, {
        year: 1999,
        texts: { title: { sv: "" }, assignment: [{ en: "Only English" }] } as unknown as AnnualReportTexts,
      }),
    );
    expect(issues.map((i) => [i.path, i.code])).toEqual([
      ["intent.year", "too_small"],
      ["intent.texts.title.sv", "too_small"],
      ["intent.texts.assignment[0].sv", "missing_field"],
    ]);
    for (const issue of issues) {
      expect(issue.sv.length).toBeGreaterThan(0);
      expect(issue.en.length).toBeGreaterThan(0);
      expect(issue.sv).not.toBe(issue.en);
    }
  });

  it("refuses an unknown field and a value that is no intent at all", () => {
    const unknown = refused(
      setAnnualReportTexts(SAMPLE, { year: 2025, texts: { preface: [] } } as unknown as {
        year: number;
        texts: AnnualReportTexts;
      }),
    );
    expect(unknown.map((i) => [i.path, i.code])).toEqual([["intent.texts.preface", "unknown_field"]]);
    const none = refused(setAnnualReportTexts(SAMPLE, null as unknown as { year: number; texts: AnnualReportTexts }));
    expect(none.map((i) => i.path)).toEqual(["intent"]);
  });
});

describe("the door and the report take the saved texts", () => {
  it("refuses a document with two records for one year, at the second record's year", () => {
    const doc = JSON.parse(serializeWorkspace(SAMPLE)) as Record<string, unknown>;
    doc.annualReports = [
      { year: 2025, texts: {} },
      { year: 2025, texts: { title: { sv: "Igen" } } },
    ];
    const result = safeParseWorkspace(doc);
    expect(!result.success && result.error.issues.map((i) => [i.code, i.path])).toEqual([
      ["duplicate_value", "annualReports[1].year"],
    ]);
  });

  it("assembles the report from the saved texts when none are passed, and prefers texts passed", () => {
    const saved = accepted(setAnnualReportTexts(SAMPLE, { year: 2025, texts: DALARNA_REPORT_TEXTS_2025 }));
    const fromSaved = assembleAnnualReport(saved, { year: 2025, asOf: DALARNA_SAMPLE_AS_OF });
    const passed = assembleAnnualReport(SAMPLE, {
      year: 2025,
      asOf: DALARNA_SAMPLE_AS_OF,
      texts: DALARNA_REPORT_TEXTS_2025,
    });
    expect(fromSaved).toEqual(passed);
    const overridden = assembleAnnualReport(saved, { year: 2025, texts: { title: { sv: "Annan" } } });
    expect(overridden.title.sv).toBe("Annan");
    expect(assembleAnnualReport(saved, { year: 2024 }).assignment.paragraphs).toEqual([]);
  });
});

/** Texts a person might write: any subset of the paragraph sections, with Swedish and optionally English. */
const paragraphs = fc.array(
  fc.record(
    { sv: fc.string({ minLength: 1, maxLength: 40 }), en: fc.string({ minLength: 1, maxLength: 40 }) },
    { requiredKeys: ["sv"] },
  ),
  { maxLength: 3 },
);
const textsArbitrary: fc.Arbitrary<AnnualReportTexts> = fc.record(
  {
    title: fc.record({ sv: fc.string({ minLength: 1, maxLength: 30 }) }),
    assignment: paragraphs,
    lessons: paragraphs,
    reflections: paragraphs,
  },
  { requiredKeys: [] },
);

describe("setAnnualReportTexts on any texts (property, fixed seed)", () => {
  it("keeps one sorted record per year, passes the door, and the last texts saved for a year win", () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ year: fc.integer({ min: 2020, max: 2030 }), texts: textsArbitrary }), { maxLength: 8 }),
        (writes) => {
          let ws: Workspace = SAMPLE;
          for (const write of writes) {
            const result = setAnnualReportTexts(ws, write);
            if (!result.ok) throw new Error(result.error.message);
            ws = result.value;
          }
          // The door once per run, on the last workspace (the sample is large; each step is checked above).
          accepted({ ok: true, value: ws });
          const years = ws.annualReports.map((r) => r.year);
          expect(years).toEqual([...new Set(years)].sort((a, b) => a - b));
          const last = new Map<number, AnnualReportTexts>();
          for (const write of writes) last.set(write.year, write.texts);
          for (const [year, texts] of last) {
            const empty = Object.values(texts).every((v) => v === undefined || (Array.isArray(v) && v.length === 0));
            expect(getAnnualReportTexts(ws, year)).toEqual(empty ? undefined : texts);
          }
          expect(serializeWorkspace(SAMPLE)).toBe(SAMPLE_TEXT);
        },
      ),
      { seed: SEED, numRuns: 40 },
    );
  });
});
