/**
 * A throwaway PostgreSQL for the server's tests and bench: `initdb` + `pg_ctl` on a temporary folder and a
 * free port, stopped and deleted afterwards; or the server `SYSTEMLEDNING_TEST_PG_URL` names (a fresh
 * database is created in it per suite). PostgreSQL refuses to run as root, so as root the cluster runs as
 * the `postgres` user (`runuser -u postgres --`), in a folder it owns. `postgresPlan` (scripts/postgres-plan.mjs)
 * says whether any of this can run here, and why not: the gate's "postgres" step reports that reason instead
 * of skipping tests.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { chownSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { postgresPlan } from "../../scripts/postgres-plan.mjs";

/** A PostgreSQL server for one test run. */
export interface PostgresServer {
  /** A URL of the server's `postgres` database, as a superuser: create databases from it. */
  readonly url: string;
  /** Stop the cluster and delete its folder (nothing to do for a server given by URL). */
  stop(): Promise<void>;
}

/** A free TCP port on 127.0.0.1 (the operating system's pick). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => (typeof address === "object" && address !== null ? resolve(address.port) : reject()));
    });
  });
}

const isRoot = (): boolean => process.getuid?.() === 0;

/** Run a PostgreSQL program, as the `postgres` user when we are root. */
function runAsOwner(program: string, args: readonly string[]): void {
  const [command, commandArgs] = isRoot() ? ["runuser", ["-u", "postgres", "--", program, ...args]] : [program, args];
  const result = spawnSync(command, commandArgs, { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  if (result.status !== 0)
    throw new Error(`${program} ${args.join(" ")} failed (${result.status}): ${result.stderr || result.stdout}`);
}

/**
 * Start a throwaway cluster (or use the one `SYSTEMLEDNING_TEST_PG_URL` names).
 * @param options.durable - keep fsync on (the bench, to compare with SQLite's synchronous=FULL fairly); the
 *   tests turn it off, since they kill the server process, never the database.
 */
export async function startPostgres(options: { durable?: boolean } = {}): Promise<PostgresServer> {
  const plan = postgresPlan(process.env);
  if (!plan.run) throw new Error(plan.reason);
  if ("url" in plan) return { url: plan.url, stop: async () => undefined };
  const folder = mkdtempSync(join(tmpdir(), "systemledning-pg-"));
  if (isRoot()) {
    const uid = Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" }).trim());
    const gid = Number(execFileSync("id", ["-g", "postgres"], { encoding: "utf8" }).trim());
    chownSync(folder, uid, gid);
  }
  const data = join(folder, "data");
  const port = await freePort();
  runAsOwner(join(plan.bin, "initdb"), [
    "-D",
    data,
    "-U",
    "systemledning",
    "--auth=trust",
    "--encoding=UTF8",
    "--locale=C",
    "--no-sync",
  ]);
  const settings = [
    `-p ${port}`,
    "-c listen_addresses=127.0.0.1",
    `-c unix_socket_directories=${folder}`,
    "-c max_connections=200",
    ...(options.durable === true ? [] : ["-c fsync=off", "-c synchronous_commit=off", "-c full_page_writes=off"]),
  ].join(" ");
  runAsOwner(join(plan.bin, "pg_ctl"), ["-D", data, "-l", join(folder, "log"), "-o", settings, "-w", "start"]);
  return {
    url: `postgres://systemledning@127.0.0.1:${port}/postgres`,
    stop: async () => {
      try {
        runAsOwner(join(plan.bin, "pg_ctl"), ["-D", data, "-m", "immediate", "-w", "stop"]);
      } finally {
        rmSync(folder, { recursive: true, force: true });
      }
    },
  };
}

/** A fresh database in `serverUrl`'s server, for one suite; `drop` removes it. */
export async function createTestDatabase(serverUrl: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `systemledning_test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.href,
    drop: async () => {
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}
