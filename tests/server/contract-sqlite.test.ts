/**
 * The reference server's contract on its embedded default, a SQLite file (better-sqlite3), and the SQLite
 * adapter's migrations. The same suite runs on PostgreSQL in `postgres/contract-postgres.test.ts`.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { openSqliteDatabase, SQLITE_MIGRATIONS } from "../../packages/server/src/index.js";
import { describeServerContract } from "./contract.js";

const temporaryFile = () => {
  const folder = mkdtempSync(join(tmpdir(), "systemledning-sqlite-"));
  return {
    path: join(folder, "workspaces.sqlite"),
    dispose: async () => rmSync(folder, { recursive: true, force: true }),
  };
};

describeServerContract("SQLite", async () => {
  const file = temporaryFile();
  return { location: file.path, dispose: file.dispose };
});

describe("openSqliteDatabase", () => {
  it("records each migration once in schema_migrations and runs in WAL mode", async () => {
    const file = temporaryFile();
    try {
      await openSqliteDatabase(file.path).close();
      await openSqliteDatabase(file.path).close();
      const raw = new Database(file.path, { readonly: true });
      const rows = raw.prepare("SELECT version, name FROM schema_migrations ORDER BY version").all();
      const mode = raw.pragma("journal_mode", { simple: true });
      raw.close();
      expect(rows).toEqual(SQLITE_MIGRATIONS.map(({ version, name }) => ({ version, name })));
      expect(mode).toBe("wal");
    } finally {
      await file.dispose();
    }
  });
});
