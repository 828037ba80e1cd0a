/**
 * The bundle cost of the timeline-view bench's candidates, measured with the scoring bench's
 * `measureBundle` (esbuild: minify, tree-shake, code splitting, React external, production defines; gzip
 * per chunk): everything the kit's timeline module exports, with the core as an import and with it bundled
 * in, and vis-timeline in the three ways its package offers it to a bundler.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { build } from "esbuild";
import { gzip, measureBundle, ROOT, type BundleSize } from "../scoring/bundle.js";

/** Minified and gzipped bytes of a stylesheet. */
export interface StylesheetSize {
  readonly minified: number;
  readonly gzip: number;
}

/** The bundle cost of every candidate, and of their stylesheets. */
export interface TimelineBundleSizes {
  /** Everything `packages/react/src/timeline/index.ts` exports, with `@systemledning/core` left as an import. */
  readonly oursCoreExternal: BundleSize;
  /** The same with the core (and so zod, where reached) bundled in. */
  readonly oursWithCore: BundleSize;
  /** The kit's whole stylesheet (`styles.css` with its imports), minified. */
  readonly oursStyles: StylesheetSize;
  /** The timeline's own part of it (timeline-grid.css and timeline.css), minified. */
  readonly oursTimelineStyles: StylesheetSize;
  /** `vis-timeline/peer` + `vis-data/peer` + moment with its Swedish locale: the documentation's way for bundlers. */
  readonly visPeer: BundleSize;
  /** `vis-timeline/standalone` (its own copies of vis-data, moment and the rest inside). */
  readonly visStandalone: BundleSize;
  /** `vis-timeline/esnext` + `vis-data/esnext` + moment: the modern build, its dependencies as separate packages. */
  readonly visEsnext: BundleSize;
  /** vis-timeline's stylesheet (`styles/vis-timeline-graph2d.min.css`). */
  readonly visStyles: StylesheetSize;
}

/** The code a developer writes to use vis-timeline, per build: the Timeline, a DataSet, Swedish dates. */
export const VIS_ENTRIES = {
  peer: `export { Timeline } from "vis-timeline/peer"; export { DataSet } from "vis-data/peer"; import "moment/locale/sv";`,
  // The standalone build carries its own moment (with vis-timeline's locales): a moment locale imported beside it would not reach it.
  standalone: `export { Timeline, DataSet } from "vis-timeline/standalone";`,
  esnext: `export { Timeline } from "vis-timeline/esnext"; export { DataSet } from "vis-data/esnext"; import "moment/locale/sv";`,
} as const;

/**
 * A stylesheet as a host's bundler ships it: bundled with its `@import`s, minified, gzipped (the workbook bench
 * measures the kit's and SurveyJS's with it too).
 */
export async function measureStylesheet(entry: string): Promise<StylesheetSize> {
  const css = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    outdir: join(ROOT, "tests/bench/timeline/out"),
    write: false,
    logLevel: "silent",
  });
  const bytes = css.outputFiles[0]!.contents;
  return { minified: bytes.length, gzip: gzip(bytes) };
}

/** The timeline's own stylesheets, minified together as one (a host's bundler would concatenate them). */
async function timelineStyles(): Promise<StylesheetSize> {
  const source = ["timeline-grid.css", "timeline.css"]
    .map((file) => readFileSync(join(ROOT, "packages/react/src/timeline", file), "utf8"))
    .join("\n");
  const css = await build({
    stdin: { contents: source, loader: "css" },
    minify: true,
    write: false,
    logLevel: "silent",
  });
  const bytes = css.outputFiles[0]!.contents;
  return { minified: bytes.length, gzip: gzip(bytes) };
}

/**
 * Measure our timeline's bundle cost and vis-timeline's. Our entry re-exports the timeline module whole
 * (`export *`), so whatever it exports when the bench runs is counted.
 */
export async function measureTimelineBundles(): Promise<TimelineBundleSizes> {
  const timeline = `export * from ${JSON.stringify(join(ROOT, "packages/react/src/timeline/index.ts"))};`;
  return {
    oursCoreExternal: await measureBundle("ours", timeline, { coreExternal: true }),
    oursWithCore: await measureBundle("ours-with-core", timeline, { coreExternal: false }),
    oursStyles: await measureStylesheet(join(ROOT, "packages/react/src/styles.css")),
    oursTimelineStyles: await timelineStyles(),
    visPeer: await measureBundle("vis-peer", VIS_ENTRIES.peer),
    visStandalone: await measureBundle("vis-standalone", VIS_ENTRIES.standalone),
    visEsnext: await measureBundle("vis-esnext", VIS_ENTRIES.esnext),
    visStyles: await measureStylesheet(join(ROOT, "node_modules/vis-timeline/styles/vis-timeline-graph2d.min.css")),
  };
}
