/**
 * A {@link WorkspaceStore} over IndexedDB, the browser's own database: the example app's embedded default.
 * It stores the text of `serializeWorkspace` and reads it back through `parseWorkspace`, the one door, so a
 * stored document of an older version is migrated and a damaged one is a {@link SystemledningError}.
 */
import { SystemledningError } from "../common/errors.js";
import { createIssue } from "../common/issues.js";
import { parseWorkspace, type ParseWorkspaceOptions } from "./parse.js";
import type { Workspace } from "./schema.js";
import { serializeWorkspace } from "./serialize.js";
import { createSnapshotHolder, type WorkspaceStore } from "./store.js";

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
}

/** A workspace store over IndexedDB, which can also close its database connection. */
export interface IndexedDbWorkspaceStore extends WorkspaceStore {
  /** Close the database connection; the next `load` or `save` opens it again. */
  close(): void;
}

const OBJECT_STORE = "documents";
const DATABASE_VERSION = 1;

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

/** Turn the stored text into JSON, or a {@link SystemledningError} that says the stored copy is damaged. */
function readStoredJson(stored: unknown): unknown {
  if (typeof stored !== "string") {
    throw new SystemledningError("invalidDocument", [
      createIssue([], "invalid_json", {
        reason: `stored value is ${stored === null ? "null" : typeof stored}, not text`,
      }),
    ]);
  }
  try {
    return JSON.parse(stored) as unknown;
  } catch (error) {
    throw new SystemledningError("invalidDocument", [
      createIssue([], "invalid_json", { reason: error instanceof Error ? error.message : String(error) }),
    ]);
  }
}

/**
 * Create a store that keeps the workspace in IndexedDB as canonical JSON text. `load` passes the text through
 * `parseWorkspace` (migrating older versions; a damaged copy rejects with a {@link SystemledningError});
 * `save` writes `serializeWorkspace(ws)`. The database is opened on first use.
 *
 * @example
 * const store = createIndexedDbStore({ databaseName: "intranet-systemledning" });
 * const ws = (await store.load()) ?? createDalarnaSampleWorkspace();
 */
export function createIndexedDbStore(options: IndexedDbStoreOptions = {}): IndexedDbWorkspaceStore {
  const databaseName = options.databaseName ?? "systemledning";
  const key = options.key ?? "workspace";
  const holder = createSnapshotHolder(null);
  let database: Promise<IndexedDbDatabase> | null = null;

  const factory = (): IndexedDbFactory => {
    const found = options.indexedDB ?? (globalThis as { indexedDB?: IndexedDbFactory }).indexedDB;
    if (found === undefined)
      throw new Error("IndexedDB is not available here: pass `indexedDB` to createIndexedDbStore.");
    return found;
  };

  const open = (): Promise<IndexedDbDatabase> => {
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

  const close = (): void => {
    const current = database;
    database = null;
    void current?.then(
      (db) => db.close(),
      () => undefined,
    );
  };

  return {
    async load(): Promise<Workspace | null> {
      const db = await open();
      const transaction = db.transaction(OBJECT_STORE, "readonly");
      const stored = await settle(transaction.objectStore(OBJECT_STORE).get(key));
      const ws = stored === undefined ? null : parseWorkspace(readStoredJson(stored), options.parseOptions);
      holder.set(ws);
      return ws;
    },
    async save(ws: Workspace): Promise<void> {
      const text = serializeWorkspace(ws);
      const db = await open();
      const transaction = db.transaction(OBJECT_STORE, "readwrite");
      transaction.objectStore(OBJECT_STORE).put(text, key);
      await completion(transaction);
      holder.set(ws);
    },
    subscribe: (listener) => holder.subscribe(listener),
    getSnapshot: () => holder.get(),
    close,
  };
}
