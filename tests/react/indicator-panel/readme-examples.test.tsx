// @vitest-environment jsdom
/**
 * The README's example of the indicator panel ("The follow-up views: indicator panel") is this file's code: the
 * block's imports are imported here verbatim and the rest is the marked region below, which the tests run. A README
 * edited without this file (or the other way round) fails here.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { cleanup, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createDalarnaSampleWorkspace } from "@systemledning/core/profiles/dalarna";
import { IndicatorPanel } from "@systemledning/react";

afterEach(cleanup);

const HEADING = "### The follow-up views: indicator panel";
// From the repository's root, where Vitest runs (in jsdom `import.meta.url` is not a file address).
const readme = readFileSync(join(process.cwd(), "README.md"), "utf8");
const source = readFileSync(join(process.cwd(), "tests/react/indicator-panel/readme-examples.test.tsx"), "utf8");

/** The text between `// README <name>: begin` and `: end` in this file, without its common indentation. */
function region(name: string): string {
  const begin = source.indexOf(`// README ${name}: begin\n`);
  const end = source.indexOf(`// README ${name}: end`);
  const lines = source.slice(source.indexOf("\n", begin) + 1, source.lastIndexOf("\n", end) + 1).split("\n");
  const indent = Math.min(...lines.filter((l) => l.trim() !== "").map((l) => l.length - l.trimStart().length));
  return lines.map((line) => line.slice(indent)).join("\n");
}

/** The section's first tsx block. */
function readmeBlock(): string {
  const start = readme.indexOf(`\n${HEADING}\n`);
  expect(start, HEADING).toBeGreaterThan(0);
  const rest = readme.slice(start + HEADING.length + 2);
  const section = rest.slice(0, rest.search(/\n#{2,3} /u));
  const block = /```tsx\n([\s\S]*?)```/u.exec(section)?.[1];
  expect(block, `${HEADING}: a tsx block`).toBeDefined();
  return block!;
}

// README indicator panel: begin
const workspace = createDalarnaSampleWorkspace();

export function Indicators({ onOpen }: { onOpen: (indicatorId: string) => void }) {
  return (
    <IndicatorPanel
      workspace={workspace}
      leadershipId="ls-vasterbergslagen"
      asOf="2025-12-31"
      headingLevel={3}
      onSelectIndicator={onOpen}
    />
  );
}
// README indicator panel: end

describe("README: the indicator panel", () => {
  it("is this file's code", () => {
    const lines = readmeBlock().split("\n");
    const imports = lines.filter((line) => line.startsWith("import "));
    for (const line of imports) expect(source, line).toContain(`\n${line}\n`);
    expect(lines.slice(imports.length).join("\n").replace(/^\n+/u, "")).toBe(region("indicator panel"));
  });

  it("runs: Västerbergslagen's municipalities against the county and the country, and a choice reaches the host", async () => {
    const user = userEvent.setup();
    const onOpen = vi.fn();
    render(<Indicators onOpen={onOpen} />);
    const figure = screen.getByRole("figure", { name: /Återinskrivning/ });
    expect(within(figure).getAllByRole("img", { name: /^Ludvika / }).length).toBeGreaterThan(0);
    expect(within(figure).getAllByRole("img", { name: /^Region Dalarna / }).length).toBeGreaterThan(0);
    expect(within(figure).getAllByRole("img", { name: /^Riket / }).length).toBeGreaterThan(0);
    await user.click(screen.getByRole("button", { name: /^Välj indikatorn: Återinskrivning/ }));
    expect(onOpen).toHaveBeenCalledWith("aterinskrivning-65");
  });
});
