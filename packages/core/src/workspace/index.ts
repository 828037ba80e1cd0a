/**
 * `@systemledning/core/workspace`: the versioned workspace document, its validating door, migrations,
 * deterministic serialisation and the store port.
 * @module
 */
export { CURRENT_WORKSPACE_VERSION, WORKSPACE_SCHEMA_ID, Workspace } from "./schema.js";
export {
  Profile,
  Sector,
  Goal,
  CharterQuestion,
  CharterSection,
  ProfileMunicipality,
  ProfileRegion,
  StructureSettings,
} from "../profile/schema.js";
export { safeParseProfile, type SafeParseProfileResult } from "../profile/parse.js";
export {
  parseWorkspace,
  safeParseWorkspace,
  validateWorkspaceReferences,
  type ParseWorkspaceOptions,
  type SafeParseWorkspaceResult,
} from "./parse.js";
export { MAX_DOCUMENT_DEPTH, readPlainJson } from "../common/plain-json.js";
export {
  COLLECTIONS_ADDED_IN_VERSION_2,
  COLLECTIONS_ADDED_IN_VERSION_3,
  COLLECTIONS_ADDED_IN_VERSION_5,
  WORKSPACE_MIGRATIONS,
  migrateWorkspaceDocument,
  type MigrateOptions,
  type MigrationFailure,
  type RawDocument,
  type WorkspaceMigration,
} from "./migrations.js";
export { serializeWorkspace } from "./serialize.js";
export { createEmptyWorkspace } from "./empty.js";
export * from "../common/index.js";
export {
  defineSchema,
  ensureJitlessZod,
  Ext,
  Id,
  IsoDate,
  IsoDateTime,
  JsonValue,
  LocalizedText,
  LongText,
  OfficialCode,
  ShortText,
} from "../schema/index.js";
export {
  WORKSPACE_STORE_ISSUE_MESSAGES,
  type IssueCode,
  type WorkspaceIssue,
  type WorkspaceStoreIssueCode,
} from "./issues.js";
export { getWorkspaceIndex, type WorkspaceIndex } from "./workspace-index.js";
export { createMemoryStore, type WorkspaceListener, type WorkspaceStore } from "./store.js";
export {
  createIndexedDbStore,
  type IndexedDbDatabase,
  type IndexedDbFactory,
  type IndexedDbRequest,
  type IndexedDbStoreOptions,
  type IndexedDbTransaction,
  type IndexedDbWorkspaceStore,
  type BroadcastChannelLike,
} from "./store-indexeddb.js";
export {
  WorkspaceConflictError,
  isWorkspaceConflictError,
  type StoreLoadOptions,
  type StoreSaveOptions,
  type StoredWorkspace,
} from "./store.js";
export {
  isWorkspaceClash,
  resolveWorkspaceClash,
  updateWorkspace,
  type UpdateWorkspaceOptions,
  type UpdateWorkspaceResult,
  type WorkspaceChange,
  type WorkspaceClash,
} from "./update.js";
export { diffJson, formatDiffPath, type DiffSegment, type JsonChange } from "./diff.js";
export { createHttpStore, type HttpStoreOptions } from "./store-http.js";
export {
  type HttpStoreDelay,
  type HttpStoreFetch,
  type HttpStoreHeaders,
  type HttpStoreRequestInit,
  type HttpStoreResponse,
} from "./store-http-request.js";
export { HTTP_STORE_ISSUE_MESSAGES, type HttpStoreIssueCode } from "./store-http-issues.js";
