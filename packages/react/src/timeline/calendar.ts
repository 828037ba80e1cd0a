/**
 * Calendar arithmetic of the timeline on `YYYY-MM-DD` days, through day numbers (days since 1970-01-01 in
 * UTC), so that no time zone or summer time can move a day. The core's dates are Stockholm days already.
 */

/** The day number of a `YYYY-MM-DD` day. */
export function dayNumber(isoDate: string): number {
  const year = Number(isoDate.slice(0, 4));
  const month = Number(isoDate.slice(5, 7));
  const day = Number(isoDate.slice(8, 10));
  return Math.round(Date.UTC(year, month - 1, day) / 86_400_000);
}

/** The `YYYY-MM-DD` day of a day number. */
export function isoDay(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

/** The day number of the first day of a month (month 1–12; months past 12 roll into the next year). */
export function monthStart(year: number, month: number): number {
  return Math.round(Date.UTC(year, month - 1, 1) / 86_400_000);
}

/** Monday = 0 … Sunday = 6, as Swedish calendars count. */
export function weekday(day: number): number {
  // 1970-01-01 was a Thursday (3).
  return (((day + 3) % 7) + 7) % 7;
}

/** The ISO 8601 week number (Swedish *vecka*) of a day. */
export function isoWeek(day: number): number {
  const thursday = day - weekday(day) + 3;
  const year = new Date(thursday * 86_400_000).getUTCFullYear();
  const firstThursday = monthStart(year, 1) + ((3 - weekday(monthStart(year, 1)) + 7) % 7);
  return 1 + Math.round((thursday - firstThursday) / 7);
}
