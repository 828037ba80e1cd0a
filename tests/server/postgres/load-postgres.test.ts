/**
 * The load-and-restart proof (../load/load-suite.ts) on PostgreSQL, in a fresh database of the cluster the
 * global setup started. Runs in the gate's "postgres" step (vitest.postgres.config.ts).
 */
import { inject } from "vitest";
import { describeLoadTest } from "../load/load-suite.js";
import { createTestDatabase } from "../postgres-cluster.js";

describeLoadTest("PostgreSQL", async () => {
  const database = await createTestDatabase(inject("postgresUrl"));
  return { location: database.url, dispose: database.drop };
});
