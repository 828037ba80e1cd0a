/**
 * The dashboard's system map as users get it (production build, strict CSP with Trusted Types, Debian's Chromium):
 * Dalarna's system on the levels of *Att leda hela systemet* with the workshop's marks, one tab stop with arrow keys
 * along the connections, a part's details, a workshop mark added from the keyboard and stored, the hierarchy and
 * perspective views, axe, no policy violation and no request elsewhere, and reflow at 320 px.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { axeViolations, SCREENS, startDashboard, type DashboardUnderTest } from "./dashboard-harness.js";

let dashboard: DashboardUnderTest;

beforeAll(async () => {
  dashboard = await startDashboard();
});

afterAll(async () => {
  await dashboard?.close();
});

async function openMap(width: number, height = 900) {
  const watched = await dashboard.openPage(width, height);
  await watched.page.goto(`${dashboard.origin}/#/systemkarta`);
  await watched.page.getByRole("figure", { name: "Systemkarta" }).waitFor();
  return watched;
}

const focusedName = (page: import("playwright-core").Page) =>
  page.evaluate(() => document.activeElement?.getAttribute("aria-label") ?? "");

describe("dashboard system map (production build)", () => {
  it("shows Dalarna's system with the workshop's marks under the strict CSP, axe-clean, with no request elsewhere", async () => {
    const { page, context, offOrigin, pageErrors, cspViolations } = await openMap(1280);
    const figure = page.getByRole("figure", { name: "Systemkarta" });
    await expect(figure.getByText(/delar och \d+ kopplingar på \d+ nivåer/).count()).resolves.toBe(1);
    // Folded to fit the frame (issue 20): parts drawn one by one, the rest in groups named with their count.
    await expect(figure.locator(".sl-map-node[role='button']").count()).resolves.toBeGreaterThan(15);
    await expect(figure.getByRole("button", { name: /^Grupp: .+, \d+ delar, / }).count()).resolves.toBeGreaterThan(0);
    await expect(figure.locator(".sl-map-badge").count()).resolves.toBeGreaterThan(3);
    await expect(axeViolations(page)).resolves.toEqual([]);
    await page.screenshot({ path: `${SCREENS}/map-1280.png`, fullPage: true });
    for (const view of [
      "Hierarkin i Ludvika och Smedjebacken",
      "Sett från en familj med ett barn med funktionsvariationer",
    ]) {
      await page.getByRole("combobox", { name: "Visa", exact: true }).selectOption({ label: view });
      await page.locator(".sl-map-node[role='button']").first().waitFor();
      await expect(axeViolations(page), view).resolves.toEqual([]);
    }
    expect(await cspViolations()).toEqual([]);
    expect(offOrigin).toEqual([]);
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it("has one tab stop; arrows move to a neighbour; Enter opens the details; a mark added from the keyboard is stored", async () => {
    const { page, context, cspViolations } = await openMap(1280);
    const figure = page.getByRole("figure", { name: "Systemkarta" });
    await expect(figure.locator(".sl-map-node[tabindex='0']").count()).resolves.toBe(1);
    // The toolbar's last controls (the posters, the search) come before the map: Tab on until the map's one stop.
    await figure.getByRole("button", { name: "Ladda ner som PNG" }).focus();
    for (let presses = 0; presses < 8; presses += 1) {
      await page.keyboard.press("Tab");
      if (await page.evaluate(() => document.activeElement?.classList.contains("sl-map-node") ?? false)) break;
    }
    const first = await focusedName(page);
    expect(first).toMatch(/^(Systemledning|Forum|Organisation|Sektor|Saknas|Grupp): /);
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineWidth);
    expect(Number.parseFloat(outline)).toBeGreaterThanOrEqual(2);
    let moved = false;
    for (const key of ["ArrowRight", "ArrowDown", "ArrowLeft", "ArrowUp"]) {
      await page.keyboard.press(key);
      if ((await focusedName(page)) !== first) moved = true;
    }
    expect(moved).toBe(true);
    await page.screenshot({ path: `${SCREENS}/map-focus-1280.png` });

    const before = await figure.locator(".sl-figure-takeaway").innerText();
    await figure.getByRole("button", { name: "Workshopläge" }).click();
    await figure.locator(".sl-map-node[tabindex='0']").focus();
    // A folded group opens with Enter and gives the focus to its first member, whose details the next Enter opens.
    if ((await focusedName(page)).startsWith("Grupp: ")) {
      await page.keyboard.press("Enter");
      // The group opens in a transition (its node busy meanwhile): the focus moves once its parts are drawn.
      await page.waitForFunction(
        () => !(document.activeElement?.getAttribute("aria-label") ?? "").startsWith("Grupp: "),
      );
      expect(await focusedName(page)).not.toMatch(/^Grupp: /);
    }
    await page.keyboard.press("Enter");
    const details = figure.locator(".sl-map-details");
    await details.waitFor();
    // The details with the forum's members, its representation and the workshop's form: axe-clean too.
    await expect(details.getByText(/sektorer som krävs är företrädda/).count()).resolves.toBe(1);
    await expect(axeViolations(page)).resolves.toEqual([]);
    await details.getByRole("radio", { name: "Styrningen fungerar bra här" }).check();
    await details.getByRole("textbox", { name: "Kommentar (valfritt)" }).fill("Tydlig dagordning.");
    await details.getByRole("button", { name: "Spara markeringen" }).press("Enter");
    // The confirmation shows once the store has saved the mark (through updateWorkspace, into IndexedDB).
    await page.getByText("Markeringen är sparad.").first().waitFor({ timeout: 10_000 });
    // The mark went through the core into the store: the takeaway now counts one more place that works well.
    await expect.poll(() => figure.locator(".sl-figure-takeaway").innerText()).not.toBe(before);
    expect(await cspViolations()).toEqual([]);
    await context.close();
  });

  it("pans with a real mouse drag under the strict CSP: the picture moves during the drag, the group takes the transform after it", async () => {
    const { page, context, cspViolations, pageErrors } = await openMap(1280);
    const svg = page.locator("svg.sl-map-svg");
    const groupTransform = () =>
      svg.evaluate((element) => element.querySelector(":scope > g")!.getAttribute("transform"));
    const before = await groupTransform();
    // Every change of the stage's CSS transform (the box around the SVG that a gesture moves), with the group's
    // transform at that moment (a pause in the drag draws the map sharp, so the picture may be committed between
    // the moves).
    const stage = page.locator(".sl-map-stage");
    await stage.evaluate((element) => {
      const seen: [string, string | null][] = [];
      (window as unknown as { __panSeen: typeof seen }).__panSeen = seen;
      new MutationObserver(() =>
        seen.push([
          (element as HTMLElement).style.transform,
          element.querySelector("svg.sl-map-svg > g")!.getAttribute("transform"),
        ]),
      ).observe(element, { attributes: true, attributeFilter: ["style"] });
    });
    await svg.scrollIntoViewIfNeeded();
    const box = (await svg.boundingBox())!;
    // The bands' left edge, where no part stands.
    await page.mouse.move(box.x + 6, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + 86, box.y + box.height / 2 + 30, { steps: 8 });
    await page.mouse.up();
    await expect.poll(() => stage.evaluate((element) => (element as HTMLElement).style.transform)).toBe("");
    expect(await svg.evaluate((element) => element.style.transform)).toBe("");
    const seen = await page.evaluate(() => (window as unknown as { __panSeen: [string, string | null][] }).__panSeen);
    // The first moves only moved the picture: a CSS translation, the group untouched.
    expect(seen[0]![0]).toMatch(/^translate\(\d+(\.\d+)?px, \d+(\.\d+)?px\) scale\(1\)$/);
    expect(seen[0]![1]).toBe(before);
    // In the end the group holds the whole move, 80 px right and 30 px down.
    const parse = (value: string | null) =>
      (/translate\(([-\d.e]+),([-\d.e]+)\)/.exec(value ?? "") ?? []).slice(1).map(Number);
    const [x0, y0] = parse(before);
    const [x1, y1] = parse(await groupTransform());
    expect(x1! - x0!).toBeCloseTo(80, 3);
    expect(y1! - y0!).toBeCloseTo(30, 3);
    expect(await cspViolations()).toEqual([]);
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it("narrows the system to one municipality's part with the core's filter, and back to the whole county", async () => {
    const { page, context, cspViolations } = await openMap(1280);
    const figure = page.getByRole("figure", { name: "Systemkarta" });
    const parts = async () => Number(/^(\d+) delar/.exec(await figure.locator(".sl-figure-takeaway").innerText())![1]);
    const county = await parts();
    await page.getByRole("combobox", { name: "Kommun" }).selectOption({ label: "Ludvika" });
    await expect.poll(parts).toBeLessThan(county);
    await expect(figure.getByRole("button", { name: /^Organisation: Ludvika kommun,/ }).count()).resolves.toBe(1);
    await expect(figure.getByRole("button", { name: /^Organisation: Vansbro kommun,/ }).count()).resolves.toBe(0);
    await expect(axeViolations(page)).resolves.toEqual([]);
    await page.getByRole("combobox", { name: "Kommun" }).selectOption({ label: "Hela länet" });
    await expect.poll(parts).toBe(county);
    expect(await cspViolations()).toEqual([]);
    await context.close();
  });

  it("reflows at 320 CSS px: the map pans inside its frame, the page never scrolls sideways, axe finds nothing", async () => {
    const { page, context } = await openMap(320, 720);
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(320);
    await expect(axeViolations(page)).resolves.toEqual([]);
    await page.screenshot({ path: `${SCREENS}/map-320.png`, fullPage: true });
    await context.close();
  });
});
