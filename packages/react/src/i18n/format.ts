/**
 * Numbers, percentages and dates for people to read, through `Intl` (docs/quality.md A14): Swedish grouping with a
 * no-break space (12 345), a decimal comma (2,8), and Swedish date words. Formatters are built once per
 * locale and option set, because building an `Intl.NumberFormat` costs far more than using one, and a chart
 * formats hundreds of labels per render.
 */
import type { Locale, LocalizedString } from "@systemledning/core/workspace";

/** The languages of the kit: Swedish first, English on request (the core's `Locale`). */
export type KitLocale = Locale;

/** A text in Swedish and, optionally, English: the shape of every profile text (the core's `LocalizedString`). */
export type KitLocalizedText = LocalizedString;

/** The BCP 47 tag each kit locale formats with. */
export const INTL_LOCALE: Readonly<Record<KitLocale, string>> = { sv: "sv-SE", en: "en-GB" };

const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const weekdayFormats = new Map<KitLocale, Intl.DateTimeFormat>();
const formattedDates = new Map<string, string>();
/** About ten years of days in two languages; beyond it the cache starts over rather than grow. */
const FORMATTED_DATES_MAX = 8000;

function numberFormat(locale: KitLocale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${options.style ?? ""}|${options.minimumFractionDigits ?? ""}|${options.maximumFractionDigits ?? ""}|${String(options.useGrouping ?? "")}`;
  let format = numberFormats.get(key);
  if (format === undefined) {
    format = new Intl.NumberFormat(INTL_LOCALE[locale], options);
    numberFormats.set(key, format);
  }
  return format;
}

/** Options of {@link formatLocaleNumber}. */
export interface FormatNumberOptions {
  /** Most decimals shown. @default 1 */
  readonly maximumFractionDigits?: number;
  /** Fewest decimals shown. @default 0 */
  readonly minimumFractionDigits?: number;
}

/**
 * A number for display: grouped by the locale (a no-break space in Swedish), rounded to at most one decimal
 * unless told otherwise. Rounding happens here, at display, never in the data (docs/quality.md D4).
 *
 * @example
 * formatLocaleNumber(12345.678, "sv") // "12 345,7" (with U+00A0 as the group separator)
 * formatLocaleNumber(2.8333, "en", { maximumFractionDigits: 2 }) // "2.83"
 */
export function formatLocaleNumber(value: number, locale: KitLocale, options: FormatNumberOptions = {}): string {
  const maximumFractionDigits = options.maximumFractionDigits ?? 1;
  const minimumFractionDigits = Math.min(options.minimumFractionDigits ?? 0, maximumFractionDigits);
  return numberFormat(locale, { maximumFractionDigits, minimumFractionDigits })
    .format(value)
    .replace(/\u202f/g, "\u00a0");
}

/**
 * A share (0–1) as a whole percentage: `0.4615` → "46 %" in Swedish (no-break space before the sign), "46%" in English.
 *
 * @example
 * formatLocalePercent(0.4615, "sv") // "46 %"
 */
export function formatLocalePercent(share: number, locale: KitLocale): string {
  return numberFormat(locale, { style: "percent", maximumFractionDigits: 0 })
    .format(share)
    .replace(/\u202f/g, "\u00a0");
}

/**
 * A calendar day (`YYYY-MM-DD`) in words: "14 oktober 2025" / "14 October 2025". The day is read as a
 * calendar date in UTC so that no time zone moves it to the day before.
 *
 * @example
 * formatLocaleDate("2025-10-14", "sv") // "14 oktober 2025"
 */
export function formatLocaleDate(isoDate: string, locale: KitLocale): string {
  // A timeline formats the same few hundred days again on every period change: keep the words.
  const cacheKey = `${locale}|${isoDate}`;
  const cached = formattedDates.get(cacheKey);
  if (cached !== undefined) return cached;
  let format = dateFormats.get(locale);
  if (format === undefined) {
    format = new Intl.DateTimeFormat(INTL_LOCALE[locale], {
      day: "numeric",
      month: "long",
      year: "numeric",
      timeZone: "UTC",
    });
    dateFormats.set(locale, format);
  }
  const [year, month, day] = isoDate.slice(0, 10).split("-").map(Number) as [number, number, number];
  const text = format.format(new Date(Date.UTC(year, month - 1, day)));
  if (formattedDates.size >= FORMATTED_DATES_MAX) formattedDates.clear();
  formattedDates.set(cacheKey, text);
  return text;
}

/**
 * A calendar day with its weekday: "torsdag 12 mars 2026" / "Thursday 12 March 2026", read as a calendar date in
 * UTC so that no time zone moves it.
 *
 * @example
 * formatWeekdayDate("2026-03-12", "sv") // "torsdag 12 mars 2026"
 */
export function formatWeekdayDate(isoDate: string, locale: KitLocale): string {
  let format = weekdayFormats.get(locale);
  if (format === undefined) {
    format = new Intl.DateTimeFormat(INTL_LOCALE[locale], {
      weekday: "long",
      day: "numeric",
      month: "long",
      year: "numeric",
      timeZone: "UTC",
    });
    weekdayFormats.set(locale, format);
  }
  const [year, month, day] = isoDate.slice(0, 10).split("-").map(Number) as [number, number, number];
  return format.format(new Date(Date.UTC(year, month - 1, day)));
}
