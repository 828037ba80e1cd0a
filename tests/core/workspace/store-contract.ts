/**
 * The behaviour every store shows with revisions (`describeStoreRevisionContract`: memory and IndexedDB), and
 * the behaviour every IndexedDB-backed store must show, run against real Chromium
 * (`store-indexeddb.browser.test.ts`) and against fake-indexeddb in Node (`store-indexeddb.test.ts`).
 */
import { expect, it } from "vitest";
import { appendToLog } from "@systemledning/core/meetings";
import { createDalarnaSampleWorkspace } from "@systemledning/core/profiles/dalarna";
import {
  createIndexedDbStore,
  isSystemledningError,
  isWorkspaceConflictError,
  serializeWorkspace,
  type IndexedDbDatabase,
  type IndexedDbFactory,
  type SystemledningError,
  type Workspace,
  type WorkspaceConflictError,
  type WorkspaceStore,
} from "@systemledning/core/workspace";
import { createNationalWorkspace } from "../../fixtures/national.js";

/**
 * Write raw `value` under `key`, as a damaged or foreign copy would look; `version` 1 is the database before
 * revisions (bare text), 2 the one with records.
 */
export async function writeRaw(
  indexedDB: IndexedDbFactory,
  databaseName: string,
  key: string,
  value: unknown,
  version = 1,
): Promise<void> {
  const request = indexedDB.open(databaseName, version);
  const db = await new Promise<IndexedDbDatabase>((resolve, reject) => {
    request.onupgradeneeded = () => {
      if (!request.result.objectStoreNames.contains("documents")) request.result.createObjectStore("documents");
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const transaction = db.transaction("documents", "readwrite");
  transaction.objectStore("documents").put(value, key);
  await new Promise<void>((resolve, reject) => {
    transaction.oncomplete = () => resolve();
    transaction.onerror = () => reject(transaction.error);
  });
  db.close();
}

let counter = 0;
export const uniqueName = (): string => `systemledning-test-${Date.now()}-${counter++}`;

/** Register the contract's tests; `indexedDB` is the implementation under test. */
export function describeIndexedDbStoreContract(indexedDB: () => IndexedDbFactory): void {
  const dalarnaSized: Workspace = createNationalWorkspace({ seed: 3, counties: ["20"] });

  it("loads null when nothing is stored", async () => {
    const store = createIndexedDbStore({ databaseName: uniqueName(), indexedDB: indexedDB() });
    expect(await store.load()).toBeNull();
    expect(store.getSnapshot()).toBeNull();
    store.close();
  });

  it("saves a workspace that a new store instance loads back equal", async () => {
    const databaseName = uniqueName();
    const writer = createIndexedDbStore({ databaseName, indexedDB: indexedDB() });
    await writer.save(dalarnaSized, { baseRevision: null });
    expect(writer.getSnapshot()).toBe(dalarnaSized);
    writer.close();
    const reader = createIndexedDbStore({ databaseName, indexedDB: indexedDB() });
    const loaded = (await reader.load())?.workspace;
    expect(loaded).toEqual(dalarnaSized);
    expect(reader.getSnapshot()).toBe(loaded);
    expect(serializeWorkspace(loaded!)).toBe(serializeWorkspace(dalarnaSized));
    reader.close();
  });

  it("keeps workspaces under different keys apart", async () => {
    const databaseName = uniqueName();
    const other = createNationalWorkspace({ seed: 4, counties: ["08"] });
    const a = createIndexedDbStore({ databaseName, key: "a", indexedDB: indexedDB() });
    const b = createIndexedDbStore({ databaseName, key: "b", indexedDB: indexedDB() });
    await a.save(dalarnaSized, { baseRevision: null });
    await b.save(other, { baseRevision: null });
    expect((await a.load())?.workspace.profile.regions[0]?.code).toBe("0020");
    expect((await b.load())?.workspace.profile.regions[0]?.code).toBe("0008");
    a.close();
    b.close();
  });

  it("notifies subscribers after a save and after a load of a revision it did not hold", async () => {
    const databaseName = uniqueName();
    const store = createIndexedDbStore({ databaseName, indexedDB: indexedDB(), broadcastChannel: null });
    const other = createIndexedDbStore({ databaseName, indexedDB: indexedDB(), broadcastChannel: null });
    const seen: (Workspace | null)[] = [];
    const unsubscribe = store.subscribe((ws) => seen.push(ws));
    const first = await store.save(dalarnaSized, { baseRevision: null });
    expect((await store.load())?.workspace).toBe(dalarnaSized); // the same revision keeps the same object
    await other.save(dalarnaSized, { baseRevision: first.revision });
    const loaded = await store.load();
    unsubscribe();
    await store.save(dalarnaSized, { baseRevision: loaded!.revision });
    expect(seen).toEqual([dalarnaSized, loaded!.workspace]);
    expect(seen[1]).not.toBe(dalarnaSized);
    store.close();
    other.close();
  });

  it("rejects a corrupted stored document with a SystemledningError and keeps the snapshot", async () => {
    const databaseName = uniqueName();
    await writeRaw(
      indexedDB(),
      databaseName,
      "workspace",
      '{"schema": "systemledning/workspace", "version": 1, trasig',
    );
    const store = createIndexedDbStore({ databaseName, indexedDB: indexedDB() });
    const error: unknown = await store.load().catch((e: unknown) => e);
    expect(isSystemledningError(error)).toBe(true);
    expect(error).toMatchObject({ reason: "invalidDocument", issues: [{ code: "invalid_json" }] });
    expect(store.getSnapshot()).toBeNull();
    store.close();
  });

  it("rejects a stored document that fails validation, with the issue's path", async () => {
    const databaseName = uniqueName();
    const broken = JSON.parse(serializeWorkspace(dalarnaSized)) as { people: { name: unknown }[] };
    broken.people[1]!.name = 42;
    await writeRaw(indexedDB(), databaseName, "workspace", JSON.stringify(broken));
    const store = createIndexedDbStore({ databaseName, indexedDB: indexedDB() });
    await expect(store.load()).rejects.toMatchObject({
      reason: "invalidDocument",
      issues: [{ path: "people[1].name", code: "invalid_type" }],
    });
    store.close();
  });

  it("rejects a stored value that is not text", async () => {
    const databaseName = uniqueName();
    await writeRaw(indexedDB(), databaseName, "workspace", { schema: "systemledning/workspace" });
    const store = createIndexedDbStore({ databaseName, indexedDB: indexedDB() });
    await expect(store.load()).rejects.toMatchObject({
      issues: [{ code: "invalid_json", params: { reason: "stored value is object, not text" } }],
    });
    store.close();
  });
}

/** A store under test, and a way to open another store on the same storage (the same store for memory). */
export interface StoreUnderTest {
  readonly store: WorkspaceStore;
  readonly reopen: () => Promise<WorkspaceStore>;
}

/** A log entry of the sample with its content changed and its hash fields kept, as a hand edit would. */
function editedBelowHead(ws: Workspace, position: number): Workspace {
  const decisionLog = ws.decisionLog.map((entry, i) =>
    i === position ? { ...entry, recordedAt: "2020-01-01T00:00:00Z" } : entry,
  );
  return { ...ws, decisionLog };
}

/** The sample with its first person renamed: a valid document that differs from it. */
const renamed = (ws: Workspace, name: string): Workspace => ({
  ...ws,
  people: ws.people.map((person, i) => (i === 0 ? { ...person, name } : person)),
});

/** Register the revision and conflict contract every store shows; `make` gives an empty store. */
export function describeStoreRevisionContract(make: () => Promise<StoreUnderTest>): void {
  const sample = createDalarnaSampleWorkspace();

  it("creates revision after revision, each save based on the one before", async () => {
    const { store, reopen } = await make();
    const created = await store.save(sample, { baseRevision: null });
    expect(created).toMatchObject({ workspace: sample, logHead: sample.decisionLog.at(-1)!.hash });
    const next = await store.save(renamed(sample, "Ny Person"), { baseRevision: created.revision });
    expect(next.revision).not.toBe(created.revision);
    expect(store.getStored()).toBe(next);
    const other = await reopen();
    expect(await other.load()).toMatchObject({ revision: next.revision, logHead: next.logHead });
  });

  it("refuses a stale save with a WorkspaceConflictError that carries what is stored, and changes nothing", async () => {
    const { store } = await make();
    const created = await store.save(sample, { baseRevision: null });
    const next = await store.save(renamed(sample, "Ny Person"), { baseRevision: created.revision });
    const error: unknown = await store.save(sample, { baseRevision: created.revision }).catch((e: unknown) => e);
    expect(isWorkspaceConflictError(error)).toBe(true);
    expect(isSystemledningError(error)).toBe(true);
    expect(error).toMatchObject({ reason: "conflict", issues: [{ code: "revision_conflict" }] });
    expect((error as WorkspaceConflictError).latest?.revision).toBe(next.revision);
    expect((await store.load())?.revision).toBe(next.revision);
    expect(store.getSnapshot()?.people[0]?.name).toBe("Ny Person");
  });

  it("refuses a create when something is stored, and a save on a revision when nothing is", async () => {
    const { store } = await make();
    await expect(store.save(sample, { baseRevision: "1" })).rejects.toMatchObject({ reason: "conflict", latest: null });
    await store.save(sample, { baseRevision: null });
    await expect(store.save(sample, { baseRevision: null })).rejects.toMatchObject({ reason: "conflict" });
  });

  it("lets exactly one of two saves on the same revision through", async () => {
    const { store } = await make();
    const created = await store.save(sample, { baseRevision: null });
    const results = await Promise.allSettled([
      store.save(renamed(sample, "Ny Person"), { baseRevision: created.revision }),
      store.save(renamed(sample, "Annan Person"), { baseRevision: created.revision }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect(isWorkspaceConflictError(results.find((r) => r.status === "rejected")!.reason)).toBe(true);
  });

  it("refuses a log with an entry at or below the stored head edited, removed or reordered (log_rewritten)", async () => {
    const { store } = await make();
    const created = await store.save(sample, { baseRevision: null });
    const log = sample.decisionLog;
    const rewritten: Workspace[] = [
      { ...sample, decisionLog: log.slice(0, -1) },
      { ...sample, decisionLog: [log[1]!, log[0]!, ...log.slice(2)] },
      editedBelowHead(sample, 3),
      editedBelowHead(sample, log.length - 1),
    ];
    for (const ws of rewritten) {
      const error: unknown = await store.save(ws, { baseRevision: created.revision }).catch((e: unknown) => e);
      expect(error).toMatchObject({ reason: "invalidDocument" });
      expect((error as SystemledningError).issues.map((i) => i.code)).toContain("log_rewritten");
    }
    expect(store.getStored()?.revision).toBe(created.revision);
  });

  it("refuses a log whose head was rewritten with every hash recomputed, and accepts one that extends it", async () => {
    const { store } = await make();
    const created = await store.save(sample, { baseRevision: null });
    const log = sample.decisionLog;
    const { hash: _h, previousHash: _p, sequence: _s, ...last } = log.at(-1)!;
    const resealed = await appendToLog(log.slice(0, -1), [{ ...last, recordedAt: "2020-01-01T00:00:00Z" } as never]);
    await expect(
      store.save({ ...sample, decisionLog: resealed }, { baseRevision: created.revision }),
    ).rejects.toMatchObject({
      issues: [{ code: "log_rewritten" }],
    });
    const extended = await appendToLog(log, [{ ...last, id: "log-extra" } as never]);
    const saved = await store.save({ ...sample, decisionLog: extended }, { baseRevision: created.revision });
    expect(saved.logHead).toBe(extended.at(-1)!.hash);
  });
}
