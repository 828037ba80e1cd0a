/**
 * The indicator comparison in the dashboard (issue 17), in the production build under the strict CSP: on the page
 * "Handlingsplan och uppföljning" the section "Jämförelse mellan kommunerna" shows Dalarna's municipalities; a
 * column sorts from the keyboard alone (missing values last), the CSV downloads with the bytes Excel in Sweden
 * reads as columns (a UTF-8 byte-order mark, semicolons, a decimal comma) and each value's placement in words,
 * and the page passes axe.
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

const READMISSION = "Återinskrivning inom 30 dagar, 65 år och äldre, 2024 (%)";

describe("the indicator comparison in the dashboard (production build)", () => {
  it("sorts a column from the keyboard, downloads a CSV Excel opens, and passes axe", async () => {
    const { page, context, cspViolations, pageErrors, offOrigin } = await dashboard.openPage(1280);
    await page.goto(`${dashboard.origin}/#/uppfoljning`);
    const section = page.getByRole("region", { name: "Jämförelse mellan kommunerna" });
    await section.getByRole("heading", { level: 3, name: "Jämförelse mellan kommunerna" }).waitFor();
    await expect(axeViolations(page)).resolves.toEqual([]);

    // To the column's sort button with Tab alone, then Enter: ascending, lowest (best) first, missing last.
    const sort = section.getByRole("button", { name: READMISSION });
    for (let presses = 0; presses < 120 && !(await sort.evaluate((b) => b === document.activeElement)); presses++)
      await page.keyboard.press("Tab");
    await expect(sort.evaluate((b) => b === document.activeElement)).resolves.toBe(true);
    await page.keyboard.press("Enter");
    const header = section.getByRole("columnheader", { name: READMISSION });
    await expect.poll(() => header.getAttribute("aria-sort")).toBe("ascending");
    const body = section.locator("tbody");
    await expect(body.getByRole("rowheader").first().innerText()).resolves.toBe("Borlänge");
    await expect(body.getByRole("rowheader").last().innerText()).resolves.toBe("Malung-Sälen");
    await page.keyboard.press("Enter");
    await expect.poll(() => header.getAttribute("aria-sort")).toBe("descending");
    await expect(body.getByRole("rowheader").last().innerText()).resolves.toBe("Malung-Sälen");
    await page.screenshot({ path: `${SCREENS}/follow-up-comparison-1280.png`, fullPage: true });

    // The CSV: BOM, semicolons, decimal comma, the placement's word beside each value.
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      section.getByRole("button", { name: "Ladda ner CSV" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("jämförelse-mellan-kommunerna.csv");
    const bytes = await readFile((await download.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.subarray(3).toString("utf8").split("\r\n");
    expect(lines[0]!.startsWith("Kommun;")).toBe(true);
    expect(lines[0]).toContain(`;${READMISSION};`);
    const borlange = lines.find((line) => line.startsWith("Borlänge;"))!;
    expect(borlange).toContain(";16,7;bland de bästa;preliminärt;");
    expect(lines.some((line) => line.startsWith("Medel för de visade kommunerna (ovägt);"))).toBe(true);

    expect(await cspViolations()).toEqual([]);
    expect(pageErrors).toEqual([]);
    expect(offOrigin).toEqual([]);
    await context.close();
  }, 180_000);

  it("reflows at 320 px: the wide table scrolls in its own region, not the page", async () => {
    const { page, context } = await dashboard.openPage(320);
    await page.goto(`${dashboard.origin}/#/uppfoljning`);
    await page.getByRole("region", { name: "Jämförelse mellan kommunerna" }).waitFor();
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(320);
    await page.screenshot({ path: `${SCREENS}/follow-up-comparison-320.png`, fullPage: false });
    await context.close();
  }, 120_000);
});
