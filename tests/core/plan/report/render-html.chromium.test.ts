/**
 * The Dalarna report 2025 as a page in real Chromium (playwright-core with Debian's chromium), served with its
 * stylesheet (`REPORT_STYLES`) from the same origin as a host would: axe-core finds no WCAG 2.1 A/AA
 * violation, the page requests nothing but its stylesheet, it reflows at 320 px, it loads under
 * `style-src 'self'` with no violation and its styles applied, and a screenshot is written to
 * /tmp/report.png for a person to look at.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { chromium, type Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REPORT_STYLES, renderAnnualReportHtml, type RenderReportOptions } from "@systemledning/core/plan";
import { chromiumLaunchOptions } from "../../../../vitest.shared.js";
import { DOCUMENT_ORIGIN, STYLESHEET_PATH, openDocument } from "../../../fixtures/csp-page.js";
import { createSampleReport, makeHostile } from "./hostile-report.js";

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

interface AxeResult {
  violations: { id: string; impact: string | null; nodes: { target: unknown[] }[] }[];
}

let browser: Browser;

beforeAll(async () => {
  browser = await chromium.launch(chromiumLaunchOptions);
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

/** The report as a host serves it: linked to its stylesheet on the same origin. */
const render = (report: Parameters<typeof renderAnnualReportHtml>[0], options: RenderReportOptions = {}): string =>
  renderAnnualReportHtml(report, { stylesheetHref: STYLESHEET_PATH, ...options });

/** Load `html` as a page with its stylesheet, counting every request it makes, and run axe on it. */
async function check(
  html: string,
  width = 1000,
  screenshot?: string,
): Promise<{ violations: AxeResult["violations"]; requests: string[]; scrollWidth: number }> {
  const { page, requests } = await openDocument(browser, { html, css: REPORT_STYLES, width });
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  if (screenshot !== undefined) await page.screenshot({ path: screenshot, fullPage: true });
  await page.addScriptTag({ content: axeSource });
  const result = (await page.evaluate(() =>
    (window as unknown as { axe: { run: (context: Document, options: unknown) => Promise<unknown> } }).axe.run(
      document,
      {
        runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
        resultTypes: ["violations"],
      },
    ),
  )) as AxeResult;
  await page.close();
  return { violations: result.violations, requests, scrollWidth };
}

const describeViolations = (violations: AxeResult["violations"]): string =>
  violations
    .map((v) => `${v.id} (${v.impact}): ${JSON.stringify(v.nodes.slice(0, 3).map((n) => n.target))}`)
    .join("\n");

describe("renderAnnualReportHtml in Chromium", () => {
  const report = createSampleReport();

  it("passes axe (WCAG 2.1 A and AA) with no violation and requests nothing but its own stylesheet", async () => {
    const { violations, requests } = await check(render(report, { locale: "sv" }), 1000, "/tmp/report.png");
    expect(violations, describeViolations(violations)).toEqual([]);
    expect(requests.filter((url) => !url.startsWith("about:") && !url.startsWith("data:"))).toEqual([
      `${DOCUMENT_ORIGIN}/document.html`,
      `${DOCUMENT_ORIGIN}${STYLESHEET_PATH}`,
    ]);
  }, 60_000);

  it("loads under style-src 'self' with no policy violation, styled by its linked stylesheet alone", async () => {
    const { page, violations } = await openDocument(browser, { html: render(report), css: REPORT_STYLES, csp: true });
    const styled = await page.evaluate(() => ({
      sheets: document.styleSheets.length,
      h1: getComputedStyle(document.querySelector("h1")!).color,
      inline: document.querySelectorAll("style, [style]").length,
    }));
    expect(await violations()).toEqual([]);
    await page.close();
    expect(styled).toEqual({ sheets: 1, h1: "rgb(11, 90, 122)", inline: 0 });
  }, 60_000);

  it("passes axe in English too", async () => {
    const { violations } = await check(render(report, { locale: "en" }));
    expect(violations, describeViolations(violations)).toEqual([]);
  }, 60_000);

  it("reflows at 320 CSS px without page-level horizontal scrolling", async () => {
    const { scrollWidth, violations } = await check(render(report, { locale: "sv" }), 320);
    expect(scrollWidth).toBeLessThanOrEqual(320);
    expect(violations, describeViolations(violations)).toEqual([]);
  }, 60_000);

  it("runs nothing from hostile text: no dialog, no request, no script", async () => {
    const page = await browser.newPage();
    const events: string[] = [];
    page.on("dialog", (dialog) => {
      events.push(`dialog ${dialog.message()}`);
      void dialog.dismiss();
    });
    page.on("request", (request) => events.push(`request ${request.url()}`));
    await page.setContent(renderAnnualReportHtml(makeHostile(report).report), { waitUntil: "load" });
    const scripts = await page.evaluate(() => document.scripts.length);
    await page.close();
    expect(scripts).toBe(0);
    expect(events.filter((e) => !e.startsWith("request about:"))).toEqual([]);
  }, 60_000);
});
