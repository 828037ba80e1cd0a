/**
 * The store port: where the host keeps the workspace. The core never reads or writes storage by itself;
 * the host passes a store (its own API, or one of the two provided here) to whatever needs one.
 */
import type { Workspace } from "./schema.js";

/** Called after the store's workspace changed, with the new snapshot. */
export type WorkspaceListener = (snapshot: Workspace | null) => void;

/**
 * A place to keep one workspace. `subscribe` and `getSnapshot` fit React's `useSyncExternalStore`:
 * the snapshot is the same object until a `load` or `save` changes it.
 *
 * @example
 * const ws = useSyncExternalStore(store.subscribe, store.getSnapshot);
 */
export interface WorkspaceStore {
  /** Read the stored workspace (validated through `parseWorkspace`), or `null` when nothing is stored. Updates the snapshot. */
  load(): Promise<Workspace | null>;
  /** Store `ws`, then make it the snapshot and notify the listeners. */
  save(ws: Workspace): Promise<void>;
  /** Call `listener` after every change of the snapshot. Returns the function that unsubscribes. */
  subscribe(listener: WorkspaceListener): () => void;
  /** The workspace last loaded or saved, or `null` before any; the same object until it changes. */
  getSnapshot(): Workspace | null;
}

/**
 * The snapshot and listeners every store shares. `set` notifies only when the snapshot really changes;
 * every listener is called even if one throws, and the first error is rethrown afterwards.
 */
export function createSnapshotHolder(initial: Workspace | null) {
  let snapshot = initial;
  const listeners = new Set<WorkspaceListener>();
  return {
    get: (): Workspace | null => snapshot,
    set(next: Workspace | null): void {
      if (next === snapshot) return;
      snapshot = next;
      const errors: unknown[] = [];
      // A copy: a listener may unsubscribe itself or others while being notified.
      for (const listener of [...listeners]) {
        try {
          listener(next);
        } catch (error) {
          errors.push(error);
        }
      }
      if (errors.length > 0) throw errors[0];
    },
    subscribe(listener: WorkspaceListener): () => void {
      // Wrapped, so that subscribing the same function twice gives two independent subscriptions.
      const entry: WorkspaceListener = (ws) => listener(ws);
      listeners.add(entry);
      return () => void listeners.delete(entry);
    },
  };
}

/**
 * A store that keeps the workspace in memory: for tests, demos and hosts that persist elsewhere.
 * It keeps the object it is given (workspaces are immutable), so `getSnapshot()` after `save(ws)` is `ws`.
 *
 * @example
 * const store = createMemoryStore(createDalarnaSampleWorkspace());
 * const stop = store.subscribe((ws) => render(ws));
 * await store.save(nextWorkspace);
 */
export function createMemoryStore(initial: Workspace | null = null): WorkspaceStore {
  const holder = createSnapshotHolder(initial);
  return {
    load: async () => holder.get(),
    save: async (ws) => holder.set(ws),
    subscribe: (listener) => holder.subscribe(listener),
    getSnapshot: () => holder.get(),
  };
}
