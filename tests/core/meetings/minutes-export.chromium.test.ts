/**
 * Approved minutes as a page in real Chromium (playwright-core with Debian's chromium), served as a host would
 * serve them: under `style-src 'self'` the document causes no policy violation and is styled by its linked
 * stylesheet (`MINUTES_STYLES` as a file on the same origin) alone; without a stylesheet it loads nothing.
 */
import { chromium, type Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MINUTES_STYLES, formatMinutesHtml, getApprovedMinutes } from "@systemledning/core/meetings";
import { createDalarnaSampleWorkspace } from "@systemledning/core/profiles/dalarna";
import { chromiumLaunchOptions } from "../../../vitest.shared.js";
import { DOCUMENT_ORIGIN, STYLESHEET_PATH, openDocument } from "../../fixtures/csp-page.js";

let browser: Browser;

beforeAll(async () => {
  browser = await chromium.launch(chromiumLaunchOptions);
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

const minutes = getApprovedMinutes(createDalarnaSampleWorkspace(), "mt-lchnv-2025-03-14");

describe("formatMinutesHtml in Chromium", () => {
  it("loads under style-src 'self' with no policy violation, styled by its linked stylesheet alone", async () => {
    const html = formatMinutesHtml(minutes, { stylesheetHref: STYLESHEET_PATH });
    const { page, requests, violations } = await openDocument(browser, { html, css: MINUTES_STYLES, csp: true });
    const styled = await page.evaluate(() => ({
      sheets: document.styleSheets.length,
      mainWidth: getComputedStyle(document.querySelector("main")!).maxWidth,
      collapse: getComputedStyle(document.querySelector("table")!).borderCollapse,
      inline: document.querySelectorAll("style, [style]").length,
    }));
    expect(await violations()).toEqual([]);
    await page.close();
    expect(styled).toEqual({ sheets: 1, mainWidth: "800px", collapse: "collapse", inline: 0 });
    expect(requests).toEqual([`${DOCUMENT_ORIGIN}/document.html`, `${DOCUMENT_ORIGIN}${STYLESHEET_PATH}`]);
  }, 60_000);

  it("would report an inline <style> or style attribute (the check's control: what the minutes once carried)", async () => {
    const html = formatMinutesHtml(minutes).replace("</head>", "<style>main{color:red}</style></head>");
    const { page, violations } = await openDocument(browser, {
      html: html.replace("<main>", '<main style="color:red">'),
      css: MINUTES_STYLES,
      csp: true,
    });
    const found = await violations();
    await page.close();
    expect(found.filter((v) => v.startsWith("style-src-elem"))).not.toEqual([]);
    expect(found.filter((v) => v.startsWith("style-src-attr"))).not.toEqual([]);
  }, 60_000);

  it("without a stylesheet loads nothing else, with no policy violation, and shows its table", async () => {
    const { page, requests, violations } = await openDocument(browser, {
      html: formatMinutesHtml(minutes),
      css: MINUTES_STYLES,
      csp: true,
    });
    const rows = await page.evaluate(() => document.querySelectorAll("table tbody tr").length);
    expect(await violations()).toEqual([]);
    await page.close();
    expect(rows).toBeGreaterThan(0);
    expect(requests).toEqual([`${DOCUMENT_ORIGIN}/document.html`]);
  }, 60_000);
});
