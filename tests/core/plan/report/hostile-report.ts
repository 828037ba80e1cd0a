/**
 * The Dalarna sample report with the XSS and control-character corpus written into every text a user
 * could have typed (titles, names, free texts, decisions, narrative), for the renderers' escaping tests.
 */
import { assembleAnnualReport, type AnnualReport } from "@systemledning/core/plan";
import {
  createDalarnaSampleWorkspace,
  DALARNA_REPORT_TEXTS_2025,
  DALARNA_SAMPLE_AS_OF,
} from "@systemledning/core/profiles/dalarna";
import { HOSTILE_STRINGS } from "../../../fixtures/arbitraries.js";

/** Keys whose string values are user text (or echo user text) in a report. */
const USER_TEXT_KEYS = new Set([
  "sv",
  "en",
  "text",
  "title",
  "roundTitle",
  "name",
  "shortName",
  "leadership",
  "plan",
  "targetGroup",
  "decidedBy",
  "userPerspective",
  "lessons",
  "successFactors",
  "challenges",
  "activitiesAndResults",
  "visionAssessment",
  "decision",
  "grouping",
  "unit",
  "author",
  "approvedBy",
  "diarienummer",
  "version",
  "verdict",
]);

/** The sample report of 2025. */
export function createSampleReport(): AnnualReport {
  return assembleAnnualReport(createDalarnaSampleWorkspace(), {
    year: 2025,
    asOf: DALARNA_SAMPLE_AS_OF,
    texts: DALARNA_REPORT_TEXTS_2025,
  });
}

/** A copy of `report` where every user text is a string of the corpus, in turn; returns it and the strings used. */
export function makeHostile(report: AnnualReport): { report: AnnualReport; used: Set<string> } {
  let next = 0;
  const used = new Set<string>();
  const visit = (value: unknown, key: string | null): unknown => {
    if (typeof value === "string") {
      if (key === null || !USER_TEXT_KEYS.has(key)) return value;
      const hostile = HOSTILE_STRINGS[next++ % HOSTILE_STRINGS.length]!;
      used.add(hostile);
      return hostile;
    }
    if (Array.isArray(value)) return value.map((v) => visit(v, key));
    if (typeof value === "object" && value !== null)
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, visit(v, k)]));
    return value;
  };
  return { report: visit(report, null) as AnnualReport, used };
}
