/**
 * The shortcuts the compliance and the annual plans take agree with the plain functions they stand in for:
 * the allocation-free meeting-day test, the cached ISO dates, the Stockholm day number of an instant, and
 * the shared per-forum seats of the quorum (the same answer from a new workspace object and from the same one
 * asked again, whose index and seats are kept).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkAllMeetingsCompliance } from "@systemledning/core/meetings";
import { createDalarnaSampleWorkspace, DALARNA_SAMPLE_AS_OF } from "@systemledning/core/profiles/dalarna";
import { civilOf, isoDateOf } from "../../../packages/core/src/common/day-numbers.js";
import { stockholmDayNumberOf, toStockholm } from "../../../packages/core/src/common/stockholm-time.js";
import { isMeetingDay, nonMeetingReason } from "../../../packages/core/src/meetings/calendar.js";

const SEED = 20261122;
const pad = (n: number, width: number) => String(n).padStart(width, "0");

describe("fast paths of the meetings module", () => {
  it("isMeetingDay is exactly nonMeetingReason(...) === null, with and without eves", () => {
    // Every day from 1969 to 2201: weekends, every holiday and eve, New Year on either side.
    const disagreements: number[] = [];
    let meetingDays = 0;
    for (let day = -400; day <= 84_500; day++) {
      for (const eves of [true, false]) {
        if (isMeetingDay(day, eves) !== (nonMeetingReason(day, eves) === null)) disagreements.push(day);
        if (isMeetingDay(day, eves)) meetingDays++;
      }
    }
    expect(disagreements).toEqual([]);
    expect(meetingDays).toBeGreaterThan(100_000); // not all false
  });

  it("isoDateOf gives the civil date whether cached or not, inside and outside the cached range", () => {
    fc.assert(
      fc.property(fc.integer({ min: -800_000, max: 2_000_000 }), (day) => {
        const [y, m, d] = civilOf(day);
        const expected = `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
        expect(isoDateOf(day)).toBe(expected);
        expect(isoDateOf(day)).toBe(expected); // the second answer comes from the cache
      }),
      { seed: SEED, numRuns: 2000 },
    );
  });

  it("stockholmDayNumberOf is the day of toStockholm's date, across daylight-saving changes and midnights", () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1996, 0, 1), max: Date.UTC(2199, 11, 31) }), (epochMs) => {
        const instant = new Date(epochMs).toISOString();
        expect(isoDateOf(stockholmDayNumberOf(instant))).toBe(toStockholm(epochMs).date);
      }),
      { seed: SEED, numRuns: 3000 },
    );
    expect(isoDateOf(stockholmDayNumberOf("2025-03-13T23:30:00Z"))).toBe("2025-03-14");
    expect(isoDateOf(stockholmDayNumberOf("2025-06-13T21:59:59Z"))).toBe("2025-06-13");
    expect(isoDateOf(stockholmDayNumberOf("2025-06-13T22:00:00Z"))).toBe("2025-06-14");
  });

  it("gives the same compliance for a new workspace object, and for the same object asked again (index and seats kept)", () => {
    const ws = createDalarnaSampleWorkspace();
    const fresh = checkAllMeetingsCompliance({ ...ws }, { asOf: DALARNA_SAMPLE_AS_OF });
    expect(checkAllMeetingsCompliance(ws, { asOf: DALARNA_SAMPLE_AS_OF })).toEqual(fresh);
    expect(checkAllMeetingsCompliance(ws, { asOf: DALARNA_SAMPLE_AS_OF })).toEqual(fresh);
    expect(fresh.some((c) => c.quorum !== null)).toBe(true);
  });
});
