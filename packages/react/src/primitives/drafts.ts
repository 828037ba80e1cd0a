/**
 * What is typed in a form before it is saved (the Metodstöd workbook, the check-in form), kept per field so that
 * nothing is lost on navigation, a reload or a closed tab: in `localStorage` by default (key
 * `systemledning:draft:<leadershipId>:<field>`), or in any `Storage`-like object the host passes. A storage that refuses (a sandboxed iframe's `SecurityError`, a full
 * quota, no `window` on a server) is not an error for the user: the drafts are then kept in memory for the page's
 * life. A draft is cleared once its save was accepted.
 */

/** The part of the Web Storage API the drafts use: `localStorage`, `sessionStorage`, or a host's own. */
export interface DraftStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** A draft's value: a text, or a list's entries (principles, tasks). */
export type DraftValue = string | readonly string[];

/** The drafts of one leadership's workbook, by field. */
export type DraftSnapshot = Readonly<Partial<Record<string, DraftValue>>>;

/**
 * Reading and writing the drafts of one leadership's workbook; also an external store for React's
 * `useSyncExternalStore` (`subscribe`, `snapshot`), so every part of the page shows the same drafts.
 */
export interface DraftStore {
  /** The draft of `field`, or null when there is none (or it cannot be read). */
  read(field: string): DraftValue | null;
  write(field: string, value: DraftValue): void;
  remove(field: string): void;
  /** The drafts of `fields`, read from the storage the first time and kept since; the same object until a change. */
  snapshot(fields: readonly string[]): DraftSnapshot;
  /** The fields that held a draft when the snapshot was first read: drafts from an earlier visit. */
  loaded(): ReadonlySet<string>;
  subscribe(listener: () => void): () => void;
}

/** The storage key of a field's draft. */
export function draftKey(leadershipId: string, field: string): string {
  return `systemledning:draft:${leadershipId}:${field}`;
}

/** The browser's `localStorage`, or null where there is none or touching it throws (a sandboxed iframe). */
function defaultStorage(): DraftStorage | null {
  try {
    return typeof window === "undefined" ? null : window.localStorage;
  } catch {
    return null;
  }
}

function parse(text: string | null): DraftValue | null {
  if (text === null) return null;
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value === "string") return value;
    if (Array.isArray(value) && value.every((entry) => typeof entry === "string")) return value as string[];
  } catch {
    // A value another program wrote under our key: no draft.
  }
  return null;
}

/** Drafts kept in memory for the page's life, shared by the workbooks of one page. */
const memory = new Map<string, string>();
const memoryStorage: DraftStorage = {
  getItem: (key) => memory.get(key) ?? null,
  setItem: (key, value) => void memory.set(key, value),
  removeItem: (key) => void memory.delete(key),
};

/**
 * The drafts of a leadership's workbook in `storage` (default: `localStorage`), falling back to memory from the
 * first operation the storage refuses.
 *
 * @example
 * const drafts = createDraftStore("ls-mora");
 * drafts.write("answer:why", "För att…"); drafts.read("answer:why"); // "För att…"
 */
export function createDraftStore(leadershipId: string, storage?: DraftStorage | null): DraftStore {
  let target: DraftStorage = storage ?? defaultStorage() ?? memoryStorage;
  /** Run `use` on the storage; on a refusal go on in memory (what was held so far is kept there when readable). */
  const attempt = <T>(use: (s: DraftStorage) => T): T => {
    try {
      return use(target);
    } catch {
      target = memoryStorage;
      return use(target);
    }
  };
  const listeners = new Set<() => void>();
  let cache: Record<string, DraftValue> | null = null;
  let loaded: ReadonlySet<string> = new Set();
  const read = (field: string) => attempt((s) => parse(s.getItem(draftKey(leadershipId, field))));
  const change = (field: string, value: DraftValue | null) => {
    if (cache !== null) {
      const next = { ...cache };
      if (value === null) delete next[field];
      else next[field] = value;
      cache = next;
    }
    for (const listener of listeners) listener();
  };
  return {
    read,
    write: (field, value) => {
      attempt((s) => s.setItem(draftKey(leadershipId, field), JSON.stringify(value)));
      change(field, value);
    },
    remove: (field) => {
      attempt((s) => s.removeItem(draftKey(leadershipId, field)));
      change(field, null);
    },
    snapshot: (fields) => {
      if (cache === null) {
        const found: Record<string, DraftValue> = {};
        for (const field of fields) {
          const value = read(field);
          if (value !== null) found[field] = value;
        }
        cache = found;
        loaded = new Set(Object.keys(found));
      }
      return cache;
    },
    loaded: () => loaded,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** Whether a draft says the same as the saved value (then it is no draft at all). */
export function sameAsSaved(draft: DraftValue, saved: DraftValue): boolean {
  if (typeof draft === "string" || typeof saved === "string") return draft === saved;
  return draft.length === saved.length && draft.every((entry, i) => entry === saved[i]);
}
