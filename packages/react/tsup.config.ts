import { defineConfig } from "tsup";
import { buildStyles } from "./build-styles.js";

export default defineConfig({
  // The force layout's Web Worker is an entry of its own: `new URL("./force-worker.js", import.meta.url)` in the
  // kit's code then names a file that exists beside the built chunks (esbuild does not follow that pattern
  // itself, so it cannot emit the worker from the URL), and a host's bundler (Vite, webpack 5) picks it up
  // from there as a worker. Its CommonJS twin is unused: CommonJS has no import.meta, so that build runs
  // the layout on the main thread in slices.
  entry: { index: "src/index.ts", "force-worker": "src/system-map/layout/force-worker.ts" },
  format: ["esm", "cjs"],
  target: "es2022",
  platform: "browser",
  treeshake: true,
  sourcemap: true,
  clean: true,
  outDir: "dist",
  tsconfig: "tsconfig.build.json",
  // The core, React and React DOM stay imports: the host brings one copy of each.
  external: ["@systemledning/core", "react", "react-dom"],
  dts: { compilerOptions: { ignoreDeprecations: "6.0" } },
  esbuildOptions(options, context) {
    // CommonJS has no import.meta: say so plainly (`new URL(…, undefined)` throws, and the force layout falls
    // back to the main thread) instead of esbuild's warning and empty object.
    if (context.format === "cjs") options.define = { ...options.define, "import.meta.url": "undefined" };
  },
  async onSuccess() {
    await buildStyles("dist/styles.css");
  },
});
