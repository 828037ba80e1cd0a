/**
 * Many clients at once on one workspace, each with its own `createHttpStore` and every change through
 * `updateWorkspace` — what a host's users do. Each change is tried until it is acknowledged (a save that
 * failed because the server was down is tried again, as a user presses save again); what was acknowledged,
 * at which revision and after how long, is recorded for the checks and the bench.
 */
import { createHttpStore, isWorkspaceClash, updateWorkspace } from "@systemledning/core/workspace";
import type { LoadChange, LoadClient } from "./workload.js";

/** A change the server acknowledged. */
export interface Acknowledged {
  readonly client: string;
  readonly change: LoadChange;
  /** The revision the save was acknowledged with (the ETag's value). */
  readonly revision: string;
  /** From the first try to the acknowledgement, in milliseconds, retries included. */
  readonly latencyMs: number;
  /** Saves `updateWorkspace` needed (1 when there was no conflict), summed over the tries. */
  readonly attempts: number;
}

/** What a run did. */
export interface LoadOutcome {
  readonly acknowledged: readonly Acknowledged[];
  /** Changes never acknowledged: a clash, a refusal, or the server down through every try. */
  readonly unacknowledged: readonly { readonly key: string; readonly reason: string }[];
  /** Clashes `updateWorkspace` reported (none expected: no two clients change the same thing). */
  readonly clashes: number;
  /** Tries that failed because the server could not be reached (during the restart). */
  readonly unavailable: number;
  readonly durationMs: number;
}

/** Options of {@link runClients}. */
export interface RunClientsOptions {
  /** The workspace's URL (`http://…/workspaces/lasttest`). */
  readonly url: string;
  readonly clients: readonly LoadClient[];
  /** Each client waits up to this long (uniformly, from a seeded generator) before each change. @default 2000 */
  readonly thinkMs?: number;
  /** Tries of one change (each `updateWorkspace` call) before it is given up. @default 30 */
  readonly tries?: number;
  /** Called after each acknowledgement with the number so far (the test kills the server at some count). */
  readonly onAcknowledged?: (count: number) => void;
  readonly seed?: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A small seeded generator (mulberry32), so a run's think times repeat. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/**
 * Run every client at once; resolves when each has made (or given up) all its changes.
 *
 * @example
 * const outcome = await runClients({ url: `${server.url}/workspaces/lasttest`, clients });
 */
export async function runClients(options: RunClientsOptions): Promise<LoadOutcome> {
  const random = seededRandom(options.seed ?? 20261205);
  const thinkMs = options.thinkMs ?? 2000;
  const tries = options.tries ?? 30;
  const acknowledged: Acknowledged[] = [];
  const unacknowledged: { key: string; reason: string }[] = [];
  let clashes = 0;
  let unavailable = 0;
  const started = performance.now();

  const runClient = async (client: LoadClient): Promise<void> => {
    const store = createHttpStore({
      url: options.url,
      fetch: (input, init) => fetch(input, init),
      // Long enough to bridge a restart of the server (a second or two) before a try is given up.
      retries: 6,
      retryDelayMs: 100,
      maxRetryDelayMs: 1_000,
      timeoutMs: 30_000,
    });
    for (const change of client.changes) {
      await sleep(random() * thinkMs);
      const first = performance.now();
      let attempts = 0;
      let reason = "not tried";
      let done = false;
      for (let attempt = 0; attempt < tries && !done; attempt++) {
        // Many writers on one document: a change may meet a newer revision several times before its save lands.
        // After `maxAttempts` the client waits a random while before it tries again (below), as a person would,
        // which thins out the crowd that forms after the restart instead of every client reloading at once.
        const result = await updateWorkspace(store, change.apply, { maxAttempts: 6 });
        if (result.ok) {
          attempts += result.attempts;
          acknowledged.push({
            client: client.name,
            change,
            revision: result.value.revision,
            latencyMs: performance.now() - first,
            attempts,
          });
          options.onAcknowledged?.(acknowledged.length);
          done = true;
        } else if (isWorkspaceClash(result.error)) {
          clashes++;
          reason = `clash at ${result.error.paths.join(", ")}`;
          break;
        } else {
          if (result.error.reason === "unavailable") unavailable++;
          reason = `${result.error.reason}: ${result.error.issues[0]?.message.en ?? ""}`;
          if (result.error.reason !== "unavailable" && result.error.reason !== "conflict") break;
          await sleep(result.error.reason === "conflict" ? 500 + random() * 2_500 : 200 + random() * 300);
        }
      }
      if (!done) unacknowledged.push({ key: change.key, reason });
    }
  };

  await Promise.all(options.clients.map(runClient));
  return { acknowledged, unacknowledged, clashes, unavailable, durationMs: performance.now() - started };
}
