/**
 * The load-and-restart proof (load/load-suite.ts) on the embedded default, a SQLite file. The same test runs
 * on PostgreSQL in `postgres/load-postgres.test.ts`.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describeLoadTest } from "./load/load-suite.js";

describeLoadTest("SQLite", async () => {
  const folder = mkdtempSync(join(tmpdir(), "systemledning-load-"));
  return {
    location: join(folder, "workspaces.sqlite"),
    dispose: async () => rmSync(folder, { recursive: true, force: true }),
  };
});
