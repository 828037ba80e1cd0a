/**
 * `pnpm bench [suite …]`: run the benchmark suites (all, or those named), each beside the peers a user would pick
 * instead, measured in the same run; then the built core's size per entry. Timings are reported, never asserted
 * (docs/quality.md R1): a shared machine is too noisy to fail a build on.
 */
import { readdirSync } from "node:fs";
import { withinBudgets, type BenchSuite, type GroupRow } from "./harness.js";

/** Every suite: each file of tests/bench/suites/ exports `suite`; they run in file-name order. */
const suiteDirectory = new URL("./suites/", import.meta.url);
const SUITES: readonly BenchSuite[] = await Promise.all(
  readdirSync(suiteDirectory)
    .filter((file) => file.endsWith(".ts"))
    .sort()
    .map(async (file) => ((await import(new URL(file, suiteDirectory).href)) as { suite: BenchSuite }).suite),
);

const requested = process.argv.slice(2).filter((arg) => !arg.startsWith("-"));
const unknown = requested.filter((name) => !SUITES.some((suite) => suite.name === name));
if (unknown.length > 0) {
  console.error(`Unknown bench suite: ${unknown.join(", ")}. Known: ${SUITES.map((s) => s.name).join(", ")}.`);
  process.exit(2);
}
const selected = requested.length === 0 ? SUITES : SUITES.filter((suite) => requested.includes(suite.name));

const groups: (readonly GroupRow[])[] = [];
for (const suite of selected) {
  console.log(`\n=== ${suite.name} ===`);
  groups.push(...(await suite.run()));
}

// The built core's size per entry, measured the way the gate's size check does (esbuild minify + gzip).
const size = (await import("../../scripts/size.mjs")) as typeof import("../../scripts/size.mjs");
const rows = await size.measurePackageSizes({ packages: ["packages/core"] });
console.log("\nBuilt core, per entry (minified; gzip of our own code; gzip with zod bundled in)");
console.log(size.formatSizeTable(rows, size.readBudgets()));

console.log(
  withinBudgets(groups)
    ? "\nAll timing budgets met."
    : "\nA timing budget was missed (see OVER above); reported only, the exit code stays 0.",
);
