/**
 * Calendar arithmetic on `YYYY-MM-DD` dates in whole numbers (no `Date`, so no time zone or clock is
 * involved, and no object is made per step: the chair history of every forum is computed in one go).
 */
import { addDays, dayNumberOf, daysInMonth, isoDateOf } from "../common/day-numbers.js";
import type { IsoDate } from "../schema/primitives.js";

export { addDays };

const format = (year: number, month: number, day: number): IsoDate => isoDateOf(dayNumberOf(year, month, day));

function parts(date: IsoDate): [number, number, number] {
  return [Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))];
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
