import { readFile } from "node:fs/promises";
import fc from "fast-check";
import postcss from "postcss";
import { describe, expect, it } from "vitest";
import { dayNumberOfIso, isoDateOf } from "@systemledning/core/timeline";
import { getTimelineWindow, type TimelineZoom } from "../../../packages/react/src/timeline/layout.js";

/** The declarations of every `.sl-tl-*` class of timeline-grid.css, by class name. */
async function gridClasses(): Promise<Map<string, string>> {
  const css = await readFile(
    new URL("../../../packages/react/src/timeline/timeline-grid.css", import.meta.url),
    "utf8",
  );
  const classes = new Map<string, string>();
  postcss.parse(css).walkRules((rule) => {
    const declarations: string[] = [];
    rule.walkDecls((decl) => {
      declarations.push(`${decl.prop}: ${decl.value}`);
    });
    classes.set(rule.selector.replace(/^\./, ""), declarations.join("; "));
  });
  return classes;
}

describe("timeline-grid.css", () => {
  it("has a start and a span class for every column up to 92, a class per row, and the column counts of every window", async () => {
    const classes = await gridClasses();
    for (let n = 1; n <= 92; n++) {
      expect(classes.get(`sl-tl-c${n}`)).toBe(`grid-column-start: ${n}`);
      expect(classes.get(`sl-tl-s${n}`)).toBe(`grid-column-end: span ${n}`);
    }
    for (let n = 1; n <= 6; n++) expect(classes.get(`sl-tl-r${n}`)).toBe(`grid-row-start: ${n}`);
    for (let n = 1; n <= 7; n++) expect(classes.get(`sl-tl-rows${n}`)).toBe(`--sl-tl-rows: ${n}`);
  });

  it("has the column-count class of every window the timeline can show (property over periods)", async () => {
    const classes = await gridClasses();
    fc.assert(
      fc.property(
        fc.constantFrom<TimelineZoom>("year", "quarter", "month"),
        fc.integer({ min: dayNumberOfIso("1990-01-01"), max: dayNumberOfIso("2100-12-31") }),
        (zoom, day) => {
          const { columns } = getTimelineWindow(zoom, isoDateOf(day));
          expect(classes.get(`sl-tl-n${columns}`)).toBe(`--sl-tl-columns: ${columns}`);
        },
      ),
      { seed: 20261122, numRuns: 500 },
    );
  });
});
