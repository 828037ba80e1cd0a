/**
 * The built `systemledning` binary, run as a county runs it: `node dist/cli.js …` in a child process. The tests
 * build it first when the core's or the CLI's sources are newer than what is built (the gate builds right before
 * it tests).
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const root = fileURLToPath(new URL("../../", import.meta.url));
export const BINARY = join(root, "packages/cli/dist/cli.js");

/** The newest modification time of the files under `directory`. */
function newest(directory: string): number {
  return Math.max(
    ...readdirSync(directory, { recursive: true, encoding: "utf8" }).map(
      (file) => statSync(join(directory, file)).mtimeMs,
    ),
  );
}

/** Build the core and the CLI when their built files are missing or older than their sources. */
export function ensureBuilt(): void {
  const outputs = { core: "packages/core/dist/index.js", cli: "packages/cli/dist/cli.js" };
  const fresh = Object.entries(outputs).every(
    ([name, file]) =>
      existsSync(join(root, file)) && statSync(join(root, file)).mtimeMs >= newest(join(root, `packages/${name}/src`)),
  );
  if (!fresh)
    execFileSync("pnpm", ["--filter", "@systemledning/core", "--filter", "@systemledning/cli", "build"], {
      cwd: root,
      stdio: "pipe",
    });
}

/**
 * The time limit of a test that starts the binary a few times: each start loads Node and the core (about 0.5 s
 * alone, 2 s while the gate runs every project on two cores), so the unit project's 15 s is raised, not the
 * tests made smaller; a hang still fails.
 */
export const CHILD_PROCESS_TIMEOUT = 60_000;

/** What a run of the binary gave. */
export interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Run the binary with `args` in `cwd`; stderr is a pipe, not a terminal, as in a county's CI. */
export function runCli(args: readonly string[], cwd: string): Run {
  const result = spawnSync(process.execPath, [BINARY, ...args], { cwd, encoding: "utf8" });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
