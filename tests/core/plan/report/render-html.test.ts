// @vitest-environment jsdom
/**
 * renderAnnualReportHtml: a complete document (lang, title, headings in order, captioned tables with
 * header scopes), print-ready, with no script, no external resource and no inline style; Swedish number
 * formatting; and every user text of the XSS corpus rendered inert as text.
 */
import { describe, expect, it } from "vitest";
import { REPORT_STYLES, renderAnnualReportHtml } from "@systemledning/core/plan";
import { createSampleReport, makeHostile } from "./hostile-report.js";

/** Parse a document with the environment's own HTML parser (jsdom). */
const parse = (text: string): Document => new DOMParser().parseFromString(text, "text/html");

const report = createSampleReport();
const html = renderAnnualReportHtml(report, { locale: "sv" });
const doc = parse(html);

describe("renderAnnualReportHtml", () => {
  it("writes a complete document with language, title and one h1", () => {
    expect(html.startsWith("<!DOCTYPE html>")).toBe(true);
    expect(doc.documentElement.getAttribute("lang")).toBe("sv");
    expect(doc.title).toContain("2025");
    expect(doc.querySelectorAll("h1")).toHaveLength(1);
  });

  it("follows the annual report's table of contents, headings in order without skipped levels", () => {
    const h2 = [...doc.querySelectorAll("main h2")].map((h) => h.textContent ?? "");
    expect(h2).toEqual([
      "1 Uppdraget och sammanhanget",
      "2 Hur omställningen följts under 2025",
      "3 Lägesbild 2025 – vad ser vi i omställningsarbetet?",
      "4 Regionalt stöd – arbete och insatser under året",
      "5 Sammanfattade lärdomar och utvecklingsbehov i omställningsarbetet",
      "6 Avslutande reflektioner och vägen framåt",
      "Bilaga 1. Självskattningen av arbetet i de lokala systemledningarna",
      "Bilaga 2. Aktiviteter och dialoger under 2025",
    ]);
    const levels = [...doc.querySelectorAll("h1, h2, h3, h4, h5, h6")].map((h) => Number(h.tagName[1]));
    levels.forEach((level, i) => {
      if (i > 0) expect(level - levels[i - 1]!).toBeLessThanOrEqual(1);
    });
  });

  it("gives every table a caption and every header cell a scope", () => {
    const tables = [...doc.querySelectorAll("table")];
    expect(tables.length).toBeGreaterThan(5);
    for (const table of tables) expect(table.querySelector("caption")?.textContent?.trim()).toBeTruthy();
    for (const th of doc.querySelectorAll("th")) expect(["col", "row"]).toContain(th.getAttribute("scope"));
  });

  it("has no script, no external resource and no inline style: no <style> element, no style attribute", () => {
    expect(doc.querySelectorAll("script, link, iframe, object, embed, img")).toHaveLength(0);
    expect(doc.querySelectorAll("style, [style]")).toHaveLength(0);
    expect(html).not.toMatch(/<style|\sstyle=/i);
    for (const a of doc.querySelectorAll("[href]")) expect(a.getAttribute("href")).toMatch(/^#/);
    expect(doc.querySelectorAll("[src]")).toHaveLength(0);
  });

  it("links the host's stylesheet when given a same-origin path, and nothing else", () => {
    const linked = parse(renderAnnualReportHtml(report, { stylesheetHref: "/css/report.css" }));
    expect([...linked.querySelectorAll("link")].map((l) => [l.rel, l.getAttribute("href")])).toEqual([
      ["stylesheet", "/css/report.css"],
    ]);
    expect(linked.querySelectorAll("style, [style]")).toHaveLength(0);
    for (const href of ["//evil.example/x.css", "/\\evil.example/x.css", "https://evil.example/x.css"])
      expect(parse(renderAnnualReportHtml(report, { stylesheetHref: href })).querySelectorAll("link")).toHaveLength(0);
    expect(REPORT_STYLES).toContain("@media print");
  });

  it("embeds REPORT_STYLES in one <style> element when asked, for a file read offline, and still links nothing", () => {
    const embedded = parse(renderAnnualReportHtml(report, { embedStyles: true }));
    const styles = [...embedded.querySelectorAll("style")];
    expect(styles).toHaveLength(1);
    expect(styles[0]!.parentElement?.tagName).toBe("HEAD");
    expect(styles[0]!.textContent).toBe(REPORT_STYLES);
    expect(embedded.querySelectorAll("script, link, [style]")).toHaveLength(0);
  });

  it("draws each delmål's distribution as a named SVG figure beside its table", () => {
    const svgs = [...doc.querySelectorAll("svg")];
    expect(svgs).toHaveLength(5);
    for (const svg of svgs) {
      expect(svg.getAttribute("role")).toBe("img");
      expect(doc.getElementById(svg.getAttribute("aria-labelledby") ?? "")?.textContent).toMatch(
        /^Fördelning av svaren, Delmål \d – Nära/,
      );
      expect(svg.closest("figure")?.querySelector("figcaption")?.textContent).toMatch(/medelvärde/);
    }
  });

  it("formats Swedish numbers with a decimal comma and a no-break space, and percentages likewise", () => {
    const text = doc.body.textContent ?? "";
    expect(text).toMatch(/\d+,\d/);
    expect(text).toMatch(/\d\u00A0%/);
    expect(text).not.toContain("NaN");
  });

  it("renders English with lang=en and marks Swedish-only texts with lang=sv", () => {
    const en = renderAnnualReportHtml(report, { locale: "en" });
    const enDoc = parse(en);
    expect(enDoc.documentElement.getAttribute("lang")).toBe("en");
    expect(enDoc.querySelector("main h2")?.textContent).toBe("1 The assignment and its context");
    for (const span of enDoc.querySelectorAll("span[lang]")) expect(span.getAttribute("lang")).toBe("sv");
  });

  it("says 'no data' where a part has none", () => {
    const withoutMeetings = {
      ...report,
      appendixActivities: {
        status: "no-data" as const,
        reason: { sv: "Inga möten under 2025.", en: "No meetings in 2025." },
      },
    };
    const out = parse(renderAnnualReportHtml(withoutMeetings));
    expect(out.querySelector("#b2")?.parentElement?.querySelector(".no-data")?.textContent).toBe(
      "Inga möten under 2025.",
    );
  });
});

describe("renderAnnualReportHtml with hostile text", () => {
  it("keeps every string of the XSS corpus inert: no element, attribute or link is made from it", () => {
    const { report: hostile, used } = makeHostile(report);
    const out = renderAnnualReportHtml(hostile, { locale: "sv" });
    const hostileDoc = parse(out);
    expect(hostileDoc.querySelectorAll("script, img, iframe, object, embed, link")).toHaveLength(0);
    expect(hostileDoc.querySelectorAll("svg")).toHaveLength(5);
    for (const element of hostileDoc.querySelectorAll("*")) {
      for (const attribute of element.getAttributeNames()) expect(attribute.startsWith("on")).toBe(false);
    }
    for (const a of hostileDoc.querySelectorAll("[href]")) expect(a.getAttribute("href")).toMatch(/^#[a-z0-9-]+$/);
    const text = hostileDoc.body.textContent ?? "";
    for (const s of used) {
      if (
        /^[\s\u00A0]*$/.test(s) ||
        [...s].some((ch) => {
          const code = ch.charCodeAt(0);
          return (code < 32 && ch !== "\t" && ch !== "\n") || code === 127;
        }) ||
        /\r/.test(s)
      )
        continue;
      expect(text).toContain(s);
    }
    expect(used.size).toBeGreaterThan(20);
  });
});
