/**
 * Calendar arithmetic on `YYYY-MM-DD` dates, in UTC so that no time zone or clock is involved.
 */
import type { IsoDate } from "../common/primitives.js";

const MS_PER_DAY = 86_400_000;

function parts(date: IsoDate): [number, number, number] {
  return [Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))];
}

function format(time: number): IsoDate {
  const d = new Date(time);
  const year = String(d.getUTCFullYear()).padStart(4, "0");
  const month = String(d.getUTCMonth() + 1).padStart(2, "0");
  const day = String(d.getUTCDate()).padStart(2, "0");
  return `${year}-${month}-${day}`;
}

function utc(year: number, monthIndex: number, day: number): number {
  const d = new Date(0);
  // setUTCFullYear, unlike Date.UTC, keeps years 0–99 as they are.
  d.setUTCFullYear(year, monthIndex, day);
  return d.getTime();
}

/** `date` moved by `days` (negative moves back). */
export function addDays(date: IsoDate, days: number): IsoDate {
  const [year, month, day] = parts(date);
  return format(utc(year, month - 1, day) + days * MS_PER_DAY);
}

/** `date` moved by `months`; a day past the end of the target month becomes its last day (Jan 31 + 1 → Feb 28/29). */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const [year, month, day] = parts(date);
  const lastDay = new Date(utc(year, month - 1 + months + 1, 0)).getUTCDate();
  return format(utc(year, month - 1 + months, Math.min(day, lastDay)));
}

/** Whole months from `from` up to `endExclusive` (2024-01-01 → 2025-01-01 is 12). */
export function completedMonths(from: IsoDate, endExclusive: IsoDate): number {
  const [y1, m1] = parts(from);
  const [y2, m2] = parts(endExclusive);
  let months = (y2 - y1) * 12 + (m2 - m1);
  while (months > 0 && addMonths(from, months) > endExclusive) months -= 1;
  return Math.max(0, months);
}
