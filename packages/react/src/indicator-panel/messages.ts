/**
 * The texts of the indicator panel, in Swedish and English (decision 0011: one catalogue per area; every key
 * starts with `indicatorPanel`). The verdicts' words come from the core (`INDICATOR_VERDICT_LABELS`) with the
 * data, and the values' attributions travel with the values, so neither is repeated here.
 */
import type { KitLocaleTools, PrimitiveMessageKey } from "../i18n/locale.js";

export const INDICATOR_PANEL_MESSAGES = {
  indicatorPanelTitle: { sv: "Indikatorer per delmål", en: "Indicators by goal" },
  indicatorPanelIntro: {
    sv: "{count} indikatorer för {scope}: tunna grå linjer är kommunerna, den heldragna feta linjen länet och den streckade riket.",
    en: "{count} indicators for {scope}: thin grey lines are the municipalities, the solid bold line the county and the dashed one the whole country.",
  },
  indicatorPanelScopeCounty: { sv: "länet ({county})", en: "the county ({county})" },
  indicatorPanelOtherGoal: { sv: "Övriga", en: "Other" },
  indicatorPanelCountry: { sv: "Riket", en: "Sweden" },
  indicatorPanelNoIndicators: {
    sv: "Profilen har inga indikatorer att följa upp ännu, så det finns inga trender att visa. Lägg till indikatorer i profilens uppföljning.",
    en: "The profile has no indicators to follow up yet, so there are no trends to show. Add indicators to the profile's follow-up.",
  },
  indicatorPanelNoValues: {
    sv: "Det finns inga indikatorvärden för {scope} ännu, så inga trender kan ritas. Hämta värden från Kolada eller lägg in dem, så visas de här.",
    en: "There are no indicator values for {scope} yet, so no trends can be drawn. Fetch values from Kolada or enter them, and they will show here.",
  },
  indicatorPanelNoValuesForIndicator: {
    sv: "Inga värden för indikatorn ännu.",
    en: "No values for this indicator yet.",
  },
  indicatorPanelTakeaway: {
    sv: "{verdicts}. {lines}",
    en: "{verdicts}. {lines}",
  },
  indicatorPanelLines: {
    sv: "{municipalities} kommuner som tunna linjer, {county} och {country} som feta linjer.",
    en: "{municipalities} municipalities as thin lines, {county} and {country} as bold lines.",
  },
  indicatorPanelLinesNoMunicipalities: {
    sv: "Mäts inte per kommun: {county} och {country} som feta linjer.",
    en: "Not measured per municipality: {county} and {country} as bold lines.",
  },
  indicatorPanelVerdict: {
    sv: "{organisation}: {verdict} ({from}–{to})",
    en: "{organisation}: {verdict} ({from}–{to})",
  },
  indicatorPanelVerdictNoData: { sv: "{organisation}: {verdict}", en: "{organisation}: {verdict}" },
  indicatorPanelGaps: {
    sv: "{count} värden saknas och bryter linjen (de ritas aldrig som noll).",
    en: "{count} values are missing and break the line (never drawn as zero).",
  },
  indicatorPanelGapOne: {
    sv: "1 värde saknas och bryter linjen (det ritas aldrig som noll).",
    en: "1 value is missing and breaks the line (never drawn as zero).",
  },
  indicatorPanelPreliminaryNote: {
    sv: "Ihåliga punkter är preliminära värden.",
    en: "Hollow points are preliminary values.",
  },
  indicatorPanelPoint: { sv: "{organisation} {period}: {value}", en: "{organisation} {period}: {value}" },
  indicatorPanelGender: { sv: "Kön", en: "Gender" },
  indicatorPanelGenderT: { sv: "Totalt", en: "Total" },
  indicatorPanelGenderK: { sv: "Kvinnor", en: "Women" },
  indicatorPanelGenderM: { sv: "Män", en: "Men" },
  indicatorPanelAbout: { sv: "Om indikatorn", en: "About the indicator" },
  indicatorPanelUnit: { sv: "Enhet: {unit}", en: "Unit: {unit}" },
  indicatorPanelDirectionHigher: { sv: "Högre värde är bättre.", en: "A higher value is better." },
  indicatorPanelDirectionLower: { sv: "Lägre värde är bättre.", en: "A lower value is better." },
  indicatorPanelDirectionNeutral: {
    sv: "Varken högre eller lägre värde är bättre i sig.",
    en: "Neither a higher nor a lower value is better in itself.",
  },
  indicatorPanelThresholdAbsolute: {
    sv: "En förändring räknas som tydlig från {value} {unit}.",
    en: "A change counts as clear from {value} {unit}.",
  },
  indicatorPanelThresholdRelative: {
    sv: "En förändring räknas som tydlig från {share} av det tidigare värdet.",
    en: "A change counts as clear from {share} of the earlier value.",
  },
  indicatorPanelKpi: { sv: "Motsvarande nyckeltal i Kolada: KPI {kpi}.", en: "The matching Kolada KPI: {kpi}." },
  indicatorPanelKpiUnverified: {
    sv: "KPI-id:t är inte kontrollerat mot Kolada.",
    en: "The KPI id has not been checked against Kolada.",
  },
  indicatorPanelNoSource: {
    sv: "Värdena anger ingen källa.",
    en: "The values name no source.",
  },
  indicatorPanelSelect: { sv: "Välj indikatorn", en: "Choose the indicator" },
  indicatorPanelColumnOrganisation: { sv: "Organisation", en: "Organisation" },
  indicatorPanelColumnMarks: { sv: "Markeringar", en: "Marks" },
} as const satisfies Record<string, { readonly sv: string; readonly en: string }>;

/** The key of an indicator panel text. */
export type IndicatorPanelMessageKey = keyof typeof INDICATOR_PANEL_MESSAGES;

/** The locale tools of the indicator panel: its texts and the primitives'. */
export type IndicatorPanelTools = KitLocaleTools<IndicatorPanelMessageKey | PrimitiveMessageKey>;
