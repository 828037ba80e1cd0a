/**
 * Placeholders such as `{year}` are filled in the report's own templates (its headings), in one pass, and never
 * inside text that people wrote: a plan, a paragraph or a name that says `{year}`, `{name}`, `$&` or `$1` is shown
 * exactly as written, in HTML and in Markdown.
 */
import { describe, expect, it } from "vitest";
import { renderAnnualReportHtml, renderAnnualReportMarkdown, type AnnualReport } from "@systemledning/core/plan";
import { createSampleReport } from "./hostile-report.js";

/** What a person might write: placeholders of the report and of String.replace, in one text. */
const PEOPLE_TEXT = "Skrivet av oss {year} {name} {yea r} $& $1 $$ $` {";

/** The sample report with every `sv` and `en` text (the report's texts, names, titles) replaced by {@link PEOPLE_TEXT}. */
function withPeopleText(report: AnnualReport): AnnualReport {
  const visit = (value: unknown, key: string | null): unknown => {
    if (typeof value === "string") return key === "sv" || key === "en" ? PEOPLE_TEXT : value;
    if (Array.isArray(value)) return value.map((v) => visit(v, key));
    if (typeof value === "object" && value !== null)
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, visit(v, k)]));
    return value;
  };
  return visit(report, null) as AnnualReport;
}

/** Undo escapeMarkdown: drop each backslash before ASCII punctuation (what a CommonMark reader does). */
const unescapeMarkdown = (text: string): string => text.replace(/\\([!-/:-@[-`{-~])/g, "$1");

const report = withPeopleText(createSampleReport());

describe("renderAnnualReportHtml and renderAnnualReportMarkdown with people's text", () => {
  it("keep {year}, {name}, $& and $1 in people's text exactly as written, and fill {year} in their own headings", () => {
    for (const locale of ["sv", "en"] as const) {
      const html = renderAnnualReportHtml(report, { locale });
      expect(html).toContain(PEOPLE_TEXT.replace("&", "&amp;").replace("`", "&#96;").slice(0, 26));
      expect(html).toContain("Skrivet av oss {year} {name}");
      expect(html).not.toContain("Skrivet av oss 2025");
      expect(html).toContain(locale === "sv" ? "Lägesbild 2025" : "The picture in 2025");
      expect(html).not.toMatch(/Lägesbild \{year\}|picture in \{year\}/);
      const md = unescapeMarkdown(renderAnnualReportMarkdown(report, { locale }));
      expect(md).toContain(PEOPLE_TEXT);
      expect(md).not.toContain("Skrivet av oss 2025");
      expect(md).toContain(locale === "sv" ? "Lägesbild 2025" : "The picture in 2025");
    }
  });
});
