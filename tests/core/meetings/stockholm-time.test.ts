import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  formatStockholmInstant,
  fromStockholm,
  stockholmOffsetMinutes,
  summerTimeBounds,
  toStockholm,
} from "@systemledning/core/meetings";
import { isRepeatedStockholmTime } from "../../../packages/core/src/common/stockholm-time.js";

const SEED = 20261122;

/** The independent oracle: the platform's time-zone database through Intl. */
const oracle = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Europe/Stockholm",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  hourCycle: "h23",
});

function oracleReading(epochMs: number): { date: string; time: string } {
  const parts = Object.fromEntries(oracle.formatToParts(new Date(epochMs)).map((p) => [p.type, p.value]));
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}:${parts.second}` };
}

const FROM = Date.UTC(1996, 0, 1);
const TO = Date.UTC(2099, 11, 31);

describe("toStockholm", () => {
  it("agrees with Intl's Europe/Stockholm at any instant 1996–2099", () => {
    fc.assert(
      fc.property(fc.integer({ min: FROM / 1000, max: TO / 1000 }), (seconds) => {
        const epochMs = seconds * 1000;
        const { date, time } = toStockholm(epochMs);
        expect({ date, time }).toEqual(oracleReading(epochMs));
      }),
      { seed: SEED, numRuns: 3000 },
    );
  });

  it("agrees with Intl in the hours around every change 2000–2040", () => {
    for (let year = 2000; year <= 2040; year++) {
      const { start, end } = summerTimeBounds(year);
      for (const boundary of [start, end]) {
        for (const delta of [-3_600_001, -1, 0, 1, 1_799_999, 3_600_000]) {
          const { date, time } = toStockholm(boundary + delta);
          expect({ date, time }).toEqual(oracleReading(boundary + delta));
        }
      }
    }
  });
});

describe("stockholmOffsetMinutes", () => {
  it("switches at 01:00 UTC on the last Sundays of March and October", () => {
    expect(stockholmOffsetMinutes(Date.parse("2025-03-30T00:59:59.999Z"))).toBe(60);
    expect(stockholmOffsetMinutes(Date.parse("2025-03-30T01:00:00Z"))).toBe(120);
    expect(stockholmOffsetMinutes(Date.parse("2025-10-26T00:59:59.999Z"))).toBe(120);
    expect(stockholmOffsetMinutes(Date.parse("2025-10-26T01:00:00Z"))).toBe(60);
  });
});

describe("fromStockholm", () => {
  it("reads a wall-clock time back to the same reading (round trip), on any day 1996–2099", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: FROM / 86_400_000, max: TO / 86_400_000 }),
        fc.integer({ min: 0, max: 23 }),
        fc.integer({ min: 0, max: 59 }),
        (day, hour, minute) => {
          const date = new Date(day * 86_400_000).toISOString().slice(0, 10);
          const time = `${String(hour).padStart(2, "0")}:${String(minute).padStart(2, "0")}:00`;
          const reading = toStockholm(fromStockholm(date, time));
          const isGap =
            hour === 2 &&
            date === new Date(summerTimeBounds(Number(date.slice(0, 4))).start).toISOString().slice(0, 10);
          if (!isGap) expect({ date: reading.date, time: reading.time }).toEqual({ date, time });
          else expect(reading.time).toBe(`03:${String(minute).padStart(2, "0")}:00`);
        },
      ),
      { seed: SEED, numRuns: 3000 },
    );
  });

  it("takes the earlier (summer-time) instant of an hour that occurs twice, and moves a time in the gap forward", () => {
    expect(formatStockholmInstant(fromStockholm("2025-10-26", "02:30"))).toBe("2025-10-26T02:30:00+02:00");
    expect(formatStockholmInstant(fromStockholm("2025-03-30", "02:30"))).toBe("2025-03-30T03:30:00+02:00");
  });

  it("gives 09:00 the right offset in the weeks around each change", () => {
    expect(formatStockholmInstant(fromStockholm("2026-03-27", "09:00"))).toBe("2026-03-27T09:00:00+01:00");
    expect(formatStockholmInstant(fromStockholm("2026-03-30", "09:00"))).toBe("2026-03-30T09:00:00+02:00");
    expect(formatStockholmInstant(fromStockholm("2026-10-23", "09:00"))).toBe("2026-10-23T09:00:00+02:00");
    expect(formatStockholmInstant(fromStockholm("2026-10-26", "09:00"))).toBe("2026-10-26T09:00:00+01:00");
  });
});

describe("isRepeatedStockholmTime", () => {
  it("is true exactly for the wall-clock times that two instants share (02:00–02:59 on the last Sunday of October)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1996, max: 2099 }),
        fc.boolean(),
        fc.integer({ min: 0, max: 299 }),
        (year, october, minute) => {
          const change = summerTimeBounds(year)[october ? "end" : "start"];
          const { date } = toStockholm(change);
          const time = `${String(Math.floor(minute / 60)).padStart(2, "0")}:${String(minute % 60).padStart(2, "0")}:00`;
          // Every instant of the day that reads as this wall-clock time (the day is at most 25 hours long).
          const day = Date.parse(`${date}T00:00:00Z`) - 7_200_000;
          let readings = 0;
          for (let t = day; t < day + 27 * 3_600_000; t += 60_000) {
            const reading = toStockholm(t);
            if (reading.date === date && reading.time === time) readings++;
          }
          expect(isRepeatedStockholmTime(date, time)).toBe(readings === 2);
          expect(readings === 2).toBe(october && minute >= 120 && minute < 180);
        },
      ),
      { seed: SEED, numRuns: 200 },
    );
  });
});
