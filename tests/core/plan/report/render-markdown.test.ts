/**
 * renderAnnualReportMarkdown and escapeMarkdown: the report's parts in order as Markdown headings, and
 * every text of the XSS corpus escaped so that no Markdown or HTML can be made from it.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { escapeMarkdown, renderAnnualReportMarkdown } from "@systemledning/core/plan";
import { HOSTILE_STRINGS } from "../../../fixtures/arbitraries.js";
import { createSampleReport, makeHostile } from "./hostile-report.js";

const report = createSampleReport();

/** `text` with the C0 controls but tab, line feed and carriage return (and DEL) replaced by `by`, as escapeMarkdown does. */
const withoutControls = (text: string, by: string): string =>
  [...text]
    .map((ch) => ((ch.charCodeAt(0) < 32 && !"\t\n\r".includes(ch)) || ch.charCodeAt(0) === 127 ? by : ch))
    .join("");

/** Undo escapeMarkdown: drop each backslash before ASCII punctuation (what a CommonMark reader does). */
const unescape = (text: string): string => text.replace(/\\([!-/:-@[-`{-~])/g, "$1");

/** True when some Markdown-significant character is not preceded by a backslash. */
const hasBareMarkup = (text: string): boolean => /(^|[^\\])[<>[\]()`*_#!|&:]/.test(text.replace(/\\\\/g, ""));

describe("renderAnnualReportMarkdown", () => {
  it("writes the report's parts as numbered headings in the order of the annual report 2025", () => {
    const md = renderAnnualReportMarkdown(report, { locale: "sv" });
    const h2 = md.split("\n").filter((line) => line.startsWith("## "));
    expect(h2.map((line) => line.slice(3, 6))).toEqual(["1 U", "2 H", "3 L", "4 R", "5 S", "6 A", "Bil", "Bil"]);
    expect(md.startsWith("# Regional årsrapport 2025")).toBe(true);
    expect(md).toMatch(/\| Datum \| Typ \| Ärende \|/);
    expect(md).toContain("Beslut");
    expect(md).not.toContain("NaN");
  });

  it("formats numbers the Swedish way, with a decimal comma", () => {
    expect(renderAnnualReportMarkdown(report, { locale: "sv" })).toMatch(/\d,\d/);
    expect(renderAnnualReportMarkdown(report, { locale: "en" })).toMatch(/## 1 The assignment and its context/);
  });

  it("escapes every hostile text so no link, image, HTML or code is made of it", () => {
    const { report: hostile, used } = makeHostile(report);
    const md = renderAnnualReportMarkdown(hostile, { locale: "sv" });
    for (const s of used) {
      const escaped = escapeMarkdown(s.replace(/\r\n|\r/g, "\n"));
      if (!/\n/.test(s)) expect(md).toContain(escaped);
    }
    expect(md).not.toMatch(/(^|[^\\])<(script|img|svg)/i);
    expect(md).not.toMatch(/(^|[^\\])\]\(/);
  });
});

describe("escapeMarkdown", () => {
  it.each(HOSTILE_STRINGS.filter((s) => !/[\r\n]/.test(s)))("keeps %j as text", (s) => {
    const escaped = escapeMarkdown(s);
    expect(hasBareMarkup(escaped)).toBe(false);
    expect(unescape(escaped)).toBe(withoutControls(s, "\uFFFD"));
  });

  it("leaves no bare markup in any string and can be read back", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme-ascii", maxLength: 60 }), (s) => {
        const clean = withoutControls(s, "").replace(/[\t\n\r]/g, "");
        const escaped = escapeMarkdown(clean, { inTable: true });
        expect(hasBareMarkup(escaped)).toBe(false);
        expect(unescape(escaped)).toBe(clean);
      }),
      { seed: 20261122, numRuns: 500 },
    );
  });

  it("puts a table cell on one line", () => {
    expect(escapeMarkdown("rad ett\r\nrad två\nrad tre", { inTable: true })).toBe("rad ett rad två rad tre");
  });
});
