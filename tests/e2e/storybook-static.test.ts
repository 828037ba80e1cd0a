/**
 * The Storybook the gate builds, as a stakeholder opens it: the static build served from a folder, in Chromium.
 * It opens on the Swedish welcome page, holds every docs page of `stories/src` (the welcome page's links all lead
 * to one), and axe finds no WCAG 2.1 A or AA violation on the welcome page or any docs page (docs/quality.md A19).
 * A screenshot of the opening goes to /tmp/screens for a human look.
 */
import { spawn } from "node:child_process";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, type Browser, type Page } from "playwright-core";
import { preview, type PreviewServer } from "vite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromiumLaunchOptions } from "../../vitest.shared.js";
import { BUNDLED_COUNTIES, DEFAULT_COUNTY_ID, loadBundledCounty } from "@systemledning/core/counties";
import type { Workspace } from "@systemledning/core/workspace";
import { forumsOf, regionalLeadership } from "../../stories/src/county-picks.js";
import { axeViolations, freePort, SCREENS } from "./dashboard-harness.js";

const storiesRoot = fileURLToPath(new URL("../../stories/", import.meta.url));

interface IndexEntry {
  readonly id: string;
  readonly type: "docs" | "story";
  readonly title: string;
  readonly name: string;
  readonly importPath: string;
}

let outDir = "";
let server: PreviewServer | undefined;
let browser: Browser | undefined;
let origin = "";
let entries: IndexEntry[] = [];

/** Docs pages open at once: enough to keep two loaded cores busy while a page waits on its stories. */
const DOCS_IN_PARALLEL = 4;
/** A story render's phases that end it (Storybook's `StoryRender`); anything else is still drawing. */
const ENDED_PHASES = ["finished", "errored", "aborted"];

/**
 * A docs page's faults: it opens in the preview frame alone (no manager), waits until every story block on it has
 * a render and every render has ended, and answers the stories that failed to draw and axe's violations.
 */
async function docsPageFaults(page: Page, id: string): Promise<string[]> {
  await page.goto(`${origin}/iframe.html?id=${encodeURIComponent(id)}&viewMode=docs`);
  await page.locator(".sbdocs-content h1").first().waitFor();
  // Deterministic rather than "network idle": the county loader fetches nothing once cached, and a story can
  // still be drawing after the network is quiet.
  await page.waitForFunction(
    (ended) => {
      const renders = (window as unknown as { __STORYBOOK_PREVIEW__?: { storyRenders: { phase?: string }[] } })
        .__STORYBOOK_PREVIEW__?.storyRenders;
      if (!renders || renders.length < document.querySelectorAll(".docs-story").length) return false;
      return renders.every((render) => ended.includes(render.phase ?? ""));
    },
    ENDED_PHASES,
    { timeout: 300_000 },
  );
  const failed = await page.evaluate(() =>
    (
      window as unknown as { __STORYBOOK_PREVIEW__: { storyRenders: { id: string; phase?: string }[] } }
    ).__STORYBOOK_PREVIEW__.storyRenders
      .filter((render) => render.phase !== "finished")
      .map((render) => `story ${render.id} ${render.phase ?? "?"}`),
  );
  return [...failed, ...(await axeViolations(page, { lean: true }))];
}

/** The build the gate runs (`build-storybook`), into a folder of its own. */
function buildStorybook(into: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn("pnpm", ["exec", "storybook", "build", "--quiet", "--output-dir", into], {
      cwd: storiesRoot,
      stdio: ["ignore", "ignore", "pipe"],
    });
    let errors = "";
    child.stderr.on("data", (chunk: Buffer) => (errors += chunk.toString()));
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`storybook build: ${code}\n${errors}`))));
  });
}

async function mdxFiles(folder: string): Promise<string[]> {
  const found = await readdir(folder, { recursive: true });
  return found.filter((name) => name.endsWith(".mdx")).map((name) => `./${relative(storiesRoot, join(folder, name))}`);
}

beforeAll(async () => {
  outDir = await mkdtemp(join(tmpdir(), "sl-storybook-"));
  await buildStorybook(outDir);
  const index = JSON.parse(await readFile(join(outDir, "index.json"), "utf8")) as {
    entries: Record<string, IndexEntry>;
  };
  entries = Object.values(index.entries);
  const port = await freePort();
  server = await preview({
    root: outDir,
    configFile: false,
    logLevel: "error",
    build: { outDir },
    preview: { host: "127.0.0.1", port, strictPort: true },
  });
  origin = `http://127.0.0.1:${port}`;
  browser = await chromium.launch({ ...chromiumLaunchOptions, headless: true });
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (outDir !== "") await rm(outDir, { recursive: true, force: true });
});

describe("the static Storybook", () => {
  it("holds a docs page for every .mdx file, the welcome page first", async () => {
    const docs = entries.filter((entry) => entry.type === "docs").map((entry) => entry.importPath);
    expect([...docs].sort()).toEqual((await mdxFiles(join(storiesRoot, "src"))).sort());
    expect(entries[0]).toMatchObject({ type: "docs", title: "Välkommen", importPath: "./src/Valkommen.mdx" });
  });

  it("links the welcome page only to pages it holds", async () => {
    const welcome = await readFile(join(storiesRoot, "src/Valkommen.mdx"), "utf8");
    const links = [...welcome.matchAll(/\?path=\/docs\/([^)#\s]+)/g)].map((match) => match[1]!);
    expect(links.length).toBeGreaterThan(3);
    const ids = new Set(entries.map((entry) => entry.id));
    for (const link of links) expect(ids, link).toContain(`${link.replace(/--docs$/, "")}--docs`);
  });

  it("opens on the welcome page", async () => {
    const page = await browser!.newPage({ viewport: { width: 1280, height: 900 }, locale: "sv-SE" });
    await page.goto(`${origin}/`);
    const preview = page.frameLocator("#storybook-preview-iframe");
    await preview.getByRole("heading", { level: 1, name: "Välkommen till systemledningens byggstenar" }).waitFor();
    expect(decodeURIComponent(page.url())).toContain("path=/docs/välkommen--docs");
    await page.screenshot({ path: `${SCREENS}/storybook-welcome.png` });
    await page.close();
  });

  it("has no axe violation and no failed story on the welcome page or any docs page", async () => {
    const docs = entries.filter((entry) => entry.type === "docs");
    const context = await browser!.newContext({ viewport: { width: 1280, height: 900 }, locale: "sv-SE" });
    const found: string[] = [];
    const visited: string[] = [];
    const queue = [...docs];
    // A few pages at a time in one browser: a docs page waits mostly on its own stories and on axe.
    await Promise.all(
      Array.from({ length: DOCS_IN_PARALLEL }, async () => {
        const page = await context.newPage();
        for (let entry = queue.shift(); entry; entry = queue.shift()) {
          for (const fault of await docsPageFaults(page, entry.id)) found.push(`${entry.id}: ${fault}`);
          visited.push(entry.id);
        }
        await page.close();
      }),
    );
    await context.close();
    expect(found, `faults on ${new Set(found.map((line) => line.split(":")[0])).size} docs pages`).toEqual([]);
    expect(visited.sort()).toEqual(docs.map((entry) => entry.id).sort());
    expect(visited).toContain("välkommen--docs");
  }, 1_200_000);
});

/** The name of the county's first regional forum, which the structure overview shows as a heading. */
function regionalForumName(workspace: Workspace): string {
  const forum = forumsOf(workspace, regionalLeadership(workspace).id)[0];
  if (!forum) throw new Error("The county's sample has no regional forum.");
  return forum.name;
}

describe("the toolbar's switches in the static Storybook", () => {
  it("switch a story to another county, English and high contrast, chosen by name", async () => {
    // The last bundled county, not the one Storybook opens on: Region Gävleborg as long as it is listed last.
    const other = BUNDLED_COUNTIES.at(-1)!;
    expect(other.id).not.toBe(DEFAULT_COUNTY_ID);
    const [opening, chosen] = await Promise.all([loadBundledCounty(DEFAULT_COUNTY_ID), loadBundledCounty(other.id)]);
    const story = entries.find((entry) => entry.title === "Struktur/Strukturöversikt" && entry.name === "Länet");
    expect(story).toBeDefined();
    const context = await browser!.newContext({ viewport: { width: 1280, height: 900 }, locale: "sv-SE" });
    context.setDefaultTimeout(120_000);
    const page = await context.newPage();
    await page.goto(`${origin}/?path=/story/${encodeURIComponent(story!.id)}`);
    const frame = page.frameLocator("#storybook-preview-iframe");
    const widget = frame.locator(".sl-widget").first();
    await frame.getByRole("heading", { name: regionalForumName(opening!.workspace) }).waitFor();
    const lightText = await widget.evaluate((element) => getComputedStyle(element).color);

    /** Opens the toolbar's switch (its name starts with `label`) and picks the option named `option`. */
    const choose = async (label: string, option: string) => {
      await page.getByRole("button", { name: new RegExp(`^${label}`) }).click();
      // In the switch's own list: the Controls panel may offer an option of the same name (a story's theme arg).
      await page.getByRole("listbox", { name: label }).getByRole("option", { name: option, exact: true }).click();
      await expect.poll(() => page.getByRole("button", { name: new RegExp(`^${label}`) }).textContent()).toBe(option);
    };

    await choose("Län / County", other.name.sv);
    await frame.getByRole("heading", { name: regionalForumName(chosen!.workspace) }).waitFor();
    await choose("Språk / Language", "English");
    await frame.getByRole("heading", { name: "Regional system leadership" }).waitFor();
    await choose("Tema / Theme", "Hög kontrast");
    const themed = frame.locator('.sl-widget[data-sl-theme="high-contrast"][lang="en"]').first();
    await themed.waitFor();
    // The county's forum is still there, in English chrome and the high-contrast theme's black text.
    await expect
      .poll(() => frame.getByRole("heading", { name: regionalForumName(chosen!.workspace) }).isVisible())
      .toBe(true);
    await expect.poll(() => themed.evaluate((element) => getComputedStyle(element).color)).toBe("rgb(0, 0, 0)");
    expect(lightText).not.toBe("rgb(0, 0, 0)");
    // The story's play scrolled to its table; the screenshot shows the story from its top.
    await themed.evaluate((element) => element.ownerDocument.defaultView?.scrollTo(0, 0));
    await page.screenshot({ path: `${SCREENS}/storybook-switches.png` });
    await context.close();
  }, 300_000);
});
