/**
 * Smoke test of the dashboard as users get it: the production build served by `vite preview`, under its
 * strict Content Security Policy, in Debian's Chromium. It checks what a person would: Dalarna's
 * structure is there, axe finds nothing, the page breaks no policy, makes no request elsewhere, reflows
 * at 320 px and can be used with the keyboard. Screenshots go to /tmp/screens for a human look.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { axeViolations, SCREENS, startDashboard, type DashboardUnderTest, type Watched } from "./dashboard-harness.js";

let dashboard: DashboardUnderTest;
let origin = "";
const openPage = (width: number, height?: number): Promise<Watched> => dashboard.openPage(width, height);

beforeAll(async () => {
  dashboard = await startDashboard();
  origin = dashboard.origin;
});

afterAll(async () => {
  await dashboard?.close();
});

describe("dashboard (production build)", () => {
  it("shows Dalarna's regional forums and its 13 local leaderships", async () => {
    const { page, context, offOrigin, pageErrors, cspViolations } = await openPage(1280);
    await page.goto(`${origin}/`);
    await page.getByRole("heading", { level: 1 }).waitFor();

    await expect(page.getByRole("heading", { name: "Länschefsnätverket" }).count()).resolves.toBeGreaterThan(0);
    await expect(page.getByRole("heading", { name: "Välfärdsrådet" }).count()).resolves.toBeGreaterThan(0);
    const localTable = page.getByRole("table", { name: "De lokala systemledningarna och hur de står sig" });
    await expect(localTable.locator("tbody tr").count()).resolves.toBe(13);
    await expect(page.getByRole("heading", { name: /Lokala systemledningar \(13\)/ }).count()).resolves.toBe(1);
    // Every status is written out in words, not only coloured.
    const statusTexts = await page.locator(".sl-status").allInnerTexts();
    expect(statusTexts.length).toBeGreaterThan(13);
    for (const text of statusTexts) expect(text.trim()).not.toBe("");

    await page.screenshot({ path: `${SCREENS}/dashboard-1280.png`, fullPage: true });
    expect(await cspViolations()).toEqual([]);
    expect(offOrigin).toEqual([]);
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it("opens a local leadership with its questions and a members table per forum", async () => {
    const { page, context, cspViolations, offOrigin } = await openPage(1280);
    await page.goto(`${origin}/`);
    const firstLocal = page
      .getByRole("table", { name: "De lokala systemledningarna och hur de står sig" })
      .locator("tbody tr th a")
      .first();
    const name = (await firstLocal.innerText()).trim();
    await firstLocal.click();

    const heading = page.getByRole("heading", { level: 2, name });
    await heading.waitFor();
    // Focus moves to the new view's heading.
    await expect(page.evaluate(() => document.activeElement?.tagName)).resolves.toBe("H2");
    await expect(page.getByRole("table", { name: /^Uppdrag i / }).count()).resolves.toBeGreaterThan(0);
    // The kit's views of the leadership's questions, each under its own heading.
    await expect(page.getByRole("heading", { level: 4, name: "Representation av sektorer" }).count()).resolves.toBe(1);
    await expect(page.getByRole("table", { name: "Huvudmän och deras företrädare" }).count()).resolves.toBe(1);
    await expect(page.getByRole("progressbar", { name: "Besvarade frågor i överenskommelsen" }).count()).resolves.toBe(
      1,
    );
    await expect(axeViolations(page)).resolves.toEqual([]);
    await page.screenshot({ path: `${SCREENS}/leadership-1280.png`, fullPage: true });
    expect(await cspViolations()).toEqual([]);
    expect(offOrigin).toEqual([]);
    await context.close();
  });

  it("has no axe violations in Swedish or English, and switches the page language", async () => {
    const { page, context, cspViolations } = await openPage(1280);
    await page.goto(`${origin}/`);
    await page.getByRole("heading", { level: 1 }).waitFor();
    await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe("sv");
    await expect(axeViolations(page)).resolves.toEqual([]);

    await page.getByRole("button", { name: "English" }).click();
    await page.getByRole("heading", { name: /Local system leaderships \(13\)/ }).waitFor();
    await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe("en");
    await expect(page.getByRole("button", { name: "English" }).getAttribute("aria-pressed")).resolves.toBe("true");
    await expect(axeViolations(page)).resolves.toEqual([]);
    expect(await cspViolations()).toEqual([]);
    await context.close();
  });

  it("reflows at 320 CSS px without scrolling the page sideways", async () => {
    const { page, context } = await openPage(320, 720);
    await page.goto(`${origin}/`);
    await page.getByRole("heading", { level: 1 }).waitFor();
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(320);
    await page.screenshot({ path: `${SCREENS}/dashboard-320.png`, fullPage: true });
    await page.screenshot({ path: `${SCREENS}/dashboard-320-top.png` });

    await page
      .getByRole("table", { name: "De lokala systemledningarna och hur de står sig" })
      .locator("tbody tr th a")
      .first()
      .click();
    await page
      .getByRole("table", { name: /^Uppdrag i / })
      .first()
      .waitFor();
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(320);
    await expect(axeViolations(page)).resolves.toEqual([]);
    await page.screenshot({ path: `${SCREENS}/leadership-320.png`, fullPage: true });
    await page
      .getByRole("table", { name: /^Uppdrag i / })
      .first()
      .scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SCREENS}/members-320.png` });
    await context.close();
  });

  it("reaches the controls with Tab and shows a visible focus outline", async () => {
    const { page, context } = await openPage(1280);
    await page.goto(`${origin}/`);
    await page.getByRole("heading", { level: 1 }).waitFor();

    const focused: { name: string; outlineStyle: string; outlineWidth: number }[] = [];
    // The skip link, the seven places of the navigation, then the language buttons.
    for (let step = 0; step < 10; step += 1) {
      await page.keyboard.press("Tab");
      focused.push(
        await page.evaluate(() => {
          const element = document.activeElement as HTMLElement | null;
          const style = element === null ? null : getComputedStyle(element);
          return {
            name: (element?.getAttribute("aria-label") ?? element?.textContent ?? "").trim(),
            outlineStyle: style?.outlineStyle ?? "none",
            outlineWidth: Number.parseFloat(style?.outlineWidth ?? "0"),
          };
        }),
      );
    }
    const names = focused.map((entry) => entry.name);
    expect(names[0]).toBe("Hoppa till innehållet");
    expect(names).toContain("Svenska");
    expect(names).toContain("English");
    for (const entry of focused) {
      expect(entry.outlineStyle, entry.name).not.toBe("none");
      expect(entry.outlineWidth, entry.name).toBeGreaterThanOrEqual(2);
    }
    await page.screenshot({ path: `${SCREENS}/focus-1280.png` });
    await context.close();
  });

  it("follows the system's dark mode and stays legible in forced colours", async () => {
    const { page, context } = await openPage(1280);
    await page.emulateMedia({ colorScheme: "dark" });
    await page.goto(`${origin}/`);
    await page.getByRole("heading", { level: 1 }).waitFor();
    const background = () =>
      page.evaluate(() => getComputedStyle(document.querySelector(".sl-root") as Element).backgroundColor);
    await expect(background()).resolves.toBe("rgb(18, 20, 23)");
    await page.screenshot({ path: `${SCREENS}/dashboard-dark-1280.png` });

    await page.emulateMedia({ colorScheme: "light", forcedColors: "active" });
    await expect(page.evaluate(() => matchMedia("(forced-colors: active)").matches)).resolves.toBe(true);
    // Status shapes keep a solid system colour, so the shape still tells the status apart.
    const shape = await page.evaluate(
      () => getComputedStyle(document.querySelector(".sl-status") as Element, "::before").backgroundColor,
    );
    expect(shape).not.toBe("rgba(0, 0, 0, 0)");
    await page.screenshot({ path: `${SCREENS}/dashboard-forced-colors-1280.png` });
    await context.close();
  });
});
