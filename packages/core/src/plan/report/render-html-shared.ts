/**
 * What the HTML renderer's parts share: the rendering context and the report's small words (column
 * headings, labels) in Swedish and English.
 */
import type { BilingualMessage } from "../../common/issues.js";
import type { LocalizedText } from "../../schema/primitives.js";
import type { ReportLocale } from "./format.js";
import type { reportHeadings } from "./labels.js";
import type { AnnualReport } from "./types.js";

/** Words and short phrases of the rendered report. */
export const HTML_WORDS = Object.freeze({
  goal: { sv: "Delmål", en: "Sub-goal" },
  vision: { sv: "Målbild", en: "Vision" },
  missing: { sv: "uppgift saknas", en: "no data" },
  comparability: { sv: "Jämförbarhet", en: "Comparability" },
  previousRound: { sv: "Jämförelse med föregående omgång", en: "Comparison with the previous round" },
  saSummaryCaption: {
    sv: "Självskattning per delmål: antal systemledningar, medelvärde och median på skalan",
    en: "Self-assessment per sub-goal: leaderships, mean and median on the scale",
  },
  respondents: { sv: "Systemledningar med svar", en: "Leaderships answering" },
  mean: { sv: "Medelvärde", en: "Mean" },
  median: { sv: "Median", en: "Median" },
  preliminary: { sv: "preliminärt värde", en: "preliminary value" },
  prelShort: { sv: "prel.", en: "prel." },
  indicatorsFor: { sv: "Nyckeltal för", en: "Indicators for" },
  valuesUpTo: { sv: "värden till och med", en: "values up to" },
  otherIndicators: { sv: "Övriga nyckeltal", en: "Other indicators" },
  indicator: { sv: "Nyckeltal", en: "Indicator" },
  from: { sv: "Från", en: "From" },
  to: { sv: "Till", en: "To" },
  change: { sv: "Förändring", en: "Change" },
  verdict: { sv: "Bedömning", en: "Verdict" },
  changeCaution: {
    sv: "Förändringarna är ofta små från år till år och behöver tolkas med försiktighet; en förändring under profilens tröskel visas som ”Ingen tydlig förändring”.",
    en: "Changes are often small from year to year and must be read with care; a change below the profile's threshold is shown as “No clear change”.",
  },
  planStatus: { sv: "Status", en: "Status" },
  leadership: { sv: "Systemledning", en: "Leadership" },
  targetGroup: { sv: "Målgrupp", en: "Target group" },
  decidedBy: { sv: "Beslutad av", en: "Decided by" },
  progress: { sv: "Framsteg", en: "Progress" },
  userPerspective: { sv: "Brukarperspektiv", en: "User perspective" },
  focusAreasOf: { sv: "Fokusområden i", en: "Focus areas of" },
  focusArea: { sv: "Fokusområde", en: "Focus area" },
  activities: { sv: "Aktiviteter", en: "Activities" },
  done: { sv: "Genomförda", en: "Done" },
  healthNone: { sv: "Planens hälsa: inga anmärkningar.", en: "Plan health: nothing to remark." },
  healthFindings: { sv: "Planens hälsa", en: "Plan health" },
  errors: { sv: "fel", en: "errors" },
  warnings: { sv: "varningar", en: "warnings" },
  infos: { sv: "upplysningar", en: "notes" },
  more: { sv: "till", en: "more" },
  forumsCaption: { sv: "Möten och ärenden per forum under", en: "Meetings and items per forum in" },
  forum: { sv: "Forum", en: "Forum" },
  meetings: { sv: "Möten", en: "Meetings" },
  information: { sv: "Information", en: "Information" },
  decision: { sv: "Beslut", en: "Decisions" },
  workshop: { sv: "Workshop", en: "Workshops" },
  report: { sv: "Rapport", en: "Reports" },
  dialogue: { sv: "Dialog", en: "Dialogues" },
  activitiesAndResults: { sv: "Genomförda aktiviteter och resultat", en: "Activities carried out and results" },
  lessons: { sv: "Lärdomar", en: "Lessons" },
  successFactors: { sv: "Framgångsfaktorer", en: "Success factors" },
  challenges: { sv: "Utmaningar", en: "Challenges" },
  visionAssessment: { sv: "Hur väl målbild och syfte uppfyllts", en: "How well vision and purpose were met" },
  visionRating: { sv: "Bedömd måluppfyllelse", en: "Rated fulfilment" },
  ofFive: { sv: "av 5", en: "of 5" },
  date: { sv: "Datum", en: "Date" },
  diarienummer: { sv: "Diarienummer", en: "Registry number" },
  version: { sv: "Version", en: "Version" },
  author: { sv: "Författare", en: "Author" },
  approvedBy: { sv: "Godkänt av", en: "Approved by" },
  scaleValue: { sv: "Skalvärde", en: "Scale value" },
  scaleLabel: { sv: "Svarsalternativ", en: "Answer" },
  count: { sv: "Antal systemledningar", en: "Leaderships" },
  distributionOf: { sv: "Fördelning av svaren", en: "Distribution of the answers" },
  freeTexts: { sv: "Svar i fritext", en: "Free-text answers" },
  noFreeTexts: { sv: "Inga svar i fritext.", en: "No free-text answers." },
  dontKnow: { sv: "Vet ej", en: "Don't know" },
  kind: { sv: "Typ", en: "Kind" },
  item: { sv: "Ärende", en: "Item" },
  agendaOf: { sv: "Ärenden i", en: "Items in" },
  halfStep: { sv: "mellan två steg (medelvärde av två grupperingar)", en: "between two steps (mean of two groupings)" },
  decisionText: { sv: "Beslut", en: "Decision" },
} satisfies Record<string, BilingualMessage>);

/** The rendering context: the report, the language, and escaping translators. */
export interface HtmlContext {
  readonly report: AnnualReport;
  readonly locale: ReportLocale;
  /** A localised text, escaped, with `lang` marked where it falls back to Swedish. */
  readonly t: (text: LocalizedText | BilingualMessage) => string;
  /** One of {@link HTML_WORDS}, escaped. */
  readonly w: (key: keyof typeof HTML_WORDS) => string;
  /** The report's headings with `{year}` filled: the only templates; people's texts are shown as written. */
  readonly headings: ReturnType<typeof reportHeadings>;
}
