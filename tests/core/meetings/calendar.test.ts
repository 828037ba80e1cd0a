import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { easterSunday, getSwedishHolidays } from "@systemledning/core/meetings";
import { dayNumberOfIso, isoDateOf, weekdayOf } from "../../../packages/core/src/common/day-numbers.js";
import { nonMeetingReason } from "../../../packages/core/src/meetings/calendar.js";

const SEED = 20261122;

describe("easterSunday", () => {
  it.each([
    [2024, "2024-03-31"],
    [2025, "2025-04-20"],
    [2026, "2026-04-05"],
    [2038, "2038-04-25"],
    [2285, "2285-03-22"],
  ])("puts Easter %i on %s", (year, date) => {
    expect(isoDateOf(easterSunday(year))).toBe(date);
  });

  it("is always a Sunday between 22 March and 25 April", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1583, max: 4099 }), (year) => {
        const day = easterSunday(year);
        expect(weekdayOf(day)).toBe(7);
        const date = isoDateOf(day).slice(5);
        expect(date >= "03-22" && date <= "04-25").toBe(true);
      }),
      { seed: SEED, numRuns: 500 },
    );
  });
});

describe("getSwedishHolidays", () => {
  it("lists the public holidays and eves of 2025 in date order", () => {
    expect(getSwedishHolidays(2025).map((h) => `${h.date} ${h.name.sv}`)).toEqual(
      [
        "2025-01-01 Nyårsdagen",
        "2025-01-06 Trettondedag jul",
        "2025-04-18 Långfredagen",
        "2025-04-19 Påskafton",
        "2025-04-20 Påskdagen",
        "2025-04-21 Annandag påsk",
        "2025-05-01 Första maj",
        "2025-05-29 Kristi himmelsfärdsdag",
        "2025-06-07 Pingstafton",
        "2025-06-06 Sveriges nationaldag",
        "2025-06-08 Pingstdagen",
        "2025-06-20 Midsommarafton",
        "2025-06-21 Midsommardagen",
        "2025-11-01 Alla helgons dag",
        "2025-12-24 Julafton",
        "2025-12-25 Juldagen",
        "2025-12-26 Annandag jul",
        "2025-12-31 Nyårsafton",
      ].sort((a, b) => (a < b ? -1 : 1)),
    );
  });

  it("puts Midsummer Day on the Saturday 20–26 June and All Saints' Day on the Saturday 31 October–6 November", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2200 }), (year) => {
        const holidays = getSwedishHolidays(year);
        const midsummer = holidays.find((h) => h.name.sv === "Midsommardagen")!.date;
        const eve = holidays.find((h) => h.name.sv === "Midsommarafton")!.date;
        const allSaints = holidays.find((h) => h.name.sv === "Alla helgons dag")!.date;
        expect(weekdayOf(dayNumberOfIso(midsummer))).toBe(6);
        expect(midsummer.slice(5) >= "06-20" && midsummer.slice(5) <= "06-26").toBe(true);
        expect(dayNumberOfIso(midsummer) - dayNumberOfIso(eve)).toBe(1);
        expect(weekdayOf(dayNumberOfIso(allSaints))).toBe(6);
        expect(allSaints >= `${year}-10-31` && allSaints <= `${year}-11-06`).toBe(true);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it("marks eves as eves and the rest as public holidays", () => {
    const eves = getSwedishHolidays(2026)
      .filter((h) => h.kind === "eve")
      .map((h) => h.name.sv);
    expect(eves).toEqual(["Påskafton", "Pingstafton", "Midsommarafton", "Julafton", "Nyårsafton"]);
  });
});

describe("nonMeetingReason", () => {
  it("names weekends, holidays and, only when they count, eves", () => {
    expect(nonMeetingReason(dayNumberOfIso("2025-06-20"), true)?.sv).toBe("Midsommarafton");
    expect(nonMeetingReason(dayNumberOfIso("2025-06-20"), false)).toBeNull();
    expect(nonMeetingReason(dayNumberOfIso("2025-12-24"), true)?.sv).toBe("Julafton");
    expect(nonMeetingReason(dayNumberOfIso("2025-05-29"), false)?.en).toBe("Ascension Day");
    expect(nonMeetingReason(dayNumberOfIso("2025-03-15"), true)?.sv).toBe("Lördag");
    expect(nonMeetingReason(dayNumberOfIso("2025-03-16"), true)?.sv).toBe("Söndag");
    expect(nonMeetingReason(dayNumberOfIso("2025-03-14"), true)).toBeNull();
  });
});
