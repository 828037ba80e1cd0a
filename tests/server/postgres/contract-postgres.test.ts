/**
 * The reference server's contract on PostgreSQL (pg), the same suite as on SQLite (`../contract.ts`), and
 * the PostgreSQL adapter's migrations. Runs in the gate's "postgres" step (vitest.postgres.config.ts).
 */
import pg from "pg";
import { describe, expect, inject, it } from "vitest";
import { openPostgresDatabase, POSTGRES_MIGRATIONS } from "../../../packages/server/src/index.js";
import { describeServerContract } from "../contract.js";
import { createTestDatabase } from "../postgres-cluster.js";

describeServerContract("PostgreSQL", async () => {
  const database = await createTestDatabase(inject("postgresUrl"));
  return { location: database.url, dispose: database.drop };
});

describe("openPostgresDatabase", () => {
  it("records each migration once in schema_migrations, however many servers start at once", async () => {
    const database = await createTestDatabase(inject("postgresUrl"));
    try {
      const opened = await Promise.all([1, 2, 3].map(() => openPostgresDatabase(database.url)));
      await Promise.all(opened.map((db) => db.close()));
      const client = new pg.Client({ connectionString: database.url });
      await client.connect();
      const { rows } = await client.query("SELECT version, name FROM schema_migrations ORDER BY version");
      await client.end();
      expect(rows).toEqual(POSTGRES_MIGRATIONS.map(({ version, name }) => ({ version, name })));
    } finally {
      await database.drop();
    }
  });
});
