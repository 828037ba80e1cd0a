/**
 * "Hämta från Kolada" in the dashboard (issue 17), in the production build under the strict CSP: on the recorded
 * answers (Kolada v3's shape, constructed values) the fetch shows its progress, replaces the sample's values of the
 * indicator with a Kolada id, keeps them after a reload (IndexedDB), makes no request off the origin, passes axe and
 * reflows at 320 px.
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

describe("Kolada on the follow-up page (production build, recorded answers)", () => {
  it("fetches from the recorded answers with progress, replaces the sample's values and keeps them after a reload", async () => {
    const { page, context, offOrigin, cspViolations, pageErrors } = await dashboard.openPage(1280);
    await page.goto(`${dashboard.origin}/#/uppfoljning`);
    const section = page.getByRole("region", { name: "Hämta från Kolada" });
    await section.waitFor();
    const current = section.getByRole("list", { name: "Värdena nu" });
    await expect(current.innerText()).resolves.toMatch(/påhittade exempelvärden/);
    await page.getByText(/^Inspelade svar i Kolada v3-format; värdena är konstruerade/).waitFor();
    await expect(axeViolations(page)).resolves.toEqual([]);

    await section.getByRole("button", { name: "Hämta från Kolada" }).click();
    // Three recorded pages of 300 ms each: the progress bar and its text are on screen meanwhile.
    await section.getByRole("progressbar", { name: "Hämtning från Kolada" }).waitFor();
    await section.getByText("0 av 1 indikatorer").waitFor();
    await section.getByRole("button", { name: "Avbryt" }).waitFor();
    await page.screenshot({ path: `${SCREENS}/follow-up-kolada-progress-1280.png`, fullPage: false });

    await section.getByText(/^204 värden hämtades .* och ersatte exempelvärdena\./).waitFor();
    await expect.poll(() => current.innerText()).toMatch(/204 värden\. Källa: inspelade svar i Kolada v3-format/);
    expect(await current.innerText()).not.toMatch(/påhittade exempelvärden/);
    expect(await section.innerText()).not.toMatch(/Källa: Kolada/);
    await expect(axeViolations(page)).resolves.toEqual([]);
    await page.screenshot({ path: `${SCREENS}/follow-up-kolada-done-1280.png`, fullPage: false });

    // Saved in the browser's store: after a reload the values are still the recorded ones.
    await page.reload();
    await section.waitFor();
    await expect.poll(() => current.innerText()).toMatch(/204 värden\. Källa: inspelade svar i Kolada v3-format/);

    expect(offOrigin).toEqual([]);
    expect(await cspViolations()).toEqual([]);
    expect(pageErrors).toEqual([]);
    await context.close();
  }, 180_000);

  it("reflows at 320 px: the page does not scroll sideways", async () => {
    await expect(
      scrollWidthAt320(dashboard, "#/uppfoljning", "Hämta från Kolada", "follow-up-kolada-320.png"),
    ).resolves.toBeLessThanOrEqual(320);
  }, 120_000);
});
