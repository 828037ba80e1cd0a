import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, addMonths, completedMonths } from "../../../packages/core/src/structure/dates.js";

describe("addMonths", () => {
  it("keeps the day of the month when the target month has it", () => {
    expect(addMonths("2024-03-15", 24)).toBe("2026-03-15");
    expect(addMonths("2024-03-15", -3)).toBe("2023-12-15");
  });
  it("clamps to the last day of a shorter month, leap years included", () => {
    expect(addMonths("2024-01-31", 1)).toBe("2024-02-29");
    expect(addMonths("2023-01-31", 1)).toBe("2023-02-28");
  });
});

describe("addDays", () => {
  it("crosses month and year ends", () => {
    expect(addDays("2024-12-31", 1)).toBe("2025-01-01");
    expect(addDays("2024-03-01", -1)).toBe("2024-02-29");
  });
});

describe("completedMonths", () => {
  it("counts whole months up to an exclusive end", () => {
    expect(completedMonths("2024-01-01", "2025-01-01")).toBe(12);
    expect(completedMonths("2024-01-15", "2024-02-14")).toBe(0);
    expect(completedMonths("2024-01-31", "2024-02-29")).toBe(1);
  });
  it("is the inverse of addMonths for every start day and month count", () => {
    const day = fc
      .date({ min: new Date("2000-01-01T00:00:00Z"), max: new Date("2040-12-31T00:00:00Z"), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 120 }), (from, months) => {
        expect(completedMonths(from, addMonths(from, months))).toBe(months);
      }),
      { seed: 20261122, numRuns: 300 },
    );
  });
});

describe("addDays (property)", () => {
  it("agrees with the platform's UTC calendar for any day and offset", () => {
    const start = fc.date({
      min: new Date("1900-01-01T00:00:00Z"),
      max: new Date("2200-12-31T00:00:00Z"),
      noInvalidDate: true,
    });
    fc.assert(
      fc.property(start, fc.integer({ min: -40_000, max: 40_000 }), (date, days) => {
        const iso = date.toISOString().slice(0, 10);
        const expected = new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
        expect(addDays(iso, days)).toBe(expected);
      }),
      { seed: 20261122, numRuns: 500 },
    );
  });
});
