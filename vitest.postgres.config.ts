/**
 * The PostgreSQL tests of the reference server: `tests/server/postgres/`, against a throwaway cluster the global
 * setup starts (initdb + pg_ctl; as the `postgres` user when run as root) or the server SYSTEMLEDNING_TEST_PG_URL
 * names. Its own config, apart from `vitest.config.ts`, because a machine without PostgreSQL cannot run them:
 * the gate runs it as a step of its own when PostgreSQL is there, and reports it as not run, with the reason,
 * otherwise (scripts/gate.mjs), so no test is ever skipped.
 *
 *   pnpm exec vitest run --config vitest.postgres.config.ts
 */
import { defineConfig } from "vitest/config";
import { sourceAliases } from "./vitest.shared.js";

export default defineConfig({
  resolve: { alias: sourceAliases },
  test: {
    name: "postgres",
    environment: "node",
    include: ["tests/server/postgres/**/*.test.ts"],
    globalSetup: ["tests/server/postgres/global-setup.ts"],
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
