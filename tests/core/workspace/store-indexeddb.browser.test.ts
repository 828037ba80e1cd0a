import { describe } from "vitest";
import { describeIndexedDbStoreContract } from "./store-contract.js";
import { describeIndexedDbRevisionContract } from "./store-indexeddb-revisions.js";

describe("createIndexedDbStore (IndexedDB of real Chromium)", () => {
  describeIndexedDbStoreContract(() => globalThis.indexedDB);
  describeIndexedDbRevisionContract(() => globalThis.indexedDB);
});
