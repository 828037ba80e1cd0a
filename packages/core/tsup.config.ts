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

/**
 * The source files that import a county's JSON (packages/core/counties). Left to the one-file-per-source build,
 * each would keep a bare `import … from "….json"`, which Node 20 and some bundlers refuse without an import
 * attribute; they are built apart, with the JSON inlined (docs/decisions/0018).
 */
export const jsonImporters = {
  "counties/bundled": "src/counties/bundled.ts",
  "profiles/dalarna/index": "src/profiles/dalarna/index.ts",
  "profiles/kalmar/index": "src/profiles/kalmar/index.ts",
};

/**
 * Leave every import of another source module as it is written (it is built beside, one file per source, at the
 * same relative place), so only the JSON is inlined: no module is copied into two files.
 */
const sourcesStayImports: NonNullable<Options["esbuildPlugins"]>[number] = {
  name: "sources-stay-imports",
  setup(build) {
    build.onResolve({ filter: /^\.\.?\/.*\.js$/ }, (args) => ({ path: args.path, external: true }));
  },
};

// `pnpm build` empties dist first (package.json): the builds run at the same time, so none may clean.
export default defineConfig([
  // ES modules, one file per source file, as the sources are laid out. A host's bundler then keeps exactly the
  // modules a page uses ("sideEffects": false): a chart's functions never bring the schemas, and zod, along —
  // whatever the bundler, because no file mixes the two (tests/core/layers.test.ts keeps it so).
  {
    ...shared,
    entry: ["src/**/*.ts", ...Object.values(jsonImporters).map((file) => `!${file}`)],
    format: ["esm"],
    bundle: false,
  },
  // The modules that import JSON, with the JSON inlined as plain objects. A county's profile and sample, imported
  // with import() by the list of bundled counties, become chunks of their own (dist/counties/chunks), fetched
  // only when that county is loaded.
  {
    ...shared,
    entry: jsonImporters,
    format: ["esm"],
    splitting: true,
    esbuildPlugins: [sourcesStayImports],
    esbuildOptions(options) {
      options.chunkNames = "counties/chunks/[name]-[hash]";
    },
  },
  // CommonJS for `require` (Node scripts, Jest): one bundle per entry.
  { ...shared, entry: entries, format: ["cjs"], treeshake: true },
  // The declarations of every entry, for `import` (.d.ts) and `require` (.d.cts), as the exports map names them.
  { ...shared, entry: entries, format: ["esm", "cjs"], dts: { ...declarations, only: true } },
]);
