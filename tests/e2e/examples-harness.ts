/**
 * The host examples as an intranet serves them, for the end-to-end tests: the example's folder with the
 * built elements copied in, served by scripts/serve-example.mjs under `script-src 'self'; style-src 'self';
 * require-trusted-types-for 'script'`, in Debian's Chromium, with pages that record policy violations,
 * page errors and requests that leave the origin (dashboard-harness.ts).
 */
import { mkdir } from "node:fs/promises";
import { chromium, type Browser, type Page } from "playwright-core";
import { serveExample } from "../../scripts/serve-example.mjs";
import { chromiumLaunchOptions } from "../../vitest.shared.js";
import { pageOpener, SCREENS, type Watched } from "./dashboard-harness.js";

/** A served example and a browser to look at it with. */
export interface ExampleUnderTest {
  readonly origin: string;
  readonly browser: Browser;
  openPage(width: number, height?: number): Promise<Watched>;
  close(): Promise<void>;
}

/** Serve `name` on a free port and launch Chromium. */
export async function startExample(name: "plain-html" | "react17-host"): Promise<ExampleUnderTest> {
  await mkdir(SCREENS, { recursive: true });
  const server = await serveExample(name, 0);
  const browser = await chromium.launch({ ...chromiumLaunchOptions, headless: true });
  return {
    origin: server.origin,
    browser,
    openPage: pageOpener(browser, server.origin),
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/**
 * The element that has focus, through open shadow roots (the page's `document.activeElement` is only the
 * custom element), described by its tag, its `aria-label` or text, and the custom element it is inside.
 */
export function deepFocus(page: Page): Promise<{ host: string; tag: string; label: string; className: string }> {
  return page.evaluate(() => {
    let host = "";
    let element: Element | null = document.activeElement;
    while (element?.shadowRoot?.activeElement) {
      host = element.tagName.toLowerCase();
      element = element.shadowRoot.activeElement;
    }
    return {
      host,
      tag: element?.tagName.toLowerCase() ?? "",
      label: element?.getAttribute("aria-label") ?? element?.textContent?.trim().slice(0, 80) ?? "",
      className: element?.getAttribute("class") ?? "",
    };
  });
}

/** Press Tab until `reached` holds for the focused element (through shadow roots); fails after `limit` presses. */
export async function tabUntil(
  page: Page,
  reached: (focus: Awaited<ReturnType<typeof deepFocus>>) => boolean,
  limit = 60,
): Promise<Awaited<ReturnType<typeof deepFocus>>> {
  for (let press = 0; press < limit; press += 1) {
    await page.keyboard.press("Tab");
    const focus = await deepFocus(page);
    if (reached(focus)) return focus;
  }
  throw new Error(`Tab did not reach the element within ${limit} presses`);
}
