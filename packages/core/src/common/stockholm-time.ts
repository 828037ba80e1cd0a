/**
 * Europe/Stockholm time by the EU rule (Directive 2000/84/EC, in force in Sweden since 1996): summer time
 * (UTC+2) from 01:00 UTC on the last Sunday of March to 01:00 UTC on the last Sunday of October, UTC+1
 * otherwise. Computed with integers, so it needs no time-zone database and gives the same answer in every
 * browser and in Node. Dates before 1996 get the same rule (not Sweden's earlier history).
 */
import { dayNumberOf, isoDateOf, nthWeekdayOfMonth } from "./day-numbers.js";

/** A calendar date `YYYY-MM-DD`. */
type IsoDate = string;
/** An ISO 8601 instant with an offset or `Z`. */
type IsoDateTime = string;

const MS_PER_MINUTE = 60_000;
const MS_PER_DAY = 86_400_000;
const ONE_AM_UTC = 3_600_000;

/** The instants (ms since the epoch) summer time starts and ends in `year`. */
export function summerTimeBounds(year: number): { readonly start: number; readonly end: number } {
  return {
    start: nthWeekdayOfMonth(year, 3, 7, -1) * MS_PER_DAY + ONE_AM_UTC,
    end: nthWeekdayOfMonth(year, 10, 7, -1) * MS_PER_DAY + ONE_AM_UTC,
  };
}

const boundsCache = new Map<number, { readonly start: number; readonly end: number }>();

/**
 * Stockholm's offset from UTC, in minutes, at the instant `epochMs`: 120 in summer time, else 60.
 *
 * @example
 * stockholmOffsetMinutes(Date.parse("2025-03-30T00:59:59Z")) // 60
 * stockholmOffsetMinutes(Date.parse("2025-03-30T01:00:00Z")) // 120
 */
export function stockholmOffsetMinutes(epochMs: number): 60 | 120 {
  // An estimate of the year, off by one at most around New Year, when either year's bounds give winter time.
  const year = Math.floor(epochMs / MS_PER_DAY / 365.2425) + 1970;
  let bounds = boundsCache.get(year);
  if (bounds === undefined) boundsCache.set(year, (bounds = summerTimeBounds(year)));
  return epochMs >= bounds.start && epochMs < bounds.end ? 120 : 60;
}

/** A wall-clock reading in Stockholm. */
export interface StockholmDateTime {
  readonly date: IsoDate;
  /** `HH:MM:SS`. */
  readonly time: string;
  /** Minutes ahead of UTC: 60 or 120. */
  readonly offsetMinutes: 60 | 120;
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

/**
 * The Stockholm wall-clock date and time of an instant.
 *
 * @example
 * toStockholm(Date.parse("2025-10-26T00:30:00Z")) // { date: "2025-10-26", time: "02:30:00", offsetMinutes: 120 }
 */
export function toStockholm(epochMs: number): StockholmDateTime {
  const offsetMinutes = stockholmOffsetMinutes(epochMs);
  const local = epochMs + offsetMinutes * MS_PER_MINUTE;
  const dayNumber = Math.floor(local / MS_PER_DAY);
  const msOfDay = local - dayNumber * MS_PER_DAY;
  const seconds = Math.floor(msOfDay / 1000);
  const time = `${pad2(Math.floor(seconds / 3600))}:${pad2(Math.floor(seconds / 60) % 60)}:${pad2(seconds % 60)}`;
  return { date: isoDateOf(dayNumber), time, offsetMinutes };
}

/** The Stockholm calendar date of an ISO instant (`2025-03-13T23:30:00Z` is the 14th in Stockholm). */
export function stockholmDateOf(instant: IsoDateTime): IsoDate {
  return isoDateOf(stockholmDayNumberOf(instant));
}

/** The day number (days since 1970-01-01) of an ISO instant's Stockholm date: {@link stockholmDateOf} as a number. */
export function stockholmDayNumberOf(instant: IsoDateTime): number {
  const epochMs = Date.parse(instant);
  return Math.floor((epochMs + stockholmOffsetMinutes(epochMs) * MS_PER_MINUTE) / MS_PER_DAY);
}

/**
 * The instant of a Stockholm wall-clock time. A time that does not exist (02:00–02:59 on the last Sunday of
 * March) is read as if the clock had not been put forward yet (02:30 becomes 03:30 summer time); a time that
 * occurs twice (02:00–02:59 on the last Sunday of October) is the earlier one, in summer time. This is what
 * RFC 5545 §3.3.5 asks of calendar clients, so a planned time and its iCalendar event agree.
 *
 * @example
 * new Date(fromStockholm("2025-03-13", "09:00")).toISOString() // "2025-03-13T08:00:00.000Z"
 */
export function fromStockholm(date: IsoDate, time: string): number {
  const wall =
    dayNumberOf(Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))) * MS_PER_DAY +
    wallMs(time);
  const summer = wall - 120 * MS_PER_MINUTE;
  if (stockholmOffsetMinutes(summer) === 120) return summer;
  const winter = wall - 60 * MS_PER_MINUTE;
  // In the spring gap neither reading is consistent: keep the standard-time reading, which lands an hour later on the wall.
  return winter;
}

/**
 * Whether a Stockholm wall-clock time occurs twice: 02:00–02:59 on the last Sunday of October, once in
 * summer time and an hour later again in standard time. Such a local time alone does not say which instant
 * it is (calendar clients differ in the one they pick), so an instant there is written in UTC (iCalendar).
 *
 * @example
 * isRepeatedStockholmTime("2025-10-26", "02:30") // true
 * isRepeatedStockholmTime("2025-10-26", "03:00") // false
 */
export function isRepeatedStockholmTime(date: IsoDate, time: string): boolean {
  const wall =
    dayNumberOf(Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))) * MS_PER_DAY +
    wallMs(time);
  return (
    stockholmOffsetMinutes(wall - 120 * MS_PER_MINUTE) === 120 &&
    stockholmOffsetMinutes(wall - 60 * MS_PER_MINUTE) === 60
  );
}

function wallMs(time: string): number {
  const [hours = 0, minutes = 0, seconds = 0] = time.split(":").map(Number);
  return ((hours * 60 + minutes) * 60 + seconds) * 1000;
}

/**
 * An instant as ISO 8601 with Stockholm's offset: `2025-06-12T09:00:00+02:00`.
 *
 * @example
 * formatStockholmInstant(Date.parse("2025-01-10T08:00:00Z")) // "2025-01-10T09:00:00+01:00"
 */
export function formatStockholmInstant(epochMs: number): IsoDateTime {
  const { date, time, offsetMinutes } = toStockholm(epochMs);
  return `${date}T${time}${offsetMinutes === 120 ? "+02:00" : "+01:00"}`;
}
