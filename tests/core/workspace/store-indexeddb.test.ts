import { IDBFactory } from "fake-indexeddb";
import { describe, expect, it } from "vitest";
import { createDalarnaSampleWorkspace } from "@systemledning/core/profiles/dalarna";
import { createIndexedDbStore } from "@systemledning/core/workspace";
import { describeIndexedDbStoreContract, describeStoreRevisionContract } from "./store-contract.js";
import { describeIndexedDbRevisionContract } from "./store-indexeddb-revisions.js";

const sample = createDalarnaSampleWorkspace();

describe("createIndexedDbStore (fake-indexeddb in Node)", () => {
  // One factory: each fake-indexeddb factory is a separate world of databases.
  const factory = new IDBFactory();
  describeIndexedDbStoreContract(() => factory);

  it("explains how to fix a missing IndexedDB", async () => {
    await expect(createIndexedDbStore().load()).rejects.toThrow("pass `indexedDB` to createIndexedDbStore");
  });
});

describe("createIndexedDbStore: revisions and the log head (fake-indexeddb in Node)", () => {
  let counter = 0;
  describeStoreRevisionContract(async () => {
    const indexedDB = new IDBFactory();
    const databaseName = `revisions-${counter++}`;
    const open = () => createIndexedDbStore({ databaseName, indexedDB, broadcastChannel: null });
    return { store: open(), reopen: async () => open() };
  });
});

describe("createIndexedDbStore: two tabs, the channel, version 1, the stored log (fake-indexeddb in Node)", () => {
  const factory = new IDBFactory();
  describeIndexedDbRevisionContract(() => factory);

  it("hears another store's save on the platform's BroadcastChannel by default", async () => {
    const databaseName = `platform-channel-${Date.now()}`;
    const a = createIndexedDbStore({ databaseName, indexedDB: factory });
    const b = createIndexedDbStore({ databaseName, indexedDB: factory });
    const created = await a.save(sample, { baseRevision: null });
    await b.load();
    await a.save({ ...sample, ext: { kanal: "plattformens" } }, { baseRevision: created.revision });
    for (let i = 0; i < 500 && b.getStored()?.origin !== "other-tab"; i++) await new Promise((r) => setTimeout(r, 2));
    expect(b.getStored()).toMatchObject({ revision: "2", origin: "other-tab" });
    a.close();
    b.close();
  });
});
