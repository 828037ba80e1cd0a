/**
 * The sources check: the tests in `tests/sources/` read the public source documents from the folder that
 * `SYSTEMLEDNING_SOURCES_DIR` names. The documents are not in the repository, so this is its own config,
 * apart from `vitest.config.ts` (whose projects the gate's test step runs): the gate runs it as a step of
 * its own when the variable names a folder, and reports it as not run otherwise (scripts/gate.mjs).
 *
 *   SYSTEMLEDNING_SOURCES_DIR=/path/to/documents pnpm exec vitest run --config vitest.sources.config.ts
 */
import { defineConfig } from "vitest/config";
import { sourceAliases } from "./vitest.shared.js";

export default defineConfig({
  resolve: { alias: sourceAliases },
  test: {
    name: "sources",
    environment: "node",
    include: ["tests/sources/**/*.test.ts"],
  },
});
