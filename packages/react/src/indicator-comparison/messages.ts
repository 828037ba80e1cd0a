/**
 * The texts of the indicator comparison, in Swedish and English. The area's own catalogue (decision 0011);
 * every key starts with `indicatorComparison`. The indicators' titles and units and the values' source attributions
 * arrive with the data and are not repeated here.
 */
import type { KitLocaleTools, PrimitiveMessageKey } from "../i18n/locale.js";

export const INDICATOR_COMPARISON_MESSAGES = {
  indicatorComparisonTitle: { sv: "Jämförelse mellan kommunerna", en: "Comparison between the municipalities" },
  indicatorComparisonCaption: {
    sv: "Nyckeltal per kommun, med länet, riket och medel för de visade kommunerna",
    en: "Indicators by municipality, with the county, the country and the mean of the municipalities shown",
  },
  indicatorComparisonColumnMunicipality: { sv: "Kommun", en: "Municipality" },
  indicatorComparisonColumnHeader: { sv: "{title}, {period} ({unit})", en: "{title}, {period} ({unit})" },
  indicatorComparisonColumnHeaderNoPeriod: { sv: "{title} ({unit})", en: "{title} ({unit})" },
  indicatorComparisonColumnPlacement: { sv: "{title}: placering", en: "{title}: placement" },
  indicatorComparisonColumnMark: { sv: "{title}: markering", en: "{title}: mark" },
  indicatorComparisonMean: {
    sv: "Medel för de visade kommunerna (ovägt)",
    en: "Mean of the municipalities shown (unweighted)",
  },
  indicatorComparisonCountry: { sv: "Riket", en: "Sweden (whole country)" },
  indicatorComparisonLegend: {
    sv: "Färgen och formen visar placering bland de visade kommunerna, inte om värdet är bra.",
    en: "The colour and shape show the placement among the municipalities shown, not whether the value is good.",
  },
  indicatorComparisonLegendBest: { sv: "bland de bästa: bästa fjärdedelen", en: "among the best: the best quarter" },
  indicatorComparisonLegendMiddle: { sv: "mellan: mittersta hälften", en: "in the middle: the middle half" },
  indicatorComparisonLegendWorst: {
    sv: "bland de sämsta: sämsta fjärdedelen",
    en: "among the worst: the worst quarter",
  },
  indicatorComparisonLegendNone: {
    sv: "Utan form: värdet saknas eller mäts inte per kommun, eller nyckeltalet har ingen riktning och rangordnas inte.",
    en: "No shape: the value is missing or not measured by municipality, or the indicator has no direction and is not ranked.",
  },
  indicatorComparisonPlacement: {
    sv: "{placement}, plats {rank} av {count}",
    en: "{placement}, rank {rank} of {count}",
  },
  indicatorComparisonAboutTitle: { sv: "Om nyckeltalen", en: "About the indicators" },
  indicatorComparisonHigherIsBetter: { sv: "högre är bättre", en: "higher is better" },
  indicatorComparisonLowerIsBetter: { sv: "lägre är bättre", en: "lower is better" },
  indicatorComparisonNeutral: { sv: "ingen riktning, rangordnas inte", en: "no direction, not ranked" },
  indicatorComparisonNoSource: { sv: "Källa: inte angiven för värdena", en: "Source: not given for the values" },
  indicatorComparisonAbout: {
    sv: "{title}: {unit}, {direction}. {period}",
    en: "{title}: {unit}, {direction}. {period}",
  },
  indicatorComparisonAboutPeriod: { sv: "Värden för {period}.", en: "Values for {period}." },
  indicatorComparisonAboutNoPeriod: { sv: "Inga värden.", en: "No values." },
  indicatorComparisonNotPerMunicipality: {
    sv: "Inga värden per kommun: bara länet och riket.",
    en: "No values by municipality: only the county and the country.",
  },
  indicatorComparisonKolada: { sv: "Kolada-id {kpi}.", en: "Kolada id {kpi}." },
  indicatorComparisonEmptyNoIndicators: {
    sv: "Det finns inga nyckeltal att jämföra: profilen anger inga nyckeltal.",
    en: "There are no indicators to compare: the profile names none.",
  },
  indicatorComparisonEmptyNoMunicipalities: {
    sv: "Det finns inga kommuner att jämföra.",
    en: "There are no municipalities to compare.",
  },
  indicatorComparisonEmptyNoValues: {
    sv: "Det finns inga värden att jämföra ännu: arbetsytan har inga värden för nyckeltalen. Hämta dem från Kolada eller lägg in dem, så visas jämförelsen här.",
    en: "There are no values to compare yet: the workspace has no values for the indicators. Fetch them from Kolada or enter them, and the comparison shows here.",
  },
  indicatorComparisonGender: { sv: "Kön: {gender}.", en: "Gender: {gender}." },
  indicatorComparisonGenderT: { sv: "totalt", en: "total" },
  indicatorComparisonGenderK: { sv: "kvinnor", en: "women" },
  indicatorComparisonGenderM: { sv: "män", en: "men" },
} as const satisfies Record<string, { readonly sv: string; readonly en: string }>;

/** The key of an indicator comparison text. */
export type IndicatorComparisonMessageKey = keyof typeof INDICATOR_COMPARISON_MESSAGES;

/** The locale tools of the indicator comparison: its texts and the primitives'. */
export type IndicatorComparisonTools = KitLocaleTools<IndicatorComparisonMessageKey | PrimitiveMessageKey>;
