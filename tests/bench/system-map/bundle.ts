/**
 * The bundle cost of the system-map bench's candidates, measured with the scoring bench's `measureBundle`
 * (esbuild: minify, tree-shake, code splitting, React external, production defines; gzip per chunk): everything
 * the kit's system-map module exports, with the core as an import and with it bundled in, the force layout's
 * worker (a file of its own the host's bundler emits, fetched when a force layout first runs), and @xyflow/react's
 * `ReactFlow` with the stylesheet its documentation imports.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { build } from "esbuild";
import { gzip, measureBundle, ROOT, type BundleSize } from "../scoring/bundle.js";

/** Minified and gzipped bytes of a stylesheet or a single file. */
export interface FileSize {
  readonly minified: number;
  readonly gzip: number;
}

/** The bundle cost of every candidate, and of their stylesheets. */
export interface SystemMapBundleSizes {
  /** Everything `packages/react/src/system-map/index.ts` exports, with `@systemledning/core` left as an import. */
  readonly oursCoreExternal: BundleSize;
  /** The same with the core (and so zod, where reached) bundled in. */
  readonly oursWithCore: BundleSize;
  /** `SystemMap` alone, without workshop mode, with the core bundled in: what a page that shows the map pays. */
  readonly mapWithCore: BundleSize;
  /** `force-worker.ts` bundled alone, as the host's bundler emits it beside the map. */
  readonly oursWorker: FileSize;
  /** The kit's whole stylesheet (`styles.css` with its imports), minified. */
  readonly oursStyles: FileSize;
  /** The map's own part of it (system-map.css), minified. */
  readonly oursMapStyles: FileSize;
  /** `export { ReactFlow } from "@xyflow/react"`: the component, with everything it pulls in. */
  readonly xyflow: BundleSize;
  /** `@xyflow/react/dist/style.css`, minified (the stylesheet its quick start imports). */
  readonly xyflowStyles: FileSize;
}

async function minifiedCss(entry: string): Promise<FileSize> {
  const css = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    outdir: join(ROOT, "tests/bench/system-map/out"),
    write: false,
    logLevel: "silent",
  });
  const bytes = css.outputFiles[0]!.contents;
  return { minified: bytes.length, gzip: gzip(bytes) };
}

async function cssSource(file: string): Promise<FileSize> {
  const css = await build({
    stdin: { contents: readFileSync(file, "utf8"), loader: "css" },
    minify: true,
    write: false,
    logLevel: "silent",
  });
  const bytes = css.outputFiles[0]!.contents;
  return { minified: bytes.length, gzip: gzip(bytes) };
}

async function worker(): Promise<FileSize> {
  const result = await build({
    entryPoints: [join(ROOT, "packages/react/src/system-map/layout/force-worker.ts")],
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    tsconfigRaw: "{}",
    write: false,
    outdir: join(ROOT, "tests/bench/system-map/out"),
    logLevel: "silent",
  });
  const bytes = result.outputFiles[0]!.contents;
  return { minified: bytes.length, gzip: gzip(bytes) };
}

/**
 * Measure our system map's bundle cost and xyflow's. Our entry re-exports the system-map module whole
 * (`export *`), so whatever it exports when the bench runs is counted.
 *
 * @example
 * const sizes = await measureSystemMapBundles();
 * sizes.oursCoreExternal.initialGzip // bytes
 */
export async function measureSystemMapBundles(): Promise<SystemMapBundleSizes> {
  const map = `export * from ${JSON.stringify(join(ROOT, "packages/react/src/system-map/index.ts"))};`;
  return {
    oursCoreExternal: await measureBundle("ours", map, { coreExternal: true }),
    oursWithCore: await measureBundle("ours-with-core", map, { coreExternal: false }),
    mapWithCore: await measureBundle(
      "map-with-core",
      `export { SystemMap } from ${JSON.stringify(join(ROOT, "packages/react/src/system-map/index.ts"))};`,
      { coreExternal: false },
    ),
    oursWorker: await worker(),
    oursStyles: await minifiedCss(join(ROOT, "packages/react/src/styles.css")),
    oursMapStyles: await cssSource(join(ROOT, "packages/react/src/system-map/system-map.css")),
    xyflow: await measureBundle("xyflow", `export { ReactFlow } from "@xyflow/react";`),
    xyflowStyles: await minifiedCss(join(ROOT, "node_modules/@xyflow/react/dist/style.css")),
  };
}
