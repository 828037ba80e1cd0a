import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dayNumberOfIso, isoDateOf } from "@systemledning/core/timeline";
import {
  getTimelineWindow,
  layoutTimelineLanes,
  shiftTimelineWindow,
  type TimelineZoom,
} from "../../../packages/react/src/timeline/layout.js";
import { sorted, timelineItem } from "./items.js";

const SEED = 20261122;

describe("getTimelineWindow", () => {
  it("shows the calendar year in 53 week columns with a tick per month", () => {
    const window = getTimelineWindow("year", "2025-05-06");
    expect([window.from, window.to, window.columns, window.daysPerColumn]).toEqual(["2025-01-01", "2025-12-31", 53, 7]);
    expect(window.ticks.filter((tick) => tick.kind === "month").map((tick) => tick.date)).toEqual(
      Array.from({ length: 12 }, (_, m) => `2025-${String(m + 1).padStart(2, "0")}-01`),
    );
  });

  it("shows the quarter in day columns with ISO week numbers on Mondays", () => {
    const window = getTimelineWindow("quarter", "2025-05-06");
    expect([window.from, window.to, window.columns]).toEqual(["2025-04-01", "2025-06-30", 91]);
    const weeks = window.ticks.filter((tick) => tick.kind === "week");
    expect(weeks[0]).toMatchObject({ date: "2025-04-07", number: 15 });
  });

  it("shows a month in day columns, one tick a day, and knows leap years", () => {
    expect(getTimelineWindow("month", "2024-02-10")).toMatchObject({
      from: "2024-02-01",
      to: "2024-02-29",
      columns: 29,
    });
    expect(getTimelineWindow("month", "2025-02-10").columns).toBe(28);
  });

  it("steps to the next and previous period at the same zoom, across a year's end", () => {
    expect(shiftTimelineWindow(getTimelineWindow("month", "2025-12-10"), 1).from).toBe("2026-01-01");
    expect(shiftTimelineWindow(getTimelineWindow("quarter", "2025-02-10"), -1).from).toBe("2024-10-01");
    expect(shiftTimelineWindow(getTimelineWindow("year", "2025-02-10"), 1).from).toBe("2026-01-01");
  });

  it("covers every day of the period in exactly one column, in order (property)", () => {
    fc.assert(
      fc.property(
        fc.constantFrom<TimelineZoom>("year", "quarter", "month"),
        fc.integer({ min: dayNumberOfIso("1990-01-01"), max: dayNumberOfIso("2100-12-31") }),
        (zoom, day) => {
          const window = getTimelineWindow(zoom, isoDateOf(day));
          expect(window.from <= isoDateOf(day) && isoDateOf(day) <= window.to).toBe(true);
          expect(window.columns).toBeLessThanOrEqual(92);
          const last = Math.floor((window.lastDay - window.firstDay) / window.daysPerColumn) + 1;
          expect(last).toBe(window.columns);
        },
      ),
      { seed: SEED, numRuns: 300 },
    );
  });
});

describe("layoutTimelineLanes", () => {
  const year = getTimelineWindow("year", "2025-01-01");

  it("lays out only the items of the window, and counts them", () => {
    const items = sorted([timelineItem("2024-12-31"), timelineItem("2025-03-14"), timelineItem("2026-01-01")]);
    const [lane] = layoutTimelineLanes([{ key: "a", label: "A", items }], year);
    expect(lane!.itemCount).toBe(1);
    expect(lane!.entries.map((entry) => (entry.type === "item" ? entry.item.date : ""))).toEqual(["2025-03-14"]);
  });

  it("keeps an item that spans into the window, from the window's first column", () => {
    const [lane] = layoutTimelineLanes(
      [{ key: "a", label: "A", items: [timelineItem("2024-11-01", { kind: "activity", endDate: "2025-02-01" })] }],
      year,
    );
    expect(lane!.entries[0]).toMatchObject({ column: 1, span: 5 });
  });

  it("stacks items whose labels would overlap into rows, and clusters what does not fit", () => {
    const items = sorted(Array.from({ length: 6 }, () => timelineItem("2025-03-14")));
    const [lane] = layoutTimelineLanes([{ key: "a", label: "A", items }], year, { maxRows: 3, spanOf: () => 4 });
    const placed = lane!.entries.filter((entry) => entry.type === "item");
    const clusters = lane!.entries.filter((entry) => entry.type === "cluster");
    expect(placed.map((entry) => entry.row)).toEqual([1, 2, 3]);
    expect(clusters).toHaveLength(1);
    expect(clusters[0]).toMatchObject({ row: 4, from: "2025-03-14", to: "2025-03-14" });
    expect(clusters[0]!.type === "cluster" ? clusters[0]!.items.length : 0).toBe(3);
    expect(lane!.rows).toBe(4);
  });

  it("merges clusters closer than their own width", () => {
    const items = sorted([
      ...Array.from({ length: 3 }, () => timelineItem("2025-03-03")),
      ...Array.from({ length: 3 }, () => timelineItem("2025-03-10")),
    ]);
    const [lane] = layoutTimelineLanes([{ key: "a", label: "A", items }], year, {
      maxRows: 1,
      spanOf: () => 1,
      clusterSpan: 3,
    });
    const clusters = lane!.entries.filter((entry) => entry.type === "cluster");
    expect(clusters).toHaveLength(1);
    expect(clusters[0]).toMatchObject({ from: "2025-03-03", to: "2025-03-10" });
  });

  it("never overlaps two entries of a row, keeps every item once, and lists entries in reading order (property)", () => {
    const arbitraryDay = fc.integer({ min: dayNumberOfIso("2025-01-01"), max: dayNumberOfIso("2025-12-31") });
    fc.assert(
      fc.property(
        fc.array(fc.record({ day: arbitraryDay, length: fc.integer({ min: 0, max: 40 }) }), { maxLength: 120 }),
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: 1, max: 12 }),
        fc.constantFrom<TimelineZoom>("year", "quarter", "month"),
        (specs, maxRows, span, zoom) => {
          const items = sorted(
            specs.map(({ day, length }) =>
              timelineItem(isoDateOf(day), {
                endDate: length === 0 ? null : isoDateOf(day + length),
                kind: length === 0 ? "meeting" : "activity",
              }),
            ),
          );
          const window = getTimelineWindow(zoom, "2025-05-15");
          const [lane] = layoutTimelineLanes([{ key: "a", label: "A", items }], window, {
            maxRows,
            spanOf: () => span,
          });
          const entries = lane!.entries;
          const inWindow = items.filter((item) => item.date <= window.to && (item.endDate ?? item.date) >= window.from);
          const laidOut = entries.flatMap((entry) =>
            entry.type === "item" ? [entry.item.id] : entry.items.map((item) => item.id),
          );
          expect([...laidOut].sort()).toEqual(inWindow.map((item) => item.id).sort());
          for (const entry of entries) expect(entry.column + entry.span - 1).toBeLessThanOrEqual(window.columns);
          for (let a = 0; a < entries.length; a++) {
            for (let b = a + 1; b < entries.length; b++) {
              const [x, y] = [entries[a]!, entries[b]!];
              if (x.row !== y.row || x.type === "cluster" || y.type === "cluster") continue;
              expect(x.column + x.span <= y.column || y.column + y.span <= x.column).toBe(true);
            }
            if (a > 0) {
              const previous = entries[a - 1]!;
              expect(
                previous.column < entries[a]!.column ||
                  (previous.column === entries[a]!.column && previous.row <= entries[a]!.row),
              ).toBe(true);
            }
          }
          expect(entries.filter((entry) => entry.type === "item").every((entry) => entry.row <= maxRows)).toBe(true);
        },
      ),
      { seed: SEED, numRuns: 200 },
    );
  });

  it("gives the same places for the same input", () => {
    const items = sorted(
      Array.from({ length: 50 }, (_, i) => timelineItem(isoDateOf(dayNumberOfIso("2025-01-01") + ((i * 37) % 365)))),
    );
    const first = layoutTimelineLanes([{ key: "a", label: "A", items }], year, { spanOf: () => 3 });
    const second = layoutTimelineLanes([{ key: "a", label: "A", items }], year, { spanOf: () => 3 });
    expect(second).toEqual(first);
  });
});
