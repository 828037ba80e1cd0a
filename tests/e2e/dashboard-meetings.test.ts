/**
 * The dashboard's meetings page as users get it (production build, strict CSP with Trusted Types, Debian's Chromium):
 * the timeline of the regional forums and activities (*Regional årsrapport 2025*, Bilaga 2), a forum's annual plan with
 * a meeting's page, and the compliance overview. It checks docs/quality.md A5 in a real layout (each lane an `<ol>` of
 * `<time datetime>` items whose DOM order is the order on screen), one tab stop with arrows, Enter and Esc, axe, no
 * policy violation and no request elsewhere, and reflow at 320 px.
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

async function openMeetings(width: number, height = 900) {
  const watched = await dashboard.openPage(width, height);
  await watched.page.goto(`${dashboard.origin}/#/moten`);
  await watched.page.getByRole("heading", { level: 2, name: "Möten och tidslinje" }).waitFor();
  return watched;
}

describe("dashboard meetings page (production build)", () => {
  it("shows the 2025 timeline of LCHNV, VfR and SCHNV and the regional activities, under the strict CSP, axe-clean", async () => {
    const { page, context, offOrigin, pageErrors, cspViolations } = await openMeetings(1280);
    const timeline = page.getByRole("figure", { name: "Tidslinje" });
    // The year of the annual report before the sample's day (2026-05-13): 2025, as Bilaga 2.
    await timeline.getByText("2025", { exact: true }).waitFor();
    for (const lane of ["Länschefsnätverket", "Välfärdsrådet", "Socialchefsnätverket", "Regionala aktiviteter"]) {
      await expect(
        timeline.getByRole("list", { name: new RegExp(`^${lane}: \\d+ händelser$`) }).count(),
        lane,
      ).resolves.toBe(1);
    }
    await expect(
      timeline.getByRole("button", { name: /^Aktivitet, 13 november 2025: Systemledningsdag/ }).count(),
    ).resolves.toBe(1);
    await expect(
      timeline
        .getByRole("button", { name: /^Beslut, 14 mars 2025: Beslut: prioriterat område 2025: sköra äldre/ })
        .count(),
    ).resolves.toBe(1);
    await expect(axeViolations(page)).resolves.toEqual([]);
    await page.screenshot({ path: `${SCREENS}/meetings-1280.png`, fullPage: true });
    expect(await cspViolations()).toEqual([]);
    expect(offOrigin).toEqual([]);
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it("lists each lane's items in the order they stand on screen, each with a <time datetime>", async () => {
    const { page, context } = await openMeetings(1280);
    const lanes = await page.locator(".sl-tl-track").evaluateAll((lists) =>
      lists.map((list) =>
        [...list.querySelectorAll(":scope > li")].map((item) => ({
          left: Math.round(item.getBoundingClientRect().left),
          top: Math.round(item.getBoundingClientRect().top),
          datetime: item.querySelector("time")?.getAttribute("datetime") ?? null,
        })),
      ),
    );
    expect(lanes.length).toBeGreaterThanOrEqual(4);
    for (const items of lanes) {
      for (const item of items) expect(item.datetime).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      // Reading order: left to right, and top to bottom where two stand at the same place.
      for (let i = 1; i < items.length; i++) {
        const [a, b] = [items[i - 1]!, items[i]!];
        expect(a.left < b.left || (a.left === b.left && a.top <= b.top), JSON.stringify([a, b])).toBe(true);
      }
    }
    await context.close();
  });

  it("gives the timeline one tab stop; arrows move, Enter opens an item's details and Esc gives focus back", async () => {
    const { page, context } = await openMeetings(1280);
    const timeline = page.getByRole("figure", { name: "Tidslinje" });
    await expect(timeline.locator(".sl-tl-button[tabindex='0']").count()).resolves.toBe(1);
    await timeline.getByRole("button", { name: "Idag" }).focus();
    await page.keyboard.press("Tab");
    const name = () => page.evaluate(() => document.activeElement?.textContent ?? "");
    const first = await name();
    expect(await page.evaluate(() => document.activeElement?.classList.contains("sl-tl-button"))).toBe(true);
    await page.keyboard.press("ArrowRight");
    expect(await name()).not.toBe(first);
    await page.keyboard.press("Enter");
    await expect(page.evaluate(() => document.activeElement?.tagName)).resolves.toMatch(/^H[3-6]$/);
    await page.screenshot({ path: `${SCREENS}/meetings-timeline-details-1280.png` });
    await page.keyboard.press("Escape");
    expect(await page.evaluate(() => document.activeElement?.classList.contains("sl-tl-button"))).toBe(true);
    // Tab leaves the timeline at once.
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.classList.contains("sl-tl-button"))).toBe(false);
    await context.close();
  });

  it("opens a meeting from the annual plan, and marking attendance changes the quorum there and then", async () => {
    const { page, context, cspViolations } = await openMeetings(1280);
    const openButtons = page.getByRole("button", { name: /^Öppna mötet/ });
    await expect(openButtons.count()).resolves.toBeGreaterThan(0);
    await openButtons.first().click();
    const attendance = page.getByRole("checkbox").first();
    await attendance.waitFor();
    const quorumBefore = await page.locator(".sl-meetings-quorum").first().innerText();
    // By keyboard: Space on the checkbox.
    await attendance.focus();
    await page.keyboard.press("Space");
    const quorumAfter = await page.locator(".sl-meetings-quorum").first().innerText();
    expect(quorumAfter).not.toBe(quorumBefore);
    await expect(axeViolations(page)).resolves.toEqual([]);
    expect(await cspViolations()).toEqual([]);
    await page.screenshot({ path: `${SCREENS}/meetings-meeting-page-1280.png`, fullPage: true });
    await context.close();
  });

  it("reflows at 320 CSS px: the lanes scroll inside the timeline, never the page, and axe finds nothing", async () => {
    const { page, context } = await openMeetings(320, 720);
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(320);
    await expect(axeViolations(page)).resolves.toEqual([]);
    await page.screenshot({ path: `${SCREENS}/meetings-320.png`, fullPage: true });
    await context.close();
  });
});
