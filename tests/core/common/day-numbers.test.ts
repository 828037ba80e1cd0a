/**
 * The core's day arithmetic against `Date`'s own calendar (proleptic Gregorian in UTC), over every year from
 * 1 to 9999: the day numbers both ways, the weekday, the ISO week and the start of a month, which the kit's
 * timeline counts its periods, columns and week ticks with.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as timeline from "@systemledning/core/timeline";
import {
  civilOf,
  dayNumberOf,
  dayNumberOfIso,
  isoDateOf,
  isoWeekOf,
  monthStartOf,
  nthWeekdayOfMonth,
  weekdayOf,
} from "../../../packages/core/src/common/day-numbers.js";

const SEED = 20261122;
const DAY_MS = 86_400_000;

/** `Date`'s day number of a civil date; `setUTCFullYear`, because `Date.UTC` reads years 0–99 as 1900–1999. */
function utcDayNumber(year: number, month: number, day: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return Math.round(date.getTime() / DAY_MS);
}

/** The ISO week of a day as `Date` finds it: the Thursday of its week, and that Thursday's place in its year. */
function utcIsoWeek(dayNumber: number): number {
  const date = new Date(dayNumber * DAY_MS);
  const isoWeekday = date.getUTCDay() === 0 ? 7 : date.getUTCDay();
  date.setUTCDate(date.getUTCDate() + 4 - isoWeekday);
  const yearStart = utcDayNumber(date.getUTCFullYear(), 1, 1);
  return Math.ceil((Math.round(date.getTime() / DAY_MS) - yearStart + 1) / 7);
}

/** Any day from 0001-01-01 to 9999-12-31. */
const anyDay = fc.integer({ min: utcDayNumber(1, 1, 1), max: utcDayNumber(9999, 12, 31) });

describe("day numbers", () => {
  it("count days as Date.UTC does, both ways and through YYYY-MM-DD (property)", () => {
    fc.assert(
      fc.property(anyDay, (day) => {
        const date = new Date(day * DAY_MS);
        const civil: [number, number, number] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
        expect(civilOf(day)).toEqual(civil);
        expect(dayNumberOf(...civil)).toBe(day);
        expect(isoDateOf(day)).toBe(date.toISOString().slice(0, 10));
        expect(dayNumberOfIso(isoDateOf(day))).toBe(day);
      }),
      { seed: SEED, numRuns: 1000 },
    );
  });
});

describe("weekdayOf", () => {
  it("numbers the days of the week as ISO 8601 does, Monday 1 to Sunday 7", () => {
    expect(weekdayOf(0)).toBe(4);
    expect(weekdayOf(dayNumberOfIso("2025-11-10"))).toBe(1);
    expect(weekdayOf(dayNumberOfIso("2025-11-16"))).toBe(7);
  });

  it("agrees with Date's getUTCDay on every day, before 1970 too (property)", () => {
    fc.assert(
      fc.property(anyDay, (day) => {
        expect(weekdayOf(day)).toBe(((new Date(day * DAY_MS).getUTCDay() + 6) % 7) + 1);
      }),
      { seed: SEED, numRuns: 2000 },
    );
  });
});

describe("nthWeekdayOfMonth", () => {
  it("finds the second Thursday and the last Friday", () => {
    expect(isoDateOf(nthWeekdayOfMonth(2025, 3, 4, 2))).toBe("2025-03-13");
    expect(isoDateOf(nthWeekdayOfMonth(2022, 1, 5, -1))).toBe("2022-01-28");
  });

  it("always gives the requested weekday inside the month", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1970, max: 2200 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 7 }),
        fc.constantFrom(1, 2, 3, 4, -1),
        (year, month, weekday, ordinal) => {
          const day = nthWeekdayOfMonth(year, month, weekday, ordinal);
          expect(weekdayOf(day)).toBe(weekday);
          expect(isoDateOf(day).slice(0, 7)).toBe(`${year}-${String(month).padStart(2, "0")}`);
          if (ordinal === -1)
            expect(isoDateOf(day + 7).slice(0, 7)).not.toBe(`${year}-${String(month).padStart(2, "0")}`);
          if (ordinal > 0) expect(Math.floor((Number(isoDateOf(day).slice(8)) - 1) / 7) + 1).toBe(ordinal);
        },
      ),
      { seed: SEED, numRuns: 500 },
    );
  });
});

describe("isoWeekOf", () => {
  it("numbers weeks as Swedish calendars do (ISO 8601)", () => {
    expect(isoWeekOf(dayNumberOfIso("2025-01-01"))).toBe(1);
    expect(isoWeekOf(dayNumberOfIso("2024-12-30"))).toBe(1);
    expect(isoWeekOf(dayNumberOfIso("2021-01-03"))).toBe(53);
    expect(isoWeekOf(dayNumberOfIso("2025-11-13"))).toBe(46);
  });

  it("agrees with the week Date finds, changes only on Mondays, and runs from 1 to 52 or 53 (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: utcDayNumber(2, 1, 1), max: utcDayNumber(9998, 12, 31) }), (day) => {
        const week = isoWeekOf(day);
        expect(week).toBe(utcIsoWeek(day));
        expect(week).toBeGreaterThanOrEqual(1);
        expect(week).toBeLessThanOrEqual(53);
        const next = isoWeekOf(day + 1);
        if (weekdayOf(day + 1) === 1) expect(next === week + 1 || next === 1).toBe(true);
        else expect(next).toBe(week);
      }),
      { seed: SEED, numRuns: 2000 },
    );
  });
});

describe("monthStartOf", () => {
  it("gives the first day of a month, and rolls months past December into the next year", () => {
    expect(isoDateOf(monthStartOf(2025, 5))).toBe("2025-05-01");
    expect(isoDateOf(monthStartOf(2025, 13))).toBe("2026-01-01");
    expect(isoDateOf(monthStartOf(2025, 13) - 1)).toBe("2025-12-31");
    expect(isoDateOf(monthStartOf(2025, 0))).toBe("2024-12-01");
  });

  it("agrees with Date.UTC for any month number, before 1 and past 12 (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1600, max: 2600 }), fc.integer({ min: -40, max: 40 }), (year, month) => {
        expect(monthStartOf(year, month)).toBe(Date.UTC(year, month - 1, 1) / DAY_MS);
        if (month >= 1 && month <= 12) expect(monthStartOf(year, month)).toBe(dayNumberOf(year, month, 1));
      }),
      { seed: SEED, numRuns: 2000 },
    );
  });
});

describe("@systemledning/core/timeline", () => {
  it("exports the day arithmetic the kit's timeline counts with, the same functions as common/", () => {
    expect(timeline.dayNumberOfIso).toBe(dayNumberOfIso);
    expect(timeline.isoDateOf).toBe(isoDateOf);
    expect(timeline.weekdayOf).toBe(weekdayOf);
    expect(timeline.isoWeekOf).toBe(isoWeekOf);
    expect(timeline.monthStartOf).toBe(monthStartOf);
  });
});
