/**
 * Smoke test of the dashboard as users get it: the production build served by `vite preview`, under its
 * strict Content Security Policy, in Debian's Chromium. It checks what a person would: Dalarna's
 * structure is there, axe finds nothing, the page breaks no policy, makes no request elsewhere, reflows
 * at 320 px and can be used with the keyboard. Screenshots go to /tmp/screens for a human look.
 */
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import AxeBuilder from "@axe-core/playwright";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { build, preview, type PreviewServer } from "vite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromiumLaunchOptions } from "../../vitest.shared.js";

const dashboardRoot = fileURLToPath(new URL("../../examples/dashboard/", import.meta.url));
const configFile = join(dashboardRoot, "vite.config.ts");
const SCREENS = "/tmp/screens";
const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

let outDir = "";
let server: PreviewServer;
let browser: Browser;
let origin = "";

/** A free port on localhost, so parallel runs and a running `pnpm start` never collide. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address !== null ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

interface Watched {
  readonly page: Page;
  readonly context: BrowserContext;
  readonly offOrigin: string[];
  readonly pageErrors: string[];
  cspViolations(): Promise<string[]>;
}

/** A fresh page that records CSP violations, page errors and any request that leaves the origin. */
async function openPage(width: number, height = 900): Promise<Watched> {
  const context = await browser.newContext({ viewport: { width, height }, locale: "sv-SE" });
  const offOrigin: string[] = [];
  const pageErrors: string[] = [];
  // Anything not from the page's own origin is recorded and refused, so it cannot succeed silently.
  await context.route("**/*", async (route) => {
    const url = route.request().url();
    if (url.startsWith(`${origin}/`) || url === origin) return route.continue();
    offOrigin.push(url);
    return route.abort();
  });
  await context.addInitScript(() => {
    const violations: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = violations;
    document.addEventListener("securitypolicyviolation", (event) => {
      violations.push(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`);
    });
  });
  context.setDefaultTimeout(10_000);
  const page = await context.newPage();
  page.on("pageerror", (error) => pageErrors.push(error.message));
  return {
    page,
    context,
    offOrigin,
    pageErrors,
    cspViolations: () => page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations),
  };
}

async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(" | ")}`);
}

beforeAll(async () => {
  outDir = await mkdtemp(join(tmpdir(), "sl-dashboard-"));
  await mkdir(SCREENS, { recursive: true });
  await build({ root: dashboardRoot, configFile, logLevel: "error", build: { outDir, emptyOutDir: true } });
  const port = await freePort();
  server = await preview({ root: dashboardRoot, configFile, logLevel: "error", build: { outDir }, preview: { host: "127.0.0.1", port, strictPort: true } });
  origin = `http://127.0.0.1:${port}`;
  browser = await chromium.launch({ ...chromiumLaunchOptions, headless: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (outDir !== "") await rm(outDir, { recursive: true, force: true });
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
    const firstLocal = page.getByRole("table", { name: "De lokala systemledningarna och hur de står sig" }).locator("tbody tr th a").first();
    const name = (await firstLocal.innerText()).trim();
    await firstLocal.click();

    const heading = page.getByRole("heading", { level: 2, name });
    await heading.waitFor();
    // Focus moves to the new view's heading.
    await expect(page.evaluate(() => document.activeElement?.tagName)).resolves.toBe("H2");
    await expect(page.getByRole("table", { name: /^Ledamöter i / }).count()).resolves.toBeGreaterThan(0);
    await expect(page.getByRole("table", { name: "Representation av sektorer" }).count()).resolves.toBe(1);
    await expect(page.getByRole("table", { name: "Huvudmän med mandat" }).count()).resolves.toBe(1);
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

    await page.getByRole("table", { name: "De lokala systemledningarna och hur de står sig" }).locator("tbody tr th a").first().click();
    await page.getByRole("table", { name: /^Ledamöter i / }).first().waitFor();
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(320);
    await expect(axeViolations(page)).resolves.toEqual([]);
    await page.screenshot({ path: `${SCREENS}/leadership-320.png`, fullPage: true });
    await page.getByRole("table", { name: /^Ledamöter i / }).first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SCREENS}/members-320.png` });
    await context.close();
  });

  it("reaches the controls with Tab and shows a visible focus outline", async () => {
    const { page, context } = await openPage(1280);
    await page.goto(`${origin}/`);
    await page.getByRole("heading", { level: 1 }).waitFor();

    const focused: { name: string; outlineStyle: string; outlineWidth: number }[] = [];
    for (let step = 0; step < 6; step += 1) {
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
    const background = () => page.evaluate(() => getComputedStyle(document.querySelector(".sl-root") as Element).backgroundColor);
    await expect(background()).resolves.toBe("rgb(18, 20, 23)");
    await page.screenshot({ path: `${SCREENS}/dashboard-dark-1280.png` });

    await page.emulateMedia({ colorScheme: "light", forcedColors: "active" });
    await expect(page.evaluate(() => matchMedia("(forced-colors: active)").matches)).resolves.toBe(true);
    // Status shapes keep a solid system colour, so the shape still tells the status apart.
    const shape = await page.evaluate(() => getComputedStyle(document.querySelector(".sl-status") as Element, "::before").backgroundColor);
    expect(shape).not.toBe("rgba(0, 0, 0, 0)");
    await page.screenshot({ path: `${SCREENS}/dashboard-forced-colors-1280.png` });
    await context.close();
  });
});
