import { defineConfig, type Options } from "tsup";

/** One entry per module, mirroring package.json "exports". */
export const entries = {
  index: "src/index.ts",
  "structure/index": "src/structure/index.ts",
  "workspace/index": "src/workspace/index.ts",
  "io/index": "src/io/index.ts",
  "meetings/index": "src/meetings/index.ts",
  "assessment/index": "src/assessment/index.ts",
  "plan/index": "src/plan/index.ts",
  "timeline/index": "src/timeline/index.ts",
  "system-map/index": "src/system-map/index.ts",
  "kolada/index": "src/kolada/index.ts",
  "counties/index": "src/counties/index.ts",
  "profiles/dalarna/index": "src/profiles/dalarna/index.ts",
  "profiles/kalmar/index": "src/profiles/kalmar/index.ts",
};

const declarations = { compilerOptions: { ignoreDeprecations: "6.0" } };
const shared: Options = {
  target: "es2022",
  platform: "neutral",
  sourcemap: true,
  outDir: "dist",
  tsconfig: "tsconfig.build.json",
  clean: false,
};

// `pnpm build` empties dist first (package.json): the two builds run at the same time, so neither may clean.
export default defineConfig([
  // ES modules, one file per source file, as the sources are laid out. A host's bundler then keeps exactly the
  // modules a page uses ("sideEffects": false): a chart's functions never bring the schemas, and zod, along —
  // whatever the bundler, because no file mixes the two (tests/core/layers.test.ts keeps it so).
  { ...shared, entry: ["src/**/*.ts"], format: ["esm"], bundle: false },
  // CommonJS for `require` (Node scripts, Jest): one bundle per entry.
  { ...shared, entry: entries, format: ["cjs"], treeshake: true },
  // The declarations of every entry, for `import` (.d.ts) and `require` (.d.cts), as the exports map names them.
  { ...shared, entry: entries, format: ["esm", "cjs"], dts: { ...declarations, only: true } },
]);
