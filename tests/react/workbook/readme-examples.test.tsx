// @vitest-environment jsdom
/**
 * The README's examples of the charter document ("The charter as a document: `formatCharterHtml`") and of the
 * workbook ("The structure views and the Metodstöd workbook") are this file's code: each README block's imports are
 * imported here verbatim and the rest is a marked region below, which the tests run. A README edited without this
 * file (or the other way round) fails here.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createDalarnaSampleWorkspace } from "@systemledning/core/profiles/dalarna";
import { getCharterCompleteness } from "@systemledning/core/structure";
import { createMemoryStore } from "@systemledning/core/workspace";
import { cleanup, render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it } from "vitest";
import { CHARTER_STYLES, formatCharterHtml } from "@systemledning/core/structure";
import type { Workspace, WorkspaceStore } from "@systemledning/core/workspace";
import { MetodstodWorkbook, useWorkspaceUpdates } from "@systemledning/react";

afterEach(cleanup);

// From the repository's root, where Vitest runs (in jsdom `import.meta.url` is not a file address).
const readme = readFileSync(join(process.cwd(), "README.md"), "utf8");
const source = readFileSync(join(process.cwd(), "tests/react/workbook/readme-examples.test.tsx"), "utf8");

/** The text between `// README <name>: begin` and `: end` in this file, without its common indentation. */
function region(name: string): string {
  const begin = source.indexOf(`// README ${name}: begin\n`);
  const end = source.indexOf(`// README ${name}: end`);
  const lines = source.slice(source.indexOf("\n", begin) + 1, source.lastIndexOf("\n", end) + 1).split("\n");
  const indent = Math.min(...lines.filter((l) => l.trim() !== "").map((l) => l.length - l.trimStart().length));
  return lines.map((line) => line.slice(indent)).join("\n");
}

/**
 * The README's code block of `language` under `heading` (up to the next heading), the first that contains `containing`
 * (a section may hold several components' examples).
 */
function readmeBlock(heading: string, language: string, containing = ""): string {
  const start = readme.indexOf(`\n${heading}\n`);
  expect(start, heading).toBeGreaterThan(0);
  const rest = readme.slice(start + heading.length + 2);
  const section = rest.slice(0, rest.search(/\n#{2,3} /u));
  const block = [...section.matchAll(new RegExp(`\`\`\`${language}\\n([\\s\\S]*?)\`\`\``, "gu"))]
    .map((match) => match[1]!)
    .find((code) => code.includes(containing));
  expect(block, `${heading}: a ${language} block`).toBeDefined();
  return block!;
}

/** The block is this file's: its imports verbatim at the top, the rest the named region. */
function expectSameCode(block: string, name: string) {
  const lines = block.split("\n");
  const imports = lines.filter((line) => line.startsWith("import "));
  for (const line of imports) expect(source, line).toContain(`\n${line}\n`);
  expect(lines.slice(imports.length).join("\n").replace(/^\n+/u, "")).toBe(region(name));
}

const workspace = createDalarnaSampleWorkspace();

function charterExample() {
  // README charter: begin
  const html = formatCharterHtml(workspace, "ls-mora", { locale: "sv", stylesheetHref: "/css/charter.css" });
  const stylesheet = CHARTER_STYLES; // serve it as /css/charter.css, on the page's own origin
  // README charter: end
  return { html, stylesheet };
}

// README workbook: begin
function CharterPage({ store, workspace }: { store: WorkspaceStore; workspace: Workspace }) {
  const updates = useWorkspaceUpdates(store);
  return <MetodstodWorkbook workspace={workspace} leadershipId="ls-mora" asOf="2026-05-13" onChange={updates.apply} />;
}
// README workbook: end

describe("README: the charter document", () => {
  it("is this file's code", () => {
    expectSameCode(readmeBlock("### The charter as a document: `formatCharterHtml`", "ts"), "charter");
  });

  it("runs: a Swedish document linking its same-origin stylesheet", () => {
    const { html, stylesheet } = charterExample();
    expect(html).toContain('<html lang="sv">');
    expect(html).toContain('<link rel="stylesheet" href="/css/charter.css">');
    expect(stylesheet).toContain("@media print");
  });
});

describe("README: the Metodstöd workbook", () => {
  it("is this file's code", () => {
    expectSameCode(
      readmeBlock("### The structure views and the Metodstöd workbook", "tsx", "<MetodstodWorkbook"),
      "workbook",
    );
  });

  it("runs: an answer typed and left is saved into the store", async () => {
    const user = userEvent.setup();
    const store = createMemoryStore(workspace);
    render(<CharterPage store={store} workspace={workspace} />);
    const field = screen.getByLabelText(
      "Har ni en lokal målbild? Är den tydlig för alla deltagare/aktörer i systemledningen?",
    );
    await user.click(field);
    await user.paste("Ja.");
    await user.tab();
    await waitFor(async () => {
      const saved = await store.load();
      expect(getCharterCompleteness(saved!.workspace, "ls-mora").answeredCount).toBe(13);
    });
  }, 60_000);
});
