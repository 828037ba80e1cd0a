// @vitest-environment jsdom
/**
 * The README's example of the annual report ("The follow-up views: the annual report") is this file's code: the
 * block's imports are imported here verbatim and the rest is the marked region below, which the test runs.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createDalarnaSampleWorkspace } from "@systemledning/core/profiles/dalarna";
import { createMemoryStore } from "@systemledning/core/workspace";
import { cleanup, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it } from "vitest";
import { AnnualReport, useWorkspaceUpdates } from "@systemledning/react";
import type { Workspace, WorkspaceStore } from "@systemledning/core/workspace";

afterEach(cleanup);

const readme = readFileSync(join(process.cwd(), "README.md"), "utf8");
const source = readFileSync(join(process.cwd(), "tests/react/annual-report/readme.test.tsx"), "utf8");
const HEADING = "### The follow-up views: the annual report";

// README report: begin
function ReportPage({ store, workspace }: { store: WorkspaceStore; workspace: Workspace }) {
  const updates = useWorkspaceUpdates(store);
  return <AnnualReport workspace={workspace} year={2025} asOf="2026-05-13" onChange={updates.apply} />;
}
// README report: end

function region(name: string): string {
  const begin = source.indexOf(`// README ${name}: begin\n`);
  const end = source.indexOf(`// README ${name}: end`);
  return source.slice(source.indexOf("\n", begin) + 1, source.lastIndexOf("\n", end) + 1);
}

describe("README: the annual report", () => {
  it("is this file's code", () => {
    const start = readme.indexOf(`\n${HEADING}\n`);
    expect(start).toBeGreaterThan(0);
    const rest = readme.slice(start + HEADING.length + 2);
    const section = rest.slice(0, rest.search(/\n#{2,3} /u));
    const block = /```tsx\n([\s\S]*?)```/u.exec(section)?.[1];
    expect(block).toBeDefined();
    const lines = block!.split("\n");
    const imports = lines.filter((line) => line.startsWith("import "));
    for (const line of imports) expect(source, line).toContain(`\n${line}\n`);
    expect(lines.slice(imports.length).join("\n").replace(/^\n+/u, "")).toBe(region("report"));
  });

  it("runs: a lesson written under part 5 is saved into the store", async () => {
    const user = userEvent.setup();
    const workspace = createDalarnaSampleWorkspace();
    const store = createMemoryStore(workspace);
    render(<ReportPage store={store} workspace={workspace} />);
    const editor = screen.getByRole("form", { name: /^Skriv texten till 5/ });
    await user.click(within(editor).getByRole("textbox", { name: /Text på svenska/ }));
    await user.paste("Färre fokusområden.");
    // Leaving the editor (not moving to its English field) saves.
    await user.click(document.body);
    await waitFor(async () => {
      const saved = await store.load();
      expect(saved!.workspace.annualReports).toEqual([
        { year: 2025, texts: { lessons: [{ sv: "Färre fokusområden." }] } },
      ]);
    });
  }, 60_000);
});
