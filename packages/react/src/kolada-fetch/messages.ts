/**
 * The texts of the Kolada fetch ({@link KoladaFetch}), in Swedish and English. Every key starts with `koladaFetch`.
 * The reasons a fetch failed come from the core, bilingual with the error, and are not repeated here.
 */
export const KOLADA_FETCH_MESSAGES = {
  koladaFetchTitle: { sv: "Hämta från Kolada", en: "Fetch from Kolada" },
  koladaFetchButton: { sv: "Hämta från Kolada", en: "Fetch from Kolada" },
  koladaFetchLead: {
    sv: "Hämtar åren {years} för {count} nyckeltal med Kolada-id, för länets kommuner, regionen och riket. De hämtade värdena ersätter de nuvarande värdena för just de nyckeltalen; övriga lämnas orörda.",
    en: "Fetches the years {years} for {count} indicators with a Kolada id, for the county's municipalities, the region and the country. The values fetched replace the current values of those indicators only; the others are left as they are.",
  },
  koladaFetchWithoutKpi: {
    sv: "{count} nyckeltal saknar Kolada-id och hämtas inte: {names}.",
    en: "{count} indicators have no Kolada id and are not fetched: {names}.",
  },
  koladaFetchNothingToFetch: {
    sv: "Inget nyckeltal i profilen har ett Kolada-id, så det finns inget att hämta.",
    en: "No indicator of the profile has a Kolada id, so there is nothing to fetch.",
  },
  koladaFetchProgressLabel: { sv: "Hämtning från Kolada", en: "Fetching from Kolada" },
  koladaFetchProgress: { sv: "{done} av {total} indikatorer", en: "{done} of {total} indicators" },
  koladaFetchStarted: { sv: "Hämtar från Kolada …", en: "Fetching from Kolada …" },
  koladaFetchCancel: { sv: "Avbryt", en: "Cancel" },
  koladaFetchDone: {
    sv: "{count} värden hämtades {time} och ersatte exempelvärdena.",
    en: "{count} values were fetched at {time} and replaced the sample values.",
  },
  koladaFetchDoneReplaced: {
    sv: "{count} värden hämtades {time} och ersatte de tidigare värdena.",
    en: "{count} values were fetched at {time} and replaced the previous values.",
  },
  koladaFetchUnmapped: {
    sv: "{count} punkter från Kolada kunde inte bli värden (grupper, återkallade värden) och lästes inte in.",
    en: "{count} points from Kolada could not become values (groups, withdrawn values) and were not read.",
  },
  koladaFetchFailed: { sv: "Hämtningen misslyckades.", en: "The fetch failed." },
  koladaFetchCancelled: {
    sv: "Hämtningen avbröts. Inga värden har ändrats.",
    en: "The fetch was cancelled. No values were changed.",
  },
  koladaFetchRefused: {
    sv: "De hämtade värdena togs inte emot ({count} fel). Inga värden har ändrats:",
    en: "The values fetched were not accepted ({count} issues). No values were changed:",
  },
  koladaFetchCurrentLabel: { sv: "Värdena nu", en: "The values now" },
  koladaFetchCurrent: {
    sv: "{title} (KPI {kpi}): {count} värden. {sources}",
    en: "{title} (KPI {kpi}): {count} values. {sources}",
  },
  koladaFetchCurrentNone: { sv: "{title} (KPI {kpi}): inga värden ännu.", en: "{title} (KPI {kpi}): no values yet." },
  koladaFetchSource: { sv: "Källa: Kolada", en: "Source: Kolada" },
} as const;

/** A key of {@link KOLADA_FETCH_MESSAGES}. */
export type KoladaFetchMessageKey = keyof typeof KOLADA_FETCH_MESSAGES;
