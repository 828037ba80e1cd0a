import { describe } from "vitest";
import { describeIndexedDbStoreContract } from "./store-contract.js";

describe("createIndexedDbStore (IndexedDB of real Chromium)", () => {
  describeIndexedDbStoreContract(() => globalThis.indexedDB);
});
