/**
 * PostgreSQL through `pg` 8.x, for a county that outgrows one file or runs several server processes. The
 * compare-and-set is one transaction: a conditional `UPDATE workspaces … WHERE head_revision = $base`
 * locks the head's row (a concurrent save waits, then finds the head moved and updates nothing), and the
 * primary key (workspace_id, revision) refuses a second revision of the same number whatever happens.
 */
import pg from "pg";
import type {
  AppendResult,
  Migration,
  NewRevision,
  RevisionInfo,
  StoredRevision,
  WorkspaceDatabase,
} from "./database.js";

/** The PostgreSQL schema, step by step. A step once released is never edited: add the next one. */
export const POSTGRES_MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: "workspaces and their append-only revisions",
    statements: [
      `CREATE TABLE workspaces (
        id text PRIMARY KEY,
        head_revision integer NOT NULL,
        created_at timestamptz NOT NULL
      )`,
      `CREATE TABLE workspace_revisions (
        workspace_id text NOT NULL REFERENCES workspaces (id),
        revision integer NOT NULL CHECK (revision >= 1),
        saved_at timestamptz NOT NULL,
        size integer NOT NULL,
        log_head text,
        log_length integer NOT NULL,
        body text NOT NULL,
        PRIMARY KEY (workspace_id, revision)
      )`,
    ],
  },
];

/** Any number: every server process takes this advisory lock to migrate, so each step runs once. */
const MIGRATION_LOCK = 18_0518;

interface RevisionRow {
  revision: number;
  saved_at: Date;
  size: number;
  log_head: string | null;
  log_length: number;
  body?: string;
}

const info = (row: RevisionRow): RevisionInfo => ({
  revision: row.revision,
  savedAt: row.saved_at.toISOString(),
  size: row.size,
  logHead: row.log_head,
  logLength: row.log_length,
});

const COLUMNS = "r.revision, r.saved_at, r.size, r.log_head, r.log_length";

/** Run `work` in a transaction on one connection of `pool`; rolled back when it throws. */
async function inTransaction<T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    const result = await work(client);
    await client.query("COMMIT");
    return result;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

/** Apply the steps not yet recorded in `schema_migrations`, all under one advisory lock. */
export async function migratePostgres(
  pool: pg.Pool,
  migrations: readonly Migration[] = POSTGRES_MIGRATIONS,
): Promise<number[]> {
  return inTransaction(pool, async (client) => {
    await client.query("SELECT pg_advisory_xact_lock($1)", [MIGRATION_LOCK]);
    await client.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version integer PRIMARY KEY,
      name text NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now()
    )`);
    const done = await client.query<{ version: number }>("SELECT version FROM schema_migrations");
    const known = new Set(done.rows.map((row) => row.version));
    const applied: number[] = [];
    for (const migration of migrations) {
      if (known.has(migration.version)) continue;
      for (const statement of migration.statements) await client.query(statement);
      await client.query("INSERT INTO schema_migrations (version, name) VALUES ($1, $2)", [
        migration.version,
        migration.name,
      ]);
      applied.push(migration.version);
    }
    return applied;
  });
}

/** PostgreSQL's code for a unique violation: another save took this revision number first. */
const UNIQUE_VIOLATION = "23505";

/**
 * Connect to the PostgreSQL database `url` names and apply its migrations.
 *
 * @example
 * const db = await openPostgresDatabase("postgres://systemledning@localhost/systemledning");
 */
export async function openPostgresDatabase(
  url: string,
  options: { poolSize?: number } = {},
): Promise<WorkspaceDatabase> {
  const pool = new pg.Pool({ connectionString: url, max: options.poolSize ?? 10 });
  // An idle client that loses its connection (the database restarted) emits here; the pool replaces it.
  pool.on("error", () => undefined);
  try {
    await migratePostgres(pool);
  } catch (error) {
    await pool.end();
    throw error;
  }

  const head = async (client: pg.PoolClient | pg.Pool, workspaceId: string): Promise<RevisionInfo | null> => {
    const result = await client.query<RevisionRow>(
      `SELECT ${COLUMNS} FROM workspaces w
         JOIN workspace_revisions r ON r.workspace_id = w.id AND r.revision = w.head_revision
        WHERE w.id = $1`,
      [workspaceId],
    );
    const row = result.rows[0];
    return row === undefined ? null : info(row);
  };

  const append = async (workspaceId: string, baseRevision: number | null, next: NewRevision): Promise<AppendResult> => {
    const revision = (baseRevision ?? 0) + 1;
    try {
      const moved = await inTransaction(pool, async (client) => {
        const claimed =
          baseRevision === null
            ? await client.query(
                "INSERT INTO workspaces (id, head_revision, created_at) VALUES ($1, 1, $2) ON CONFLICT (id) DO NOTHING",
                [workspaceId, next.savedAt],
              )
            : await client.query("UPDATE workspaces SET head_revision = $1 WHERE id = $2 AND head_revision = $3", [
                revision,
                workspaceId,
                baseRevision,
              ]);
        if (claimed.rowCount !== 1) return false;
        await client.query(
          `INSERT INTO workspace_revisions (workspace_id, revision, saved_at, size, log_head, log_length, body)
           VALUES ($1, $2, $3, $4, $5, $6, $7)`,
          [workspaceId, revision, next.savedAt, next.size, next.logHead, next.logLength, next.body],
        );
        return true;
      });
      if (moved)
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
    } catch (error) {
      if ((error as { code?: string }).code !== UNIQUE_VIOLATION) throw error;
    }
    return { ok: false, current: await head(pool, workspaceId) };
  };

  let closing: Promise<void> | null = null;
  return {
    kind: "postgres",
    latest: async (workspaceId) => {
      const result = await pool.query<RevisionRow>(
        `SELECT ${COLUMNS}, r.body FROM workspaces w
           JOIN workspace_revisions r ON r.workspace_id = w.id AND r.revision = w.head_revision
          WHERE w.id = $1`,
        [workspaceId],
      );
      const row = result.rows[0];
      return row === undefined ? null : ({ ...info(row), body: row.body ?? "" } satisfies StoredRevision);
    },
    head: (workspaceId) => head(pool, workspaceId),
    revision: async (workspaceId, revision) => {
      const result = await pool.query<RevisionRow>(
        `SELECT ${COLUMNS}, r.body FROM workspace_revisions r WHERE r.workspace_id = $1 AND r.revision = $2`,
        [workspaceId, revision],
      );
      const row = result.rows[0];
      return row === undefined ? null : { ...info(row), body: row.body ?? "" };
    },
    revisions: async (workspaceId) => {
      const result = await pool.query<RevisionRow>(
        `SELECT ${COLUMNS} FROM workspace_revisions r WHERE r.workspace_id = $1 ORDER BY r.revision`,
        [workspaceId],
      );
      return result.rows.map(info);
    },
    append,
    close: () => (closing ??= pool.end()),
  };
}
