/**
 * The core's boundaries (docs/architecture.md, "How the gate holds the rules": the core stays headless; docs/quality.md
 * S1, S6): its sources import only zod and themselves and use no browser global (the IndexedDB store adapter may use
 * `indexedDB`), and its built bundles contain no HTML sink or code evaluation and import only zod. Each check is also
 * fed a bad snippet, so a check that stopped finding anything would fail here.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  FORBIDDEN_GLOBALS,
  type BoundaryViolation,
  describeViolations,
  findBuiltOutputViolations,
  findSourceViolations,
} from "../build/boundary-checks.js";

const repositoryRoot = fileURLToPath(new URL("../../", import.meta.url));
const coreRoot = join(repositoryRoot, "packages/core");
const coreSources = join(coreRoot, "src");
const coreDist = join(coreRoot, "dist");

/** Every file under `directory` whose name passes `accept`. */
function listFiles(directory: string, accept: (name: string) => boolean): string[] {
  return readdirSync(directory, { recursive: true, encoding: "utf8" })
    .map((relative) => join(directory, relative))
    .filter((path) => statSync(path).isFile() && accept(path));
}

function readAll(paths: readonly string[]): Map<string, string> {
  return new Map(paths.map((path) => [path, readFileSync(path, "utf8")]));
}

/**
 * Bad and good snippets, placed at paths inside the core where the real rules apply. They are checked in
 * one program (building a type checker over lib.dom costs ~0.3 s), then each test reads its file's findings.
 */
const SNIPPET_ROOT = "/virtual/packages/core/src";
const snippets = new Map<string, string>([
  [`${SNIPPET_ROOT}/react-import.ts`, 'import { useState } from "react";\nexport const f = useState;'],
  [
    `${SNIPPET_ROOT}/foreign-imports.ts`,
    [
      'export { createRoot } from "react-dom/client";',
      'export const load = () => import("node:fs");',
      "declare const require: (id: string) => unknown;",
      'export const d3 = require("d3");',
      'import * as z from "zod";',
      'import { ok } from "../common/result.js";',
      "export { z, ok };",
    ].join("\n"),
  ],
  ...FORBIDDEN_GLOBALS.map((name): [string, string] => [
    `${SNIPPET_ROOT}/global-${name}.ts`,
    `export const grab = (): unknown => ${name};`,
  ]),
  [`${SNIPPET_ROOT}/through-global-this.ts`, "export const grab = () => globalThis.fetch;"],
  [
    `${SNIPPET_ROOT}/through-cast-global-this.ts`,
    "export const grab = () => (globalThis as unknown as { document?: unknown }).document;",
  ],
  [
    `${SNIPPET_ROOT}/injected.ts`,
    [
      "export interface KoladaOptions { fetch: typeof fetch; document: string }",
      "export function load(fetch: (url: string) => Promise<unknown>, options: KoladaOptions) {",
      "  const window = { start: 1 };",
      "  return [fetch(options.document), options.fetch, window.start, { navigator: 1 }.navigator];",
      "}",
    ].join("\n"),
  ],
  [
    `${SNIPPET_ROOT}/workspace/store-indexeddb.ts`,
    'export const open = () => indexedDB.open("systemledning");\nexport const remember = () => localStorage.setItem("k", "v");',
  ],
  [`${SNIPPET_ROOT}/workspace/store-memory.ts`, 'export const open = () => indexedDB.open("systemledning");'],
]);

let snippetViolations: BoundaryViolation[] = [];

/** The findings in one snippet, as `line finding` strings. */
function findingsIn(name: string): string[] {
  return snippetViolations
    .filter((violation) => violation.file === `${SNIPPET_ROOT}/${name}`)
    .map((violation) => `${violation.line} ${violation.finding}`);
}

describe("findSourceViolations", () => {
  beforeAll(() => {
    snippetViolations = findSourceViolations(snippets);
  }, 60_000);

  it("finds no React, no foreign import and no browser global in the core's sources", () => {
    const files = readAll(listFiles(coreSources, (path) => /\.tsx?$/.test(path)));
    expect(files.size).toBeGreaterThan(10);
    const violations = findSourceViolations(files);
    expect(violations, describeViolations(violations)).toEqual([]);
  }, 60_000);

  it("reports an import of React", () => {
    expect(findingsIn("react-import.ts")).toEqual([expect.stringMatching(/^1 import "react"/)]);
  });

  it("reports re-exports, dynamic imports and require of anything but zod", () => {
    expect(findingsIn("foreign-imports.ts")).toEqual([
      expect.stringMatching(/^1 import "react-dom\/client"/),
      expect.stringMatching(/^2 import "node:fs"/),
      expect.stringMatching(/^4 import "d3"/),
    ]);
  });

  it.each(FORBIDDEN_GLOBALS)("reports the browser global %s used as a value", (name) => {
    expect(findingsIn(`global-${name}.ts`)).toEqual([`1 global ${name}`]);
  });

  it("reports a global reached through globalThis", () => {
    expect(findingsIn("through-global-this.ts")).toEqual(["1 global fetch"]);
  });

  it("reports a global read from a cast of globalThis", () => {
    expect(findingsIn("through-cast-global-this.ts")).toEqual(["1 global document"]);
  });

  it("accepts the same names as injected parameters, object keys and types", () => {
    expect(findingsIn("injected.ts")).toEqual([]);
  });

  it("lets only the IndexedDB store adapter reference indexedDB, and nothing else", () => {
    expect(findingsIn("workspace/store-indexeddb.ts")).toEqual(["2 global localStorage"]);
    expect(findingsIn("workspace/store-memory.ts")).toEqual(["1 global indexedDB"]);
  });
});

describe("findBuiltOutputViolations", () => {
  /** The built output checked: packages/core/dist when it is newer than every source, else a fresh build. */
  let builtDirectory = coreDist;
  let temporaryBuild: string | null = null;

  beforeAll(() => {
    // The gate builds right before it tests, so dist is fresh there. Run alone after an edit, the test builds
    // the JavaScript (no declarations) into a temporary folder rather than replacing dist under other readers.
    const newestSource = Math.max(...listFiles(coreSources, () => true).map((path) => statSync(path).mtimeMs));
    const builtEntry = join(coreDist, "index.js");
    if (!existsSync(builtEntry) || statSync(builtEntry).mtimeMs < newestSource) {
      temporaryBuild = mkdtempSync(join(tmpdir(), "systemledning-core-dist-"));
      execFileSync(join(repositoryRoot, "node_modules/.bin/tsup"), ["--no-dts", "--out-dir", temporaryBuild], {
        cwd: coreRoot,
        stdio: "pipe",
      });
      builtDirectory = temporaryBuild;
    }
  }, 120_000);

  afterAll(() => {
    if (temporaryBuild !== null) rmSync(temporaryBuild, { recursive: true, force: true });
  });

  it("finds no innerHTML, eval, new Function or import but zod in the built core", () => {
    const files = readAll(listFiles(builtDirectory, (path) => /\.(c|m)?js$/.test(path)));
    expect([...files.keys()].filter((path) => path.endsWith("index.js")).length).toBeGreaterThanOrEqual(6);
    const violations = findBuiltOutputViolations(files);
    expect(violations, describeViolations(violations)).toEqual([]);
  });

  it("reports each forbidden construct and foreign import in a bad bundle", () => {
    const bundle = [
      'import * as z from "zod";',
      'import { jsx } from "react/jsx-runtime";',
      "export function show(el, s) { el.innerHTML = s; }",
      "export const run = (s) => eval(s);",
      'export const compile = new Function("a", "return a");',
      'const fs = require("node:fs");',
      'import("./chunk-ABC.js");',
    ].join("\n");
    const violations = findBuiltOutputViolations(new Map([["dist/bad.js", bundle]]));
    expect(violations.map((violation) => `${violation.line} ${violation.finding}`).sort()).toEqual(
      ['2 import "react/jsx-runtime"', "3 innerHTML", "4 eval(", "5 new Function", '6 import "node:fs"'].sort(),
    );
  });
});
