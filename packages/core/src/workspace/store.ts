/**
 * The store port: where the host keeps the workspace. The core never reads or writes storage by itself;
 * the host passes a store (its own API, or one of those provided here) to whatever needs one. Every save
 * names the revision it was based on, so a store refuses a stale save instead of silently overwriting what
 * someone else saved in between (docs/decisions/0012); `updateWorkspace` (update.ts) is the safe way to save.
 */
import { SystemledningError, isSystemledningError } from "../common/errors.js";
import { createWorkspaceStoreIssue } from "./issues.js";
import { checkLogChain, checkLogExtends, logHeadOf } from "./log-guard.js";
import type { Workspace } from "./schema.js";

/** A workspace as a store holds it: the document, its revision and the log head kept beside it. */
export interface StoredWorkspace {
  readonly workspace: Workspace;
  /** Opaque token that changes with every save (memory/IndexedDB: "1","2",…; HTTP: the ETag). */
  readonly revision: string;
  /** Hash of the decisions log's last entry as stored with this revision (null for an empty log). */
  readonly logHead: string | null;
  /**
   * How this revision reached the store's snapshot: `"local"` by this store's own `load` or `save`,
   * `"other-tab"` when another tab (or another store on the same IndexedDB database) saved it and this
   * store reloaded it on that tab's notice. Absent when a store does not say.
   */
  readonly origin?: "local" | "other-tab";
}

/** Options of {@link WorkspaceStore.load}. */
export interface StoreLoadOptions {
  readonly signal?: AbortSignal;
}

/** Options of {@link WorkspaceStore.save}. */
export interface StoreSaveOptions {
  /** The revision the new document was based on; null = "nothing stored yet" (create). */
  readonly baseRevision: string | null;
  readonly signal?: AbortSignal;
}

/** Called after the store's snapshot changed, with the new workspace. */
export type WorkspaceListener = (snapshot: Workspace | null) => void;

/**
 * A place to keep one workspace, with a revision per save. `subscribe` and `getSnapshot` fit React's
 * `useSyncExternalStore`: the snapshot is the same object until a `load` or `save` changes it.
 *
 * @example
 * const ws = useSyncExternalStore(store.subscribe, store.getSnapshot);
 * const stored = await store.load();
 * await store.save(next, { baseRevision: stored?.revision ?? null }); // or, better: updateWorkspace(store, change)
 */
export interface WorkspaceStore {
  /**
   * Read the stored workspace with its revision and log head, or `null` when nothing is stored. A store that
   * reads from outside memory validates it through `parseWorkspace` and verifies the decisions log against
   * the stored head. Updates the snapshot.
   */
  load(options?: StoreLoadOptions): Promise<StoredWorkspace | null>;
  /**
   * Store `ws` as the revision after `baseRevision`, then make it the snapshot and notify the listeners.
   * Resolves with the new revision; rejects with a {@link WorkspaceConflictError} when `baseRevision` is stale,
   * and with a `SystemledningError` (`invalidDocument`, `log_rewritten`) when the decisions log does not
   * extend the stored one.
   */
  save(ws: Workspace, options: StoreSaveOptions): Promise<StoredWorkspace>;
  /** Call `listener` after every change of the stored snapshot. Returns the function that unsubscribes. */
  subscribe(listener: WorkspaceListener): () => void;
  /** The workspace last loaded or saved, or `null` before any; the same object until it changes. */
  getSnapshot(): Workspace | null;
  /** The snapshot with its revision and log head, or `null` before any; the same object until it changes. */
  getStored(): StoredWorkspace | null;
}

const CONFLICT_BRAND = Symbol.for("systemledning.workspace-conflict");

/**
 * A save based on a revision the store no longer holds (reason `"conflict"`): someone saved in between.
 * `latest` is what the store holds now (null when it holds nothing), to apply the change to again.
 *
 * @example
 * try { await store.save(next, { baseRevision }) } catch (e) {
 *   if (isWorkspaceConflictError(e)) retryOn(e.latest);
 * }
 */
export class WorkspaceConflictError extends SystemledningError<"revision_conflict"> {
  /** What the store holds now, or null when it holds nothing. */
  readonly latest: StoredWorkspace | null;
  /** The revision the refused save was based on. */
  readonly baseRevision: string | null;
  readonly [CONFLICT_BRAND] = true;

  constructor(latest: StoredWorkspace | null, baseRevision: string | null) {
    super("conflict", [
      createWorkspaceStoreIssue([], "revision_conflict", {
        base: baseRevision ?? "–",
        latest: latest?.revision ?? "–",
      }),
    ]);
    this.name = "WorkspaceConflictError";
    this.latest = latest;
    this.baseRevision = baseRevision;
  }
}

/** True when `value` is a {@link WorkspaceConflictError}, also one from another copy of the package. */
export function isWorkspaceConflictError(value: unknown): value is WorkspaceConflictError {
  return isSystemledningError(value) && (value as unknown as Record<symbol, unknown>)[CONFLICT_BRAND] === true;
}

/** Reject with the signal's reason when it has been aborted (`AbortSignal.throwIfAborted`, kept structural). */
export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted === true) throw signal.reason ?? new Error("The operation was aborted.");
}

/**
 * The snapshot and listeners every store shares. `set` notifies only when the stored snapshot really
 * changes (a new revision); every listener is called even if one throws, and the first error is rethrown
 * afterwards.
 */
export function createSnapshotHolder(initial: StoredWorkspace | null) {
  let stored = initial;
  const listeners = new Set<WorkspaceListener>();
  return {
    get: (): StoredWorkspace | null => stored,
    workspace: (): Workspace | null => stored?.workspace ?? null,
    set(next: StoredWorkspace | null): void {
      if (next === stored) return;
      stored = next;
      const errors: unknown[] = [];
      // A copy: a listener may unsubscribe itself or others while being notified.
      for (const listener of [...listeners]) {
        try {
          listener(next?.workspace ?? null);
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
 * A store that keeps the workspace in memory: for tests, demos and hosts that persist elsewhere. Revisions
 * count "1", "2", … (the initial workspace, when given, is revision "1"). It keeps the object it is given
 * (workspaces are immutable), so `getSnapshot()` after `save(ws)` is `ws`. Like every store it refuses a
 * stale save and a decisions log that does not extend the stored one; `load` returns what it holds, which
 * never left memory, so it does not verify the log again.
 *
 * @example
 * const store = createMemoryStore(createDalarnaSampleWorkspace());
 * const stop = store.subscribe((ws) => render(ws));
 * await updateWorkspace(store, (ws) => submitAssessmentResponse(ws, response));
 */
export function createMemoryStore(initial: Workspace | null = null): WorkspaceStore {
  let counter = 0;
  const stamp = (workspace: Workspace): StoredWorkspace => ({
    workspace,
    revision: String(++counter),
    logHead: logHeadOf(workspace.decisionLog),
    origin: "local",
  });
  const holder = createSnapshotHolder(initial === null ? null : stamp(initial));
  return {
    load: async (options) => {
      throwIfAborted(options?.signal);
      return holder.get();
    },
    async save(ws, options) {
      throwIfAborted(options.signal);
      await checkLogChain(ws.decisionLog, holder.workspace()?.decisionLog.length ?? 0);
      throwIfAborted(options.signal);
      // From here on synchronous: no other save can come between the check and the write.
      const current = holder.get();
      if ((current?.revision ?? null) !== options.baseRevision)
        throw new WorkspaceConflictError(current, options.baseRevision);
      if (current !== null) checkLogExtends(ws.decisionLog, current.logHead, current.workspace.decisionLog.length);
      const next = stamp(ws);
      holder.set(next);
      return next;
    },
    subscribe: (listener) => holder.subscribe(listener),
    getSnapshot: () => holder.workspace(),
    getStored: () => holder.get(),
  };
}
