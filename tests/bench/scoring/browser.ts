/**
 * The Chromium driver of the scoring bench: a local HTTP server for the bundled pages, headless Chromium
 * through playwright-core (Debian's build, with the flags every browser test here uses), and the two
 * measurements: cold first mounts, each in a fresh browser context, and warm re-mounts taking turns in one
 * page. The server, the launch and `openPage` serve the other browser suites too (timeline-view).
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { chromium, type Browser, type Page } from "playwright-core";
import { chromiumLaunchOptions } from "../../../vitest.shared.js";
import type { PageFile, PageName } from "./bundle.js";
import type { ColdSample, MountTiming, PanelSize } from "./protocol.js";

/** A running local server for the bench pages. */
export interface PageServer {
  readonly origin: string;
  readonly close: () => Promise<void>;
}

/** Serve `files` (by URL path) on 127.0.0.1 at a free port: pages load over HTTP as in an app, not from strings. */
export async function servePages(files: ReadonlyMap<string, PageFile>): Promise<PageServer> {
  const server: Server = createServer((request, response) => {
    const file = files.get(new URL(request.url ?? "/", "http://localhost").pathname);
    if (file === undefined) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { "content-type": file.contentType, "cache-control": "no-store" }).end(file.body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}

/** Launch headless Chromium (`CHROMIUM_PATH`, else /usr/bin/chromium) with the repository's flags. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    ...chromiumLaunchOptions,
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    headless: true,
  });
}

/** The viewport of every bench page: wide enough for the 1042 px host and the body's margin. */
export const VIEWPORT = { width: 1280, height: 900 };

/** Errors a page printed or threw, collected to be reported after the run (a chart that failed to draw is no result). */
export const pageErrors: string[] = [];

/**
 * Open `/<pageName>.html` in a fresh browser context, collecting its errors into {@link pageErrors}, and
 * wait until its bundle has installed the global `readyGlobal` (the page's API for the driver). Returns
 * the page and the closing of its context.
 */
export async function openPage(
  browser: Browser,
  origin: string,
  pageName: string,
  readyGlobal = "__scoringBench",
): Promise<{ page: Page; close: () => Promise<void> }> {
  // A fresh context has its own HTTP and code caches: every cold page compiles its bundle from scratch.
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  page.on("pageerror", (error) => pageErrors.push(`${pageName}: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error" || message.type() === "warning")
      pageErrors.push(`${pageName}: console.${message.type()}: ${message.text()}`);
  });
  await page.goto(`${origin}/${pageName}.html`);
  await page.waitForFunction((name) => name in window, readyGlobal);
  return { page, close: () => context.close() };
}

/**
 * One cold sample: a fresh context and page load `pageName`'s bundle, fetch the data (untimed), and time
 * the first mount of candidate `name`.
 */
export async function coldSample(
  browser: Browser,
  origin: string,
  pageName: PageName,
  name: string,
  panelSize?: PanelSize,
): Promise<ColdSample> {
  const { page, close } = await openPage(browser, origin, pageName);
  try {
    await page.evaluate((size) => window.__scoringBench!.load(size), panelSize);
    return await page.evaluate((candidate) => window.__scoringBench!.cold(candidate), name);
  } finally {
    await close();
  }
}

/** Warm re-mounts of `names`, taking turns in one page of `pageName` (see `ScoringBenchPage.warm`). */
export async function warmSamples(
  browser: Browser,
  origin: string,
  pageName: PageName,
  names: readonly string[],
  options: { readonly warmup: number; readonly iterations: number; readonly panelSize: PanelSize },
): Promise<Readonly<Record<string, readonly MountTiming[]>>> {
  const { page, close } = await openPage(browser, origin, pageName);
  try {
    await page.evaluate((size) => window.__scoringBench!.load(size), options.panelSize);
    return await page.evaluate(
      ({ list, warmup, iterations }) => window.__scoringBench!.warm(list, warmup, iterations),
      { list: names, warmup: options.warmup, iterations: options.iterations },
    );
  } finally {
    await close();
  }
}
