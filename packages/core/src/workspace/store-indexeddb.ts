/**
 * A {@link WorkspaceStore} over IndexedDB, the browser's own database: the example app's embedded default.
 * It stores the text of `serializeWorkspace` with its revision and the decisions log's head in one record,
 * and reads it back through `parseWorkspace`, the one door, so a stored document of an older version is
 * migrated and a damaged one is a {@link SystemledningError}. The revision is checked inside the transaction
 * that writes, so two tabs cannot both save on the same revision; a `BroadcastChannel` tells the other tabs.
 */
import { SystemledningError } from "../common/errors.js";
import { createIssue } from "../common/issues.js";
import { checkLogChain, checkLogExtends, logHeadOf, verifyStoredLog } from "./log-guard.js";
import { parseWorkspace, type ParseWorkspaceOptions } from "./parse.js";
import { serializeWorkspace } from "./serialize.js";
import {
  WorkspaceConflictError,
  createSnapshotHolder,
  throwIfAborted,
  type StoredWorkspace,
  type WorkspaceStore,
} from "./store.js";

/** The part of an IndexedDB request the store uses. */
export interface IndexedDbRequest<TResult> {
  readonly result: TResult;
  readonly error: unknown;
  onsuccess: ((event: never) => unknown) | null;
  onerror: ((event: never) => unknown) | null;
}

/** The part of an IndexedDB database the store uses. */
export interface IndexedDbDatabase {
  readonly objectStoreNames: { contains(name: string): boolean };
  createObjectStore(name: string): unknown;
  transaction(storeName: string, mode: "readonly" | "readwrite"): IndexedDbTransaction;
  close(): void;
  onversionchange: ((event: never) => unknown) | null;
}

/** The part of an IndexedDB transaction the store uses. */
export interface IndexedDbTransaction {
  objectStore(name: string): {
    get(key: string): IndexedDbRequest<unknown>;
    put(value: unknown, key: string): IndexedDbRequest<unknown>;
  };
  readonly error: unknown;
  abort(): void;
  oncomplete: ((event: never) => unknown) | null;
  onerror: ((event: never) => unknown) | null;
  onabort: ((event: never) => unknown) | null;
}

/**
 * The part of the IndexedDB API the store uses: `globalThis.indexedDB` in a browser, or `fake-indexeddb`
 * in Node. Structural, so the core's types need no DOM library.
 */
export interface IndexedDbFactory {
  open(
    name: string,
    version?: number,
  ): IndexedDbRequest<IndexedDbDatabase> & { onupgradeneeded: ((event: never) => unknown) | null };
}

/** The part of a `BroadcastChannel` the store uses; structural, so the core's types need no DOM library. */
export interface BroadcastChannelLike {
  postMessage(message: unknown): void;
  close(): void;
  onmessage: ((event: { readonly data: unknown }) => unknown) | null;
}

/** Options of {@link createIndexedDbStore}. */
export interface IndexedDbStoreOptions {
  /** The database's name. @default "systemledning" */
  readonly databaseName?: string;
  /** The key of the workspace within the database, so one database can hold several. @default "workspace" */
  readonly key?: string;
  /** The IndexedDB to use. @default globalThis.indexedDB */
  readonly indexedDB?: IndexedDbFactory;
  /** Passed to `parseWorkspace` on load (e.g. extra migrations). */
  readonly parseOptions?: ParseWorkspaceOptions;
  /**
   * Opens the channel other tabs hear a save on (its name: `systemledning:<databaseName>:<key>`); `null` for
   * none. @default `new BroadcastChannel(name)` where the platform has one (browsers, Node 18+), else none.
   */
  readonly broadcastChannel?: ((name: string) => BroadcastChannelLike) | null;
}

/** A workspace store over IndexedDB, which can also close its database connection. */
export interface IndexedDbWorkspaceStore extends WorkspaceStore {
  /** Close the database connection and the channel; the next `load` or `save` opens them again. */
  close(): void;
}

const OBJECT_STORE = "documents";
/** Version 2: each key holds a {@link StoredRecord}; version 1 held the bare text (read as revision "1"). */
const DATABASE_VERSION = 2;

/** What a key holds: the document's text with its revision and the log head and length kept beside it. */
interface StoredRecord {
  readonly format: 2;
  readonly revision: string;
  readonly logHead: string | null;
  readonly logLength: number;
  readonly text: string;
}

/** The message a save sends to the other tabs. */
interface SavedNotice {
  readonly type: "saved";
  readonly revision: string;
}

function settle<TResult>(request: IndexedDbRequest<TResult>): Promise<TResult> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

function completion(transaction: IndexedDbTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    transaction.oncomplete = () => resolve();
    transaction.onerror = () => reject(transaction.error);
    transaction.onabort = () => reject(transaction.error);
  });
}

const damaged = (reason: string): SystemledningError =>
  new SystemledningError("invalidDocument", [createIssue([], "invalid_json", { reason })]);

/** Turn the stored text into JSON, or a {@link SystemledningError} that says the stored copy is damaged. */
function readStoredJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw damaged(error instanceof Error ? error.message : String(error));
  }
}

/**
 * The record a key holds. A bare text is version 1 of this database, before revisions: it is revision "1",
 * its log's head and length are read from the text, and no head was kept to check the log against.
 */
function readRecord(stored: unknown): StoredRecord & { readonly headKept: boolean } {
  if (typeof stored === "string") {
    const raw = (() => {
      try {
        return JSON.parse(stored) as { decisionLog?: unknown };
      } catch {
        return null;
      }
    })();
    const log = Array.isArray(raw?.decisionLog) ? (raw.decisionLog as { hash?: unknown }[]) : [];
    const head = log.at(-1)?.hash;
    return {
      format: 2,
      revision: "1",
      logHead: typeof head === "string" ? head : null,
      logLength: log.length,
      text: stored,
      headKept: false,
    };
  }
  const record = stored as Partial<StoredRecord> | null;
  if (
    typeof record !== "object" ||
    record === null ||
    record.format !== 2 ||
    typeof record.revision !== "string" ||
    typeof record.text !== "string" ||
    typeof record.logLength !== "number" ||
    (record.logHead !== null && typeof record.logHead !== "string")
  )
    throw damaged(`stored value is ${stored === null ? "null" : typeof stored}, not text`);
  return { ...(record as StoredRecord), headKept: true };
}

/** The platform's `BroadcastChannel`, when it has one. */
function platformChannel(name: string): BroadcastChannelLike | null {
  const Channel = (globalThis as { BroadcastChannel?: new (name: string) => BroadcastChannelLike }).BroadcastChannel;
  if (Channel === undefined) return null;
  const channel = new Channel(name) as BroadcastChannelLike & { unref?: () => void };
  // Node keeps a process alive while a channel is open; a store should not.
  channel.unref?.();
  return channel;
}

/**
 * Create a store that keeps the workspace in IndexedDB: canonical JSON text, its revision ("1", "2", …) and
 * the decisions log's head, in one record. `load` passes the text through `parseWorkspace` (migrating older
 * versions) and verifies the log against the stored head; a damaged or tampered copy rejects with a
 * {@link SystemledningError}. `save` reads the revision and writes the new record in one readwrite
 * transaction: a stale `baseRevision` rejects with a `WorkspaceConflictError` carrying what is stored now,
 * and a log that does not extend the stored one with `log_rewritten`. After a save the store tells the other
 * stores of the same database and key (other tabs) on a `BroadcastChannel`; they reload and notify their
 * subscribers, and their `getStored().origin` is then `"other-tab"`. The database is opened on first use; a
 * database of version 1 (bare text, before revisions) is read as revision "1" and upgraded by the next save.
 *
 * @example
 * const store = createIndexedDbStore({ databaseName: "intranet-systemledning" });
 * const stored = await store.load();
 * if (stored === null) await store.save(createDalarnaSampleWorkspace(), { baseRevision: null });
 */
export function createIndexedDbStore(options: IndexedDbStoreOptions = {}): IndexedDbWorkspaceStore {
  const databaseName = options.databaseName ?? "systemledning";
  const key = options.key ?? "workspace";
  const holder = createSnapshotHolder(null);
  let database: Promise<IndexedDbDatabase> | null = null;
  let channel: BroadcastChannelLike | null = null;

  const factory = (): IndexedDbFactory => {
    const found = options.indexedDB ?? (globalThis as { indexedDB?: IndexedDbFactory }).indexedDB;
    if (found === undefined)
      throw new Error("IndexedDB is not available here: pass `indexedDB` to createIndexedDbStore.");
    return found;
  };

  const open = (): Promise<IndexedDbDatabase> => {
    listen();
    database ??= (async () => {
      const request = factory().open(databaseName, DATABASE_VERSION);
      request.onupgradeneeded = () => {
        if (!request.result.objectStoreNames.contains(OBJECT_STORE)) request.result.createObjectStore(OBJECT_STORE);
      };
      const db = await settle(request);
      // Another tab upgrading the database asks us to let go; reopen on next use.
      db.onversionchange = () => close();
      return db;
    })();
    database.catch(() => (database = null));
    return database;
  };

  /** Open the channel (once) and reload on another store's notice of a revision this one does not hold. */
  const listen = (): void => {
    if (channel !== null) return;
    const name = `systemledning:${databaseName}:${key}`;
    channel =
      options.broadcastChannel === undefined ? platformChannel(name) : (options.broadcastChannel?.(name) ?? null);
    if (channel === null) return;
    channel.onmessage = (event) => {
      const notice = event.data as Partial<SavedNotice> | null;
      if (notice?.type !== "saved" || notice.revision === holder.get()?.revision) return;
      // A failed reload (a copy damaged meanwhile) leaves the snapshot as it was; the next load reports it.
      void read("other-tab").catch(() => undefined);
    };
  };

  const close = (): void => {
    const current = database;
    database = null;
    void current?.then(
      (db) => db.close(),
      () => undefined,
    );
    channel?.close();
    channel = null;
  };

  /** The record as a stored workspace: through the door, its log verified against the head kept with it. */
  const toStored = async (
    record: StoredRecord & { readonly headKept: boolean },
    origin: "local" | "other-tab",
  ): Promise<StoredWorkspace> => {
    const current = holder.get();
    const workspace = parseWorkspace(readStoredJson(record.text), options.parseOptions);
    await verifyStoredLog(workspace.decisionLog, record.headKept ? record.logHead : undefined);
    // The same revision is the same document: keep the snapshot's object, so nothing re-renders.
    if (current !== null && current.revision === record.revision) return current;
    return { workspace, revision: record.revision, logHead: logHeadOf(workspace.decisionLog), origin };
  };

  const read = async (origin: "local" | "other-tab"): Promise<StoredWorkspace | null> => {
    const db = await open();
    const transaction = db.transaction(OBJECT_STORE, "readonly");
    const stored = await settle(transaction.objectStore(OBJECT_STORE).get(key));
    const next = stored === undefined ? null : await toStored(readRecord(stored), origin);
    return settleSnapshot(next);
  };

  /**
   * Make `next` the snapshot, unless this store meanwhile holds a newer revision: a reload a notice started
   * may finish after a save of this store's own, and the snapshot must not go back.
   */
  const settleSnapshot = (next: StoredWorkspace | null): StoredWorkspace | null => {
    const held = holder.get();
    if (next !== null && held !== null && Number(held.revision) > Number(next.revision)) return held;
    holder.set(next);
    return next;
  };

  return {
    async load(loadOptions = {}) {
      throwIfAborted(loadOptions.signal);
      return read("local");
    },
    async save(ws, saveOptions) {
      throwIfAborted(saveOptions.signal);
      const text = serializeWorkspace(ws);
      await checkLogChain(ws.decisionLog, holder.workspace()?.decisionLog.length ?? 0);
      const db = await open();
      throwIfAborted(saveOptions.signal);
      const transaction = db.transaction(OBJECT_STORE, "readwrite");
      const done = completion(transaction);
      done.catch(() => undefined); // awaited below on the path that writes; an abort is reported by `decided`
      const objects = transaction.objectStore(OBJECT_STORE);
      const request = objects.get(key);
      // The revision is read and the record written in this one transaction, with nothing awaited between:
      // IndexedDB runs readwrite transactions on a key one after another, so no other save comes between.
      const decided = new Promise<{ readonly stale: (StoredRecord & { readonly headKept: boolean }) | null } | string>(
        (resolve, reject) => {
          request.onerror = () => reject(request.error);
          request.onsuccess = () => {
            try {
              const record = request.result === undefined ? null : readRecord(request.result);
              if ((record?.revision ?? null) !== saveOptions.baseRevision) return resolve({ stale: record });
              if (record !== null) checkLogExtends(ws.decisionLog, record.logHead, record.logLength);
              const revision = String(Number(record?.revision ?? "0") + 1);
              const next: StoredRecord = {
                format: 2,
                revision,
                logHead: logHeadOf(ws.decisionLog),
                logLength: ws.decisionLog.length,
                text,
              };
              objects.put(next, key);
              resolve(revision);
            } catch (error) {
              transaction.abort();
              reject(error);
            }
          };
        },
      );
      const outcome = await decided;
      await done;
      if (typeof outcome !== "string") {
        const latest = outcome.stale === null ? null : await toStored(outcome.stale, "local");
        throw new WorkspaceConflictError(settleSnapshot(latest), saveOptions.baseRevision);
      }
      const saved: StoredWorkspace = {
        workspace: ws,
        revision: outcome,
        logHead: logHeadOf(ws.decisionLog),
        origin: "local",
      };
      const notice: SavedNotice = { type: "saved", revision: outcome };
      channel?.postMessage(notice);
      holder.set(saved);
      return saved;
    },
    subscribe: (listener) => holder.subscribe(listener),
    getSnapshot: () => holder.workspace(),
    getStored: () => holder.get(),
    close,
  };
}
