// @vitest-environment jsdom
/**
 * The README's example of the indicator comparison ("### The follow-up views: indicator comparison") is this
 * file's code between the markers, verbatim: the test renders it on the Dalarna sample and checks that the
 * README still holds it, so the example can neither stop compiling nor drift from what the README says.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createDalarnaSampleWorkspace } from "@systemledning/core/profiles/dalarna";
import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";

// README example begins
import "@systemledning/react/styles.css";
import { IndicatorComparison, type Workspace } from "@systemledning/react";

/** The county's municipalities on two indicators, in the year the host chooses. */
export function FollowUpComparison({ workspace, year }: { readonly workspace: Workspace; readonly year: string }) {
  return (
    <IndicatorComparison
      workspace={workspace}
      indicatorIds={["aterinskrivning-65", "fallskador-80"]}
      period={year}
      headingLevel={3}
    />
  );
}
// README example ends

afterEach(cleanup);

// Under jsdom, import.meta.url is not a file URL: Vitest runs from the repository's root.
const root = process.cwd();
const THIS_FILE = join(root, "tests/react/indicator-comparison/readme-example.test.tsx");
const HEADING = "### The follow-up views: indicator comparison";

/** The README section, from its heading to the next heading of the same or a higher level. */
function section(): string {
  const readme = readFileSync(join(root, "README.md"), "utf8");
  const start = readme.indexOf(`\n${HEADING}\n`);
  expect(start).toBeGreaterThan(0);
  const rest = readme.slice(start + HEADING.length + 2);
  const end = rest.search(/\n#{2,3} /u);
  return end === -1 ? rest : rest.slice(0, end);
}

/** This file's code between the markers. */
function example(): string {
  const source = readFileSync(THIS_FILE, "utf8");
  const begin = source.indexOf("// README example begins\n") + "// README example begins\n".length;
  return source.slice(begin, source.indexOf("// README example ends"));
}

describe("README: the indicator comparison", () => {
  it("holds this file's example verbatim", () => {
    expect(example().length).toBeGreaterThan(200);
    expect(section()).toContain("```tsx\n" + example() + "```");
  });

  it("renders the example: the heading, the two indicators' columns of the year, the reference rows", () => {
    render(<FollowUpComparison workspace={createDalarnaSampleWorkspace()} year="2023" />);
    expect(screen.getByRole("heading", { level: 3, name: "Jämförelse mellan kommunerna" })).toBeTruthy();
    const headers = screen.getAllByRole("columnheader").map((h) => h.textContent);
    expect(headers).toEqual([
      "Kommun",
      "Återinskrivning inom 30 dagar, 65 år och äldre, 2023 (%)",
      "Fallskador bland personer 80 år och äldre, per 1 000 invånare, 2023 (per 1 000 inv)",
    ]);
    expect(screen.getByRole("rowheader", { name: "Medel för de visade kommunerna (ovägt)" })).toBeTruthy();
    expect(screen.queryByRole("alert")).toBeNull();
  });
});
