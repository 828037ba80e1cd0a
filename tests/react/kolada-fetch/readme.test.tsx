// @vitest-environment jsdom
/**
 * The README's examples of "The follow-up views: fetching from Kolada" are this file's code: each README block's
 * imports are imported here verbatim and the rest is a marked region below, which the tests run against a fake
 * Kolada (constructed values in the v3 shape). A README edited without this file (or the other way round) fails here.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createDalarnaSampleWorkspace } from "@systemledning/core/profiles/dalarna";
import { createMemoryStore, type Workspace, type WorkspaceStore } from "@systemledning/core/workspace";
import { cleanup, render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createKoladaClient, fetchIndicatorValues } from "@systemledning/core/kolada";
import { replaceIndicatorValues } from "@systemledning/core/plan";
import { KoladaFetch, useWorkspaceUpdates } from "@systemledning/react";
import { fakeKoladaFetch } from "../../fixtures/fake-kolada.js";

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const readme = readFileSync(join(process.cwd(), "README.md"), "utf8");
const source = readFileSync(join(process.cwd(), "tests/react/kolada-fetch/readme.test.tsx"), "utf8");
const HEADING = "### The follow-up views: fetching from Kolada";

/** The text between `// README <name>: begin` and `: end` in this file, without its common indentation. */
function region(name: string): string {
  const begin = source.indexOf(`// README ${name}: begin\n`);
  const end = source.indexOf(`// README ${name}: end`);
  const lines = source.slice(source.indexOf("\n", begin) + 1, source.lastIndexOf("\n", end) + 1).split("\n");
  const indent = Math.min(...lines.filter((l) => l.trim() !== "").map((l) => l.length - l.trimStart().length));
  return lines.map((line) => line.slice(indent)).join("\n");
}

/** The README's first code block of `language` under the heading (up to the next heading). */
function readmeBlock(language: string): string {
  const start = readme.indexOf(`\n${HEADING}\n`);
  expect(start, HEADING).toBeGreaterThan(0);
  const rest = readme.slice(start + HEADING.length + 2);
  const section = rest.slice(0, rest.search(/\n#{2,3} /u));
  const block = new RegExp(`\`\`\`${language}\\n([\\s\\S]*?)\`\`\``, "u").exec(section)?.[1];
  expect(block, `${HEADING}: a ${language} block`).toBeDefined();
  return block!;
}

/** The block is this file's: its imports verbatim at the top, the rest the named region. */
function expectSameCode(block: string, name: string) {
  const lines = block.split("\n");
  const imports = lines.filter((line) => line.startsWith("import "));
  for (const line of imports) expect(source, line).toContain(`\n${line}\n`);
  expect(lines.slice(imports.length).join("\n").replace(/^\n+/u, "")).toBe(region(name));
}

const sample = createDalarnaSampleWorkspace();

// README component: begin
function FollowUpPage({ store, workspace }: { store: WorkspaceStore; workspace: Workspace }) {
  const updates = useWorkspaceUpdates(store);
  return <KoladaFetch workspace={workspace} fetch={(url, init) => fetch(url, init)} onChange={updates.apply} />;
}
// README component: end

async function coreExample(workspace: Workspace) {
  // README core: begin
  const kolada = createKoladaClient({ fetch: (url, init) => fetch(url, init) });
  const fetched = await fetchIndicatorValues(kolada, workspace, {
    years: [2021, 2022, 2023, 2024],
    onProgress: ({ done, total }) => console.log(`${done} av ${total} indikatorer`),
  });
  const next = fetched.ok
    ? replaceIndicatorValues(workspace, { values: fetched.value.values, indicatorIds: fetched.value.indicatorIds })
    : null;
  // README core: end
  return next;
}

describe("README: fetching from Kolada", () => {
  it("is this file's code", () => {
    expectSameCode(readmeBlock("tsx"), "component");
    expectSameCode(readmeBlock("ts"), "core");
  });

  it("runs: the component saves the fetched values into the store", async () => {
    vi.stubGlobal("fetch", fakeKoladaFetch());
    const user = userEvent.setup();
    const store = createMemoryStore(sample);
    render(<FollowUpPage store={store} workspace={sample} />);
    await user.click(screen.getByRole("button", { name: "Hämta från Kolada" }));
    await waitFor(async () => {
      const saved = await store.load();
      const values = saved!.workspace.indicatorValues.filter((v) => v.indicatorId === "brukarbedomning-hemtjanst");
      expect(values.every((v) => v.source?.name === "Kolada")).toBe(true);
    });
  });

  it("runs: the core's two steps give a workspace with the fetched values", async () => {
    vi.stubGlobal("fetch", fakeKoladaFetch());
    const log = vi.spyOn(console, "log").mockImplementation(() => undefined);
    const next = await coreExample(sample);
    expect(log).toHaveBeenCalledWith("1 av 1 indikatorer");
    expect(
      next?.ok && next.value.indicatorValues.filter((v) => v.indicatorId === "brukarbedomning-hemtjanst"),
    ).toHaveLength(204);
  });
});
