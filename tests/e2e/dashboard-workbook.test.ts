/**
 * The Metodstöd workbook in the dashboard (issue 16), in the production build under the strict CSP: from the keyboard
 * alone a local leadership of the sample (Mora, partly written) completes its charter and the completeness reaches
 * 100 %, each answer saved into the browser's store as the field is left; a typed draft survives a reload, restored
 * with a note; the page passes axe and reflows at 320 px.
 */
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { axeViolations, SCREENS, startDashboard, type DashboardUnderTest } from "./dashboard-harness.js";

let dashboard: DashboardUnderTest;

beforeAll(async () => {
  dashboard = await startDashboard();
});

afterAll(async () => {
  await dashboard?.close();
});

const count = (page: Page) => page.locator(".sl-workbook-count").innerText();

/** What has focus (its tag, id and value) and the count of answers, read in the page in one go. */
const here = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement as HTMLTextAreaElement | null;
    return {
      tag: element?.tagName ?? "",
      id: element?.id ?? "",
      value: element?.value ?? "",
      count: document.querySelector(".sl-workbook-count")?.textContent ?? "",
    };
  });

describe("the Metodstöd workbook in the dashboard (production build, IndexedDB)", () => {
  it("completes Mora's charter from the keyboard alone: completeness reaches 100 %", async () => {
    const { page, context, cspViolations, pageErrors } = await dashboard.openPage(1280);
    await page.goto(`${dashboard.origin}/#/metodstod`);
    await page.getByRole("article", { name: "Metodstöd: Lokal systemledning Mora" }).waitFor();
    expect(await count(page)).toMatch(/^12 av 35 besvarade/);
    await expect(axeViolations(page)).resolves.toEqual([]);

    // To the first link of "Fortfarande öppet" with Tab, and into its field with Enter.
    const open = page.getByRole("region", { name: "Fortfarande öppet" });
    const firstOpen = open.getByRole("link").first();
    for (let presses = 0; presses < 80 && !(await firstOpen.evaluate((a) => a === document.activeElement)); presses++)
      await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    expect((await here(page)).tag).toBe("TEXTAREA");

    // Then down the form: an empty field of the workbook gets an answer, Tab leaves it (and saves it).
    for (let presses = 0; presses < 400; presses++) {
      const now = await here(page);
      if (/^35 av 35/.test(now.count)) break;
      if (now.tag === "TEXTAREA" && now.id.startsWith("sl-wb-") && now.value.trim() === "")
        await page.keyboard.type("Ja.");
      await page.keyboard.press("Tab");
    }
    await expect.poll(() => count(page)).toMatch(/^35 av 35 besvarade \(100\s%\)/);
    await expect(page.getByRole("progressbar").getAttribute("value")).resolves.toBe("35");
    await open.getByText("Allt är besvarat. Överenskommelsen är komplett.").waitFor();
    await page.screenshot({ path: `${SCREENS}/workbook-complete-1280.png`, fullPage: false });

    // Saved in the store: still complete after a reload.
    await page.reload();
    await page.getByRole("article", { name: "Metodstöd: Lokal systemledning Mora" }).waitFor();
    await expect.poll(() => count(page)).toMatch(/^35 av 35/);
    expect(await cspViolations()).toEqual([]);
    expect(pageErrors).toEqual([]);
    await context.close();
    // Some 150 key presses, each saved answer a write to IndexedDB: minutes on a machine shared with the gate.
  }, 300_000);

  it("keeps a typed draft across a reload, restored with a note, for a leadership with no charter", async () => {
    const { page, context, pageErrors } = await dashboard.openPage(1280);
    await page.goto(`${dashboard.origin}/#/metodstod/ls-vansbro`);
    const purpose = page.getByRole("textbox", { name: "Systemledningens syfte" });
    await purpose.click();
    await page.keyboard.type("Ett utkast som inte är sparat");
    await page.reload();
    await page.getByRole("article", { name: "Metodstöd: Lokal systemledning Vansbro" }).waitFor();
    await expect.poll(() => purpose.inputValue()).toBe("Ett utkast som inte är sparat");
    await page.getByText("Osparat utkast (återställt).").waitFor();
    await expect(axeViolations(page)).resolves.toEqual([]);
    await page.screenshot({ path: `${SCREENS}/workbook-draft-1280.png`, fullPage: false });

    // The picker moves to another leadership, and back: the draft is still there.
    await page.getByRole("combobox", { name: "Systemledning" }).selectOption("ls-mora");
    await page.getByRole("article", { name: "Metodstöd: Lokal systemledning Mora" }).waitFor();
    await page.getByRole("combobox", { name: "Systemledning" }).selectOption("ls-vansbro");
    await expect.poll(() => purpose.inputValue()).toBe("Ett utkast som inte är sparat");
    expect(pageErrors).toEqual([]);
    await context.close();
  }, 180_000);

  it("reflows at 320 px: the page does not scroll sideways", async () => {
    const { page, context } = await dashboard.openPage(320);
    await page.goto(`${dashboard.origin}/#/metodstod`);
    await page.getByRole("article", { name: "Metodstöd: Lokal systemledning Mora" }).waitFor();
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(320);
    await page.screenshot({ path: `${SCREENS}/workbook-320.png`, fullPage: false });
    await context.close();
  }, 120_000);
});
