/**
 * The one small interface the reference server keeps workspaces behind, so the same HTTP contract runs on
 * the embedded SQLite file and on PostgreSQL. Revisions are numbered 1, 2, 3… per workspace, never
 * reused and never deleted: a save appends a row; nothing is updated in place but the workspace's head.
 */

/** What the revisions list shows of one saved revision (`GET /workspaces/{id}/revisions`). */
export interface RevisionInfo {
  /** 1 for the first save of a workspace, then one more for each save. */
  readonly revision: number;
  /** When the server stored it (ISO 8601, UTC, the server's clock). */
  readonly savedAt: string;
  /** Bytes of the stored document (UTF-8). */
  readonly size: number;
  /** Hash of the decisions log's last entry in this revision; null for an empty log. */
  readonly logHead: string | null;
  /** Entries in the decisions log: the next save's log must keep this many unchanged before its own. */
  readonly logLength: number;
}

/** A revision with its document, as the server serves it. */
export interface StoredRevision extends RevisionInfo {
  /** The document as `serializeWorkspace` wrote it after the door accepted it. */
  readonly body: string;
}

/** What {@link WorkspaceDatabase.append} stores. */
export interface NewRevision {
  readonly body: string;
  readonly size: number;
  readonly logHead: string | null;
  readonly logLength: number;
  readonly savedAt: string;
}

/**
 * The outcome of a compare-and-set append: stored, or refused because the workspace's head is not the
 * revision the save was based on (`current` is the head now, null when the workspace does not exist).
 */
export type AppendResult =
  | { readonly ok: true; readonly revision: RevisionInfo }
  | { readonly ok: false; readonly current: RevisionInfo | null };

/**
 * A database of workspaces and their revisions. Every method is safe to call concurrently: `append` checks
 * the head and appends atomically (a transaction with the head's row locked, and the unique
 * (workspace, revision) key behind it), so two saves based on the same revision never both succeed.
 */
export interface WorkspaceDatabase {
  /** `"sqlite"` or `"postgres"`, for logs and reports. */
  readonly kind: "sqlite" | "postgres";
  /** The head revision of a workspace with its document, or null when there is no such workspace. */
  latest(workspaceId: string): Promise<StoredRevision | null>;
  /** The head revision of a workspace without its document (cheaper), or null when there is no such workspace. */
  head(workspaceId: string): Promise<RevisionInfo | null>;
  /** One revision of a workspace with its document, or null when it does not exist. */
  revision(workspaceId: string, revision: number): Promise<StoredRevision | null>;
  /** Every revision of a workspace, oldest first (empty when the workspace does not exist). */
  revisions(workspaceId: string): Promise<RevisionInfo[]>;
  /**
   * Append `next` as the revision after `baseRevision`, only if `baseRevision` is still the head
   * (`null`: only if the workspace does not exist yet, which creates it).
   */
  append(workspaceId: string, baseRevision: number | null, next: NewRevision): Promise<AppendResult>;
  /** Close connections; pending calls finish first. */
  close(): Promise<void>;
}

/** One step of a database's own schema, applied once and recorded in its `schema_migrations` table. */
export interface Migration {
  readonly version: number;
  readonly name: string;
  /** SQL statements, run in order inside one transaction with the record of the step. */
  readonly statements: readonly string[];
}

/** Whether `value` names a PostgreSQL database (`postgres://…` or `postgresql://…`) rather than a file. */
export function isPostgresUrl(value: string): boolean {
  return /^postgres(ql)?:\/\//i.test(value);
}

/**
 * Open the database `location` names: a `postgres://` URL → PostgreSQL through `pg`, anything else → a
 * SQLite file through better-sqlite3 (created when missing). Runs the adapter's pending migrations first.
 *
 * @example
 * const db = await openDatabase(process.env.SYSTEMLEDNING_DB ?? "./systemledning.sqlite");
 */
export async function openDatabase(location: string): Promise<WorkspaceDatabase> {
  if (isPostgresUrl(location)) {
    const { openPostgresDatabase } = await import("./postgres.js");
    return openPostgresDatabase(location);
  }
  const { openSqliteDatabase } = await import("./sqlite.js");
  return openSqliteDatabase(location);
}
