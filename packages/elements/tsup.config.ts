import { mkdirSync, writeFileSync } from "node:fs";
import { defineConfig } from "tsup";
import { customElementsManifestText } from "./manifest.js";
import { buildShadowCss } from "./shadow-css.js";

/**
 * Two files a host without a build can use, each self-contained: React 19, React DOM, the kit, the core and
 * zod inside, the kit's stylesheet inside as text for a constructable stylesheet (docs/decisions/0009).
 * - `systemledning-elements.js`: an ES module (`<script type="module" src>`), defining the elements on import;
 * - `systemledning-elements.iife.js`: a classic script (`<script src>`), for intranets that paste one.
 * `import.meta.url` is `undefined` in both: the force layout's worker file cannot exist beside one file, and
 * `new URL("./force-worker.js", undefined)` throws before any request, so the layout runs on the main thread
 * in slices (force-runner.ts) with no 404 and no policy violation.
 */
export default defineConfig(async () => {
  const shadowCss = await buildShadowCss();
  return {
    entry: { "systemledning-elements": "src/index.ts" },
    format: ["esm", "iife"],
    outExtension: ({ format }) => ({ js: format === "iife" ? ".iife.js" : ".js" }),
    target: "es2022",
    platform: "browser",
    outDir: "dist",
    tsconfig: "tsconfig.build.json",
    noExternal: [/.*/],
    minify: true,
    treeshake: true,
    sourcemap: false,
    clean: false,
    // One file each: the kit loads its table alternatives with import(), which stays inside the bundle.
    splitting: false,
    esbuildOptions(options) {
      options.define = {
        ...options.define,
        "import.meta.url": "undefined",
        "process.env.NODE_ENV": '"production"',
        __SL_SHADOW_CSS__: JSON.stringify(shadowCss),
      };
      options.legalComments = "none";
    },
    async onSuccess() {
      mkdirSync("dist", { recursive: true });
      // The committed copy (for editors in the repository) and the published one; a test checks they are current.
      writeFileSync("custom-elements.json", customElementsManifestText());
      writeFileSync("dist/custom-elements.json", customElementsManifestText());
    },
  };
});
