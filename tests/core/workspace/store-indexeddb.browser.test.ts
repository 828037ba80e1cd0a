import { describe, expect, it } from "vitest";
import { createDalarnaSampleWorkspace } from "@systemledning/core/profiles/dalarna";
import { createIndexedDbStore } from "@systemledning/core/workspace";
import { describeIndexedDbStoreContract, describeStoreRevisionContract, uniqueName } from "./store-contract.js";
import { describeIndexedDbRevisionContract } from "./store-indexeddb-revisions.js";

describe("createIndexedDbStore (IndexedDB of real Chromium)", () => {
  describeIndexedDbStoreContract(() => globalThis.indexedDB);
  describeIndexedDbRevisionContract(() => globalThis.indexedDB);

  it("hears another store's save on the browser's own BroadcastChannel", async () => {
    const sample = createDalarnaSampleWorkspace();
    const databaseName = uniqueName();
    const a = createIndexedDbStore({ databaseName });
    const b = createIndexedDbStore({ databaseName });
    const created = await a.save(sample, { baseRevision: null });
    await b.load();
    await a.save({ ...sample, ext: { kanal: "webbläsarens" } }, { baseRevision: created.revision });
    for (let i = 0; i < 500 && b.getStored()?.origin !== "other-tab"; i++) await new Promise((r) => setTimeout(r, 2));
    expect(b.getStored()).toMatchObject({ revision: "2", origin: "other-tab" });
    a.close();
    b.close();
  });
});

describe("createIndexedDbStore: revisions and the log head (IndexedDB of real Chromium)", () => {
  describeStoreRevisionContract(async () => {
    const databaseName = uniqueName();
    const open = () => createIndexedDbStore({ databaseName, broadcastChannel: null });
    return { store: open(), reopen: async () => open() };
  });
});
