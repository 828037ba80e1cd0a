/** Types of scripts/postgres-plan.mjs, for the tests that import it. */
export type PostgresPlan = { run: true; url: string } | { run: true; bin: string } | { run: false; reason: string };
/** The variable naming an existing PostgreSQL server to test against. */
export const TEST_PG_URL_VARIABLE: "SYSTEMLEDNING_TEST_PG_URL";
/** Where Debian installs PostgreSQL's server programs. */
export const DEBIAN_POSTGRES_ROOT: string;
/** The folder holding `initdb` and `pg_ctl`, or null. */
export function findPostgresBin(
  env: Record<string, string | undefined>,
  exists?: (path: string) => boolean,
  versions?: string[] | null,
): string | null;
/** How the PostgreSQL tests run here, or why they cannot. */
export function postgresPlan(
  env: Record<string, string | undefined>,
  findBin?: (env: Record<string, string | undefined>) => string | null,
): PostgresPlan;
