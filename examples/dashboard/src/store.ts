/**
 * Where the dashboard keeps a workspace. By default in this browser's IndexedDB (the core's IndexedDB store, the
 * embedded default), one database per workspace (a county, a file, an address: `workspaces/choice.ts`), seeded when
 * empty, so a reload keeps what the user did, switching to another workspace loses nothing, and other tabs hear of
 * each save; with `?server=http://localhost:8787` on the reference server through the core's HTTP store
 * (`pnpm serve`), one document per workspace, so several browsers share it. Every save goes through
 * `updateWorkspace`.
 */
import {
  createHttpStore,
  createIndexedDbStore,
  type StoredWorkspace,
  type UpdateWorkspaceResult,
  type Workspace,
  type WorkspaceChange,
  type WorkspaceStore,
} from "@systemledning/core/workspace";

/** The prefix of the IndexedDB databases the dashboard keeps its workspaces in (`systemledning-dashboard:<key>`). */
export const DASHBOARD_DATABASE = "systemledning-dashboard";

/** The IndexedDB database of the workspace stored under `key`. */
export function databaseOf(key: string): string {
  return `${DASHBOARD_DATABASE}:${key}`;
}

/** Save a change through `updateWorkspace` (what `useWorkspaceUpdates(store).apply` does). */
export type SaveChange = (change: WorkspaceChange) => Promise<UpdateWorkspaceResult>;

/** Where the workspace lives: this browser, or the reference server at `url`. */
export type DashboardSource = { readonly kind: "browser" } | { readonly kind: "server"; readonly url: string };

/** The source the page's address asks for: `?server=http://…` names a reference server; only http(s) is taken. */
export function sourceOf(search: string): DashboardSource {
  const server = new URLSearchParams(search).get("server");
  if (server === null) return { kind: "browser" };
  const url = new URL(server);
  if (url.protocol !== "http:" && url.protocol !== "https:") throw new Error(`Not an http(s) address: ${server}`);
  return { kind: "server", url: url.origin };
}

/** The store of the workspace kept under `key` (`storageKeyOf` a choice) at a source. */
export function openStore(source: DashboardSource, key: string): WorkspaceStore & { close?: () => void } {
  if (source.kind === "server")
    return createHttpStore({
      url: `${source.url}/workspaces/${encodeURIComponent(key)}`,
      fetch: (input, init) => fetch(input, init),
    });
  return createIndexedDbStore({ databaseName: databaseOf(key) });
}

/**
 * Read the stored workspace; when nothing is stored yet, store the seed (a create, `baseRevision: null`). When
 * another tab or client created it first, that one's copy is read instead. Without a seed, an empty store is `null`.
 */
export async function loadOrSeed(
  store: WorkspaceStore,
  seed?: () => Promise<Workspace>,
): Promise<StoredWorkspace | null> {
  const stored = await store.load();
  if (stored !== null || seed === undefined) return stored;
  const workspace = await seed();
  try {
    return await store.save(workspace, { baseRevision: null });
  } catch (error) {
    const again = await store.load();
    if (again === null) throw error;
    return again;
  }
}

/**
 * Throw away what this browser kept of one workspace, so the next load seeds it afresh: the decisions log only
 * grows, so no save can take it back to the seed's; that workspace's database is deleted (the others stay). Other
 * tabs of the dashboard hold the database open; they let go when asked (the store closes on `versionchange`).
 */
export function resetStoredWorkspace(store: WorkspaceStore & { close?: () => void }, key: string): Promise<void> {
  store.close?.();
  return new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(databaseOf(key));
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error ?? new Error("IndexedDB could not delete the database."));
    request.onblocked = () => undefined;
  });
}
