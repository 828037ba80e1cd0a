import { defineConfig, type Options } from "tsup";
import { buildStyles } from "./build-styles.js";

const shared: Options = {
  target: "es2022",
  platform: "browser",
  sourcemap: true,
  outDir: "dist",
  tsconfig: "tsconfig.build.json",
  // The core, React and React DOM stay imports: the host brings one copy of each.
  external: ["@systemledning/core", "react", "react-dom"],
  // `pnpm build` empties dist first (package.json): the builds below run at the same time, so none may clean.
  clean: false,
};

export default defineConfig([
  // ES modules, one file per source file, laid out as the sources are. A host's bundler keeps exactly the
  // modules a page uses ("sideEffects" lists the only files with effects), so a chart, the timeline or the map
  // brings none of the forms' validation (and no zod) along; tests/build/kit-bundles.test.ts measures it.
  // The force layout's Web Worker is one of these files: `new URL("./force-worker.js", import.meta.url)` in
  // force-runner.js names the file beside it, which a host's bundler (Vite, webpack 5) emits as a worker.
  { ...shared, entry: ["src/**/*.ts", "src/**/*.tsx"], format: ["esm"], bundle: false },
  // CommonJS for `require` (server rendering in Node, Jest): one bundle. CommonJS has no import.meta: say so
  // plainly (`new URL(…, undefined)` throws, and the force layout falls back to the main thread in slices)
  // instead of esbuild's warning and empty object.
  {
    ...shared,
    entry: { index: "src/index.ts" },
    format: ["cjs"],
    treeshake: true,
    esbuildOptions(options) {
      options.define = { ...options.define, "import.meta.url": "undefined" };
    },
    async onSuccess() {
      await buildStyles("dist/styles.css");
    },
  },
  // The declarations, for `import` (.d.ts) and `require` (.d.cts).
  {
    ...shared,
    entry: { index: "src/index.ts" },
    format: ["esm", "cjs"],
    dts: { compilerOptions: { ignoreDeprecations: "6.0" }, only: true },
  },
]);
