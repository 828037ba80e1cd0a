/**
 * The dashboard as users get it, for the end-to-end tests: the production build served by `vite preview`
 * under its strict Content Security Policy, in Debian's Chromium, with pages that record policy
 * violations, page errors and any request that leaves the origin. Screenshots go to /tmp/screens. The watched
 * page, the free port and axe serve the server-rendered example's test too (sitevision-ssr.test.ts).
 */
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import AxeBuilder from "@axe-core/playwright";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { build, preview, type PreviewServer } from "vite";
import { chromiumLaunchOptions } from "../../vitest.shared.js";

const dashboardRoot = fileURLToPath(new URL("../../examples/dashboard/", import.meta.url));
const configFile = join(dashboardRoot, "vite.config.ts");
/** Where the tests write screenshots for a human look. */
export const SCREENS = "/tmp/screens";
const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/** A free port on localhost, so parallel runs and a running `pnpm start` never collide. */
export function freePort(): Promise<number> {
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

/**
 * A page with what it saw: requests off the origin, page errors, the console's errors and warnings (React
 * reports hydration mismatches there), and CSP violations on demand.
 */
export interface Watched {
  readonly page: Page;
  readonly context: BrowserContext;
  readonly offOrigin: string[];
  readonly pageErrors: string[];
  readonly consoleProblems: string[];
  cspViolations(): Promise<string[]>;
}

/** The served dashboard and a browser to look at it with. */
export interface DashboardUnderTest {
  readonly origin: string;
  readonly browser: Browser;
  /** A fresh page that records CSP violations, page errors and any request that leaves the origin. */
  openPage(width: number, height?: number): Promise<Watched>;
  close(): Promise<void>;
}

/** Opens fresh watched pages of `origin` ({@link openWatchedPage}) at a width; the examples' tests use it too. */
export function pageOpener(browser: Browser, origin: string): (width: number, height?: number) => Promise<Watched> {
  return (width, height = 900) => openWatchedPage(browser, origin, width, height);
}

/** Build the dashboard into a temporary folder, serve it with `vite preview`, and launch Chromium. */
export async function startDashboard(): Promise<DashboardUnderTest> {
  const outDir = await mkdtemp(join(tmpdir(), "sl-dashboard-"));
  await mkdir(SCREENS, { recursive: true });
  await build({ root: dashboardRoot, configFile, logLevel: "error", build: { outDir, emptyOutDir: true } });
  const port = await freePort();
  const server: PreviewServer = await preview({
    root: dashboardRoot,
    configFile,
    logLevel: "error",
    build: { outDir },
    preview: { host: "127.0.0.1", port, strictPort: true },
  });
  const origin = `http://127.0.0.1:${port}`;
  const browser = await chromium.launch({ ...chromiumLaunchOptions, headless: true });

  const openPage = pageOpener(browser, origin);

  return {
    origin,
    browser,
    openPage,
    async close() {
      await browser.close();
      await server.close();
      await rm(outDir, { recursive: true, force: true });
    },
  };
}

/**
 * A fresh page of `origin` in its own context that records CSP violations, page errors, the console's errors
 * and warnings, and any request that leaves the origin (refused, so it cannot succeed silently).
 */
export async function openWatchedPage(browser: Browser, origin: string, width: number, height = 900): Promise<Watched> {
  const context = await browser.newContext({ viewport: { width, height }, locale: "sv-SE" });
  const offOrigin: string[] = [];
  const pageErrors: string[] = [];
  const consoleProblems: string[] = [];
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
  page.on("console", (message) => {
    if (message.type() === "error" || message.type() === "warning") consoleProblems.push(message.text());
  });
  return {
    page,
    context,
    offOrigin,
    pageErrors,
    consoleProblems,
    cspViolations: () => page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations),
  };
}

/**
 * axe's WCAG 2.1 A and AA violations on the page, as "rule: targets" lines. `lean` runs the same rules in one
 * `axe.run` (axe's legacy mode, which still reaches same-origin frames) and collects no passes: the default's
 * second page for `finishRun` and its list of passes made a Storybook docs page take ~5 times as long under load.
 */
export async function axeViolations(page: Page, { lean = false } = {}): Promise<string[]> {
  const builder = new AxeBuilder({ page });
  // `options` replaces what `withTags` set, so it comes first.
  if (lean) builder.options({ resultTypes: ["violations"] }).setLegacyMode(true);
  const results = await builder.withTags(WCAG_TAGS).analyze();
  return results.violations.map(
    (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(" | ")}`,
  );
}

/**
 * A page's width at 320 px, for the reflow checks: opens `route` at 320 px, waits for the region named `ready`,
 * saves the screenshot `${SCREENS}/${screenshot}` and answers the document's scroll width (the test asserts it).
 */
export async function scrollWidthAt320(
  dashboard: DashboardUnderTest,
  route: string,
  ready: string,
  screenshot: string,
  fullPage = false,
): Promise<number> {
  const { page, context } = await dashboard.openPage(320);
  await page.goto(`${dashboard.origin}/${route}`);
  await page.getByRole("region", { name: ready }).waitFor();
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  await page.screenshot({ path: `${SCREENS}/${screenshot}`, fullPage });
  await context.close();
  return width;
}
