/**
 * The annual report in the dashboard (issue 17), in the production build under the strict CSP: the reader follows
 * the report's table of contents, writes a text that is found again after a reload (saved in the browser's store),
 * downloads the report as HTML and Markdown (the files hold the text just written), and printing shows the report
 * without its editors: a PDF with pages. The page passes axe.
 */
import { readFile } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { axeViolations, SCREENS, startDashboard, type DashboardUnderTest } from "./dashboard-harness.js";

let dashboard: DashboardUnderTest;

beforeAll(async () => {
  dashboard = await startDashboard();
});

afterAll(async () => {
  await dashboard?.close();
});

const LESSON = "Färre fokusområden och mätbara mål ger en tydligare uppföljning.";

describe("the annual report in the dashboard (production build, IndexedDB)", () => {
  it("follows the contents, saves a text across a reload, downloads it and prints without the editors", async () => {
    const { page, context, cspViolations, pageErrors } = await dashboard.openPage(1280);
    await page.goto(`${dashboard.origin}/#/arsrapport`);
    const report = page.getByRole("article", { name: "Årsrapport 2025" });
    await report.waitFor();
    await expect(axeViolations(page)).resolves.toEqual([]);

    // The table of contents leads to each part's heading, and the address (the dashboard's route) stays.
    const contents = report.getByRole("navigation", { name: "Innehåll" });
    await contents.getByRole("link", { name: /^3 Lägesbild 2025/ }).click();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent ?? ""))
      .toMatch(/^3 Lägesbild 2025/);
    expect(new URL(page.url()).hash).toBe("#/arsrapport");

    // A lesson written under part 5 and left is saved.
    const editor = report.getByRole("form", { name: /^Skriv texten till 5/ });
    await editor.getByRole("textbox", { name: /Text på svenska/ }).fill(LESSON);
    await editor.getByRole("button", { name: /Spara texten till 5/ }).click();
    await report.getByText(LESSON, { exact: true }).first().waitFor();
    await page.screenshot({ path: `${SCREENS}/annual-report-1280.png`, fullPage: false });

    // After a reload it is there: saved in the browser's store, not in the page.
    await page.reload();
    await page.getByRole("article", { name: "Årsrapport 2025" }).waitFor();
    await expect(
      page.getByRole("article", { name: "Årsrapport 2025" }).locator("section p", { hasText: LESSON }).count(),
    ).resolves.toBe(1);

    // The downloads are the core's renderings of the same report, with the lesson.
    const [html] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Ladda ned som HTML" }).click(),
    ]);
    expect(html.suggestedFilename()).toBe("arsrapport-2025.html");
    const htmlText = await readFile((await html.path())!, "utf8");
    expect(htmlText).toMatch(/^<!DOCTYPE html>\n<html lang="sv">/);
    expect(htmlText).toContain(`<p>${LESSON}</p>`);
    expect(htmlText).not.toMatch(/<script|style=/);
    const [markdown] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Ladda ned som Markdown" }).click(),
    ]);
    expect(markdown.suggestedFilename()).toBe("arsrapport-2025.md");
    const markdownText = await readFile((await markdown.path())!, "utf8");
    expect(markdownText).toMatch(/^# Årsrapport 2025/);
    // Markdown escapes its punctuation: the lesson's full stop is `\.`.
    expect(markdownText).toContain(LESSON.replace(".", "\\."));

    // Printed: the report without its editors, buttons or contents; a PDF with pages.
    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("form", { name: /^Skriv texten till 5/ }).isVisible()).resolves.toBe(false);
    await expect(page.getByRole("button", { name: "Ladda ned som HTML" }).isVisible()).resolves.toBe(false);
    await expect(page.getByRole("heading", { name: /^5 Sammanfattade lärdomar/ }).isVisible()).resolves.toBe(true);
    // The report only: the dashboard's header (its title and navigation), its storage panel and the view's year
    // picker stay on screen.
    await expect(page.locator(".dash-header").isVisible()).resolves.toBe(false);
    await expect(page.getByRole("navigation", { name: "Delar av översikten" }).isVisible()).resolves.toBe(false);
    await expect(page.locator(".dash-storage-wrap").isVisible()).resolves.toBe(false);
    await expect(page.getByRole("combobox", { name: "År" }).isVisible()).resolves.toBe(false);
    await expect(report.isVisible()).resolves.toBe(true);
    const pdf = await page.pdf({ format: "A4" });
    const pages = pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
    expect(pages).toBeGreaterThan(3);
    await page.emulateMedia({ media: "screen" });
    await expect(page.locator(".dash-header").isVisible()).resolves.toBe(true);
    await expect(page.getByRole("navigation", { name: "Delar av översikten" }).isVisible()).resolves.toBe(true);

    expect(await cspViolations()).toEqual([]);
    expect(pageErrors).toEqual([]);
    await context.close();
  }, 300_000);
});
