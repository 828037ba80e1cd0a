/**
 * Size check of the built packages (`pnpm size`; a step of `pnpm test`).
 *
 * For every entry in the "exports" map of each published package, bundles the BUILT ESM file the way a
 * host's bundler would (esbuild: minify, tree-shake), gzips it with zlib, and compares the figures with
 * the committed budgets in `scripts/size-budgets.json`. Two figures per entry:
 * - `gzip`: our own code, with every dependency and peer dependency left as an import;
 * - `gzipWithDependencies`: what a host pays on first use, with the dependencies (zod, and the core for
 *   the React kit) bundled in and only peer dependencies (React) left out.
 * A module loaded with `import()` is not paid on first use (a host's bundler makes it a chunk fetched when asked
 * for), so both figures leave it out: the list of bundled counties is measured without the counties' data, the
 * React kit without its poster. Export patterns (`./counties/*.json`) are files shipped as they are, not entries,
 * and are not measured. Stylesheet entries are gzipped as they are. Prints a table; exits non-zero when an entry is over budget,
 * has no budget, or is not built.
 *
 * `measurePackageSizes()` and `formatSizeTable()` are exported so `pnpm bench` prints the same figures.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

const repositoryRoot = join(dirname(fileURLToPath(import.meta.url)), "..");

/** The packages whose built entries are measured, relative to the repository root. */
export const MEASURED_PACKAGES = ["packages/core", "packages/react", "packages/elements"];

/** Where the budgets live: `{ "<package>/<entry>": { "gzip": bytes, "gzipWithDependencies": bytes } }`. */
export const BUDGETS_FILE = join(repositoryRoot, "scripts/size-budgets.json");

/**
 * One measured entry.
 * @typedef {object} EntrySize
 * @property {string} entry - import specifier, e.g. `@systemledning/core/structure`
 * @property {string} file - built file measured, relative to the repository root
 * @property {number | null} minified - bytes of our own code, minified (null when not built)
 * @property {number | null} gzip - bytes of our own code, minified and gzipped
 * @property {number | null} gzipWithDependencies - bytes with dependencies bundled in, minified and gzipped
 * @property {string | null} error - why the entry could not be measured
 */

/** The ESM file an export condition points at (`import.default`, `default`, or a bare string). */
function esmTarget(condition) {
  if (typeof condition === "string") return condition;
  if (condition === null || typeof condition !== "object") return null;
  return esmTarget(condition.import ?? condition.default ?? null);
}

/** Leaves every `import()` as an import: what it loads comes later, in a chunk of its own, if at all. */
const lazyImportsLeftOut = {
  name: "lazy-imports-left-out",
  setup(build) {
    build.onResolve({ filter: /.*/ }, (args) =>
      args.kind === "dynamic-import" ? { path: args.path, external: true } : undefined,
    );
  },
};

/** Minified bytes of `file` bundled with `external` left as imports. */
async function bundleBytes(file, external) {
  const result = await build({
    entryPoints: [file],
    bundle: true,
    minify: true,
    treeShaking: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    write: false,
    logLevel: "silent",
    // Measure the built files as a host would see them: ignore the repository's tsconfig paths to sources.
    tsconfigRaw: "{}",
    external,
    plugins: [lazyImportsLeftOut],
    define: { "process.env.NODE_ENV": '"production"' },
  });
  const [output] = result.outputFiles;
  if (output === undefined) throw new Error(`esbuild produced no JavaScript for ${file}`);
  return output.contents;
}

/** Gzipped size at zlib's highest level, as CDNs and size-limit report it. */
function gzipBytes(contents) {
  return gzipSync(contents, { level: 9 }).length;
}

/**
 * Measures every built entry of the given packages.
 * @param {{ root?: string, packages?: string[] }} [options]
 * @returns {Promise<EntrySize[]>}
 * @example
 * const rows = await measurePackageSizes();
 * console.log(formatSizeTable(rows, readBudgets()));
 */
export async function measurePackageSizes({ root = repositoryRoot, packages = MEASURED_PACKAGES } = {}) {
  const rows = [];
  for (const packageDirectory of packages) {
    const manifestPath = join(root, packageDirectory, "package.json");
    if (!existsSync(manifestPath)) continue;
    const manifest = JSON.parse(readFileSync(manifestPath, "utf8"));
    const dependencies = Object.keys(manifest.dependencies ?? {});
    const peers = Object.keys(manifest.peerDependencies ?? {});
    // Subpaths too (react/jsx-runtime, zod/mini): esbuild matches "name/*" patterns for externals.
    const asExternal = (names) => names.flatMap((name) => [name, `${name}/*`]);
    for (const [subpath, condition] of Object.entries(manifest.exports ?? {})) {
      if (subpath === "./package.json" || subpath.includes("*")) continue;
      const target = esmTarget(condition);
      if (target === null) continue;
      const entry = subpath === "." ? manifest.name : `${manifest.name}/${subpath.slice(2)}`;
      const file = join(root, packageDirectory, target);
      const relativeFile = join(packageDirectory, target);
      if (!existsSync(file)) {
        rows.push({
          entry,
          file: relativeFile,
          minified: null,
          gzip: null,
          gzipWithDependencies: null,
          error: "not built: run pnpm build",
        });
        continue;
      }
      if (!/\.(m|c)?js$/.test(file)) {
        const contents = readFileSync(file);
        const gzip = gzipBytes(contents);
        rows.push({
          entry,
          file: relativeFile,
          minified: contents.length,
          gzip,
          gzipWithDependencies: gzip,
          error: null,
        });
        continue;
      }
      try {
        const own = await bundleBytes(file, asExternal([...dependencies, ...peers]));
        const withDependencies = await bundleBytes(file, asExternal(peers));
        rows.push({
          entry,
          file: relativeFile,
          minified: own.length,
          gzip: gzipBytes(own),
          gzipWithDependencies: gzipBytes(withDependencies),
          error: null,
        });
      } catch (error) {
        rows.push({
          entry,
          file: relativeFile,
          minified: null,
          gzip: null,
          gzipWithDependencies: null,
          error: String(error.message ?? error),
        });
      }
    }
  }
  return rows;
}

/** The committed budgets. */
export function readBudgets(file = BUDGETS_FILE) {
  const parsed = JSON.parse(readFileSync(file, "utf8"));
  return parsed.budgets ?? {};
}

/**
 * Compares measured entries with budgets: one problem per entry that is unbuilt, unbudgeted or over.
 * @returns {string[]} problems, empty when everything fits
 */
export function checkBudgets(rows, budgets) {
  const problems = [];
  for (const row of rows) {
    const budget = budgets[row.entry];
    if (row.error !== null) problems.push(`${row.entry}: ${row.error}`);
    else if (budget === undefined) problems.push(`${row.entry}: no budget; add one to scripts/size-budgets.json`);
    else {
      for (const key of ["gzip", "gzipWithDependencies"]) {
        if (typeof budget[key] !== "number") problems.push(`${row.entry}: budget has no "${key}"`);
        else if (row[key] > budget[key])
          problems.push(
            `${row.entry}: ${key} ${formatBytes(row[key])} is over its budget of ${formatBytes(budget[key])}`,
          );
      }
    }
  }
  return problems;
}

/** `12345` → `12.06 kB` (1 kB = 1024 bytes, as bundlers print). */
export function formatBytes(bytes) {
  return bytes === null || bytes === undefined ? "—" : `${(bytes / 1024).toFixed(2)} kB`;
}

/** A plain-text table of the figures and their budgets. */
export function formatSizeTable(rows, budgets = {}) {
  const header = ["entry", "minified", "gzip", "budget", "gzip with deps", "budget"];
  const lines = rows.map((row) => {
    const budget = budgets[row.entry] ?? {};
    return [
      row.entry,
      formatBytes(row.minified),
      formatBytes(row.gzip),
      formatBytes(budget.gzip),
      formatBytes(row.gzipWithDependencies),
      formatBytes(budget.gzipWithDependencies),
    ];
  });
  const widths = header.map((_, column) => Math.max(...[header, ...lines].map((cells) => cells[column].length)));
  const render = (cells) =>
    cells
      .map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column])))
      .join("  ");
  return [render(header), widths.map((width) => "-".repeat(width)).join("  "), ...lines.map(render)].join("\n");
}

async function main() {
  const rows = await measurePackageSizes();
  const budgets = readBudgets();
  console.log(formatSizeTable(rows, budgets));
  if (process.argv.includes("--json")) console.log(JSON.stringify(rows, null, 2));
  if (rows.length === 0) {
    console.error("size: no entries measured (is there a packages/*/package.json with exports?)");
    process.exitCode = 1;
    return;
  }
  const problems = checkBudgets(rows, budgets);
  for (const problem of problems) console.error(`size: ${problem}`);
  if (problems.length > 0) process.exitCode = 1;
  else console.log(`size: ${rows.length} entries within budget`);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await main();
}
