/**
 * Build the example with esbuild: the server (Node, everything bundled) to `dist/server.js` and the client
 * (browser ES modules, split so that lazy parts load on first use) to `dist/public/`, with the kit's
 * stylesheet beside it. Both bundles take React from this package (React 18, as Sitevision supplies it),
 * also for the kit, whose own development copy is React 19. `node build.mjs [outDir] [--development]`.
 */
import { copyFile, mkdir, rm } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const exampleRoot = dirname(fileURLToPath(import.meta.url));
const require = createRequire(join(exampleRoot, "package.json"));

/** Every `react` and `react-dom` import, the kit's too, resolved from this package: one React, version 18. */
const reactOfThisPackage = {
  name: "react-of-this-package",
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /^react(-dom)?(\/.*)?$/ }, async (args) => {
      if (args.pluginData === "resolved-here") return undefined;
      return pluginBuild.resolve(args.path, { resolveDir: exampleRoot, kind: args.kind, pluginData: "resolved-here" });
    });
  },
};

/**
 * Build into `outDir` (default `dist/`). `development` keeps React's development build in the client, which
 * reports every difference between the server's markup and the first client render (the production build
 * reports only differences of text and structure).
 * @param {{ outDir?: string, development?: boolean }} [options]
 */
export async function buildExample({ outDir = join(exampleRoot, "dist"), development = false } = {}) {
  await rm(outDir, { recursive: true, force: true });
  const mode = development ? "development" : "production";
  const shared = {
    absWorkingDir: exampleRoot,
    bundle: true,
    format: "esm",
    jsx: "automatic",
    logLevel: "warning",
    plugins: [reactOfThisPackage],
    define: { "process.env.NODE_ENV": JSON.stringify(mode) },
  };
  await build({
    ...shared,
    entryPoints: { server: "src/server.tsx" },
    outdir: outDir,
    platform: "node",
    target: "node20",
    // React's server renderer is CommonJS and requires Node's built-ins; an ES module has no `require` of its own.
    banner: { js: 'import { createRequire } from "node:module"; const require = createRequire(import.meta.url);' },
  });
  await build({
    ...shared,
    entryPoints: { main: "src/main.tsx" },
    outdir: join(outDir, "public"),
    platform: "browser",
    target: "es2022",
    splitting: true,
    minify: !development,
  });
  await mkdir(join(outDir, "public"), { recursive: true });
  await copyFile(require.resolve("@systemledning/react/styles.css"), join(outDir, "public", "styles.css"));
  return outDir;
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const outDir = process.argv.slice(2).find((arg) => !arg.startsWith("--"));
  await buildExample({
    outDir: outDir === undefined ? undefined : resolve(outDir),
    development: process.argv.includes("--development"),
  });
}
