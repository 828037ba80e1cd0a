import { IDBFactory } from "fake-indexeddb";
import { describe, expect, it } from "vitest";
import { createIndexedDbStore } from "@systemledning/core/workspace";
import { describeIndexedDbStoreContract, describeStoreRevisionContract } from "./store-contract.js";

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
