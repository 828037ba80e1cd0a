/**
 * Hooks over a store: a component reads a slice of the workspace and re-renders when it changes.
 * @module
 */
export { useWorkspaceStore, type ExternalStore, type UseWorkspaceStoreOptions } from "./use-workspace-store.js";
