/**
 * Two writers and more on one store: seeded interleavings of real core commands through `updateWorkspace`.
 * Whatever the order, every change that was acknowledged is in the final document, the document passes the
 * door and its log verifies against the stored head: nothing is lost.
 */
import fc from "fast-check";
import { IDBFactory } from "fake-indexeddb";
import { describe, expect, it } from "vitest";
import { verifyLog } from "@systemledning/core/meetings";
import {
  createIndexedDbStore,
  createMemoryStore,
  parseWorkspace,
  serializeWorkspace,
  updateWorkspace,
  type WorkspaceStore,
} from "@systemledning/core/workspace";
import { APPROVABLE, approve, interleaved, mark, respond, sample, type Operation } from "./two-writers.js";

const KINDS = ["response", "mark", "approve"] as const;

/** Writers, each a list of kinds of change, and the delays that interleave them. */
const scenario = fc.record({
  writers: fc.array(fc.array(fc.constantFrom(...KINDS), { minLength: 1, maxLength: 4 }), {
    minLength: 2,
    maxLength: APPROVABLE.length,
  }),
  delays: fc.array(fc.nat(6), { minLength: 1, maxLength: 32 }),
});

/** Writer `w`'s `i`th change: approvals go to the writer's own meeting, so a second one refuses for its own reason. */
function operation(kind: (typeof KINDS)[number], w: number, i: number): Operation {
  if (kind === "response") return respond(w, i);
  if (kind === "mark") return mark(w, i);
  return approve(APPROVABLE[w]!);
}

/** Run every writer at once, each through its own store (or the same), and return the acknowledged changes. */
type Writers = readonly (readonly (typeof KINDS)[number][])[];

/** Saves that met a newer revision and ran their change again, over all runs: the interleavings really clash. */
let retried = 0;

async function runWriters(stores: readonly WorkspaceStore[], writers: Writers) {
  const acknowledged: Operation[] = [];
  await Promise.all(
    writers.map(async (kinds, w) => {
      const store = stores[w % stores.length]!;
      for (const [i, kind] of kinds.entries()) {
        const op = operation(kind, w, i);
        const result = await updateWorkspace(store, op.change, { maxAttempts: 50 });
        if (result.ok && result.attempts > 1) retried++;
        if (result.ok) acknowledged.push(op);
        // The only refusal a writer may meet is its own second approval of its meeting, never a clash.
        else
          expect({ kind, error: result.error }).toMatchObject({ kind: "approve", error: { reason: "invalidInput" } });
      }
    }),
  );
  return acknowledged;
}

/** Every acknowledged change is in the stored document, which passes the door and whose log verifies. */
async function expectNothingLost(store: WorkspaceStore, acknowledged: readonly Operation[], writers: Writers) {
  const stored = (await store.load())!;
  expect(acknowledged.filter((op) => !op.isIn(stored.workspace))).toEqual([]);
  expect(parseWorkspace(JSON.parse(serializeWorkspace(stored.workspace)))).toEqual(stored.workspace);
  expect((await verifyLog(stored.workspace.decisionLog, { expectedHead: stored.logHead })).valid).toBe(true);
  // Every change was acknowledged but a writer's second approval of its own meeting.
  const repeated = writers.flatMap((kinds) => kinds.filter((kind) => kind === "approve").slice(1)).length;
  expect(acknowledged.length).toBe(writers.flat().length - repeated);
}

describe("two writers and more on one store", () => {
  it("memory store: every acknowledged change of every interleaving is in the final document", async () => {
    retried = 0;
    await fc.assert(
      fc.asyncProperty(scenario, async ({ writers, delays }) => {
        const store = createMemoryStore(sample);
        const acknowledged = await runWriters([interleaved(store, delays)], writers);
        await expectNothingLost(store, acknowledged, writers);
      }),
      { seed: 20261122, numRuns: 25 },
    );
    expect(retried).toBeGreaterThan(10);
  });

  it("IndexedDB: writers in two tabs on one database keep every acknowledged change", async () => {
    retried = 0;
    let n = 0;
    await fc.assert(
      fc.asyncProperty(scenario, async ({ writers, delays }) => {
        const indexedDB = new IDBFactory();
        const databaseName = `two-writers-${n++}`;
        const open = () => createIndexedDbStore({ databaseName, indexedDB, broadcastChannel: null });
        const first = open();
        await first.save(sample, { baseRevision: null });
        const tabs = [interleaved(first, delays), interleaved(open(), delays.slice().reverse())];
        const acknowledged = await runWriters(tabs, writers);
        await expectNothingLost(first, acknowledged, writers);
      }),
      { seed: 20261122, numRuns: 8 },
    );
    expect(retried).toBeGreaterThan(5);
  });
});
