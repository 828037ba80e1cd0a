/**
 * Proof under load and faults, run on each database (`../load-sqlite.test.ts`, `../postgres/load-postgres.test.ts`):
 * 52 clients at once — 13 leaderships submitting their self-assessment, 18 members marking attendance, a
 * workshop room of 20 placing marks, a secretary approving notes — each through its own `createHttpStore` and
 * `updateWorkspace`, against the reference server as a child process that is killed with SIGKILL a third of
 * the way through and started again on the same database. Afterwards: every acknowledged change is in the
 * final document (0 lost) and in the revision it was acknowledged with, the document passes the door, the log
 * verifies against the stored head, and the revisions list only grew.
 */
import { verifyLog } from "@systemledning/core/meetings";
import { createHttpStore, safeParseWorkspace, type Workspace } from "@systemledning/core/workspace";
import { afterAll, describe, expect, it } from "vitest";
import { freePort } from "../postgres-cluster.js";
import { startChildServer, type ChildServer } from "./child-server.js";
import { runClients } from "./run-clients.js";
import { createLoadClients, createLoadWorkspace } from "./workload.js";

/** Where the server under test keeps its data, and how to remove it afterwards. */
export interface LoadDatabase {
  readonly location: string;
  dispose(): Promise<void>;
}

interface Listed {
  readonly revision: string;
  readonly savedAt: string;
  readonly size: number;
  readonly logHead: string | null;
}

const getJson = async <T>(url: string): Promise<T> => {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`GET ${url}: ${response.status}`);
  return (await response.json()) as T;
};

/**
 * The load-and-restart test on the database `setup` makes.
 * @param label - the database's name in the test's title
 */
export function describeLoadTest(label: string, setup: () => Promise<LoadDatabase>): void {
  describe(`reference server under load on ${label}`, () => {
    // A test that times out never reaches its own `finally`: the child server must not outlive the run.
    let live: ChildServer | null = null;
    afterAll(async () => {
      await live?.kill("SIGKILL");
    });

    it("loses no acknowledged change of 52 concurrent clients when the server is killed (SIGKILL) and restarted midway", async () => {
      const database = await setup();
      const port = await freePort();
      let server: ChildServer = await startChildServer(port, database.location);
      live = server;
      try {
        const url = `${server.url}/workspaces/lasttest`;
        const initial = createLoadWorkspace();
        await createHttpStore({ url, fetch: (input, init) => fetch(input, init) }).save(initial, {
          baseRevision: null,
        });
        const clients = createLoadClients(initial);
        const total = clients.reduce((sum, client) => sum + client.changes.length, 0);
        expect(clients.length).toBeGreaterThanOrEqual(50);

        let restart: Promise<void> | null = null;
        let listedBeforeKill: Listed[] = [];
        let acknowledgedAtKill = 0;
        const outcome = await runClients({
          url,
          clients,
          thinkMs: 30_000,
          onAcknowledged: (count) => {
            if (restart !== null || count < Math.floor(total / 3)) return;
            acknowledgedAtKill = count;
            restart = (async () => {
              listedBeforeKill = await getJson<Listed[]>(`${url}/revisions`);
              await server.kill("SIGKILL");
              server = await startChildServer(port, database.location);
              live = server;
            })();
          },
        });
        await restart;
        const latencies = outcome.acknowledged.map((entry) => entry.latencyMs).sort((a, b) => a - b);
        console.log(
          `${label}: ${outcome.acknowledged.length}/${total} acknowledged in ${(outcome.durationMs / 1000).toFixed(1)} s, ` +
            `killed after ${acknowledgedAtKill}, ${outcome.unavailable} tries met the server down, ` +
            `p50 ${latencies[Math.floor(latencies.length / 2)]?.toFixed(0)} ms, ` +
            `attempts max ${Math.max(...outcome.acknowledged.map((entry) => entry.attempts))}`,
        );

        expect(acknowledgedAtKill).toBeGreaterThan(0);
        expect(outcome.acknowledged.length).toBeGreaterThan(acknowledgedAtKill);
        expect(outcome.clashes).toBe(0);
        expect(outcome.unacknowledged).toEqual([]);

        // The final document through a fresh client: the door and the log against the stored head.
        const loaded = await createHttpStore({ url, fetch: (input, init) => fetch(input, init) }).load();
        expect(loaded).not.toBeNull();
        const response = await fetch(url);
        const head = response.headers.get("x-log-head");
        const parsed = safeParseWorkspace(await response.json());
        expect(parsed.success).toBe(true);
        const final = (parsed as { data: Workspace }).data;
        const verified = await verifyLog(final.decisionLog, { expectedHead: head });
        expect(verified.issues).toEqual([]);
        expect(final.decisionLog.length).toBeGreaterThan(initial.decisionLog.length);

        const lost = outcome.acknowledged.filter(({ change }) => !change.isIn(final)).map(({ change }) => change.key);
        expect(lost).toEqual([]);

        // Append-only: 1, 2, 3… with no gap, what was listed before the kill unchanged at the front.
        const listed = await getJson<Listed[]>(`${url}/revisions`);
        expect(listed.map((entry) => entry.revision)).toEqual(listed.map((_, i) => String(i + 1)));
        expect(listed.slice(0, listedBeforeKill.length)).toEqual(listedBeforeKill);
        expect(listed.length).toBeGreaterThan(listedBeforeKill.length);
        const revisions = outcome.acknowledged.map((entry) => entry.revision);
        expect(new Set(revisions).size).toBe(revisions.length);

        // Each acknowledgement was true: the change is in the revision it was acknowledged with.
        for (const { change, revision } of outcome.acknowledged) {
          const atRevision = await getJson<Workspace>(`${url}/revisions/${revision}`);
          expect(change.isIn(atRevision), `${change.key} in revision ${revision}`).toBe(true);
        }
      } finally {
        await server.kill("SIGTERM");
        await database.dispose();
      }
      // Seven minutes: the run takes 45–110 s on a busy two-core machine, and the gate runs every project at once.
    }, 420_000);
  });
}
