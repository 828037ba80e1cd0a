/**
 * `@systemledning/server`: the reference server for workspaces kept in a real database (SQLite or
 * PostgreSQL), speaking the HTTP contract `createHttpStore` uses. Deployed by a county; never loaded by a
 * browser host.
 * @module
 */
export {
  isPostgresUrl,
  openDatabase,
  type AppendResult,
  type Migration,
  type NewRevision,
  type RevisionInfo,
  type StoredRevision,
  type WorkspaceDatabase,
} from "./database.js";
export { SQLITE_MIGRATIONS, migrateSqlite, openSqliteDatabase } from "./sqlite.js";
export { POSTGRES_MIGRATIONS, migratePostgres, openPostgresDatabase } from "./postgres.js";
export { checkIncomingDocument, logRewrittenIssue, type AcceptedDocument, type IncomingCheck } from "./incoming.js";
export { createServerIssue, SERVER_ISSUE_MESSAGES, type ServerIssueCode } from "./issues.js";
export {
  createWorkspaceHandler,
  DEFAULT_MAX_BODY_BYTES,
  etagOf,
  revisionOfEtag,
  type WorkspaceHandlerOptions,
} from "./http.js";
export { DEFAULT_PORT, startServer, type RunningServer, type StartServerOptions } from "./server.js";
export { readServeConfig, seedWorkspace, type ServeConfig } from "./cli.js";
