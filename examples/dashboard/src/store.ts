/**
 * Where the dashboard keeps the workspace. By default in this browser's IndexedDB (the core's IndexedDB store,
 * the embedded default), seeded with the Dalarna sample when empty, so a reload keeps what the user did and other
 * tabs hear of each save; with `?server=http://localhost:8787` on the reference server through the core's HTTP
 * store (`pnpm serve`), so several browsers share one workspace. Every save goes through `updateWorkspace`.
 */
import {
  createHttpStore,
  createIndexedDbStore,
  type StoredWorkspace,
  type UpdateWorkspaceResult,
  type WorkspaceChange,
  type WorkspaceStore,
} from "@systemledning/core/workspace";
import { loadSampleWorkspace } from "./data.js";

/** The IndexedDB database the dashboard keeps its workspace in. */
export const DASHBOARD_DATABASE = "systemledning-dashboard";
/** The workspace's id on the reference server (`/workspaces/dalarna`). */
export const SERVER_WORKSPACE_ID = "dalarna";

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

/** The store for a source. */
export function openStore(source: DashboardSource): WorkspaceStore {
  if (source.kind === "server")
    return createHttpStore({
      url: `${source.url}/workspaces/${SERVER_WORKSPACE_ID}`,
      fetch: (input, init) => fetch(input, init),
    });
  return createIndexedDbStore({ databaseName: DASHBOARD_DATABASE });
}

/**
 * Read the stored workspace; when nothing is stored yet, store the sample (a create, `baseRevision: null`). When
 * another tab or client created it first, that one's copy is read instead.
 */
export async function loadOrSeed(store: WorkspaceStore): Promise<StoredWorkspace> {
  const stored = await store.load();
  if (stored !== null) return stored;
  try {
    return await store.save(loadSampleWorkspace(), { baseRevision: null });
  } catch (error) {
    const again = await store.load();
    if (again === null) throw error;
    return again;
  }
}

/**
 * Throw away what this browser kept and start again from the sample: the decisions log only grows, so no save
 * can take it back to the sample's; the database itself is deleted, and the page loads afresh. Other tabs of the
 * dashboard hold the database open; they let go when asked (the store closes on `versionchange`).
 */
export function resetSampleData(store: WorkspaceStore & { close?: () => void }): Promise<void> {
  store.close?.();
  return new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(DASHBOARD_DATABASE);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error ?? new Error("IndexedDB could not delete the database."));
    request.onblocked = () => undefined;
  });
}
