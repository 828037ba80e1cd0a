/**
 * The behaviour every IndexedDB-backed store must show, run against real Chromium
 * (`store-indexeddb.browser.test.ts`) and against fake-indexeddb in Node (`store-indexeddb.test.ts`).
 */
import { expect, it } from "vitest";
import {
  createIndexedDbStore,
  isSystemledningError,
  serializeWorkspace,
  type IndexedDbDatabase,
  type IndexedDbFactory,
  type Workspace,
} from "@systemledning/core/workspace";
import { createNationalWorkspace } from "../../fixtures/national.js";

/** Write raw `value` under `key`, as a damaged or foreign copy would look. */
async function writeRaw(indexedDB: IndexedDbFactory, databaseName: string, key: string, value: unknown): Promise<void> {
  const request = indexedDB.open(databaseName, 1);
  const db = await new Promise<IndexedDbDatabase>((resolve, reject) => {
    request.onupgradeneeded = () => request.result.createObjectStore("documents");
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
const uniqueName = (): string => `systemledning-test-${Date.now()}-${counter++}`;

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
    await writer.save(dalarnaSized);
    expect(writer.getSnapshot()).toBe(dalarnaSized);
    writer.close();
    const reader = createIndexedDbStore({ databaseName, indexedDB: indexedDB() });
    const loaded = await reader.load();
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
    await a.save(dalarnaSized);
    await b.save(other);
    expect((await a.load())?.profile.regions[0]?.code).toBe("0020");
    expect((await b.load())?.profile.regions[0]?.code).toBe("0008");
    a.close();
    b.close();
  });

  it("notifies subscribers after save and after a load that changes the snapshot", async () => {
    const databaseName = uniqueName();
    const store = createIndexedDbStore({ databaseName, indexedDB: indexedDB() });
    const seen: (Workspace | null)[] = [];
    const unsubscribe = store.subscribe((ws) => seen.push(ws));
    await store.save(dalarnaSized);
    const loaded = await store.load();
    unsubscribe();
    await store.save(dalarnaSized);
    expect(seen).toEqual([dalarnaSized, loaded]);
    expect(seen[1]).not.toBe(dalarnaSized);
    store.close();
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
