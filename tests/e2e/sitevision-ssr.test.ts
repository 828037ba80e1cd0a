/**
 * The server-rendered host page (examples/sitevision-ssr), as a Sitevision WebApp serves it: React 18's
 * `renderToString` on a node:http server, `hydrateRoot` in Debian's Chromium, under the server's strict
 * Content Security Policy header. The client is built with React's development build, which reports every
 * difference between the server's markup and the first client render in the console. The example takes the kit
 * and the core from their built packages, as a host does, so they are built first (the gate's build step).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildExample } from "../../examples/sitevision-ssr/build.mjs";
import { CONTENT_SECURITY_POLICY } from "../../examples/sitevision-ssr/src/document.js";
import { chromiumLaunchOptions } from "../../vitest.shared.js";
import { axeViolations, freePort, openWatchedPage, SCREENS } from "./dashboard-harness.js";

/** The headings of the kit's components on the page: the annual plan, the two scoring charts, the timeline. */
const COMPONENT_HEADINGS = [
  "Årsplan 2026",
  "Lokal systemledning Avesta jämfört med länet",
  "Svarsfördelning per påstående",
  "Tidslinje",
];

let outDir: string | undefined;
let server: ChildProcess;
let serverOutput = "";
let origin: string;
let browser: Browser;

/** Start the built server on `port`; resolves when it says it listens. */
function startServer(serverFile: string, port: number): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [serverFile], {
      env: { ...process.env, PORT: String(port) },
      stdio: ["ignore", "pipe", "pipe"],
    });
    child.once("error", reject);
    child.once("exit", (code) => reject(new Error(`The server exited with ${code}:\n${serverOutput}`)));
    child.stderr.on("data", (chunk: Buffer) => (serverOutput += chunk.toString()));
    child.stdout.on("data", (chunk: Buffer) => {
      serverOutput += chunk.toString();
      if (serverOutput.includes("listening on")) resolve(child);
    });
  });
}

beforeAll(async () => {
  outDir = await buildExample({ outDir: await mkdtemp(join(tmpdir(), "sl-sitevision-")), development: true });
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  server = await startServer(join(outDir, "server.js"), port);
  browser = await chromium.launch({ ...chromiumLaunchOptions, headless: true });
});

afterAll(async () => {
  await browser?.close();
  server?.removeAllListeners("exit");
  server?.kill();
  if (outDir !== undefined) await rm(outDir, { recursive: true, force: true });
});

describe("the server-rendered host page", () => {
  it("sends the strict policy and the components' headings in the server's HTML, before any script runs", async () => {
    const response = await fetch(`${origin}/`);
    expect(response.headers.get("content-security-policy")).toBe(CONTENT_SECURITY_POLICY);
    const context = await browser.newContext({ javaScriptEnabled: false, locale: "sv-SE" });
    const page = await context.newPage();
    await page.goto(`${origin}/`);
    for (const name of COMPONENT_HEADINGS) {
      await expect.soft(page.getByRole("heading", { level: 2, name }).count(), name).resolves.toBe(1);
    }
    await context.close();
  });

  it("hydrates without a mismatch or a policy violation, passes axe, and its controls work", async () => {
    const { page, context, offOrigin, pageErrors, consoleProblems, cspViolations } = await openWatchedPage(
      browser,
      origin,
      1280,
    );
    await page.goto(`${origin}/`);
    // A select's change reaches React only once the page is hydrated; choosing again is harmless until then.
    const select = page.getByRole("combobox", { name: "Välj systemledning" });
    const chosen = (await select.locator("option").nth(1).textContent()) ?? "";
    await expect
      .poll(async () => {
        await select.selectOption({ label: chosen });
        return page.getByRole("heading", { level: 2, name: `${chosen} jämfört med länet` }).count();
      })
      .toBe(1);
    // The timeline's own state: the next period, once.
    const canvas = page.getByRole("region", { name: /^Tidslinje, / });
    const before = await canvas.getAttribute("aria-label");
    await page.getByRole("button", { name: "Nästa" }).click();
    await expect.poll(() => canvas.getAttribute("aria-label")).not.toBe(before);
    await page.screenshot({ path: join(SCREENS, "sitevision-ssr.png"), fullPage: true });

    expect(await axeViolations(page)).toEqual([]);
    expect(await cspViolations()).toEqual([]);
    expect(consoleProblems).toEqual([]);
    expect(pageErrors).toEqual([]);
    expect(offOrigin).toEqual([]);
    await context.close();
  });
});
