/**
 * The gate (`pnpm test`): every check the project promises, in one command, in this order:
 *
 *   typecheck + lint + format (side by side) → build (core, react, elements, cli) → vitest (all projects in one run) → sources check
 *   → postgres → publint → size → storybook build
 *
 * Each step's output streams as it runs; a failed step does not stop the later ones, so one run shows
 * everything that is wrong. The last line printed is exactly `N passed, N failed`, where
 * - every Vitest test case counts once (skipped or todo tests count as failed: the gate forbids them), and
 *   a test file that fails before its tests run, or a Vitest run that fails with no failed test (an
 *   unhandled error), counts as one more failure; the sources check (vitest.sources.config.ts) counts
 *   its test cases the same way;
 * - every other step counts once (publint once per package).
 * The sources check reads the public source documents, which are not in the repository, from the folder
 * SYSTEMLEDNING_SOURCES_DIR names (CI sets it). Without them the check is not run: its line in the step
 * list and the summary says so and why (`○ sources check: not run — …`), and it counts neither as passed
 * nor as failed. The reference server's PostgreSQL tests (vitest.postgres.config.ts) are the same kind of step:
 * not run, with the reason, where PostgreSQL is not installed. Exits non-zero when anything failed. CONTRIBUTING.md documents the same counting.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve as resolvePath } from "node:path";
import { fileURLToPath } from "node:url";
import { postgresPlan } from "./postgres-plan.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const bin = (name) => join(root, "node_modules/.bin", name);
const readJson = (path) => JSON.parse(readFileSync(path, "utf8"));

/**
 * Runs a command; resolves to its exit code (never rejects). Output goes straight to the terminal, or,
 * when `output` is an array, is collected there (stdout and stderr in arrival order) to print later.
 * `env` adds to (or overrides) the gate's environment.
 */
function run(command, args, output = null, env = {}) {
  return new Promise((resolve) => {
    const stdio = output === null ? ["ignore", "inherit", "inherit"] : ["ignore", "pipe", "pipe"];
    const child = spawn(command, args, {
      cwd: root,
      stdio,
      env: { ...process.env, CI: process.env.CI ?? "true", ...env },
    });
    if (output !== null) {
      child.stdout.on("data", (chunk) => output.push(chunk));
      child.stderr.on("data", (chunk) => output.push(chunk));
    }
    child.on("error", (error) => {
      console.error(`gate: could not start ${command}: ${error.message}`);
      resolve(127);
    });
    child.on("close", (code, signal) => resolve(code ?? (signal ? 128 : 1)));
  });
}

/** A step that counts as one check: passed when the command exits 0. */
const check = (name, command, args) => ({
  name,
  async execute(output) {
    const code = await run(command, args, output);
    return code === 0 ? { passed: 1, failed: 0 } : { passed: 0, failed: 1, note: `exit code ${code}` };
  },
});

/**
 * Counts Vitest's JSON report. Exported for tests of the counting rules.
 * @param {any} report - the object Vitest's `json` reporter writes, or null when none was written
 * @param {number} exitCode - Vitest's exit code
 */
export function countVitestReport(report, exitCode) {
  if (report === null) return { passed: 0, failed: 1, note: `no JSON report (exit code ${exitCode})` };
  const notes = [];
  let failed = report.numFailedTests ?? 0;
  const skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  if (skipped > 0) {
    failed += skipped;
    notes.push(`${skipped} skipped or todo (not allowed)`);
  }
  const brokenFiles = (report.testResults ?? []).filter(
    (file) => file.status === "failed" && (file.assertionResults ?? []).length === 0,
  );
  if (brokenFiles.length > 0) {
    failed += brokenFiles.length;
    notes.push(`${brokenFiles.length} file(s) failed before any test ran`);
  }
  if ((report.numTotalTests ?? 0) === 0) {
    failed += 1;
    notes.push("no test ran");
  }
  if (exitCode !== 0 && failed === 0) {
    failed = 1;
    notes.push(`vitest exited with ${exitCode} (unhandled error?)`);
  }
  return { passed: report.numPassedTests ?? 0, failed, note: notes.join("; ") || undefined };
}

/** The test files that took longest, so a slow gate shows where its time goes. */
function printSlowestFiles(report, count = 5) {
  const files = (report?.testResults ?? [])
    .map((file) => ({
      name: relative(root, file.name ?? ""),
      milliseconds: (file.endTime ?? 0) - (file.startTime ?? 0),
    }))
    .filter((file) => file.milliseconds > 0)
    .sort((a, b) => b.milliseconds - a.milliseconds)
    .slice(0, count);
  if (files.length === 0) return;
  console.log("slowest test files (time in tests, hooks aside):");
  for (const file of files) console.log(`  ${(file.milliseconds / 1000).toFixed(1).padStart(6)} s  ${file.name}`);
}

/** Runs `vitest run` with `args` and a JSON report, and counts the report; `slowest` prints the slowest files. */
async function runVitest(args, { env = {}, slowest = false } = {}) {
  const reportDirectory = mkdtempSync(join(tmpdir(), "systemledning-gate-"));
  const reportFile = join(reportDirectory, "vitest.json");
  try {
    const code = await run(
      bin("vitest"),
      ["run", ...args, "--reporter=default", "--reporter=json", `--outputFile.json=${reportFile}`],
      null,
      env,
    );
    const report = existsSync(reportFile) ? readJson(reportFile) : null;
    if (slowest) printSlowestFiles(report);
    return countVitestReport(report, code);
  } finally {
    rmSync(reportDirectory, { recursive: true, force: true });
  }
}

const vitestStep = {
  name: "vitest (all projects)",
  execute: () => runVitest([], { slowest: true }),
};

/** The environment variable that names the folder of the public source documents (`*.txt`). */
export const SOURCES_DIR_VARIABLE = "SYSTEMLEDNING_SOURCES_DIR";

/** Why the documents are not there by default: said with every reason the check does not run. */
const SOURCES_ABSENT = "the public source documents are not in the repository; CI sets it";

const isDirectory = (path) => existsSync(path) && statSync(path).isDirectory();

/**
 * Whether the sources check runs: only when `SYSTEMLEDNING_SOURCES_DIR` names a folder (resolved from
 * `cwd`). Otherwise the reason, for the step's "not run" line. Pure but for `isFolder`, which tests replace.
 * @param {Record<string, string | undefined>} env - the environment to read the variable from
 * @param {(path: string) => boolean} [isFolder] - whether a path is a folder
 * @param {string} [cwd] - where a relative path is resolved from
 * @returns {{ run: true, directory: string } | { run: false, reason: string }}
 */
export function sourcesCheckPlan(env, isFolder = isDirectory, cwd = process.cwd()) {
  const value = env[SOURCES_DIR_VARIABLE];
  if (value === undefined || value.trim() === "")
    return { run: false, reason: `${SOURCES_DIR_VARIABLE} is not set (${SOURCES_ABSENT})` };
  const directory = resolvePath(cwd, value);
  if (!isFolder(directory))
    return {
      run: false,
      reason: `${SOURCES_DIR_VARIABLE} names ${directory}, which is not a folder (${SOURCES_ABSENT})`,
    };
  return { run: true, directory };
}

/** The outcome of a step that did not run: it counts neither as passed nor as failed, and says why. */
export function notRun(reason) {
  return { passed: 0, failed: 0, notRun: reason };
}

/**
 * The sources check as a gate step: the tests of vitest.sources.config.ts, which read the documents from
 * the folder `SYSTEMLEDNING_SOURCES_DIR` names (passed on as an absolute path), counted as the vitest step
 * counts; not run, with the reason, when the variable names no folder.
 * @param {Record<string, string | undefined>} [env] - the environment the plan reads
 */
export function sourcesCheckStep(env = process.env) {
  return {
    name: "sources check",
    async execute() {
      const plan = sourcesCheckPlan(env);
      if (!plan.run) return notRun(plan.reason);
      return runVitest(["--config", "vitest.sources.config.ts"], { env: { [SOURCES_DIR_VARIABLE]: plan.directory } });
    },
  };
}

/**
 * The reference server's PostgreSQL tests as a gate step (vitest.postgres.config.ts), counted as the vitest
 * step counts; not run, with the reason, on a machine with no PostgreSQL (scripts/postgres-plan.mjs), so that
 * no test is ever skipped. The same contract and load tests run on SQLite inside the vitest step.
 * @param {Record<string, string | undefined>} [env] - the environment the plan reads
 * @param {(env: Record<string, string | undefined>) => string | null} [findBin] - finds initdb and pg_ctl (tests replace it)
 */
export function postgresStep(env = process.env, findBin = undefined) {
  return {
    name: "postgres",
    async execute() {
      const plan = postgresPlan(env, findBin);
      if (!plan.run) return notRun(plan.reason);
      return runVitest(["--config", "vitest.postgres.config.ts"]);
    },
  };
}

/** The published packages: every non-private `packages/*` with a manifest. */
function publishedPackages() {
  return readdirSync(join(root, "packages"))
    .map((name) => join("packages", name))
    .filter(
      (directory) =>
        existsSync(join(root, directory, "package.json")) &&
        readJson(join(root, directory, "package.json")).private !== true,
    );
}

/** The Storybook build, when `stories/` has a build script. */
function storybookSteps() {
  const manifestPath = join(root, "stories/package.json");
  if (!existsSync(manifestPath)) return [];
  const scripts = readJson(manifestPath).scripts ?? {};
  const script = ["build-storybook", "build"].find((name) => name in scripts);
  return script === undefined ? [] : [check("storybook build", "pnpm", ["--filter", "./stories", "run", script])];
}

/**
 * The steps, in groups. The steps of a group run at the same time with their output held back and printed
 * in order (typecheck and lint are each single-threaded, so on two cores they take the time of one); the
 * groups run one after another, because Vitest's checks of the built files need the build.
 */
function stepGroups() {
  return [
    [
      check("typecheck", bin("tsc"), ["-p", "tsconfig.json", "--noEmit"]),
      check("lint", bin("eslint"), ["--max-warnings", "0", "."]),
      // One formatter, one line width (docs/decisions/0007-one-formatter.md): `pnpm format` fixes what this finds.
      check("format", bin("prettier"), ["--check", "--log-level", "warn", "."]),
    ],
    [check("build (core, react, elements, cli)", "pnpm", ["run", "build"])],
    [vitestStep],
    [sourcesCheckStep()],
    [postgresStep()],
    ...publishedPackages().map((directory) => [check(`publint ${directory}`, bin("publint"), ["--strict", directory])]),
    [check("size", process.execPath, [join(root, "scripts/size.mjs")])],
    ...storybookSteps().map((step) => [step]),
  ];
}

const seconds = (since) => `${((performance.now() - since) / 1000).toFixed(1)} s`;

/**
 * The line that reports a step, in the step list and the summary: `✔`/`✘` with its counts, or `○` and the
 * reason when it did not run.
 * @param {string} name - the step's name
 * @param {{ passed: number, failed: number, note?: string, notRun?: string, elapsed?: string }} result - its outcome
 */
export function stepLine(name, result) {
  if (result.notRun !== undefined) return `○ ${name}: not run — ${result.notRun}`;
  const elapsed = result.elapsed === undefined ? "" : ` (${result.elapsed})`;
  return `${result.failed === 0 ? "✔" : "✘"} ${name}: ${result.passed} passed, ${result.failed} failed${elapsed}${result.note ? ` — ${result.note}` : ""}`;
}

/**
 * The gate's totals: the sums of the steps' counts (a step that did not run adds nothing), and the
 * closing line, exactly `N passed, N failed`.
 * @param {readonly { passed: number, failed: number }[]} results - the steps' outcomes
 */
export function gateTotals(results) {
  const passed = results.reduce((sum, result) => sum + result.passed, 0);
  const failed = results.reduce((sum, result) => sum + result.failed, 0);
  return { passed, failed, closingLine: `${passed} passed, ${failed} failed` };
}

async function main() {
  const started = performance.now();
  const results = [];
  for (const group of stepGroups()) {
    const concurrent = group.length > 1;
    const runs = group.map((step) => {
      if (!concurrent) console.log(`\n━━ gate: ${step.name}`);
      const output = concurrent ? [] : null;
      const stepStarted = performance.now();
      const outcome = step.execute(output).then((result) => ({ ...result, elapsed: seconds(stepStarted) }));
      return { step, output, outcome };
    });
    for (const { step, output, outcome } of runs) {
      const result = await outcome;
      if (concurrent) {
        console.log(
          `\n━━ gate: ${step.name} (ran alongside ${group
            .filter((other) => other !== step)
            .map((other) => other.name)
            .join(", ")})`,
        );
        process.stdout.write(Buffer.concat(output));
      }
      const line = stepLine(step.name, result);
      results.push({ ...result, line });
      console.log(`━━ ${line}`);
    }
  }
  const totals = gateTotals(results);
  console.log(`\ngate summary (${seconds(started)}):`);
  for (const result of results) console.log(`  ${result.line}`);
  process.exitCode = totals.failed === 0 ? 0 : 1;
  // The closing line CI reads: nothing may be printed after it.
  console.log(totals.closingLine);
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  await main();
}
