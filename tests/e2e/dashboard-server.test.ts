/**
 * Done when of issue 18: two browser contexts (two people, two browsers) edit the same workspace through the
 * reference server (`?server=`, the core's HTTP store, SQLite underneath). Changes to different things both stay,
 * the second one applied again to the first one's revision by `updateWorkspace`; a change to the same thing (both
 * approve the same meeting's notes) is a clash shown accessibly, which axe finds clean, and keeping the saved
 * version leaves the first approval standing.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, seedWorkspace, startServer, type RunningServer } from "../../packages/server/src/index.js";
import { axeViolations, SCREENS, startDashboard, type DashboardUnderTest, type Watched } from "./dashboard-harness.js";

let dashboard: DashboardUnderTest;
let server: RunningServer;
let folder: string;

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), "sl-dashboard-server-"));
  const database = await openDatabase(join(folder, "workspaces.sqlite"));
  await seedWorkspace(database, "dalarna");
  server = await startServer({ database, port: 0 });
  dashboard = await startDashboard();
});

afterAll(async () => {
  await dashboard?.close();
  await server?.close();
  await rm(folder, { recursive: true, force: true });
});

/** A person in a browser of their own: a fresh context whose requests may reach the reference server too. */
async function person(): Promise<Watched> {
  const watched = await dashboard.openPage(1280);
  // Later routes win: the server's own address is let through, everything else off the origin stays refused.
  await watched.context.route(`${server.url}/**`, (route) => route.continue());
  return watched;
}

const address = (hash: string) => `${dashboard.origin}/?server=${encodeURIComponent(server.url)}${hash}`;
const saveStatus = (page: Page) => page.locator(".sl-save-status");

async function answerAs(page: Page, leadership: string) {
  const form = page.getByRole("form", { name: "Självskattning 2025" });
  await form.getByRole("combobox", { name: "Systemledning" }).selectOption({ label: leadership });
  for (const group of await form.getByRole("radiogroup").all())
    await group.getByRole("radio").nth(2).check({ force: true });
  await form.getByRole("button", { name: "Granska svaren" }).click();
  await page.getByRole("button", { name: "Skicka in svaren" }).click();
}

async function openFalunMeeting(page: Page) {
  await page.goto(address("#/moten"));
  await page.getByRole("combobox", { name: "Forum" }).selectOption({ label: "Ledningsgrupp God och nära vård Falun" });
  await page.getByRole("button", { name: /^Öppna mötet .*9 april 2026/ }).click();
  return page.getByRole("article", { name: /9 april 2026/ });
}

describe("two browser contexts on one workspace through the reference server", () => {
  it("keeps both people's answers: the second is applied again to the first one's revision", async () => {
    const anna = await person();
    const bo = await person();
    for (const { page } of [anna, bo]) {
      await page.goto(address("#/sjalvskattning"));
      await page.getByText("6 av 13 systemledningar svarade (46\u00a0%)").first().waitFor();
      await expect(page.getByText(`Det du gör sparas på servern ${server.url}.`).isVisible()).resolves.toBe(true);
    }
    await answerAs(anna.page, "Lokal systemledning Älvdalen");
    await expect.poll(() => saveStatus(anna.page).innerText()).toBe("Sparat.");
    // Bo still sees the revision he loaded; his save meets Anna's and goes through on top of it.
    await answerAs(bo.page, "Lokal systemledning Orsa");
    await expect
      .poll(() => saveStatus(bo.page).innerText(), { timeout: 30_000 })
      .toBe("Sparat. Någon annan hade sparat under tiden; din ändring lades till deras.");
    await bo.page.getByText("8 av 13 systemledningar svarade (62\u00a0%)").first().waitFor();

    await anna.page.reload();
    await anna.page.getByText("8 av 13 systemledningar svarade (62\u00a0%)").first().waitFor();
    for (const watched of [anna, bo]) {
      expect(await watched.cspViolations()).toEqual([]);
      expect(watched.offOrigin).toEqual([]);
      expect(watched.pageErrors).toEqual([]);
      await watched.context.close();
    }
  });

  it("shows a clash accessibly when both approve the same notes, and keeping the saved version keeps the first", async () => {
    const anna = await person();
    const bo = await person();
    const annasMeeting = await openFalunMeeting(anna.page);
    const bosMeeting = await openFalunMeeting(bo.page);
    await annasMeeting.getByRole("button", { name: "Justera anteckningarna" }).click();
    await annasMeeting.getByText("Anteckningarna är justerade och inskrivna i beslutsloggen.").waitFor();

    await bosMeeting.getByRole("button", { name: "Justera anteckningarna" }).click();
    const dialog = bo.page.getByRole("alertdialog", { name: "Någon annan har ändrat samma sak" });
    await dialog.waitFor();
    await expect(
      bo.page.evaluate(() => document.activeElement?.closest("[role='alertdialog']") !== null),
    ).resolves.toBe(true);
    await expect(dialog.getByText("Din version (inte sparad)").count()).resolves.toBeGreaterThan(0);
    await expect(dialog.getByText(/^Sparad version /).count()).resolves.toBeGreaterThan(0);
    await expect(saveStatus(bo.page).innerText()).resolves.toBe(
      "Krock: någon annan har ändrat samma sak. Välj vilken version som ska gälla.",
    );
    await expect(axeViolations(bo.page)).resolves.toEqual([]);
    await bo.page.screenshot({ path: `${SCREENS}/server-clash-dialog-1280.png` });

    await dialog.getByRole("button", { name: "Behåll den sparade versionen" }).click();
    await dialog.waitFor({ state: "detached" });
    await expect
      .poll(() => saveStatus(bo.page).innerText())
      .toBe("Den sparade versionen gäller; din ändring är borttagen.");
    await expect.poll(() => bosMeeting.locator(".sl-meetings-header .sl-meetings-badge").innerText()).toBe("Justerat");
    for (const watched of [anna, bo]) {
      expect(await watched.cspViolations()).toEqual([]);
      expect(watched.pageErrors).toEqual([]);
      await watched.context.close();
    }
  });
});
