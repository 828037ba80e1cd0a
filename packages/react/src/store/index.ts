/**
 * Hooks over a store: a component reads a slice of the workspace and re-renders when it changes; changes are saved
 * through the core's `updateWorkspace`, with a status line and the clash dialog.
 * @module
 */
export { useWorkspaceStore, type ExternalStore, type UseWorkspaceStoreOptions } from "./use-workspace-store.js";
export type { KitChangeHandler, KitChangeOutcome, KitWorkspaceChange } from "./change.js";
export {
  useWorkspaceUpdates,
  type UseWorkspaceUpdatesOptions,
  type WorkspaceSaveState,
  type WorkspaceUpdates,
} from "./use-workspace-updates.js";
export {
  saveStateText,
  WorkspaceSaveStatus,
  WorkspaceUpdatesFeedback,
  type WorkspaceSaveStatusProps,
} from "./workspace-save-status.js";
export {
  WorkspaceClashDialog,
  type ClashChoice,
  type ClashShown,
  type WorkspaceClashDialogProps,
} from "./workspace-clash-dialog.js";
export { describeClashPlaces, parseClashPath, type ClashPathStep, type ClashPlace } from "./clash-paths.js";
export { STORE_MESSAGES, type StoreMessageKey, type StoreTools } from "./messages.js";
