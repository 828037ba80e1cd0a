/**
 * The names of the timeline's periods, through `Intl`: "2025", "kvartal 2 2025", "maj 2025".
 */
import { INTL_LOCALE } from "../i18n/format.js";
import type { TimelineWindow } from "./layout.js";
import type { TimelineTools } from "./messages.js";

const monthYear = new Map<string, Intl.DateTimeFormat>();
const monthOnly = new Map<string, Intl.DateTimeFormat>();

function format(
  cache: Map<string, Intl.DateTimeFormat>,
  locale: string,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  let formatter = cache.get(locale);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat(locale, { ...options, timeZone: "UTC" });
    cache.set(locale, formatter);
  }
  return formatter;
}

const utc = (isoDate: string) => new Date(`${isoDate}T00:00:00Z`);

/** The month's name as the axis shows it: "maj", "May". */
export function monthName(isoDate: string, tools: TimelineTools): string {
  return format(monthOnly, INTL_LOCALE[tools.locale], { month: "short" }).format(utc(isoDate)).replace(/\.$/, "");
}

/** The period in view in words: "2025", "kvartal 2 2025", "maj 2025". */
export function periodName(period: TimelineWindow, tools: TimelineTools): string {
  const year = period.from.slice(0, 4);
  if (period.zoom === "year") return year;
  if (period.zoom === "quarter")
    return tools.t("timelineQuarter", { quarter: Math.floor((Number(period.from.slice(5, 7)) - 1) / 3) + 1, year });
  return format(monthYear, INTL_LOCALE[tools.locale], { month: "long", year: "numeric" }).format(utc(period.from));
}
