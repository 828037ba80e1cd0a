/**
 * The dashboard keeps what the user did (issue 18): its workspace lives in the browser's IndexedDB through the core's
 * store, and every change goes through `updateWorkspace`. In the production build under the strict CSP: an answer to
 * the self-assessment, a workshop mark and approved notes are still there after a reload; "Återställ exempeldata"
 * asks first and then brings the sample back; and a change made in one tab is announced politely in another tab of
 * the same browser ("Ändrat i en annan flik").
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

const SAMPLE_COVERAGE = "6 av 13 systemledningar svarade (46\u00a0%)";
const ANSWERED_COVERAGE = "7 av 13 systemledningar svarade (54\u00a0%)";
const saveStatus = (page: Page) => page.locator(".sl-save-status");

async function answerSelfAssessment(page: Page) {
  await page.goto(`${dashboard.origin}/#/sjalvskattning`);
  const form = page.getByRole("form", { name: "Självskattning 2025" });
  await form.getByRole("combobox", { name: "Systemledning" }).selectOption({ label: "Lokal systemledning Älvdalen" });
  for (const group of await form.getByRole("radiogroup").all())
    await group.getByRole("radio").nth(2).check({ force: true }); // styled radios: the input itself is hidden
  await form.getByRole("button", { name: "Granska svaren" }).click();
  await page.getByRole("button", { name: "Skicka in svaren" }).click();
  await page.getByRole("heading", { name: "Svaren är skickade. Tack!" }).waitFor();
  await expect.poll(() => saveStatus(page).innerText()).toBe("Sparat.");
}

async function openFalunMeeting(page: Page) {
  await page.goto(`${dashboard.origin}/#/moten`);
  await page.getByRole("combobox", { name: "Forum" }).selectOption({ label: "Ledningsgrupp God och nära vård Falun" });
  await page.getByRole("button", { name: /^Öppna mötet .*9 april 2026/ }).click();
  return page.getByRole("article", { name: /9 april 2026/ });
}

describe("dashboard keeps what the user did (production build, IndexedDB)", () => {
  it("keeps an answer, a workshop mark and approved notes across a reload, saved through the store", async () => {
    const { page, context, cspViolations, pageErrors } = await dashboard.openPage(1280);
    await page.goto(`${dashboard.origin}/#/sjalvskattning`);
    await page.getByText(SAMPLE_COVERAGE).first().waitFor();
    await expect(page.getByRole("region", { name: "Var ändringarna sparas" }).count()).resolves.toBe(1);

    await answerSelfAssessment(page);
    await page.getByText(ANSWERED_COVERAGE).first().waitFor({ timeout: 10_000 });

    await page.goto(`${dashboard.origin}/#/systemkarta`);
    const figure = page.getByRole("figure", { name: "Systemkarta" });
    const before = await figure.locator(".sl-figure-takeaway").innerText();
    await figure.getByRole("button", { name: "Workshopläge" }).click();
    // The map starts folded to fit its frame (issue 20): open every group to reach the forum.
    await figure.getByRole("button", { name: "Öppna alla grupper" }).click();
    await figure.getByRole("button", { name: /^Forum: Länschefsnätverket,/ }).click();
    const details = figure.locator(".sl-map-details");
    await details.getByRole("radio", { name: "Styrningen fungerar bra här" }).check();
    await details.getByRole("button", { name: "Spara markeringen" }).click();
    await expect.poll(() => figure.locator(".sl-figure-takeaway").innerText()).not.toBe(before);
    const marked = await figure.locator(".sl-figure-takeaway").innerText();

    const meeting = await openFalunMeeting(page);
    await meeting.getByRole("button", { name: "Justera anteckningarna" }).click();
    await meeting.getByText("Anteckningarna är justerade och inskrivna i beslutsloggen.").waitFor();
    await page.screenshot({ path: `${SCREENS}/persistence-approved-1280.png`, fullPage: false });

    await page.reload();
    await page.goto(`${dashboard.origin}/#/sjalvskattning`);
    await page.getByText(ANSWERED_COVERAGE).first().waitFor();
    await page.goto(`${dashboard.origin}/#/systemkarta`);
    await expect
      .poll(() => page.getByRole("figure", { name: "Systemkarta" }).locator(".sl-figure-takeaway").innerText())
      .toBe(marked);
    const again = await openFalunMeeting(page);
    await expect(again.locator(".sl-meetings-header .sl-meetings-badge").innerText()).resolves.toBe("Justerat");
    expect(await cspViolations()).toEqual([]);
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it("resets to the sample only after asking, and the sample is back", async () => {
    const { page, context } = await dashboard.openPage(1280);
    await answerSelfAssessment(page);
    const panel = page.getByRole("region", { name: "Var ändringarna sparas" });
    await panel.getByRole("button", { name: "Återställ exempeldata" }).click();
    const confirm = panel.getByRole("group", { name: /^Allt du har ändrat i den här webbläsaren tas bort/ });
    await expect(confirm.isVisible()).resolves.toBe(true);
    await expect(axeViolations(page)).resolves.toEqual([]);
    await page.screenshot({ path: `${SCREENS}/persistence-reset-confirm-1280.png` });
    await confirm.getByRole("button", { name: "Avbryt" }).click();
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe("Återställ exempeldata");
    await page.getByText(ANSWERED_COVERAGE).first().waitFor({ timeout: 10_000 });

    await panel.getByRole("button", { name: "Återställ exempeldata" }).click();
    await Promise.all([page.waitForEvent("load"), confirm.getByRole("button", { name: "Ja, återställ" }).click()]);
    await page.goto(`${dashboard.origin}/#/sjalvskattning`);
    await page.getByText(SAMPLE_COVERAGE).first().waitFor();
    await expect(page.getByText(ANSWERED_COVERAGE).count()).resolves.toBe(0);
    await context.close();
  });

  it("announces politely in one tab what another tab of the same browser saved", async () => {
    const first = await dashboard.openPage(1280);
    await first.page.goto(`${dashboard.origin}/#/sjalvskattning`);
    await first.page.getByText(SAMPLE_COVERAGE).first().waitFor();
    const second = await first.context.newPage();
    await second.goto(`${dashboard.origin}/#/sjalvskattning`);
    await second.getByText(SAMPLE_COVERAGE).first().waitFor();

    await answerSelfAssessment(second);
    const status = saveStatus(first.page);
    await expect.poll(() => status.innerText()).toBe("Ändrat i en annan flik.");
    await expect(status.getAttribute("role")).resolves.toBe("status");
    await expect(status.getAttribute("aria-live")).resolves.toBe("polite");
    // The first tab shows the other's answer without a reload.
    await first.page.getByText(ANSWERED_COVERAGE).first().waitFor({ timeout: 10_000 });
    await first.page.screenshot({ path: `${SCREENS}/persistence-other-tab-1280.png` });
    await first.context.close();
  });
});
