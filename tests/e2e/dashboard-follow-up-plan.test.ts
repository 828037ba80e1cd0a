/**
 * The action plan in the dashboard (issue 17), in the production build under the strict CSP: a reader goes from
 * Dalarna's regional plan to a focus area and its activities, filters to the overdue ones, and changes an
 * activity's status from the keyboard alone; the change is saved in the browser's store (a reload keeps it), the
 * page passes axe and reflows at 320 px.
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

const PLAN = "Regional handlingsplan God och nära vård – multisjuka sköra äldre";
const AREA = "Samordnad individuell plan och trygg hemgång";
/** Due 2026-03-31 and still ongoing on the sample's day (2026-05-13): the one overdue activity of the plan. */
const LATE = "Stärkt läkarmedverkan i kommunal hälso- och sjukvård";

/** Press Tab until `matches` holds for the focused element (or fail after `max` presses). */
async function tabUntil(page: Page, matches: () => Promise<boolean>, max = 200) {
  for (let presses = 0; presses < max; presses++) {
    if (await matches()) return;
    await page.keyboard.press("Tab");
  }
  expect(await matches()).toBe(true);
}

const focused = (page: Page, selector: { role: "button" | "checkbox" | "combobox"; name: string | RegExp }) => () =>
  page
    .getByRole(selector.role, { name: selector.name, exact: true })
    .evaluate((el) => el === document.activeElement)
    .catch(() => false);

describe("the action plan in the dashboard (production build, IndexedDB)", () => {
  it("goes from focus area to activity, filters to the overdue, and changes a status from the keyboard alone", async () => {
    const { page, context, cspViolations, pageErrors } = await dashboard.openPage(1280);
    await page.goto(`${dashboard.origin}/#/uppfoljning`);
    const section = page.getByRole("region", { name: "Handlingsplan", exact: true });
    const plan = section.getByRole("region", { name: PLAN, exact: true });
    await plan.waitFor();
    await expect(axeViolations(page)).resolves.toEqual([]);

    // From the focus area to its activities.
    const area = plan.getByRole("region", { name: AREA });
    await area.getByRole("heading", { name: AREA }).waitFor();
    const late = area.getByRole("article", { name: LATE });
    await expect(late.innerText()).resolves.toMatch(/Försenad/);
    await expect(late.innerText()).resolves.toMatch(/Pågår/);

    // Overdue only, from the keyboard: one activity is shown, and the count says so.
    await tabUntil(page, focused(page, { role: "checkbox", name: "Bara försenade" }));
    await page.keyboard.press("Space");
    await expect.poll(() => plan.getByRole("article").count()).toBe(1);
    await plan
      .getByText(/^Visar 1 av \d+ aktiviteter\.$/)
      .first()
      .waitFor();
    await page.screenshot({ path: `${SCREENS}/follow-up-plan-overdue-1280.png`, fullPage: false });

    // Change its status: Tab to "Ändra …", Enter, the status with the arrow keys, Tab to "Spara", Enter.
    await tabUntil(page, focused(page, { role: "button", name: `Ändra ${LATE}` }));
    await page.keyboard.press("Enter");
    const form = plan.getByRole("form", { name: `Ändra ${LATE}` });
    await form.waitFor();
    const status = form.getByRole("combobox", { name: "Status" });
    await tabUntil(page, () => status.evaluate((el) => el === document.activeElement));
    // Pågår → Pausad → Klar: a closed select takes the arrow keys in Chromium.
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    await expect.poll(() => status.inputValue()).toBe("done");
    await expect(form.getByRole("textbox", { name: /Genomfört, procent/ }).inputValue()).resolves.toBe("100");
    const save = form.getByRole("button", { name: "Spara" });
    await tabUntil(page, () => save.evaluate((el) => el === document.activeElement));
    await page.keyboard.press("Enter");
    await plan.getByText(`Sparat: ${LATE}.`, { exact: true }).first().waitFor();
    await expect(axeViolations(page)).resolves.toEqual([]);
    await page.screenshot({ path: `${SCREENS}/follow-up-plan-saved-1280.png`, fullPage: false });

    // Saved in the store: done after a reload, and no longer overdue.
    await page.reload();
    const again = page.getByRole("region", { name: PLAN, exact: true }).getByRole("article", { name: LATE });
    await again.waitFor();
    await expect.poll(() => again.innerText()).toMatch(/Klar/);
    await expect(again.innerText()).resolves.not.toMatch(/Försenad/);
    expect(await cspViolations()).toEqual([]);
    expect(pageErrors.map(String)).toEqual([]);
    await context.close();
  }, 300_000);

  it("reflows at 320 px: the page does not scroll sideways", async () => {
    const { page, context } = await dashboard.openPage(320);
    await page.goto(`${dashboard.origin}/#/uppfoljning`);
    await page.getByRole("region", { name: PLAN, exact: true }).waitFor();
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(320);
    await page.screenshot({ path: `${SCREENS}/follow-up-plan-320.png`, fullPage: false });
    await context.close();
  }, 120_000);
});
