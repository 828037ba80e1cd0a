/**
 * Formatting and escaping shared by the HTML and Markdown renderers: localised text with its language,
 * numbers through `Intl.NumberFormat` (Swedish: no-break space between thousands, decimal comma), dates,
 * and escaping of user text so that it always stays text.
 */
import type { BilingualMessage } from "../../common/issues.js";
import { CONTROL_CHARACTERS } from "../../common/html.js";
import type { LocalizedText } from "../../schema/primitives.js";

/** The languages a report is rendered in. */
export type ReportLocale = "sv" | "en";

/** A text in the report's language, and the language it is actually in (Swedish when no English was given). */
export interface LocalizedString {
  readonly text: string;
  readonly lang: ReportLocale;
}

/** `text` in `locale`, falling back to Swedish (and saying so in `lang`, for the HTML `lang` attribute). */
export function pick(text: LocalizedText | BilingualMessage, locale: ReportLocale): LocalizedString {
  if (locale === "en" && text.en !== undefined) return { text: text.en, lang: "en" };
  return { text: text.sv, lang: "sv" };
}

const TAGS: Readonly<Record<string, string>> = { sv: "sv-SE", en: "en-GB" };
const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: ReportLocale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (format === undefined) {
    format = new Intl.NumberFormat(TAGS[locale], options);
    numberFormats.set(key, format);
  }
  return format;
}

/** A number with at most `digits` decimals (sv: `59 820`, `3,5`; the minus sign is U+2212 in Swedish). */
export function formatNumber(value: number, locale: ReportLocale, digits = 2): string {
  return numberFormat(locale, { maximumFractionDigits: digits }).format(value);
}

/** A signed change (`+1,2`, `−0,5`). */
export function formatChange(value: number, locale: ReportLocale, digits = 2): string {
  return numberFormat(locale, { maximumFractionDigits: digits, signDisplay: "exceptZero" }).format(value);
}

/** A share 0–1 as a whole percentage (sv: `46 %` with a no-break space). */
export function formatPercent(share: number, locale: ReportLocale): string {
  return numberFormat(locale, { style: "percent", maximumFractionDigits: 0 }).format(share);
}

const dateFormats = new Map<ReportLocale, Intl.DateTimeFormat>();

/** A calendar date `YYYY-MM-DD` in words (sv: `14 mars 2025`). The date is read in UTC, so no time zone shifts it. */
export function formatDate(date: string, locale: ReportLocale): string {
  let format = dateFormats.get(locale);
  if (format === undefined) {
    format = new Intl.DateTimeFormat(TAGS[locale], { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
    dateFormats.set(locale, format);
  }
  const epoch = Date.parse(`${date}T00:00:00Z`);
  return Number.isNaN(epoch) ? date : format.format(epoch);
}

/**
 * Escape text for Markdown (CommonMark and GitHub's dialect): every ASCII punctuation character that could
 * start markup, a link, an autolink, an entity or inline HTML gets a backslash, so the text renders as itself.
 * With `inTable`, line breaks become spaces (a table cell is one line).
 */
export function escapeMarkdown(text: string, options: { readonly inTable?: boolean } = {}): string {
  const escaped = text
    .replace(CONTROL_CHARACTERS, "\uFFFD")
    .replace(/[\\`*_{}[\]()#+\-.!|<>~=&:@"'^$%]/g, (c) => `\\${c}`);
  return options.inTable === true ? escaped.replace(/\r\n|\r|\n/g, " ") : escaped.replace(/\r\n|\r/g, "\n");
}
