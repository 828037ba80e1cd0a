/**
 * The check-ins in the dashboard (issue 17), in the production build under the strict CSP: on "Handlingsplan och
 * uppföljning", Falun's local leadership records a check-in from the keyboard alone (Tab, typing, Enter), and after a
 * reload the history lists it; a typed draft survives a reload; the section passes axe and reflows at 320 px.
 */
import type { Page } from "playwright-core";
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

const FALUN_LOCAL = /Lokal systemledning Falun – Lokal plan/;

/** The label of the focused element, or its text for a button. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement as HTMLInputElement | null;
    return element?.labels?.[0]?.textContent ?? element?.textContent ?? "";
  });

/** Press Tab until the focused element is named `name`; false when it never is. */
async function tabTo(page: Page, name: string, most = 250): Promise<boolean> {
  for (let presses = 0; presses < most; presses++) {
    if ((await focused(page)) === name) return true;
    await page.keyboard.press("Tab");
  }
  return false;
}

describe("the check-ins in the dashboard (production build, IndexedDB)", () => {
  it("records a check-in from the keyboard alone, and the history lists it after a reload", async () => {
    const { page, context, cspViolations, pageErrors } = await dashboard.openPage(1280);
    await page.goto(`${dashboard.origin}/#/uppfoljning`);
    const form = page.getByRole("region", { name: "Ny avstämning" });
    await form.waitFor();
    const history = page.getByRole("region", { name: FALUN_LOCAL });
    await history.getByText("2 avstämningar, 0 saknas.").waitFor();
    await expect(axeViolations(page)).resolves.toEqual([]);

    await expect(tabTo(page, "Lärdomar")).resolves.toBe(true);
    await page.keyboard.type("Tidig kontakt med anhöriga minskar oron.");
    await expect(tabTo(page, "Spara avstämningen")).resolves.toBe(true);
    await page.keyboard.press("Enter");
    await form.getByText("Sparat").waitFor();
    await history.getByText("3 avstämningar, 0 saknas.").waitFor();
    await page.screenshot({ path: `${SCREENS}/check-in-saved-1280.png`, fullPage: false });

    await page.reload();
    await page.getByRole("region", { name: FALUN_LOCAL }).getByText("3 avstämningar, 0 saknas.").waitFor();
    expect(await cspViolations()).toEqual([]);
    expect(pageErrors).toEqual([]);
    await context.close();
  }, 240_000);

  it("keeps a typed draft across a reload, with a note", async () => {
    const { page, context, pageErrors } = await dashboard.openPage(1280);
    await page.goto(`${dashboard.origin}/#/uppfoljning`);
    const challenges = page.getByRole("textbox", { name: "Utmaningar" });
    await challenges.click();
    await page.keyboard.type("Ett utkast som inte är sparat");
    await page.reload();
    await page.getByRole("region", { name: "Ny avstämning" }).waitFor();
    await expect.poll(() => challenges.inputValue()).toBe("Ett utkast som inte är sparat");
    await page.getByText("Ett utkast från ett tidigare besök visas. Det är inte sparat.").waitFor();
    await expect(axeViolations(page)).resolves.toEqual([]);
    await page.screenshot({ path: `${SCREENS}/check-in-draft-1280.png`, fullPage: false });
    expect(pageErrors).toEqual([]);
    await context.close();
  }, 180_000);

  it("reflows at 320 px: the page does not scroll sideways", async () => {
    await expect(
      scrollWidthAt320(dashboard, "#/uppfoljning", "Ny avstämning", "check-in-320.png", true),
    ).resolves.toBeLessThanOrEqual(320);
  }, 120_000);
});
