/**
 * The embedded default: one SQLite file through better-sqlite3 (12.x; 13.x needs Node 22). WAL lets readers
 * go on while a save commits. better-sqlite3 is synchronous, so a compare-and-set runs as one
 * `BEGIN IMMEDIATE` transaction (the write lock taken before the head is read): no other connection, not even
 * a second server process on the same file, can append between the check and the insert.
 */
import Database from "better-sqlite3";
import type {
  AppendResult,
  Migration,
  NewRevision,
  RevisionInfo,
  StoredRevision,
  WorkspaceDatabase,
} from "./database.js";

/** The SQLite schema, step by step. A step once released is never edited: add the next one. */
export const SQLITE_MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: "workspaces and their append-only revisions",
    statements: [
      `CREATE TABLE workspaces (
        id TEXT PRIMARY KEY NOT NULL,
        head_revision INTEGER NOT NULL,
        created_at TEXT NOT NULL
      ) STRICT`,
      `CREATE TABLE workspace_revisions (
        workspace_id TEXT NOT NULL REFERENCES workspaces (id),
        revision INTEGER NOT NULL CHECK (revision >= 1),
        saved_at TEXT NOT NULL,
        size INTEGER NOT NULL,
        log_head TEXT,
        log_length INTEGER NOT NULL,
        body TEXT NOT NULL,
        PRIMARY KEY (workspace_id, revision)
      ) STRICT`,
    ],
  },
];

interface RevisionRow {
  revision: number;
  saved_at: string;
  size: number;
  log_head: string | null;
  log_length: number;
  body?: string;
}

const info = (row: RevisionRow): RevisionInfo => ({
  revision: row.revision,
  savedAt: row.saved_at,
  size: row.size,
  logHead: row.log_head,
  logLength: row.log_length,
});

const stored = (row: RevisionRow): StoredRevision => ({ ...info(row), body: row.body ?? "" });

/** Apply the steps not yet recorded in `schema_migrations`, each in its own transaction. */
export function migrateSqlite(db: Database.Database, migrations: readonly Migration[] = SQLITE_MIGRATIONS): number[] {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY NOT NULL,
    name TEXT NOT NULL,
    applied_at TEXT NOT NULL
  ) STRICT`);
  const applied: number[] = [];
  const isApplied = db.prepare<[number], { version: number }>(
    "SELECT version FROM schema_migrations WHERE version = ?",
  );
  const record = db.prepare("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)");
  for (const migration of migrations) {
    // Checked inside the write transaction: two servers starting on one file apply each step once.
    db.transaction(() => {
      if (isApplied.get(migration.version) !== undefined) return;
      for (const statement of migration.statements) db.exec(statement);
      record.run(migration.version, migration.name, new Date().toISOString());
      applied.push(migration.version);
    }).immediate();
  }
  return applied;
}

/**
 * Open (or create) the SQLite file at `path` (`:memory:` for a throwaway one) and apply its migrations.
 *
 * @example
 * const db = openSqliteDatabase("./systemledning.sqlite");
 */
export function openSqliteDatabase(path: string): WorkspaceDatabase {
  const db = new Database(path);
  db.pragma("journal_mode = WAL");
  // WAL with synchronous=FULL: a save the server acknowledged survives a crash of the machine, not only of the process.
  db.pragma("synchronous = FULL");
  db.pragma("foreign_keys = ON");
  db.pragma("busy_timeout = 5000");
  migrateSqlite(db);

  const selectLatest = db.prepare<[string], RevisionRow>(
    `SELECT r.revision, r.saved_at, r.size, r.log_head, r.log_length, r.body
       FROM workspaces w JOIN workspace_revisions r ON r.workspace_id = w.id AND r.revision = w.head_revision
      WHERE w.id = ?`,
  );
  const selectHead = db.prepare<[string], RevisionRow>(
    `SELECT r.revision, r.saved_at, r.size, r.log_head, r.log_length
       FROM workspaces w JOIN workspace_revisions r ON r.workspace_id = w.id AND r.revision = w.head_revision
      WHERE w.id = ?`,
  );
  const selectOne = db.prepare<[string, number], RevisionRow>(
    `SELECT revision, saved_at, size, log_head, log_length, body
       FROM workspace_revisions WHERE workspace_id = ? AND revision = ?`,
  );
  const selectAll = db.prepare<[string], RevisionRow>(
    `SELECT revision, saved_at, size, log_head, log_length
       FROM workspace_revisions WHERE workspace_id = ? ORDER BY revision`,
  );
  const insertWorkspace = db.prepare("INSERT INTO workspaces (id, head_revision, created_at) VALUES (?, 1, ?)");
  const moveHead = db.prepare("UPDATE workspaces SET head_revision = ? WHERE id = ? AND head_revision = ?");
  const insertRevision = db.prepare(
    `INSERT INTO workspace_revisions (workspace_id, revision, saved_at, size, log_head, log_length, body)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );

  const compareAndAppend = db.transaction(
    (workspaceId: string, baseRevision: number | null, next: NewRevision): AppendResult => {
      const head = selectHead.get(workspaceId);
      if ((head?.revision ?? null) !== baseRevision)
        return { ok: false, current: head === undefined ? null : info(head) };
      const revision = (baseRevision ?? 0) + 1;
      if (baseRevision === null) insertWorkspace.run(workspaceId, next.savedAt);
      else moveHead.run(revision, workspaceId, baseRevision);
      insertRevision.run(workspaceId, revision, next.savedAt, next.size, next.logHead, next.logLength, next.body);
      return {
        ok: true,
        revision: {
          revision,
          savedAt: next.savedAt,
          size: next.size,
          logHead: next.logHead,
          logLength: next.logLength,
        },
      };
    },
  );

  let closed = false;
  return {
    kind: "sqlite",
    latest: async (workspaceId) => {
      const row = selectLatest.get(workspaceId);
      return row === undefined ? null : stored(row);
    },
    head: async (workspaceId) => {
      const row = selectHead.get(workspaceId);
      return row === undefined ? null : info(row);
    },
    revision: async (workspaceId, revision) => {
      const row = selectOne.get(workspaceId, revision);
      return row === undefined ? null : stored(row);
    },
    revisions: async (workspaceId) => selectAll.all(workspaceId).map(info),
    append: async (workspaceId, baseRevision, next) => compareAndAppend.immediate(workspaceId, baseRevision, next),
    close: async () => {
      if (closed) return;
      closed = true;
      db.close();
    },
  };
}
