/**
 * The Swedish calendar as whole numbers: civil dates as day numbers (days since 1970-01-01), ISO weekdays,
 * Easter, and the public holidays of *lag (1989:253) om allmänna helgdagar* plus the eves that are
 * non-working in practice. No `Date`, so no clock and no time zone is involved.
 */
import { dayNumberOf, isoDateOf, weekdayOf } from "../common/day-numbers.js";
import type { IsoDate, LocalizedText } from "../schema/primitives.js";

/**
 * The day number of Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm, also
 * known as Meeus/Jones/Butcher).
 *
 * @example
 * isoDateOf(easterSunday(2025)) // "2025-04-20"
 */
export function easterSunday(year: number): number {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return dayNumberOf(year, month, day);
}

/** A day that is not a normal working day in Sweden. */
export interface SwedishHoliday {
  readonly date: IsoDate;
  /** `public-holiday`: an *allmän helgdag* by law. `eve`: an *afton*, non-working in practice (collective agreements). */
  readonly kind: "public-holiday" | "eve";
  readonly name: LocalizedText;
}

const h = (sv: string, en: string): LocalizedText => ({ sv, en });

/** A day of the year's holiday list before it is turned into dates. */
type HolidaySpec = readonly [dayNumber: number, kind: SwedishHoliday["kind"], name: LocalizedText];

/** The Saturday in the days `from`..`from + 6` of a month (Midsummer Day, All Saints' Day). */
function saturdayFrom(year: number, month: number, day: number): number {
  const first = dayNumberOf(year, month, day);
  return first + ((6 - weekdayOf(first) + 7) % 7);
}

function holidaySpecs(year: number): HolidaySpec[] {
  const easter = easterSunday(year);
  const midsummerDay = saturdayFrom(year, 6, 20);
  const allSaints = saturdayFrom(year, 10, 31);
  return [
    [dayNumberOf(year, 1, 1), "public-holiday", h("Nyårsdagen", "New Year's Day")],
    [dayNumberOf(year, 1, 6), "public-holiday", h("Trettondedag jul", "Epiphany")],
    [easter - 2, "public-holiday", h("Långfredagen", "Good Friday")],
    [easter - 1, "eve", h("Påskafton", "Easter Eve")],
    [easter, "public-holiday", h("Påskdagen", "Easter Day")],
    [easter + 1, "public-holiday", h("Annandag påsk", "Easter Monday")],
    [dayNumberOf(year, 5, 1), "public-holiday", h("Första maj", "May Day")],
    [easter + 39, "public-holiday", h("Kristi himmelsfärdsdag", "Ascension Day")],
    [easter + 48, "eve", h("Pingstafton", "Whitsun Eve")],
    [easter + 49, "public-holiday", h("Pingstdagen", "Whit Sunday")],
    [dayNumberOf(year, 6, 6), "public-holiday", h("Sveriges nationaldag", "National Day of Sweden")],
    [midsummerDay - 1, "eve", h("Midsommarafton", "Midsummer Eve")],
    [midsummerDay, "public-holiday", h("Midsommardagen", "Midsummer Day")],
    [allSaints, "public-holiday", h("Alla helgons dag", "All Saints' Day")],
    [dayNumberOf(year, 12, 24), "eve", h("Julafton", "Christmas Eve")],
    [dayNumberOf(year, 12, 25), "public-holiday", h("Juldagen", "Christmas Day")],
    [dayNumberOf(year, 12, 26), "public-holiday", h("Annandag jul", "Boxing Day")],
    [dayNumberOf(year, 12, 31), "eve", h("Nyårsafton", "New Year's Eve")],
  ];
}

/**
 * The Swedish public holidays of `year` (*allmänna helgdagar*, SFS 1989:253) and the eves that are
 * non-working in practice (påskafton, pingstafton, midsommarafton, julafton, nyårsafton), in date order.
 * Sundays are holidays by the same law but are not listed: every weekend is a non-meeting day anyway.
 *
 * @example
 * getSwedishHolidays(2025).find((d) => d.name.sv === "Midsommarafton")?.date // "2025-06-20"
 */
export function getSwedishHolidays(year: number): SwedishHoliday[] {
  return holidaySpecs(year)
    .sort((a, b) => a[0] - b[0])
    .map(([dayNumber, kind, name]) => ({ date: isoDateOf(dayNumber), kind, name }));
}

/** Holidays by day number, filled a year at a time: a ten-year plan of 300 forums asks hundreds of thousands of times. */
const holidaysByDay = new Map<number, HolidaySpec>();
const loadedYears = new Set<number>();

/** The holiday spec on a day number, or undefined (no allocation: deadlines ask this in loops). */
function holidaySpecOn(dayNumber: number): HolidaySpec | undefined {
  // An estimate of the year that is off by at most one near New Year, so the years around it are loaded too.
  const year = Math.floor(dayNumber / 365.2425) + 1970;
  if (!loadedYears.has(year)) {
    for (let y = year - 1; y <= year + 1; y++) {
      if (loadedYears.has(y)) continue;
      loadedYears.add(y);
      for (const spec of holidaySpecs(y)) holidaysByDay.set(spec[0], spec);
    }
  }
  return holidaysByDay.get(dayNumber);
}

/** The holiday or eve on a day number, or undefined. */
export function holidayOn(
  dayNumber: number,
): { readonly kind: SwedishHoliday["kind"]; readonly name: LocalizedText } | undefined {
  const spec = holidaySpecOn(dayNumber);
  return spec === undefined ? undefined : { kind: spec[1], name: spec[2] };
}

/** Whether a day is a meeting day: what {@link nonMeetingReason} answers with null, without making the reason. */
export function isMeetingDay(dayNumber: number, evesCount: boolean): boolean {
  const weekday = weekdayOf(dayNumber);
  if (weekday >= 6) return false;
  const spec = holidaySpecOn(dayNumber);
  return spec === undefined || (spec[1] !== "public-holiday" && !evesCount);
}

/** Why a day is not a meeting day: a weekend, a holiday or an eve (when eves count), or null when it is one. */
export function nonMeetingReason(dayNumber: number, evesCount: boolean): LocalizedText | null {
  const holiday = holidayOn(dayNumber);
  if (holiday !== undefined && (holiday.kind === "public-holiday" || evesCount)) return holiday.name;
  const weekday = weekdayOf(dayNumber);
  if (weekday === 6) return h("Lördag", "Saturday");
  if (weekday === 7) return h("Söndag", "Sunday");
  return null;
}
