/**
 * The charter document in real Chromium (playwright-core with Debian's chromium), served with `CHARTER_STYLES` from
 * the same origin as a host would: axe-core finds no WCAG 2.1 A/AA violation (Swedish and English, a full and an
 * empty charter), and under `style-src 'self'` it loads with no policy violation, styled by its stylesheet alone.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { chromium, type Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CHARTER_STYLES, formatCharterHtml } from "@systemledning/core/structure";
import { createDalarnaSampleWorkspace } from "@systemledning/core/profiles/dalarna";
import { chromiumLaunchOptions } from "../../../vitest.shared.js";
import { DOCUMENT_ORIGIN, STYLESHEET_PATH, openDocument } from "../../fixtures/csp-page.js";

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

const ws = createDalarnaSampleWorkspace();

async function axeViolations(html: string): Promise<string[]> {
  const { page } = await openDocument(browser, { html, css: CHARTER_STYLES });
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
  return result.violations.map(
    (v) => `${v.id} (${v.impact}): ${JSON.stringify(v.nodes.slice(0, 3).map((n) => n.target))}`,
  );
}

describe("formatCharterHtml in Chromium", () => {
  it.each([
    ["ls-mora", "sv"],
    ["ls-mora", "en"],
    ["ls-leksand", "sv"],
    ["ls-vansbro", "en"],
  ] as const)(
    "passes axe (WCAG 2.1 A and AA) for %s in %s",
    async (leadershipId, locale) => {
      const html = formatCharterHtml(ws, leadershipId, { locale, stylesheetHref: STYLESHEET_PATH });
      expect(await axeViolations(html)).toEqual([]);
    },
    60_000,
  );

  it("loads under style-src 'self' with no policy violation, styled by its linked stylesheet alone", async () => {
    const html = formatCharterHtml(ws, "ls-mora", { stylesheetHref: STYLESHEET_PATH });
    const { page, requests, violations } = await openDocument(browser, { html, css: CHARTER_STYLES, csp: true });
    const styled = await page.evaluate(() => ({
      sheets: document.styleSheets.length,
      mainWidth: getComputedStyle(document.querySelector("main")!).maxWidth,
      inline: document.querySelectorAll("style, [style]").length,
    }));
    expect(await violations()).toEqual([]);
    await page.close();
    expect(styled).toEqual({ sheets: 1, mainWidth: "800px", inline: 0 });
    expect(requests).toEqual([`${DOCUMENT_ORIGIN}/document.html`, `${DOCUMENT_ORIGIN}${STYLESHEET_PATH}`]);
  }, 60_000);
});
