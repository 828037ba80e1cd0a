// @vitest-environment jsdom
/**
 * The README's example of the structure views ("### The structure views and the Metodstöd workbook") is this
 * file's code between the markers, verbatim: the test renders it on the Dalarna sample and checks that the
 * README still holds it, so the example can neither stop compiling nor drift from what the README says.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { dalarnaStructureSample, STRUCTURE_AS_OF } from "../../fixtures/structure-views.js";

// README example begins
import "@systemledning/react/styles.css";
import {
  ChairRotation,
  ForumMembers,
  KeyRoles,
  LocaleProvider,
  PrincipalMandate,
  SectorCoverage,
  Substitutes,
  type Workspace,
} from "@systemledning/react";

/** Mora's local leadership, question by question, on the day the host chooses. */
export function MoraStructure({ workspace, asOf }: { readonly workspace: Workspace; readonly asOf: string }) {
  return (
    <LocaleProvider locale="sv">
      <SectorCoverage workspace={workspace} leadershipId="ls-mora" asOf={asOf} />
      <PrincipalMandate workspace={workspace} leadershipId="ls-mora" asOf={asOf} />
      <KeyRoles workspace={workspace} forumId="f-mora" asOf={asOf} />
      <Substitutes workspace={workspace} leadershipId="ls-mora" asOf={asOf} />
      <ChairRotation workspace={workspace} forumId="f-mora" asOf={asOf} />
      <ForumMembers workspace={workspace} forumId="f-mora" asOf={asOf} />
    </LocaleProvider>
  );
}
// README example ends

afterEach(cleanup);

// Under jsdom, import.meta.url is not a file URL: Vitest runs from the repository's root.
const root = process.cwd();
const THIS_FILE = join(root, "tests/react/structure/readme-example.test.tsx");
const HEADING = "### The structure views and the Metodstöd workbook";

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

describe("README: the structure views", () => {
  it("holds this file's example verbatim", () => {
    expect(example().length).toBeGreaterThan(200);
    expect(section()).toContain("```tsx\n" + example() + "```");
  });

  it("names every view the structure area exports in its table", async () => {
    const kit = await import("../../../packages/react/src/structure/index.js");
    const views = Object.keys(kit).filter((name) => /^[A-Z]/u.test(name));
    for (const view of views) expect(section()).toContain(`| \`${view}\``);
  });

  it("renders the example: each view under its heading", () => {
    render(<MoraStructure workspace={dalarnaStructureSample()} asOf={STRUCTURE_AS_OF} />);
    const headings = screen.getAllByRole("heading", { level: 2 }).map((heading) => heading.textContent);
    expect(headings).toEqual([
      "Representation av sektorer",
      "Huvudmän med mandat",
      "Nyckelroller",
      "Ersättare för mandatbärare",
      "Ordförandeskap och rotation",
      "Ledamöter i Systemledning Mora",
    ]);
    expect(screen.queryByRole("alert")).toBeNull();
  });
});
