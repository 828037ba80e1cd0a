import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  estimateLabelWidth,
  groupLabel,
  MAP_LABEL_FONT_PX,
  MAP_LABEL_LINE_EM,
  MAP_LABEL_MAX_EM,
  mapLabelLines,
  measureMapLabel,
} from "../../../../packages/react/src/system-map/layout/labels.js";

const SEED = 20261205;
const PX = MAP_LABEL_FONT_PX;

describe("estimateLabelWidth", () => {
  it("grows with the text and the font size, and is 0 for no text", () => {
    expect(estimateLabelWidth("", PX)).toBe(0);
    expect(estimateLabelWidth("Mora kommun", PX)).toBeGreaterThan(estimateLabelWidth("Mora", PX));
    expect(estimateLabelWidth("Mora", 24)).toBeCloseTo(2 * estimateLabelWidth("Mora", 12), 9);
  });

  it("takes wide glyphs as wider than narrow ones, bold as wider than regular", () => {
    expect(estimateLabelWidth("WWWW", PX)).toBeGreaterThan(2 * estimateLabelWidth("iiii", PX));
    expect(estimateLabelWidth("Älvdalen", PX, { bold: true })).toBeGreaterThan(estimateLabelWidth("Älvdalen", PX));
  });

  it("takes a character outside its table as wider than any in it", () => {
    expect(estimateLabelWidth("漢", PX)).toBeGreaterThan(estimateLabelWidth("W", PX));
    // An emoji is one code point of two UTF-16 units: counted once.
    expect(estimateLabelWidth("😀", PX)).toBeCloseTo(estimateLabelWidth("漢", PX), 9);
  });
});

describe("mapLabelLines", () => {
  it("keeps a label that fits on one line as it is", () => {
    expect(mapLabelLines("Mora kommun", 120, PX)).toEqual(["Mora kommun"]);
  });

  it("breaks a longer label between words", () => {
    const lines = mapLabelLines("Lokal systemledning Hedemora–Säter", 138, PX);
    expect(lines).toEqual(["Lokal systemledning", "Hedemora–Säter"]);
  });

  it("cuts the second line with an ellipsis when the rest does not fit", () => {
    const text = "RSS Dalarna – Regional samverkans- och stödstruktur för länets femton kommuner och Region Dalarna";
    const lines = mapLabelLines(text, 138, PX);
    expect(lines).toHaveLength(2);
    expect(lines[1]!.endsWith("…")).toBe(true);
    expect(text.startsWith(`${lines[0]!} ${lines[1]!.slice(0, -1)}`)).toBe(true);
  });

  it("cuts a single word longer than a line between characters", () => {
    const lines = mapLabelLines("Hälso-och-sjukvårdsförvaltningsorganisationen", 60, PX);
    expect(lines).toHaveLength(2);
    expect(lines[0]!.length).toBeGreaterThan(0);
    expect(lines[1]!.endsWith("…")).toBe(true);
  });

  it("never gives more than two lines, each within the width, and loses no word of a label that fits in two", () => {
    const word = fc.stringMatching(/^[A-Za-zåäöÅÄÖé–-]{1,14}$/);
    fc.assert(
      fc.property(
        fc.array(word, { minLength: 1, maxLength: 12 }),
        fc.integer({ min: 80, max: 200 }),
        (words, width) => {
          const text = words.join(" ");
          const lines = mapLabelLines(text, width, PX);
          expect(lines.length).toBeGreaterThanOrEqual(1);
          expect(lines.length).toBeLessThanOrEqual(2);
          for (const line of lines) {
            // A single glyph is always kept, even where a line is narrower than it.
            if ([...line].length > 1) expect(estimateLabelWidth(line, PX)).toBeLessThanOrEqual(width);
          }
          if (!lines[lines.length - 1]!.endsWith("…"))
            expect(lines.join(" ").replace(/\s+/g, "")).toBe(text.replace(/\s+/g, ""));
        },
      ),
      { seed: SEED, numRuns: 300 },
    );
  });
});

describe("measureMapLabel", () => {
  it("boxes a label's lines: the widest line's width, a line's height each", () => {
    const one = measureMapLabel("Mora kommun", PX);
    expect(one.lines).toEqual(["Mora kommun"]);
    expect(one.width).toBeCloseTo(estimateLabelWidth("Mora kommun", PX), 9);
    expect(one.height).toBeCloseTo(MAP_LABEL_LINE_EM * PX, 9);
    const two = measureMapLabel("Lokal systemledning Hedemora–Säter", PX);
    expect(two.lines).toHaveLength(2);
    expect(two.width).toBeLessThanOrEqual(MAP_LABEL_MAX_EM * PX);
    expect(two.height).toBeCloseTo(2 * MAP_LABEL_LINE_EM * PX, 9);
  });

  it("works a label out once per text and size: the same box again, another for another size", () => {
    const first = measureMapLabel("Region Dalarna", PX);
    expect(measureMapLabel("Region Dalarna", PX)).toBe(first);
    const larger = measureMapLabel("Region Dalarna", PX + 2);
    expect(larger).not.toBe(first);
    expect(larger.width).toBeGreaterThan(first.width);
  });
});

describe("groupLabel", () => {
  it("adds a folded group's count of parts, and leaves any other part's label as it is", () => {
    expect(groupLabel({ kind: "group", label: "Lokal systemledning Falun", members: ["a", "b"] })).toBe(
      "Lokal systemledning Falun · 2",
    );
    expect(groupLabel({ kind: "organisation", label: "Mora kommun" })).toBe("Mora kommun");
  });
});
