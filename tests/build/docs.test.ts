/**
 * The repository's own documentation (docs/) stays present, true to the tests and self-contained: the files
 * exist, every test that docs/quality.md names as proof exists, each requirement id is listed once with its
 * proof or an honest "not yet proved", links between the pages resolve, and no page sends the reader to a
 * document outside the repository.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const repositoryRoot = fileURLToPath(new URL("../../", import.meta.url));
const docsRoot = join(repositoryRoot, "docs");

/** The pages docs/ must have, relative to docs/. */
const REQUIRED_DOCS = [
  "README.md",
  "architecture.md",
  "domain.md",
  "quality.md",
  "sources.md",
  "decisions/0001-hand-written-many-body-force.md",
  "decisions/0002-web-crypto-for-the-decisions-log.md",
  "decisions/0003-versioned-workspace-document.md",
  "decisions/0004-schemas-created-on-first-parse.md",
  "decisions/0005-one-workspace-index.md",
  "decisions/0006-tests-need-nothing-outside-the-repository.md",
  "decisions/0007-one-formatter.md",
  "decisions/0008-react-18-in-the-same-workspace.md",
  "decisions/0009-custom-elements-thin-wrapper.md",
  "decisions/0010-what-a-host-pays.md",
  "decisions/0011-one-catalogue-per-area.md",
  "decisions/0012-revisions-and-conflict-safe-changes.md",
  "decisions/0013-reference-server.md",
  "decisions/0014-ending-keeps-history.md",
  "decisions/0015-system-map-folding.md",
  "decisions/0016-poster-pdf-without-a-dependency.md",
  "decisions/0017-a-command-line-for-counties.md",
  "decisions/0018-county-data-as-json.md",
  "decisions/0019-dashboard-workspaces.md",
  "decisions/0020-storybook-for-stakeholders.md",
  "decisions/0021-a-press-answers-before-the-map-redraws.md",
  "decisions/0022-the-map-moves-as-a-picture.md",
  "guide/anpassa-modellen.md",
  "guide/adapt-the-model.md",
];

/** Every requirement id docs/quality.md must list: code and test names cite these, so none may go missing. */
const REQUIREMENT_IDS = [
  ...range("A", 19),
  "A21",
  ...range("S", 9),
  ...range("D", 14),
  ...range("R", 8),
  ...range("P", 2),
  ...range("E", 3),
];

/**
 * Words that point outside the repository: the maintainers' notes and their copies of the source documents.
 * The notes' names are matched case-sensitively, so docs/quality.md itself (lower case) is not one of them.
 * Each word is put together from pieces, so this file does not contain what tests/build/self-contained.test.ts
 * looks for.
 */
const OUTSIDE_REFERENCES_ANY_CASE = ["seed" + " 00", ".." + "/shared", "shared" + "/seeds", "shared" + " notes"];
const OUTSIDE_REFERENCES_EXACT = ["DOMAIN", "QUALITY", "ARCHITECTURE", "STYLE", "TOOLCHAIN", "HOSTS"].map(
  (name) => `${name}.md`,
);

function range(prefix: string, last: number): string[] {
  return Array.from({ length: last }, (_, index) => `${prefix}${index + 1}`);
}

function readDoc(path: string): string {
  return readFileSync(join(docsRoot, path), "utf8");
}

/** Every Markdown file under docs/, relative to docs/, in a stable order. */
function listDocs(): string[] {
  return readdirSync(docsRoot, { recursive: true, encoding: "utf8" })
    .filter((path) => path.endsWith(".md") && statSync(join(docsRoot, path)).isFile())
    .map((path) => path.split("\\").join("/"))
    .sort();
}

/** The rows of the requirement tables in docs/quality.md: `| A1 | requirement | proof |`. */
function requirementRows(): { id: string; row: string }[] {
  return readDoc("quality.md")
    .split("\n")
    .map((row) => ({ row, match: /^\|\s*([A-Z]\d+)\s*\|/u.exec(row) }))
    .filter((entry): entry is { row: string; match: RegExpExecArray } => entry.match !== null)
    .map(({ row, match }) => ({ id: match[1]!, row }));
}

/** Repository-relative paths written in backticks that start with `tests/`. */
function testPathsIn(text: string): string[] {
  return [...text.matchAll(/`(tests\/[^`\s]*)`/gu)].map((match) => match[1]!);
}

describe("docs/", () => {
  it("has the index, the four main pages and the decision records", () => {
    const missing = REQUIRED_DOCS.filter((path) => !existsSync(join(docsRoot, path)));
    expect(missing).toEqual([]);
  });

  it("lists every page of docs/ in its index", () => {
    const index = readDoc("README.md");
    const unlisted = listDocs().filter((path) => path !== "README.md" && !index.includes(`](${path})`));
    expect(unlisted).toEqual([]);
  });

  it("names in docs/quality.md only tests that exist", () => {
    const paths = testPathsIn(readDoc("quality.md"));
    expect(paths.length).toBeGreaterThan(0);
    const missing = paths.filter((path) => !existsSync(join(repositoryRoot, path)));
    expect(missing).toEqual([]);
  });

  it("lists every requirement id in docs/quality.md exactly once", () => {
    const ids = requirementRows().map((entry) => entry.id);
    const duplicates = ids.filter((id, index) => ids.indexOf(id) !== index);
    expect(duplicates).toEqual([]);
    expect([...ids].sort()).toEqual([...REQUIREMENT_IDS].sort());
  });

  it("gives every requirement a test that proves it, or says plainly that none does yet", () => {
    const unproved = requirementRows()
      .filter(({ row }) => testPathsIn(row).length === 0 && !row.includes("not yet proved"))
      .map(({ id }) => id);
    expect(unproved).toEqual([]);
  });

  it("resolves every relative link between files", () => {
    const broken: string[] = [];
    for (const path of listDocs()) {
      for (const match of readDoc(path).matchAll(/\]\(([^)\s]+)\)/gu)) {
        const target = match[1]!;
        if (/^[a-z]+:/u.test(target) || target.startsWith("#")) continue;
        const file = target.split("#")[0]!;
        const resolved = join(docsRoot, dirname(path), file);
        if (!existsSync(resolved)) broken.push(`${path} → ${target}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it("gives each decision record a context, a decision and its consequences, in 15 to 40 lines", () => {
    const records = listDocs().filter((path) => path.startsWith("decisions/"));
    expect(records.length).toBeGreaterThan(0);
    const malformed = records.filter((path) => {
      const text = readDoc(path);
      const lines = text.trimEnd().split("\n").length;
      const headings = ["## Context", "## Decision", "## Consequences"].every((heading) =>
        text.includes(`\n${heading}\n`),
      );
      return !headings || lines < 15 || lines > 40;
    });
    expect(malformed).toEqual([]);
  });

  it("cites no document outside the repository", () => {
    const findings: string[] = [];
    for (const path of listDocs()) {
      const text = readDoc(path);
      const lower = text.toLowerCase();
      for (const word of OUTSIDE_REFERENCES_ANY_CASE) if (lower.includes(word)) findings.push(`${path}: ${word}`);
      for (const word of OUTSIDE_REFERENCES_EXACT) if (text.includes(word)) findings.push(`${path}: ${word}`);
    }
    expect(findings).toEqual([]);
  });

  it("links only to files inside the repository", () => {
    const outside = listDocs().flatMap((path) =>
      [...readDoc(path).matchAll(/\]\(([^)\s#]+)[^)]*\)/gu)]
        .map((match) => match[1]!)
        .filter((target) => !/^[a-z]+:/u.test(target))
        .filter((target) => relative(repositoryRoot, join(docsRoot, dirname(path), target)).startsWith(".."))
        .map((target) => `${path} → ${target}`),
    );
    expect(outside).toEqual([]);
  });
});
