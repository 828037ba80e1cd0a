/**
 * Bench suite "server": the reference server under the load test's work (52 clients, each one real core command
 * through `createHttpStore` and `updateWorkspace`, arriving within a few seconds) on SQLite and on PostgreSQL,
 * beside the peer a user would otherwise pick: a plain last-write-wins PUT without revisions, whose clients read,
 * change and write back the whole document. Reported: changes per second, p50/p95 latency of a change (from the
 * first try to the acknowledgement), and how many acknowledged changes the final document lacks. Ratios, never
 * asserted (docs/quality.md R1): the machine is shared.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createHttpStore, parseWorkspace, serializeWorkspace, type Workspace } from "@systemledning/core/workspace";
import { postgresPlan } from "../../../scripts/postgres-plan.mjs";
import { startChildServer } from "../../server/load/child-server.js";
import { runClients, seededRandom, type LoadOutcome } from "../../server/load/run-clients.js";
import { createLoadClients, createLoadWorkspace, type LoadClient } from "../../server/load/workload.js";
import { createTestDatabase, freePort, startPostgres } from "../../server/postgres-cluster.js";
import type { BenchSuite } from "../harness.js";
import { median, ms, p95, table } from "../report.js";

/** Changes arrive within this many milliseconds: faster than one document can take them, so it measures capacity. */
const ARRIVALS_MS = 5_000;

interface Row {
  readonly name: string;
  readonly acknowledged: number;
  readonly total: number;
  readonly lost: number;
  readonly seconds: number;
  readonly latencies: readonly number[];
  readonly note: string;
}

const sleep = (milliseconds: number) => new Promise((resolve) => setTimeout(resolve, milliseconds));

/** One run of the reference server on `database`: the load test's clients, no restart. */
async function runReference(name: string, database: string): Promise<Row> {
  const server = await startChildServer(await freePort(), database);
  try {
    const url = `${server.url}/workspaces/bench`;
    const initial = createLoadWorkspace();
    await createHttpStore({ url, fetch: (input, init) => fetch(input, init) }).save(initial, { baseRevision: null });
    const clients = createLoadClients(initial);
    const outcome: LoadOutcome = await runClients({ url, clients, thinkMs: ARRIVALS_MS });
    const final = parseWorkspace(await (await fetch(url)).json());
    const lost = outcome.acknowledged.filter(({ change }) => !change.isIn(final)).length;
    const retries = outcome.acknowledged.reduce((sum, entry) => sum + entry.attempts, 0) / outcome.acknowledged.length;
    return {
      name,
      acknowledged: outcome.acknowledged.length,
      total: clients.length,
      lost,
      seconds: outcome.durationMs / 1000,
      latencies: outcome.acknowledged.map((entry) => entry.latencyMs),
      note: `${retries.toFixed(1)} saves per change (412s retried by updateWorkspace)`,
    };
  } finally {
    await server.kill("SIGTERM");
  }
}

/** The peer's client: read the document, apply the change, write it back; no revision, so it never conflicts. */
async function runLastWriteWins(database: string): Promise<Row> {
  const server = await startChildServer(await freePort(), database, [], "tests/bench/server/lww-server.ts");
  try {
    const url = `${server.url}/workspaces/bench`;
    // A socket the server closed as idle fails the next request on it: tried again, as any HTTP client would.
    const send = async (init?: RequestInit): Promise<Response> => {
      for (let attempt = 1; ; attempt++) {
        try {
          return await fetch(url, init);
        } catch (error) {
          if (attempt >= 5) throw error;
        }
      }
    };
    const put = (ws: Workspace) => send({ method: "PUT", body: serializeWorkspace(ws) });
    await put(createLoadWorkspace());
    const clients: readonly LoadClient[] = createLoadClients(createLoadWorkspace());
    const random = seededRandom(20261205);
    const acknowledged: { isIn: (ws: Workspace) => boolean; latency: number }[] = [];
    const started = performance.now();
    await Promise.all(
      clients.map(async (client) => {
        for (const change of client.changes) {
          await sleep(random() * ARRIVALS_MS);
          const first = performance.now();
          const ws = parseWorkspace(await (await send()).json());
          const changed = await change.apply(ws);
          if (!changed.ok) continue;
          if ((await put(changed.value)).ok)
            acknowledged.push({ isIn: change.isIn, latency: performance.now() - first });
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    const final = parseWorkspace(await (await fetch(url)).json());
    return {
      name: "last-write-wins PUT (peer)",
      acknowledged: acknowledged.length,
      total: clients.length,
      lost: acknowledged.filter((entry) => !entry.isIn(final)).length,
      seconds,
      latencies: acknowledged.map((entry) => entry.latency),
      note: "every PUT acknowledged; a save based on an old read erases the others'",
    };
  } finally {
    await server.kill("SIGTERM");
  }
}

/** The server suite. */
export const suite: BenchSuite = {
  name: "server",
  async run() {
    const folder = mkdtempSync(join(tmpdir(), "systemledning-bench-server-"));
    const rows: Row[] = [];
    try {
      rows.push(await runReference("reference server, SQLite", join(folder, "bench.sqlite")));
      const plan = postgresPlan(process.env);
      if (plan.run) {
        // fsync on, as SQLite runs with synchronous=FULL: an acknowledged save is on disk in both.
        const postgres = await startPostgres({ durable: true });
        try {
          const database = await createTestDatabase(postgres.url);
          rows.push(await runReference("reference server, PostgreSQL", database.url));
          await database.drop();
        } finally {
          await postgres.stop();
        }
      } else console.log(`\nPostgreSQL: not run — ${plan.reason}`);
      rows.push(await runLastWriteWins(join(folder, "lww.sqlite")));
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
    const reference = rows[0]!;
    const rate = (row: Row) => row.acknowledged / row.seconds;
    console.log(
      `\n52 clients, one real core command each (13 self-assessment responses, 18 attendance marks, 20 workshop marks,` +
        `\none approval that grows the log), arriving within ${ARRIVALS_MS / 1000} s on one workspace of the Dalarna sample` +
        ` (${(serializeWorkspace(createLoadWorkspace()).length / 1024).toFixed(0)} KB). Latency: first try to acknowledgement.`,
    );
    console.log(
      table(
        ["", "changes/s", "× ref", "p50 ms", "p95 ms", "acknowledged", "lost", ""],
        rows.map((row) => [
          row.name,
          rate(row).toFixed(2),
          `${(rate(row) / rate(reference)).toFixed(2)}×`,
          ms(median(row.latencies)),
          ms(p95(row.latencies)),
          `${row.acknowledged}/${row.total}`,
          String(row.lost),
          row.note,
        ]),
      ),
    );
    return [];
  },
};
