/**
 * Whether the reference server's PostgreSQL tests (vitest.postgres.config.ts) can run on this machine: with
 * the server `SYSTEMLEDNING_TEST_PG_URL` names, or with a throwaway cluster of their own, which needs
 * PostgreSQL's `initdb` and `pg_ctl` (Debian's package `postgresql` puts them in /usr/lib/postgresql/<version>/bin;
 * .ci/run installs it). Otherwise the reason, for the gate's "not run" line. Shared by scripts/gate.mjs and the
 * tests' cluster helper (tests/server/postgres-cluster.ts), so both decide alike.
 */
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";

/** The variable naming an existing PostgreSQL server to test against instead of a throwaway cluster. */
export const TEST_PG_URL_VARIABLE = "SYSTEMLEDNING_TEST_PG_URL";

/** Where Debian (and most Linux packages) install PostgreSQL's server programs, one folder per version. */
export const DEBIAN_POSTGRES_ROOT = "/usr/lib/postgresql";

/**
 * The folder holding `initdb` and `pg_ctl`: Debian's newest version, else the first folder on PATH; null when none.
 * @param {Record<string, string | undefined>} env - the environment whose PATH is searched
 * @param {(path: string) => boolean} [exists] - whether a file exists (tests replace it)
 * @param {string[] | null} [versions] - Debian's version folders (tests pass them; null reads the disk)
 */
export function findPostgresBin(env, exists = existsSync, versions = null) {
  const debian =
    versions ??
    (existsSync(DEBIAN_POSTGRES_ROOT) ? readdirSync(DEBIAN_POSTGRES_ROOT) : []).filter((name) => /^\d+$/.test(name));
  const folders = [
    ...[...debian].sort((a, b) => Number(b) - Number(a)).map((version) => join(DEBIAN_POSTGRES_ROOT, version, "bin")),
    ...(env.PATH ?? "").split(":").filter((folder) => folder !== ""),
  ];
  return folders.find((folder) => exists(join(folder, "initdb")) && exists(join(folder, "pg_ctl"))) ?? null;
}

/**
 * How the PostgreSQL tests run here: `{ run: true, url }`, `{ run: true, bin }`, or `{ run: false, reason }`.
 * @param {Record<string, string | undefined>} env - the environment to read
 * @param {(env: Record<string, string | undefined>) => string | null} [findBin] - finds the programs (tests replace it)
 */
export function postgresPlan(env, findBin = findPostgresBin) {
  const url = env[TEST_PG_URL_VARIABLE]?.trim();
  if (url !== undefined && url !== "") return { run: true, url };
  const bin = findBin(env);
  if (bin !== null) return { run: true, bin };
  return {
    run: false,
    reason: `no PostgreSQL: ${TEST_PG_URL_VARIABLE} is not set and initdb and pg_ctl are neither in ${DEBIAN_POSTGRES_ROOT}/<version>/bin nor on PATH (apt-get install postgresql; .ci/run installs it)`,
  };
}
