/**
 * Global setup of the PostgreSQL tests (vitest.postgres.config.ts): one throwaway cluster for the run (or the
 * server SYSTEMLEDNING_TEST_PG_URL names), its URL provided to every test file as `postgresUrl`.
 */
import type { TestProject } from "vitest/node";
import { startPostgres } from "../postgres-cluster.js";

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await startPostgres();
  project.provide("postgresUrl", server.url);
  return () => server.stop();
}

declare module "vitest" {
  export interface ProvidedContext {
    postgresUrl: string;
  }
}
