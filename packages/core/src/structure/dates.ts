/**
 * Calendar arithmetic on `YYYY-MM-DD` dates in whole numbers (no `Date`, so no time zone or clock is
 * involved, and no object is made per step: the chair history of every forum is computed in one go).
 */
import { civilOf, dayNumberOf } from "../common/day-numbers.js";
import type { IsoDate } from "../common/primitives.js";

const isLeapYear = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/** Days in `month` (1–12) of `year`. */
function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : DAYS_IN_MONTH[month - 1]!;
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));
const pad4 = (n: number): string => String(n).padStart(4, "0");

function format(year: number, month: number, day: number): IsoDate {
  return `${pad4(year)}-${pad2(month)}-${pad2(day)}`;
}

/** The civil date of a day number. */
function fromDayNumber(dayNumber: number): IsoDate {
  const [year, month, day] = civilOf(dayNumber);
  return format(year, month, day);
}

function parts(date: IsoDate): [number, number, number] {
  return [Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))];
}

/** `date` moved by `days` (negative moves back). */
export function addDays(date: IsoDate, days: number): IsoDate {
  const [year, month, day] = parts(date);
  return fromDayNumber(dayNumberOf(year, month, day) + days);
}

/** `date` moved by `months`; a day past the end of the target month becomes its last day (Jan 31 + 1 → Feb 28/29). */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const [year, month, day] = parts(date);
  const monthIndex = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(monthIndex / 12);
  const targetMonth = monthIndex - targetYear * 12 + 1;
  return format(targetYear, targetMonth, Math.min(day, daysInMonth(targetYear, targetMonth)));
}

/** Whole months from `from` up to `endExclusive` (2024-01-01 → 2025-01-01 is 12). */
export function completedMonths(from: IsoDate, endExclusive: IsoDate): number {
  const [y1, m1] = parts(from);
  const [y2, m2] = parts(endExclusive);
  let months = (y2 - y1) * 12 + (m2 - m1);
  while (months > 0 && addMonths(from, months) > endExclusive) months -= 1;
  return Math.max(0, months);
}
