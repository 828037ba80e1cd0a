import { describe, expect, it, vi } from "vitest";
import { createMemoryStore, type Workspace } from "@systemledning/core/workspace";
import { createNationalWorkspace } from "../../fixtures/national.js";
import { describeStoreRevisionContract } from "./store-contract.js";

const first = createNationalWorkspace({ seed: 1, counties: ["20"] });
const second = createNationalWorkspace({ seed: 2, counties: ["08"] });

describe("createMemoryStore", () => {
  it("starts with the initial workspace as revision 1, or null", async () => {
    expect(createMemoryStore().getSnapshot()).toBeNull();
    expect(createMemoryStore().getStored()).toBeNull();
    expect(await createMemoryStore().load()).toBeNull();
    const store = createMemoryStore(first);
    expect(store.getSnapshot()).toBe(first);
    expect(await store.load()).toMatchObject({ workspace: first, revision: "1" });
    expect(store.getStored()).toBe(await store.load());
  });

  it("keeps the saved workspace as the same object until the next save", async () => {
    const store = createMemoryStore(first);
    const saved = await store.save(second, { baseRevision: "1" });
    expect(saved).toMatchObject({ workspace: second, revision: "2", origin: "local" });
    expect(store.getSnapshot()).toBe(second);
    expect(store.getSnapshot()).toBe(store.getSnapshot());
    expect((await store.load())?.workspace).toBe(second);
  });

  it("notifies each listener with the new snapshot after a save, until it unsubscribes", async () => {
    const store = createMemoryStore(first);
    const seen: (Workspace | null)[] = [];
    const unsubscribe = store.subscribe((ws) => seen.push(ws));
    await store.save(second, { baseRevision: "1" });
    unsubscribe();
    unsubscribe();
    await store.save(first, { baseRevision: "2" });
    expect(seen).toEqual([second]);
  });

  it("makes a new revision when the same workspace is saved again, and keeps the snapshot's object", async () => {
    const store = createMemoryStore(first);
    const listener = vi.fn();
    store.subscribe(listener);
    const saved = await store.save(first, { baseRevision: "1" });
    expect(saved.revision).toBe("2");
    expect(store.getSnapshot()).toBe(first);
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it("notifies every listener even when one throws, and rejects the save with that error", async () => {
    const store = createMemoryStore(first);
    const later = vi.fn();
    store.subscribe(() => {
      throw new Error("lyssnaren föll");
    });
    store.subscribe(later);
    await expect(store.save(second, { baseRevision: "1" })).rejects.toThrow("lyssnaren föll");
    expect(later).toHaveBeenCalledWith(second);
    expect(store.getSnapshot()).toBe(second);
  });

  it("lets a listener unsubscribe another while being notified", async () => {
    const store = createMemoryStore(first);
    const other = vi.fn();
    let stopOther = (): void => undefined;
    store.subscribe(() => stopOther());
    stopOther = store.subscribe(other);
    await store.save(second, { baseRevision: "1" });
    await store.save(first, { baseRevision: "2" });
    expect(other).toHaveBeenCalledTimes(1);
  });

  it("works with useSyncExternalStore's contract: subscribe then read a stable snapshot", async () => {
    const store = createMemoryStore(null);
    const onStoreChange = vi.fn(() => store.getSnapshot());
    store.subscribe(onStoreChange);
    await store.save(first, { baseRevision: null });
    expect(onStoreChange).toHaveReturnedWith(first);
  });
});

describe("createMemoryStore: revisions and the log head", () => {
  describeStoreRevisionContract(async () => {
    const store = createMemoryStore();
    return { store, reopen: async () => store };
  });
});
