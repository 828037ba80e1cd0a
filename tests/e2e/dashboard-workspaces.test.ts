/**
 * The dashboard takes any workspace (issue 19, part 3), in the production build under the strict CSP: every page of
 * every bundled county (the list is BUNDLED_COUNTIES, so a county added later is covered without editing this test)
 * with no axe violations; a workspace from a file, picked or dropped, and from `?workspace=<address>`, through the
 * door; a refused file or address shown with path, code, Swedish and English while the workspace shown stays; and
 * switching between workspaces losing nothing the user entered, the choice kept across a reload.
 */
import { BUNDLED_COUNTIES, loadBundledCounty, type CountyData } from "@systemledning/core/counties";
import { serializeWorkspace } from "@systemledning/core/workspace";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { axeViolations, SCREENS, startDashboard, type DashboardUnderTest } from "./dashboard-harness.js";

let dashboard: DashboardUnderTest;
const counties = new Map<string, CountyData>();

beforeAll(async () => {
  for (const county of BUNDLED_COUNTIES) {
    const data = await loadBundledCounty(county.id);
    if (data === undefined) throw new Error(`${county.id} did not load`);
    counties.set(county.id, data);
  }
  dashboard = await startDashboard();
});

afterAll(async () => {
  await dashboard?.close();
});

const countyData = (id: string): CountyData => {
  const data = counties.get(id);
  if (data === undefined) throw new Error(`${id} is not bundled`);
  return data;
};
function bundled(position: number) {
  const county = BUNDLED_COUNTIES[position];
  if (county === undefined) throw new Error("The tests need two bundled counties.");
  return county;
}
/** The default county (the first) and another. */
const first = bundled(0);
const second = bundled(1);
const picker = (page: Page) => page.getByRole("combobox", { name: "Vilken arbetsyta" });
const fileInput = (page: Page) => page.getByLabel("Läs in en arbetsyta från en JSON-fil");
const title = (page: Page, id: string) =>
  page.getByRole("heading", { level: 1, name: `Systemledning: ${countyData(id).profile.name.sv}` });
const refusal = (page: Page) => page.getByRole("region", { name: "Arbetsyta" }).getByRole("alert");
const sampleLabel = (id: string) => `Exempel: ${countyData(id).county.name.sv}`;
const textOf = (id: string) => serializeWorkspace(countyData(id).workspace);

/** A workspace the door refuses: the second county's sample with a leadership id that is a number. */
function brokenText(): string {
  const document = JSON.parse(textOf(second.id)) as { leaderships: { id: unknown }[] };
  document.leaderships[0]!.id = 42;
  return JSON.stringify(document);
}

/** The dashboard's pages, with a leadership of the county's own for the leadership page. */
const pagesOf = (id: string) => [
  "#/",
  `#/ledning/${encodeURIComponent(countyData(id).workspace.leaderships[0]?.id ?? "")}`,
  "#/sjalvskattning",
  "#/moten",
  "#/systemkarta",
  "#/metodstod",
  "#/uppfoljning",
  "#/arsrapport",
];

describe("every page of every bundled county (production build)", () => {
  it.each(BUNDLED_COUNTIES.map((county) => [county.id]))(
    "%s: every page opens from the picker, axe-clean, within the CSP",
    async (id) => {
      const { page, context, cspViolations, pageErrors, offOrigin } = await dashboard.openPage(1280);
      await page.goto(`${dashboard.origin}/`);
      await title(page, first.id).waitFor();
      if (id !== first.id) {
        await picker(page).selectOption({ label: sampleLabel(id) });
        await title(page, id).waitFor();
        // The picker keeps the focus for the next choice.
        await expect(page.evaluate(() => document.activeElement?.tagName)).resolves.toBe("SELECT");
      }
      for (const hash of pagesOf(id)) {
        await page.goto(`${dashboard.origin}/${hash}`);
        await title(page, id).waitFor();
        await page.locator("main h2").first().waitFor({ timeout: 20_000 });
        await page.waitForLoadState("networkidle");
        expect(await page.getByText("Arbetsytan kunde inte läsas in.").count(), hash).toBe(0);
        expect(await axeViolations(page), `${id} ${hash}`).toEqual([]);
      }
      await page.goto(`${dashboard.origin}/#/`);
      await page.screenshot({ path: `${SCREENS}/workspaces-${id}-1280.png`, fullPage: false });
      expect(await cspViolations()).toEqual([]);
      expect(pageErrors).toEqual([]);
      expect(offOrigin).toEqual([]);
      await context.close();
    },
    // Eight pages, each through axe: about a minute alone, several when the gate loads every core.
    420_000,
  );
});

describe("a workspace of one's own (production build)", () => {
  it("loads a picked file through the door, remembers it across a reload, and lists it in the picker", async () => {
    const { page, context, pageErrors } = await dashboard.openPage(1280);
    await page.goto(`${dashboard.origin}/`);
    await title(page, first.id).waitFor();
    await fileInput(page).setInputFiles({
      name: "min-arbetsyta.json",
      mimeType: "application/json",
      buffer: Buffer.from(textOf(second.id)),
    });
    await title(page, second.id).waitFor();
    await expect(picker(page).locator("option:checked").innerText()).resolves.toBe("Fil: min-arbetsyta.json");
    // Not a bundled sample: the page does not call its people fictitious.
    await expect(page.getByText("personerna är påhittade").count()).resolves.toBe(0);
    await page.reload();
    await title(page, second.id).waitFor();
    await expect(axeViolations(page)).resolves.toEqual([]);
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it("loads a dropped file through the door", async () => {
    const { page, context } = await dashboard.openPage(1280);
    await page.goto(`${dashboard.origin}/`);
    await title(page, first.id).waitFor();
    const dataTransfer = await page.evaluateHandle((text) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], "dropped.json", { type: "application/json" }));
      return transfer;
    }, textOf(second.id));
    const area = page.locator(".dash-drop");
    await area.dispatchEvent("dragover", { dataTransfer });
    await expect(area.getAttribute("data-dragging")).resolves.toBe("true");
    await area.dispatchEvent("drop", { dataTransfer });
    await title(page, second.id).waitFor();
    await expect(picker(page).locator("option:checked").innerText()).resolves.toBe("Fil: dropped.json");
    await context.close();
  });

  it("refuses a file the door refuses with path, code, Swedish and English, and changes nothing", async () => {
    const { page, context, pageErrors } = await dashboard.openPage(1280);
    await page.goto(`${dashboard.origin}/`);
    await title(page, first.id).waitFor();
    await fileInput(page).setInputFiles({
      name: "trasig.json",
      mimeType: "application/json",
      buffer: Buffer.from(brokenText()),
    });
    const alert = refusal(page);
    await alert.waitFor();
    const text = await alert.innerText();
    expect(text).toContain("Arbetsytan i trasig.json lästes inte in");
    expect(text).toContain("The workspace in trasig.json was not loaded");
    expect(text).toContain("leaderships[0].id");
    expect(text).toContain("invalid_type");
    await expect(title(page, first.id).count()).resolves.toBe(1);
    await expect(picker(page).locator("option:checked").innerText()).resolves.toBe(sampleLabel(first.id));
    await expect(axeViolations(page)).resolves.toEqual([]);
    await page.screenshot({ path: `${SCREENS}/workspaces-refused-file-1280.png`, fullPage: false });

    await fileInput(page).setInputFiles({ name: "inte.json", mimeType: "application/json", buffer: Buffer.from("{") });
    await expect.poll(() => refusal(page).innerText()).toContain("invalid_json");
    await page.reload();
    await title(page, first.id).waitFor();
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it("opens ?workspace=<address> through the door, and keeps it across a reload", async () => {
    const { page, context } = await dashboard.openPage(1280);
    await context.route(`${dashboard.origin}/data/**`, (route) =>
      route.fulfill({ status: 200, contentType: "application/json", body: textOf(second.id) }),
    );
    await page.goto(`${dashboard.origin}/?workspace=${encodeURIComponent("/data/workspace.json")}`);
    await title(page, second.id).waitFor();
    await expect(picker(page).locator("option:checked").innerText()).resolves.toBe("Adress: /data/workspace.json");
    await page.reload();
    await title(page, second.id).waitFor();
    await expect(axeViolations(page)).resolves.toEqual([]);
    await context.close();
  });

  it("refuses a bad ?workspace= with clear errors, and opens the workspace it had instead", async () => {
    const { page, context } = await dashboard.openPage(1280);
    await context.route(`${dashboard.origin}/data/missing.json`, (route) => route.fulfill({ status: 404, body: "" }));
    await context.route(`${dashboard.origin}/data/broken.json`, (route) =>
      route.fulfill({ status: 200, contentType: "application/json", body: brokenText() }),
    );
    await page.goto(`${dashboard.origin}/?workspace=/data/missing.json`);
    await title(page, first.id).waitFor();
    const missing = await refusal(page).innerText();
    expect(missing).toContain("http_status");
    expect(missing).toContain("svarade 404");
    expect(missing).toContain("answered 404");
    await expect(axeViolations(page)).resolves.toEqual([]);

    await page.goto(`${dashboard.origin}/?workspace=/data/broken.json`);
    await title(page, first.id).waitFor();
    await expect(refusal(page).innerText()).resolves.toContain("leaderships[0].id");
    await context.close();
  });
});

describe("switching loses nothing (production build, IndexedDB)", () => {
  const SAMPLE_COVERAGE = "6 av 13 systemledningar svarade (46\u00a0%)";
  const ANSWERED_COVERAGE = "7 av 13 systemledningar svarade (54\u00a0%)";

  it("keeps an answer in the first county across a switch to the second, a file, and reloads", async () => {
    const { page, context, pageErrors } = await dashboard.openPage(1280);
    await page.goto(`${dashboard.origin}/#/sjalvskattning`);
    await page.getByText(SAMPLE_COVERAGE).first().waitFor();
    const form = page.getByRole("form", { name: "Självskattning 2025" });
    await form.getByRole("combobox", { name: "Systemledning" }).selectOption({ label: "Lokal systemledning Älvdalen" });
    for (const group of await form.getByRole("radiogroup").all())
      await group.getByRole("radio").nth(2).check({ force: true });
    await form.getByRole("button", { name: "Granska svaren" }).click();
    await page.getByRole("button", { name: "Skicka in svaren" }).click();
    await page.getByText(ANSWERED_COVERAGE).first().waitFor({ timeout: 10_000 });

    await picker(page).selectOption({ label: sampleLabel(second.id) });
    await title(page, second.id).waitFor();
    await page.reload();
    await title(page, second.id).waitFor();
    await fileInput(page).setInputFiles({
      name: "egen.json",
      mimeType: "application/json",
      buffer: Buffer.from(textOf(first.id)),
    });
    // The file is the first county's sample as it was shipped: its own copy, without the answer.
    await page.getByText(SAMPLE_COVERAGE).first().waitFor();

    await picker(page).selectOption({ label: sampleLabel(first.id) });
    await title(page, first.id).waitFor();
    await page.getByText(ANSWERED_COVERAGE).first().waitFor();
    await page.reload();
    await page.getByText(ANSWERED_COVERAGE).first().waitFor();
    await page.screenshot({ path: `${SCREENS}/workspaces-switched-back-1280.png`, fullPage: false });
    expect(pageErrors).toEqual([]);
    await context.close();
  }, 120_000);
});
