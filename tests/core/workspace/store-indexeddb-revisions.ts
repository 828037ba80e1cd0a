/**
 * What the IndexedDB store adds to the revision contract, run against real Chromium and fake-indexeddb: the
 * revision checked inside the transaction that writes (two tabs), the notice on the BroadcastChannel, the
 * database of version 1 read as revision "1", and a stored log checked against the head kept beside it.
 */
import { expect, it } from "vitest";
import { appendToLog } from "@systemledning/core/meetings";
import { createDalarnaSampleWorkspace } from "@systemledning/core/profiles/dalarna";
import {
  createIndexedDbStore,
  isWorkspaceConflictError,
  serializeWorkspace,
  type BroadcastChannelLike,
  type IndexedDbDatabase,
  type IndexedDbFactory,
  type Workspace,
} from "@systemledning/core/workspace";
import { uniqueName, writeRaw } from "./store-contract.js";

const sample = createDalarnaSampleWorkspace();
const renamed = (ws: Workspace, name: string): Workspace => ({
  ...ws,
  people: ws.people.map((person, i) => (i === 0 ? { ...person, name } : person)),
});

/** Read the raw value under `key` (the database must exist). */
async function readRaw(indexedDB: IndexedDbFactory, databaseName: string, key: string): Promise<unknown> {
  const request = indexedDB.open(databaseName);
  const db = await new Promise<IndexedDbDatabase>((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const get = db.transaction("documents", "readonly").objectStore("documents").get(key);
  const value = await new Promise<unknown>((resolve, reject) => {
    get.onsuccess = () => resolve(get.result);
    get.onerror = () => reject(get.error);
  });
  db.close();
  return value;
}

/** A record as the store writes it, with a log head of our choosing. */
const record = (ws: Workspace, revision: string, logHead: string | null) => ({
  format: 2,
  revision,
  logHead,
  logLength: ws.decisionLog.length,
  text: serializeWorkspace(ws),
});

/** A bus of channels by name, as BroadcastChannel is across a browser's tabs. */
function channelBus() {
  const channels = new Map<string, Set<BroadcastChannelLike>>();
  return (name: string): BroadcastChannelLike => {
    const peers = channels.get(name) ?? new Set();
    channels.set(name, peers);
    const channel: BroadcastChannelLike = {
      onmessage: null,
      postMessage: (data) => {
        for (const peer of peers) if (peer !== channel) queueMicrotask(() => peer.onmessage?.({ data }));
      },
      close: () => void peers.delete(channel),
    };
    peers.add(channel);
    return channel;
  };
}

/** Wait until `condition` holds, a macrotask at a time (a notice and the reload it starts take a few). */
async function until(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 500 && !condition(); i++) await new Promise((resolve) => setTimeout(resolve, 2));
  expect(condition()).toBe(true);
}

/** Register the IndexedDB store's own revision tests; `indexedDB` is the implementation under test. */
export function describeIndexedDbRevisionContract(indexedDB: () => IndexedDbFactory): void {
  it("lets exactly one of two tabs saving on the same revision through: the check is inside the transaction", async () => {
    const databaseName = uniqueName();
    const a = createIndexedDbStore({ databaseName, indexedDB: indexedDB(), broadcastChannel: null });
    const b = createIndexedDbStore({ databaseName, indexedDB: indexedDB(), broadcastChannel: null });
    const created = await a.save(sample, { baseRevision: null });
    expect((await b.load())?.revision).toBe(created.revision);
    const results = await Promise.allSettled([
      a.save(renamed(sample, "Från flik A"), { baseRevision: created.revision }),
      b.save(renamed(sample, "Från flik B"), { baseRevision: created.revision }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    const refused = results.find((r) => r.status === "rejected")!.reason as unknown;
    expect(isWorkspaceConflictError(refused)).toBe(true);
    const winner = results.find((r) => r.status === "fulfilled")!.value;
    expect((refused as { latest: { revision: string } }).latest.revision).toBe(winner.revision);
    // The refused tab now shows what is stored: nothing it did overwrote the winner.
    const stored = await createIndexedDbStore({ databaseName, indexedDB: indexedDB(), broadcastChannel: null }).load();
    expect(stored?.workspace.people[0]?.name).toBe(winner.workspace.people[0]?.name);
    a.close();
    b.close();
  });

  it("tells another store on the same database of a save: it reloads, notifies and says the change came from another tab", async () => {
    const databaseName = uniqueName();
    const broadcastChannel = channelBus();
    const a = createIndexedDbStore({ databaseName, indexedDB: indexedDB(), broadcastChannel });
    const b = createIndexedDbStore({ databaseName, indexedDB: indexedDB(), broadcastChannel });
    const other = createIndexedDbStore({ databaseName, key: "annan", indexedDB: indexedDB(), broadcastChannel });
    const created = await a.save(sample, { baseRevision: null });
    await b.load();
    await other.load();
    const seen: (Workspace | null)[] = [];
    b.subscribe((ws) => seen.push(ws));
    const otherSeen: unknown[] = [];
    other.subscribe((ws) => otherSeen.push(ws));
    const next = await a.save(renamed(sample, "Ny i flik A"), { baseRevision: created.revision });
    await until(() => seen.length === 1);
    expect(b.getStored()).toMatchObject({ revision: next.revision, origin: "other-tab" });
    expect(seen[0]?.people[0]?.name).toBe("Ny i flik A");
    expect(a.getStored()?.origin).toBe("local");
    expect(otherSeen).toEqual([]);
    a.close();
    b.close();
    other.close();
  });

  it("reads a database of version 1 (bare text) as revision 1 and writes a record on the next save", async () => {
    const databaseName = uniqueName();
    await writeRaw(indexedDB(), databaseName, "workspace", serializeWorkspace(sample), 1);
    const store = createIndexedDbStore({ databaseName, indexedDB: indexedDB(), broadcastChannel: null });
    const loaded = await store.load();
    expect(loaded).toMatchObject({ revision: "1", logHead: sample.decisionLog.at(-1)!.hash });
    expect(loaded?.workspace).toEqual(sample);
    await expect(store.save(sample, { baseRevision: null })).rejects.toMatchObject({ reason: "conflict" });
    const saved = await store.save(renamed(sample, "Migrerad"), { baseRevision: "1" });
    expect(saved.revision).toBe("2");
    store.close();
    expect(await readRaw(indexedDB(), databaseName, "workspace")).toMatchObject({
      format: 2,
      revision: "2",
      logHead: sample.decisionLog.at(-1)!.hash,
      logLength: sample.decisionLog.length,
    });
  });

  it("rejects a stored copy whose log was edited, forged or cut, against the head kept with it", async () => {
    const log = sample.decisionLog;
    const head = log.at(-1)!.hash;
    const { hash: _h, previousHash: _p, sequence: _s, ...last } = log.at(-1)!;
    const tampered: [string, Workspace, string][] = [
      [
        "an edit with its hash kept",
        { ...sample, decisionLog: log.map((e, i) => (i === 2 ? { ...e, recordedAt: "2020-01-01T00:00:00Z" } : e)) },
        "log_hash_mismatch",
      ],
      [
        "an edit with every later hash recomputed",
        {
          ...sample,
          decisionLog: await appendToLog(log.slice(0, -1), [{ ...last, recordedAt: "2020-01-01T00:00:00Z" } as never]),
        },
        "log_head_mismatch",
      ],
      [
        "a forged entry appended with a correct hash",
        { ...sample, decisionLog: await appendToLog(log, [{ ...last, id: "log-forged" } as never]) },
        "log_head_mismatch",
      ],
      ["the last entry cut", { ...sample, decisionLog: log.slice(0, -1) }, "log_head_mismatch"],
    ];
    for (const [what, ws, code] of tampered) {
      const databaseName = uniqueName();
      await writeRaw(indexedDB(), databaseName, "workspace", record(ws, "4", head), 2);
      const store = createIndexedDbStore({ databaseName, indexedDB: indexedDB(), broadcastChannel: null });
      const error: unknown = await store.load().catch((e: unknown) => e);
      expect(error, what).toMatchObject({ reason: "invalidDocument" });
      expect(
        (error as { issues: { code: string }[] }).issues.map((i) => i.code),
        what,
      ).toContain(code);
      expect(store.getStored(), what).toBeNull();
      store.close();
    }
  });
}
