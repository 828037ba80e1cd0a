/**
 * `pnpm bench [suite …]`: build the core (the size figures are of the built entries), then run the
 * benchmark suites in tests/bench/run.ts with tsx (all, or the named ones: `pnpm bench meetings`).
 * Pass `--no-build` to measure the dist as it is.
 */
import { spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const env = { ...process.env, CI: "true" };

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit", env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

if (!process.argv.includes("--no-build")) run("pnpm", ["--filter", "@systemledning/core", "build"]);
// tests/bench/tsconfig.json gives tsx a baseUrl, so the `@systemledning/*` paths resolve to the sources.
run(join(root, "node_modules/.bin/tsx"), [
  "--tsconfig",
  "tests/bench/tsconfig.json",
  "tests/bench/run.ts",
  ...process.argv.slice(2),
]);
