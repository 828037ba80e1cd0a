/**
 * Civil dates as whole day numbers (days since 1970-01-01), both ways, without `Date`: no clock and no time
 * zone are involved, and no object is made per step. Every module that counts days (the structure module's
 * month steps, the meetings module's Swedish calendar, the timeline, the kit's timeline) counts with these.
 * Dates are `YYYY-MM-DD` strings (the schemas' `IsoDate`).
 */

/** A calendar date `YYYY-MM-DD` (a day in Sweden, no time zone). */
type IsoDate = string;

/** Days since 1970-01-01 of a civil date (Howard Hinnant's days_from_civil). */
export function dayNumberOf(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  return era * 146097 + yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear - 719468;
}

/** The civil date `[year, month, day]` of a day number (Howard Hinnant's civil_from_days). */
export function civilOf(dayNumber: number): [number, number, number] {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return [yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day];
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

/** The `YYYY-MM-DD` of a day number. */
export function isoDateOf(dayNumber: number): IsoDate {
  const cacheable = Number.isInteger(dayNumber) && dayNumber >= 0 && dayNumber < ISO_DATE_CACHE_DAYS;
  if (cacheable) {
    const known = isoDateCache[dayNumber];
    if (known !== undefined) return known;
  }
  const [y, m, d] = civilOf(dayNumber);
  const date = `${String(y).padStart(4, "0")}-${pad2(m)}-${pad2(d)}`;
  if (cacheable) isoDateCache[dayNumber] = date;
  return date;
}

/** Days 1970-01-01 up to 2200 (the planning range): the compliance of 10,000 meetings formats ~60,000 dates. */
const ISO_DATE_CACHE_DAYS = 84_000;
const isoDateCache: (IsoDate | undefined)[] = [];

/** The day number of a `YYYY-MM-DD`. */
export function dayNumberOfIso(date: IsoDate): number {
  return dayNumberOf(Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10)));
}

/** `date` moved by `days`. */
export function addDays(date: IsoDate, days: number): IsoDate {
  return isoDateOf(dayNumberOfIso(date) + days);
}

const isLeapYear = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/** Days in `month` (1–12) of `year`. */
export function daysInMonth(year: number, month: number): number {
  return month === 2 ? (isLeapYear(year) ? 29 : 28) : [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
}

/**
 * The weekday of a day number as ISO 8601 counts it, and Swedish calendars with it: 1 Monday … 7 Sunday
 * (1970-01-01, day 0, was a Thursday).
 *
 * @example
 * weekdayOf(dayNumberOfIso("2025-11-13")) // 4, a Thursday
 */
export function weekdayOf(dayNumber: number): number {
  return ((((dayNumber + 3) % 7) + 7) % 7) + 1;
}

/**
 * The day number of the `ordinal` `weekday` (ISO, 1 Monday) of a month; `ordinal` -1 is the last one.
 *
 * @example
 * isoDateOf(nthWeekdayOfMonth(2025, 3, 4, 2)) // "2025-03-13", the second Thursday of March 2025
 */
export function nthWeekdayOfMonth(year: number, month: number, weekday: number, ordinal: number): number {
  if (ordinal === -1) {
    const last = dayNumberOf(year, month, daysInMonth(year, month));
    return last - ((weekdayOf(last) - weekday + 7) % 7);
  }
  const first = dayNumberOf(year, month, 1);
  return first + ((weekday - weekdayOf(first) + 7) % 7) + 7 * (ordinal - 1);
}

/**
 * The ISO 8601 week number of a day number (the Swedish *vecka*): weeks start on Monday, and week 1 is the
 * week with the year's first Thursday, so the days around New Year may belong to the other year's week.
 *
 * @example
 * isoWeekOf(dayNumberOfIso("2024-12-30")) // 1, the week of Thursday 2 January 2025
 * isoWeekOf(dayNumberOfIso("2021-01-03")) // 53, the last week of 2020
 */
export function isoWeekOf(dayNumber: number): number {
  // A week belongs to the year of its Thursday, and is numbered by that Thursday's place in the year.
  const thursday = dayNumber - weekdayOf(dayNumber) + 4;
  return Math.floor((thursday - dayNumberOf(civilOf(thursday)[0], 1, 1)) / 7) + 1;
}

/**
 * The day number of the first day of `month` of `year`; a month past 12 rolls into the following years and
 * one before 1 into the previous ones, as `Date.UTC` counts them, so a period's end is the next month's
 * start less one day even in December.
 *
 * @example
 * isoDateOf(monthStartOf(2025, 13) - 1) // "2025-12-31"
 */
export function monthStartOf(year: number, month: number): number {
  const monthIndex = month - 1;
  const yearsOver = Math.floor(monthIndex / 12);
  return dayNumberOf(year + yearsOver, monthIndex - yearsOver * 12 + 1, 1);
}
