/**
 * `@systemledning/core/profiles/dalarna`: Region Dalarna and its 15 municipalities, the default profile,
 * and a sample workspace with fictitious people, read from the county's JSON files (packages/core/counties/dalarna,
 * docs/decisions/0018). The build inlines the JSON, so the entry stays synchronous and holds no zod.
 *
 * @example
 * import { dalarnaProfile, createDalarnaSampleWorkspace } from "@systemledning/core/profiles/dalarna";
 * const ws = createDalarnaSampleWorkspace();
 * @module
 */
import countyFile from "../../../counties/dalarna/county.json";
import reportTextsFile from "../../../counties/dalarna/report-texts-2025.json";
import sampleFile from "../../../counties/dalarna/sample.json";
import type { AnnualReportTexts } from "../../plan/report/schema.js";
import type { Profile } from "../../profile/schema.js";
import type { LocalizedText } from "../../schema/primitives.js";
import type { SystemAnnotation } from "../../system-map/schema.js";
import type { Workspace } from "../../workspace/schema.js";
import { deepFreeze } from "../../common/deep-freeze.js";
import { DALARNA_WORKSHOP_ID } from "./ids.js";

export {
  DALARNA_BODY,
  DALARNA_EVENT_IDS,
  DALARNA_FAMILY_GROUP_ID,
  DALARNA_FRAIL_ELDERLY_GROUP_ID,
  DALARNA_POLL_2025_ID,
  DALARNA_READINESS_POLL_ID,
  DALARNA_REGIONAL_PLAN_ID,
  DALARNA_ROUND_2023_ID,
  DALARNA_ROUND_2024_ID,
  DALARNA_ROUND_2025_ID,
  DALARNA_SELF_ASSESSMENT_ID,
  DALARNA_WORKSHOP_AS_OF,
  DALARNA_WORKSHOP_ID,
} from "./ids.js";

// The files pass the doors unchanged (tests/core/counties); the entry trusts them rather than carry the door.
// The profile is the sample's own, which equals profile.json, so the package holds it once.
const sample = deepFreeze(sampleFile as unknown as Workspace);

/**
 * The day the sample is written for (the date of *Regional årsrapport 2025*). Memberships have
 * ended before it and one starts after it, so answers differ with `asOf`.
 */
export const DALARNA_SAMPLE_AS_OF: string = countyFile.sampleAsOf;

/** Region Dalarna's official code (county 20). */
export const DALARNA_REGION_CODE: string = countyFile.regionCode;

/**
 * The Dalarna profile, the default of the kit.
 *
 * Holds Region Dalarna (0020) and its 15 municipalities with official codes, the Metodstöd's 20 sectors,
 * the five delmål, five principles, eight tasks and 28 charter questions, and the structure settings:
 * chair, convener and secretary are key roles; every mandate holder should have a substitute; a chair term
 * over 24 months is flagged. The object is frozen; copy it to change it.
 *
 * @example
 * import { dalarnaProfile } from "@systemledning/core/profiles/dalarna";
 * dalarnaProfile.municipalities.find((m) => m.code === "2080")?.name; // "Falun"
 */
export const dalarnaProfile: Profile = sample.profile;

/** Statements about the data: what is sourced, what is plausible, and which slips of the sources were mended. */
export const DALARNA_PROFILE_NOTES: readonly LocalizedText[] = dalarnaProfile.notes ?? [];

/**
 * The workshop's 24 marks: seven positions (a ring and a role), seven green dots, seven red dots (three of
 * them in the gaps between parts) and three notes, on nodes, edges and gaps of the system and hierarchy views.
 */
export const DALARNA_WORKSHOP_ANNOTATIONS: readonly SystemAnnotation[] = sample.annotations.filter(
  (annotation) => annotation.workshopId === DALARNA_WORKSHOP_ID,
);

/**
 * Narrative texts for the Dalarna sample report, as a region would pass them to `assembleAnnualReport`: shortened
 * from the structure of *Regional årsrapport 2025* (its table of contents) in our own words. No person is named.
 * Kept apart from the sample workspace (whose `annualReports` is empty), so a demo or a story can show both an empty
 * report and a written one; save them with `setAnnualReportTexts`.
 */
export const DALARNA_REPORT_TEXTS_2025: AnnualReportTexts = deepFreeze(reportTextsFile as unknown as AnnualReportTexts);

/**
 * Create the Dalarna sample workspace: Region Dalarna, the 15 municipalities, RSS Dalarna, agencies and
 * civil society; the regional system leadership with its six forums and the 13 local leaderships with
 * their forums; invented people with memberships, mandates, substitutes and periods; and charters for
 * twelve local leaderships (two complete, ten partly written; Vansbro has none); meetings, decisions,
 * self-assessment rounds, plans and check-ins; the regional activities of 2025 (Bilaga 2) with a few
 * plausible events of 2026; the bodies of Region Dalarna, Ludvika and Smedjebacken for the hierarchy view;
 * and the marks of the regional system leadership's workshop on the system map (invented).
 *
 * Each call returns a new, independent workspace: changing one never affects the next. It passes
 * `parseWorkspace` unchanged.
 *
 * @example
 * import { createDalarnaSampleWorkspace } from "@systemledning/core/profiles/dalarna";
 * const ws = createDalarnaSampleWorkspace();
 * ws.leaderships.filter((l) => l.level === "local").length; // 13
 */
export function createDalarnaSampleWorkspace(): Workspace {
  return structuredClone(sample);
}
