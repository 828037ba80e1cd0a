/**
 * The repository explains itself: no file a reader follows (the packages, tests, examples, stories, scripts,
 * docs/, the README, CONTRIBUTING.md and the root config files) sends them to a document outside the
 * repository. A fact from a source document is cited by the document's title and section (docs/sources.md),
 * a requirement by its id in docs/quality.md, the model by a section of docs/domain.md. The maintainers' old
 * notes, their seed numbers for the source documents and the folder beside the repository that holds them
 * must not come back.
 *
 * One place may name that folder: a line that names `SYSTEMLEDNING_SOURCES_DIR` (where the sources check
 * finds the documents, docs/decisions/0006). The patterns are put together from pieces, so this file does not
 * match them.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const repositoryRoot = fileURLToPath(new URL("../../", import.meta.url));

/** The folders whose files are checked, relative to the repository root. */
const CHECKED_FOLDERS = ["packages/", "tests/", "examples/", "stories/", "scripts/", "docs/"];

/** Files at the root that are not prose or configuration. */
const ROOT_FILES_LEFT_OUT = new Set(["pnpm-lock.yaml"]);

/** A line that names the variable of the sources check may name the folder of the documents. */
const SOURCES_DIR_VARIABLE = "SYSTEMLEDNING_" + "SOURCES_DIR";

const NOTES = ["QUALITY", "DOMAIN", "ARCHITECTURE", "STYLE", "TOOLCHAIN", "HOSTS"];

/**
 * What points outside the repository, each with a name for the report. The notes' file names are matched
 * case-sensitively, so `docs/quality.md` (lower case) is not one of them; the rest in any case.
 */
const OUTSIDE_REFERENCES: readonly { readonly name: string; readonly pattern: RegExp }[] = [
  { name: "a seed number", pattern: new RegExp("\\bseed" + " 00\\d", "iu") },
  { name: "a requirement id after QUALITY", pattern: new RegExp("\\bQUALITY" + " [A-Z]\\d", "iu") },
  ...NOTES.map((note) => ({ name: `${note}.md`, pattern: new RegExp(`\\b${note}\\.md\\b`, "u") })),
  { name: "the maintainers' notes", pattern: new RegExp("\\bshared" + " notes\\b", "iu") },
  { name: "the folder of the seeds", pattern: new RegExp("shared" + "/seeds", "iu") },
  { name: "the folder beside the repository", pattern: new RegExp("\\.\\./" + "shared", "iu") },
];

/** The outside references in `text`, as `line: name`, leaving out lines that name the sources check's variable. */
function findOutsideReferences(text: string): string[] {
  return text
    .split("\n")
    .flatMap((line, index) =>
      line.includes(SOURCES_DIR_VARIABLE)
        ? []
        : OUTSIDE_REFERENCES.filter(({ pattern }) => pattern.test(line)).map(({ name }) => `${index + 1}: ${name}`),
    );
}

/** The checked files: tracked and new (not ignored) files under the checked folders and at the root. */
function listCheckedFiles(): string[] {
  const listed = execFileSync("git", ["ls-files", "--cached", "--others", "--exclude-standard", "-z"], {
    cwd: repositoryRoot,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  return [...new Set(listed.split("\0"))]
    .filter((path) => path !== "")
    .filter(
      (path) =>
        CHECKED_FOLDERS.some((folder) => path.startsWith(folder)) ||
        (!path.includes("/") && !ROOT_FILES_LEFT_OUT.has(path)),
    )
    .filter((path) => !path.split("/").some((part) => part === "node_modules" || part === "dist"))
    .filter((path) => existsSync(join(repositoryRoot, path)) && statSync(join(repositoryRoot, path)).isFile())
    .sort();
}

/** The file's text, or `null` for a binary file (one with a NUL byte). */
function readText(path: string): string | null {
  const bytes = readFileSync(join(repositoryRoot, path));
  return bytes.includes(0) ? null : bytes.toString("utf8");
}

describe("findOutsideReferences", () => {
  it("finds each kind of outside reference in a planted line", () => {
    const planted = [
      "from se" + "ed 004 Bilaga 2",
      "(QUALI" + "TY A2, A9)",
      "(quali" + "ty r1)",
      ...NOTES.map((note) => `see ${note}.md §1`),
      "in the project's shared " + "notes",
      "read from ../" + "shared/" + "seeds at test time",
      "the folder ../" + "shared beside the repository",
    ];
    const found = planted.map((line) => findOutsideReferences(line));
    expect(found.filter((findings) => findings.length === 0)).toEqual([]);
    const names = new Set(found.flat().map((finding) => finding.replace(/^\d+: /u, "")));
    expect([...names].sort()).toEqual(OUTSIDE_REFERENCES.map(({ name }) => name).sort());
  });

  it("reports the line number of each finding", () => {
    expect(findOutsideReferences("first line\nsecond, se" + "ed 003's levels")).toEqual(["2: a seed number"]);
  });

  it("leaves the citations that replace them alone", () => {
    const citations = [
      "(docs/quality.md A2, A9, A12, R2)",
      "docs/domain.md, Structure; docs/architecture.md",
      '*Regional årsrapport 2025*, Bilaga 2; the *Metodstöd*, "Mötesstruktur"',
      "the LGL minutes of 2022-01-28, item 4",
      "fc.assert(property, { seed: 20261122, numRuns: 100 })",
      "export const SEED_003_SYSTEM_LEVELS = [];",
    ];
    expect(citations.flatMap((line) => findOutsideReferences(line))).toEqual([]);
  });

  it("lets a line that names the sources check's variable name the folder of the documents", () => {
    expect(findOutsideReferences(`${SOURCES_DIR_VARIABLE}="$(cd ../` + "shared/" + 'seeds && pwd)"')).toEqual([]);
  });
});

describe("the repository's files", () => {
  const files = listCheckedFiles();

  it("include the packages, tests, examples, stories, scripts, docs/ and the root files", () => {
    for (const expected of [
      "packages/core/src/index.ts",
      "packages/react/src/styles.css",
      "tests/build/self-contained.test.ts",
      "examples/dashboard/src/main.tsx",
      "stories/.storybook/preview.tsx",
      "scripts/gate.mjs",
      "docs/sources.md",
      "README.md",
      "CONTRIBUTING.md",
      "eslint.config.js",
      "vitest.config.ts",
    ]) {
      expect(files).toContain(expected);
    }
  });

  it("cite no document outside the repository", () => {
    const findings = files.flatMap((path) => {
      const text = readText(path);
      return text === null ? [] : findOutsideReferences(text).map((finding) => `${path}:${finding}`);
    });
    expect(findings).toEqual([]);
  });
});
