/**
 * Tests of the size check (scripts/size.mjs) on a small fixture package, so the check is proven to
 * measure dependencies separately and to fail on an entry over budget, without a budget, or not built.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type EntrySize,
  MEASURED_PACKAGES,
  checkBudgets,
  formatBytes,
  formatSizeTable,
  measurePackageSizes,
  readBudgets,
} from "../../scripts/size.mjs";

const repositoryRoot = fileURLToPath(new URL("../../", import.meta.url));
let fixtureRoot = "";
let rows: EntrySize[] = [];

function write(relativePath: string, text: string): void {
  const path = join(fixtureRoot, relativePath);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

/** Text that gzip cannot shrink much: a seeded pseudo-random alphabet soup. */
function incompressible(length: number): string {
  let state = 20261122;
  let text = "";
  for (let index = 0; index < length; index += 1) {
    state = (state * 1103515245 + 12345) % 2147483648;
    text += String.fromCharCode(97 + (state % 26));
  }
  return text;
}

beforeAll(async () => {
  fixtureRoot = mkdtempSync(join(tmpdir(), "systemledning-size-"));
  write(
    "node_modules/heavy-dependency/package.json",
    JSON.stringify({ name: "heavy-dependency", type: "module", main: "index.js" }),
  );
  write("node_modules/heavy-dependency/index.js", `export const table = "${incompressible(4000)}";\n`);
  write(
    "packages/demo/package.json",
    JSON.stringify({
      name: "@fixture/demo",
      type: "module",
      dependencies: { "heavy-dependency": "1.0.0" },
      peerDependencies: { react: "^19" },
      exports: {
        ".": { import: { types: "./dist/index.d.ts", default: "./dist/index.js" }, require: "./dist/index.cjs" },
        "./unbuilt": { import: "./dist/unbuilt.js" },
        "./styles.css": "./dist/styles.css",
        "./lazy": "./dist/lazy.js",
        "./data/*.json": "./data/*.json",
        "./package.json": "./package.json",
      },
    }),
  );
  write(
    "packages/demo/dist/index.js",
    'import { table } from "heavy-dependency";\nimport { useState } from "react";\nexport const lookUp = (i) => [table[i], useState];\n',
  );
  write("packages/demo/dist/lazy.js", 'export const load = () => import("./chunk.js");\n');
  write("packages/demo/dist/chunk.js", `export const data = "${incompressible(4000)}";\n`);
  write("packages/demo/dist/styles.css", "@layer systemledning { .sl-box { color: red; } }\n");
  rows = await measurePackageSizes({ root: fixtureRoot, packages: ["packages/demo", "packages/absent"] });
});

afterAll(() => {
  rmSync(fixtureRoot, { recursive: true, force: true });
});

describe("measurePackageSizes", () => {
  it("measures every export except package.json and file patterns, naming entries by import specifier", () => {
    expect(rows.map((row) => row.entry)).toEqual([
      "@fixture/demo",
      "@fixture/demo/unbuilt",
      "@fixture/demo/styles.css",
      "@fixture/demo/lazy",
    ]);
  });

  it("leaves what an entry loads with import() out of both figures", () => {
    const lazy = rows.find((row) => row.entry === "@fixture/demo/lazy");
    expect(lazy?.gzip).toBeLessThan(200);
    expect(lazy?.gzipWithDependencies).toBeLessThan(200);
  });

  it("keeps dependencies out of the own-code figure and in the with-dependencies figure", () => {
    const [main] = rows;
    expect(main?.gzip).toBeLessThan(200);
    expect(main?.gzipWithDependencies).toBeGreaterThan(2000);
  });

  it("leaves peer dependencies out of both figures", () => {
    const [main] = rows;
    // React bundled in would be tens of kilobytes; the fixture's own code and dependency are ~3 kB.
    expect(main?.gzipWithDependencies).toBeLessThan(4000);
  });

  it("reports an entry whose file is not built instead of measuring it", () => {
    expect(rows[1]).toMatchObject({ gzip: null, error: expect.stringContaining("not built") });
  });

  it("gzips a stylesheet entry as it is", () => {
    expect(rows[2]?.gzip).toBeGreaterThan(0);
    expect(rows[2]?.gzip).toBe(rows[2]?.gzipWithDependencies);
  });
});

describe("checkBudgets", () => {
  it("passes entries within budget", () => {
    const [main] = rows;
    const budgets = { "@fixture/demo": { gzip: 1000, gzipWithDependencies: 10_000 } };
    expect(checkBudgets(main === undefined ? [] : [main], budgets)).toEqual([]);
  });

  it("reports an entry over budget, one without a budget and one not built", () => {
    const budgets = {
      "@fixture/demo": { gzip: 1000, gzipWithDependencies: 1000 },
      "@fixture/demo/unbuilt": { gzip: 1, gzipWithDependencies: 1 },
    };
    expect(checkBudgets(rows, budgets)).toEqual([
      expect.stringMatching(/^@fixture\/demo: gzipWithDependencies .* is over its budget of 0\.98 kB$/),
      expect.stringMatching(/^@fixture\/demo\/unbuilt: not built/),
      expect.stringMatching(/^@fixture\/demo\/styles\.css: no budget/),
      expect.stringMatching(/^@fixture\/demo\/lazy: no budget/),
    ]);
  });

  it("finds a budget for every entry of the real packages' export maps", () => {
    const budgets = readBudgets();
    const entries = MEASURED_PACKAGES.flatMap((directory) => {
      const manifest = JSON.parse(readFileSync(join(repositoryRoot, directory, "package.json"), "utf8")) as {
        name: string;
        exports: Record<string, unknown>;
      };
      return Object.keys(manifest.exports)
        .filter((subpath) => subpath !== "./package.json" && !subpath.includes("*"))
        .map((subpath) => (subpath === "." ? manifest.name : `${manifest.name}/${subpath.slice(2)}`));
    });
    expect(entries.length).toBeGreaterThanOrEqual(7);
    expect(entries.filter((entry) => budgets[entry] === undefined)).toEqual([]);
  });
});

describe("formatSizeTable", () => {
  it("prints one row per entry with its figures and budgets, and a dash where none", () => {
    const table = formatSizeTable(rows, { "@fixture/demo": { gzip: 2048, gzipWithDependencies: 4096 } }).split("\n");
    expect(table).toHaveLength(2 + rows.length);
    expect(table[2]).toMatch(/^@fixture\/demo\s.*2\.00 kB.*4\.00 kB$/);
    expect(table[3]).toMatch(/^@fixture\/demo\/unbuilt(\s+—){5}$/);
  });
});

describe("formatBytes", () => {
  it("prints kilobytes of 1024 bytes with two decimals", () => {
    expect(formatBytes(1536)).toBe("1.50 kB");
    expect(formatBytes(null)).toBe("—");
  });
});
