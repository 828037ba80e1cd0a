/**
 * The Dalarna report 2025 as a page in real Chromium (playwright-core with Debian's chromium): axe-core
 * finds no WCAG 2.1 A/AA violation, the page makes no request, it reflows at 320 px, and a screenshot is
 * written to /tmp/report.png for a person to look at.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { chromium, type Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderAnnualReportHtml } from "@systemledning/core/plan";
import { chromiumLaunchOptions } from "../../../../vitest.shared.js";
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

/** Load `html` as a page, counting every request it makes, and run axe on it. */
async function check(
  html: string,
  width = 1000,
  screenshot?: string,
): Promise<{ violations: AxeResult["violations"]; requests: string[]; scrollWidth: number }> {
  const page = await browser.newPage({ viewport: { width, height: 1200 } });
  const requests: string[] = [];
  page.on("request", (request) => requests.push(request.url()));
  await page.setContent(html, { waitUntil: "load" });
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

  it("passes axe (WCAG 2.1 A and AA) with no violation and makes no request", async () => {
    const { violations, requests } = await check(
      renderAnnualReportHtml(report, { locale: "sv" }),
      1000,
      "/tmp/report.png",
    );
    expect(violations, describeViolations(violations)).toEqual([]);
    expect(requests.filter((url) => !url.startsWith("about:") && !url.startsWith("data:"))).toEqual([]);
  }, 60_000);

  it("passes axe in English too", async () => {
    const { violations } = await check(renderAnnualReportHtml(report, { locale: "en" }));
    expect(violations, describeViolations(violations)).toEqual([]);
  }, 60_000);

  it("reflows at 320 CSS px without page-level horizontal scrolling", async () => {
    const { scrollWidth, violations } = await check(renderAnnualReportHtml(report, { locale: "sv" }), 320);
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
