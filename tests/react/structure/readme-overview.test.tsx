// @vitest-environment jsdom
/**
 * The README's example of the structure overview views runs: every line of its code block stands verbatim in
 * this file, and the example below renders the three widgets on the Dalarna sample.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createDalarnaSampleWorkspace } from "@systemledning/core/profiles/dalarna";
import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
// The README imports from the package; the same components, from its sources.
import { CharterCompleteness, LeadershipPage, StructureOverview } from "../../../packages/react/src/index.js";

afterEach(cleanup);

const workspace = createDalarnaSampleWorkspace();

// ---- the README's example, verbatim ----
const leadershipHref = (id: string) => `#/ledning/${encodeURIComponent(id)}`; // the host's route to a leadership
function Example() {
  return (
    <>
      <StructureOverview workspace={workspace} asOf="2026-05-13" leadershipHref={leadershipHref} />
      <LeadershipPage workspace={workspace} leadershipId="ls-mora" asOf="2026-05-13" />
      <CharterCompleteness workspace={workspace} leadershipId="ls-mora" />
    </>
  );
}
// ---- end of the example ----

const HEADING = "### The structure views and the Metodstöd workbook";
const FIRST_LINE = 'import { CharterCompleteness, LeadershipPage, StructureOverview } from "@systemledning/react";';

function readmeExample(): string[] {
  const readme = readFileSync(join(process.cwd(), "README.md"), "utf8");
  const start = readme.indexOf(`\n${HEADING}\n`);
  expect(start).toBeGreaterThan(0);
  const at = readme.indexOf(FIRST_LINE, start);
  expect(at).toBeGreaterThan(start);
  const end = readme.indexOf("```", at);
  return readme
    .slice(at, end)
    .split("\n")
    .filter((line) => line.trim() !== "");
}

describe("README: the structure views", () => {
  it("keeps every line of the example in this test", () => {
    const own = readFileSync(join(process.cwd(), "tests/react/structure/readme-overview.test.tsx"), "utf8")
      .split("\n")
      .map((line) => line.trim());
    const lines = readmeExample();
    expect(lines.length).toBe(5);
    for (const line of lines.slice(1)) expect(own, line).toContain(line.trim());
  });

  it("runs: the overview links each leadership, the page and the charter show Mora", () => {
    render(<Example />);
    expect(screen.getByRole("link", { name: "Lokal systemledning Mora" }).getAttribute("href")).toBe(
      "#/ledning/ls-mora",
    );
    expect(screen.getByRole("heading", { level: 2, name: "Lokal systemledning Mora" })).toBeTruthy();
    expect(screen.getAllByText("12 av 35 besvarade")).toHaveLength(2);
  });
});
