import { IDBFactory } from "fake-indexeddb";
import { describe, expect, it } from "vitest";
import { createIndexedDbStore } from "@systemledning/core/workspace";
import { describeIndexedDbStoreContract } from "./store-contract.js";

describe("createIndexedDbStore (fake-indexeddb in Node)", () => {
  // One factory: each fake-indexeddb factory is a separate world of databases.
  const factory = new IDBFactory();
  describeIndexedDbStoreContract(() => factory);

  it("explains how to fix a missing IndexedDB", async () => {
    await expect(createIndexedDbStore().load()).rejects.toThrow("pass `indexedDB` to createIndexedDbStore");
  });
});
