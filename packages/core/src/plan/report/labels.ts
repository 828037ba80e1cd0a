/**
 * The report's own words: headings of the table of contents of *Regional årsrapport 2025*, labels of item kinds and
 * plan statuses, and the reasons a part has no data. Generic to every county; the county's name comes from its profile.
 */
import type { BilingualMessage } from "../../common/issues.js";
import type { PlanStatus } from "../schema.js";

/** Headings of the report, by part; `{year}` is replaced with the report's year. */
export const REPORT_HEADINGS = Object.freeze({
  contents: { sv: "Innehåll", en: "Contents" },
  assignment: { sv: "Uppdraget och sammanhanget", en: "The assignment and its context" },
  goals: { sv: "Strategins delmål", en: "The strategy's sub-goals (delmål)" },
  followUp: { sv: "Hur omställningen följts under {year}", en: "How the transition was followed in {year}" },
  picture: {
    sv: "Lägesbild {year} – vad ser vi i omställningsarbetet?",
    en: "The picture in {year} – what do we see in the transition?",
  },
  selfAssessment: {
    sv: "Självskattning av arbetet i de lokala systemledningarna",
    en: "Self-assessment of the work in the local system leaderships",
  },
  indicators: { sv: "Gemensamma nyckeltal per delmål", en: "Shared indicators per sub-goal" },
  plans: { sv: "Handlingsplaner – status", en: "Action plans – status" },
  regionalSupport: {
    sv: "Regionalt stöd – arbete och insatser under året",
    en: "Regional support – work and activities during the year",
  },
  forums: { sv: "Möten och ärenden per forum", en: "Meetings and items per forum" },
  lessons: {
    sv: "Sammanfattade lärdomar och utvecklingsbehov i omställningsarbetet",
    en: "Lessons and development needs in the transition",
  },
  checkIns: { sv: "Från systemledningarnas avstämningar", en: "From the leaderships' check-ins" },
  reflections: { sv: "Avslutande reflektioner och vägen framåt", en: "Closing reflections and the way forward" },
  appendixSelfAssessment: {
    sv: "Bilaga 1. Självskattningen av arbetet i de lokala systemledningarna",
    en: "Appendix 1. The self-assessment of the local system leaderships",
  },
  appendixActivities: {
    sv: "Bilaga 2. Aktiviteter och dialoger under {year}",
    en: "Appendix 2. Activities and dialogues in {year}",
  },
} satisfies Record<string, BilingualMessage>);

/** Labels of plan statuses. */
export const PLAN_STATUS_LABELS: Readonly<Record<PlanStatus, BilingualMessage>> = Object.freeze({
  draft: { sv: "Utkast", en: "Draft" },
  adopted: { sv: "Beslutad", en: "Adopted" },
  closed: { sv: "Avslutad", en: "Closed" },
});

/** Why a part of the report has no data; `{year}` is replaced with the year. */
export const NO_DATA_REASONS = Object.freeze({
  selfAssessment: {
    sv: "Ingen självskattningsomgång avser {year}. Lägg in omgången och svaren för att visa resultatet här.",
    en: "No self-assessment round covers {year}. Add the round and its responses to show the result here.",
  },
  indicators: {
    sv: "Profilen har inga nyckeltal att följa. Lägg till nyckeltal i profilens uppföljningsinställningar.",
    en: "The profile has no indicators to follow. Add indicators to the profile's follow-up settings.",
  },
  indicatorValues: {
    sv: "Det finns inga värden för nyckeltalen till och med {year}. Hämta värden, t.ex. från Kolada.",
    en: "There are no indicator values up to {year}. Fetch values, for example from Kolada.",
  },
  plans: {
    sv: "Ingen handlingsplan gäller under {year}.",
    en: "No action plan covers {year}.",
  },
  forums: {
    sv: "Inga möten under {year} finns registrerade.",
    en: "No meetings in {year} are recorded.",
  },
  checkIns: {
    sv: "Inga avstämningar under {year} finns registrerade.",
    en: "No check-ins in {year} are recorded.",
  },
} satisfies Record<string, BilingualMessage>);

/**
 * A message of the report's own with `{year}` replaced: one pass over the template, so nothing put in is read
 * again. Only the report's own templates are filled; text people wrote is never searched for placeholders.
 */
export function withYear(message: BilingualMessage, year: number): BilingualMessage {
  return { sv: message.sv.split("{year}").join(String(year)), en: message.en.split("{year}").join(String(year)) };
}

/** The report's headings with `{year}` replaced, for the renderers (people's texts are never filled). */
export function reportHeadings(year: number): Readonly<Record<keyof typeof REPORT_HEADINGS, BilingualMessage>> {
  const filled = {} as Record<keyof typeof REPORT_HEADINGS, BilingualMessage>;
  for (const key of Object.keys(REPORT_HEADINGS) as (keyof typeof REPORT_HEADINGS)[])
    filled[key] = withYear(REPORT_HEADINGS[key], year);
  return filled;
}
