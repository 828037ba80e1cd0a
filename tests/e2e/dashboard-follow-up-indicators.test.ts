/**
 * The indicators on the dashboard's follow-up page (issue 17), in the production build under the strict CSP: each
 * indicator is seen against the county and the country, a local leadership can be chosen, one chart's table
 * alternative opens, the keyboard moves through a chart's points, the page passes axe and reflows at 320 px.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  axeViolations,
  SCREENS,
  startDashboard,
  type DashboardUnderTest,
  scrollWidthAt320,
} from "./dashboard-harness.js";

let dashboard: DashboardUnderTest;

beforeAll(async () => {
  dashboard = await startDashboard();
});

afterAll(async () => {
  await dashboard?.close();
});

describe("the indicator panel in the dashboard (production build)", () => {
  it("shows each indicator against the county and the country, opens a table, and passes axe", async () => {
    const { page, context, cspViolations, pageErrors } = await dashboard.openPage(1280);
    await page.goto(`${dashboard.origin}/#/uppfoljning`);
    const section = page.getByRole("region", { name: "Indikatorer", exact: true });
    await section.waitFor();
    const panel = section.getByRole("region", { name: "Indikatorer per delmål" });
    const figures = panel.getByRole("figure");
    await expect.poll(() => figures.count()).toBe(6);
    for (let i = 0; i < 6; i++) {
      const figure = figures.nth(i);
      await expect(figure.getByRole("img", { name: /^Region Dalarna \d{4}: / }).count()).resolves.toBeGreaterThan(0);
      await expect(figure.getByRole("img", { name: /^Riket \d{4}: / }).count()).resolves.toBeGreaterThan(0);
    }
    await expect(panel.getByText("Källa: påhittade exempelvärden (inte Kolada)").count()).resolves.toBe(6);
    await expect(axeViolations(page)).resolves.toEqual([]);
    await page.screenshot({ path: `${SCREENS}/follow-up-indicators-1280.png`, fullPage: false });

    // The keyboard: one tab stop in the chart, the arrows move to the next point.
    const first = figures.first();
    const stop = first.locator('circle[tabindex="0"]');
    await stop.focus();
    const before = await page.evaluate(() => document.activeElement?.getAttribute("aria-label"));
    await page.keyboard.press("ArrowRight");
    const after = await page.evaluate(() => document.activeElement?.getAttribute("aria-label"));
    expect(after).not.toBe(before);

    // The table alternative of one indicator.
    const readmission = panel.getByRole("figure", { name: /Återinskrivning/ });
    await readmission.getByRole("button", { name: "Visa som tabell" }).click();
    const table = readmission.getByRole("table");
    await table.waitFor();
    await table.getByRole("rowheader", { name: "Riket" }).waitFor();
    await expect(axeViolations(page)).resolves.toEqual([]);
    await page.screenshot({ path: `${SCREENS}/follow-up-indicators-table-1280.png`, fullPage: false });

    // A local leadership: its municipalities (in a chart still shown as a chart).
    await section.getByRole("combobox", { name: "Systemledning" }).selectOption("ls-vasterbergslagen");
    const falls = panel.getByRole("figure", { name: /Fallskador/ });
    await expect.poll(() => falls.getByRole("img", { name: /^Ludvika / }).count()).toBeGreaterThan(0);
    await expect(falls.getByRole("img", { name: /^Falun / }).count()).resolves.toBe(0);
    await expect(axeViolations(page)).resolves.toEqual([]);
    expect(await cspViolations()).toEqual([]);
    expect(pageErrors).toEqual([]);
    await context.close();
  }, 180_000);

  it("reflows at 320 px: the page does not scroll sideways", async () => {
    await expect(
      scrollWidthAt320(dashboard, "#/uppfoljning", "Indikatorer per delmål", "follow-up-indicators-320.png"),
    ).resolves.toBeLessThanOrEqual(320);
  }, 120_000);
});
