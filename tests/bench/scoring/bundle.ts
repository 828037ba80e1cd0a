/**
 * esbuild for the scoring bench: the page bundles Chromium loads (each page entry with React and its chart
 * library, minified for production), and the bundle cost of each chart set the way a host's bundler would
 * pay it (minify, tree-shake, React left out), gzipped with zlib as scripts/size.mjs does.
 * `bundlePages` (given other entries) and `measureBundle` serve the other browser suites too (timeline-view).
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { gzipSync } from "node:zlib";
import { build, type Metafile, type Plugin } from "esbuild";
import { sourceAliases } from "../../../vitest.shared.js";

/** The repository root. */
export const ROOT = join(import.meta.dirname, "../../..");
const HERE = import.meta.dirname;

/** React is the host's: a peer of every candidate, so it is left out of every size figure. */
const REACT_EXTERNAL = ["react", "react/*", "react-dom", "react-dom/*"];

/** The production define every React app's build sets (React and the libraries drop their dev-only code). */
const PRODUCTION = { "process.env.NODE_ENV": '"production"' };

/**
 * `@systemledning/<package>[/<entry>]` to the package's sources, with the very aliases Vitest and the demo use
 * (vitest.shared.ts). With `coreExternal`, the core stays an import instead: a host that already loads the
 * core to read its workspace pays for it once.
 */
function sourcesPlugin(options: { readonly coreExternal: boolean }): Plugin {
  return {
    name: "systemledning-sources",
    setup(builder) {
      builder.onResolve({ filter: /^@systemledning\// }, (args) => {
        if (options.coreExternal && /^@systemledning\/core(\/|$)/.test(args.path))
          return { path: args.path, external: true };
        for (const { find, replacement } of sourceAliases) {
          const matches = typeof find === "string" ? args.path === find : find.test(args.path);
          // esbuild reads a package's "sideEffects" only for the paths it resolves itself, so the plugin says what
          // both packages declare: their modules have none, their stylesheets do. Without it the package's root
          // counts as a module with effects, and every module it re-exports is kept in the page's first chunk
          // (the table alternative too), which no host's bundler does with the published packages.
          if (matches) {
            const path = args.path.replace(find, replacement);
            return path.endsWith(".css") ? { path } : { path, sideEffects: false };
          }
        }
        return undefined;
      });
    },
  };
}

/** A file of a bench page, as the local server sends it. */
export interface PageFile {
  readonly contentType: string;
  readonly body: Uint8Array | string;
}

/** The page entries: one per candidate for cold loads, and one with all of them for the warm re-mounts. */
export const PAGE_ENTRIES = { ours: "ours.tsx", recharts: "recharts.tsx", nivo: "nivo.tsx", all: "all.ts" } as const;

/** A page entry's name: the page is served as `/<name>.html`. */
export type PageName = keyof typeof PAGE_ENTRIES;

/** Options of {@link bundlePages}, for a suite other than scoring; each defaults to the scoring bench's. */
export interface PageBundleOptions<TName extends string> {
  /** Page name to entry file, relative to `directory`: the page is served as `/<name>.html`. */
  readonly entries: Readonly<Record<TName, string>>;
  /** The folder of the entries (absolute). */
  readonly directory: string;
  /** The pages' `<title>` prefix. @default "scoring bench" */
  readonly title?: string;
}

/**
 * Bundle every page entry (bundle, minify, ESM, automatic JSX runtime, production React) and write a small
 * HTML page around each. Returns the files by URL path, and each page's JavaScript size (gzip). Without
 * options, the scoring bench's pages.
 */
export async function bundlePages(): Promise<{ files: Map<string, PageFile>; jsGzip: Record<PageName, number> }>;
export async function bundlePages<TName extends string>(
  options: PageBundleOptions<TName>,
): Promise<{ files: Map<string, PageFile>; jsGzip: Record<TName, number> }>;
export async function bundlePages(
  options: PageBundleOptions<string> = { entries: PAGE_ENTRIES, directory: HERE },
): Promise<{ files: Map<string, PageFile>; jsGzip: Record<string, number> }> {
  const { entries, directory, title = "scoring bench" } = options;
  const files = new Map<string, PageFile>();
  const jsGzip: Record<string, number> = {};
  // One build per page, so a page's chunks hold only what that page uses (a shared build would split the
  // pages' common code into chunks of its own and count them for each page).
  for (const [name, file] of Object.entries(entries)) {
    const result = await build({
      entryPoints: { [name]: join(directory, file) },
      outdir: join(directory, "out"),
      bundle: true,
      minify: true,
      format: "esm",
      platform: "browser",
      target: "es2022",
      jsx: "automatic",
      define: PRODUCTION,
      // Resolution is the plugin's (as in Vitest), not the repository tsconfig's paths.
      tsconfigRaw: "{}",
      plugins: [sourcesPlugin({ coreExternal: false })],
      // Code splitting, as a host's bundler has it: a dynamic import() (our table alternative) becomes a chunk
      // loaded on first use. Without it esbuild inlines the imported module behind a lazy initialiser that runs
      // everything the module reaches, which no host would ship.
      splitting: true,
      metafile: true,
      absWorkingDir: ROOT,
      write: false,
      logLevel: "silent",
    });
    const gzipByOutput = new Map<string, number>();
    for (const output of result.outputFiles) {
      const served = relative(join(directory, "out"), output.path);
      const contentType = served.endsWith(".css") ? "text/css" : "text/javascript";
      files.set(`/${served}`, { contentType, body: output.contents });
      if (served.endsWith(".js")) gzipByOutput.set(relative(ROOT, output.path), gzip(output.contents));
    }
    // The page's JavaScript: its entry chunk and every chunk it imports statically, as the browser loads them.
    const outputs = result.metafile.outputs;
    const entry = Object.keys(outputs).find((path) => outputs[path]!.entryPoint !== undefined && path.endsWith(".js"))!;
    const initial = new Set<string>();
    const visit = (chunk: string) => {
      if (initial.has(chunk)) return;
      initial.add(chunk);
      for (const imported of outputs[chunk]?.imports ?? [])
        if (imported.kind === "import-statement" && !imported.external) visit(imported.path);
    };
    visit(entry);
    jsGzip[name] = [...initial].reduce((sum, chunk) => sum + (gzipByOutput.get(chunk) ?? 0), 0);
  }
  for (const name of Object.keys(entries)) {
    // An empty icon, so the browser asks for no /favicon.ico (a 404 in the page's console otherwise).
    const stylesheet = files.has(`/${name}.css`) ? `<link rel="stylesheet" href="/${name}.css">` : "";
    const html = `<!doctype html><html lang="sv"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>${title}: ${name}</title>${stylesheet}<script type="module" src="/${name}.js"></script></head><body></body></html>`;
    files.set(`/${name}.html`, { contentType: "text/html; charset=utf-8", body: html });
  }
  return { files, jsGzip };
}

/** One package inside a bundle, with the minified bytes it adds. */
export interface BundlePart {
  readonly name: string;
  readonly bytes: number;
}

/** The bundle cost of one chart set. */
export interface BundleSize {
  readonly name: string;
  readonly minified: number;
  /** Every chunk, gzipped one by one (as a browser fetches them). */
  readonly gzip: number;
  /** The chunks loaded with the entry. */
  readonly initialGzip: number;
  /** The chunks behind a dynamic import(), loaded on first use. */
  readonly lazyGzip: number;
  /** The packages in the bundle, ours and third-party, largest first (minified bytes in the output, before gzip). */
  readonly parts: readonly BundlePart[];
}

/** Gzipped size at zlib's highest level, as scripts/size.mjs and CDNs report it. */
export function gzip(contents: Uint8Array | string): number {
  return gzipSync(contents, { level: 9 }).length;
}

/**
 * The package a bundled file came from: the last `node_modules/<name>` (or `<@scope/name>`) of its path, or
 * one of our packages when it is one of their sources (metafile paths are relative to the repository root).
 */
function packageOf(path: string): string | null {
  const match = /node_modules\/((?:@[^/]+\/)?[^/]+)\/(?!.*node_modules\/)/.exec(path);
  if (match !== null) return match[1]!;
  const ours = /^packages\/(core|react)\/src\//.exec(path);
  return ours === null ? null : `@systemledning/${ours[1]!} (sources)`;
}

function partsOf(metafile: Metafile): BundlePart[] {
  const bytes = new Map<string, number>();
  for (const output of Object.values(metafile.outputs)) {
    for (const [path, input] of Object.entries(output.inputs)) {
      const name = packageOf(path);
      if (name !== null) bytes.set(name, (bytes.get(name) ?? 0) + input.bytesInOutput);
    }
  }
  return [...bytes].map(([name, size]) => ({ name, bytes: size })).sort((a, b) => b.bytes - a.bytes);
}

/** Options of {@link measureBundle}. */
export interface MeasureOptions {
  /** Leave `@systemledning/core` an import (a host that loads the core already pays for it once). */
  readonly coreExternal: boolean;
  /** Bundle React and react-dom in too, for a whole page's cost; otherwise they stay the host's imports. */
  readonly withReact?: boolean;
}

/**
 * Bundle `contents` (an ESM entry) for a host: minify and tree-shake, React external, production defines,
 * and code splitting on, as a host's bundler has it: what the entry loads at once (`initialGzip`) is told
 * apart from chunks behind a dynamic `import()` (`lazyGzip`, such as the kit's table alternative, loaded
 * when a reader first asks for the table). `gzip` is the whole set, both together. Only JavaScript is
 * counted: a stylesheet the entry imports is left out (measure it on its own).
 *
 * @example
 * const size = await measureBundle("vis", `export { Timeline } from "vis-timeline/peer";`);
 * size.initialGzip // bytes
 */
export async function measureBundle(
  name: string,
  contents: string,
  options: MeasureOptions = { coreExternal: false },
): Promise<BundleSize> {
  // Splitting needs a real entry file; it lives outside the repository and finds packages through nodePaths.
  const directory = mkdtempSync(join(tmpdir(), "sl-bench-size-"));
  try {
    const entry = join(directory, `${name}.ts`);
    writeFileSync(entry, contents);
    const result = await build({
      entryPoints: [entry],
      outdir: join(directory, "out"),
      bundle: true,
      splitting: true,
      minify: true,
      treeShaking: true,
      format: "esm",
      platform: "browser",
      target: "es2022",
      jsx: "automatic",
      external: options.withReact === true ? [] : REACT_EXTERNAL,
      define: PRODUCTION,
      tsconfigRaw: "{}",
      nodePaths: [join(ROOT, "node_modules")],
      plugins: [sourcesPlugin(options)],
      // Metafile paths are relative to this: packageOf reads them from the repository root.
      absWorkingDir: ROOT,
      metafile: true,
      write: false,
      logLevel: "silent",
    });
    const bytesOf = new Map(result.outputFiles.map((file) => [relative(ROOT, file.path), file.contents]));
    const outputs = result.metafile.outputs;
    const entryOutput = Object.keys(outputs).find((path) => outputs[path]!.entryPoint !== undefined);
    if (entryOutput === undefined) throw new Error(`esbuild produced no entry chunk for ${name}`);
    // The initial load: the entry chunk and every chunk it imports statically, transitively.
    const initial = new Set<string>();
    const visit = (path: string) => {
      if (initial.has(path)) return;
      initial.add(path);
      for (const imported of outputs[path]?.imports ?? [])
        if (imported.kind === "import-statement" && !imported.external) visit(imported.path);
    };
    visit(entryOutput);
    // What a reader may load later: every chunk the page's code can reach through an `import()`, and what those
    // import. esbuild emits a chunk for each `import()` of a module in the graph even when tree-shaking removed
    // the code that held it (the map's poster, behind its toolbar, for a page with only a timeline); no code of
    // such a page ever asks for that chunk, so it is not counted.
    const reachable = new Set<string>();
    const reach = (path: string) => {
      if (reachable.has(path)) return;
      reachable.add(path);
      for (const imported of outputs[path]?.imports ?? [])
        if (!imported.external && (imported.kind === "import-statement" || imported.kind === "dynamic-import"))
          reach(imported.path);
    };
    reach(entryOutput);
    const chunks = Object.keys(outputs).filter((path) => path.endsWith(".js") && reachable.has(path));
    const gzipOf = (paths: readonly string[]) => paths.reduce((sum, path) => sum + gzip(bytesOf.get(path) ?? ""), 0);
    const minified = chunks.reduce((sum, path) => sum + (bytesOf.get(path)?.length ?? 0), 0);
    const initialGzip = gzipOf(chunks.filter((path) => initial.has(path)));
    const lazyGzip = gzipOf(chunks.filter((path) => !initial.has(path)));
    return { name, minified, gzip: initialGzip + lazyGzip, initialGzip, lazyGzip, parts: partsOf(result.metafile) };
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

/** The bundle cost of every candidate, and of the kit's stylesheet. */
export interface BundleSizes {
  /** Everything `packages/react/src/scoring/index.ts` exports, with `@systemledning/core` left as an import. */
  readonly oursCoreExternal: BundleSize;
  /** The same with the core (and so zod) bundled in. */
  readonly oursWithCore: BundleSize;
  /** The charts alone, without the form, with the core bundled in: what a page that only shows results pays. */
  readonly chartsWithCore: BundleSize;
  /** The kit's whole stylesheet (`styles.css` with its imports), minified. */
  readonly styles: { readonly minified: number; readonly gzip: number };
  readonly recharts: BundleSize;
  readonly nivo: BundleSize;
}

/** The scoring set's charts: everything it exports but the form, which validates through the core's door. */
export const SCORING_CHARTS = [
  "DistributionChart",
  "RoundOverview",
  "LeadershipComparison",
  "TrendChart",
  "CoverageCaption",
  "CoverageBadge",
];

/** Every name recharts needs for the scoring set's two chart kinds (a radar for the comparison, bars for the distribution). */
export const RECHARTS_NAMES = [
  "RadarChart",
  "Radar",
  "PolarGrid",
  "PolarAngleAxis",
  "PolarRadiusAxis",
  "BarChart",
  "Bar",
  "XAxis",
  "YAxis",
  "CartesianGrid",
  "Tooltip",
];

/**
 * Measure the bundle cost of our scoring set and the peers'. Our entry re-exports the scoring module
 * whole (`export *`), so whatever components it exports when the bench runs are counted.
 */
export async function measureBundleSizes(): Promise<BundleSizes> {
  const scoring = `export * from ${JSON.stringify(join(ROOT, "packages/react/src/scoring/index.ts"))};`;
  const css = await build({
    entryPoints: [join(ROOT, "packages/react/src/styles.css")],
    bundle: true,
    minify: true,
    outdir: join(HERE, "out"),
    write: false,
    logLevel: "silent",
  });
  const cssBytes = css.outputFiles[0]!.contents;
  return {
    oursCoreExternal: await measureBundle("ours", scoring, { coreExternal: true }),
    oursWithCore: await measureBundle("ours-with-core", scoring, { coreExternal: false }),
    chartsWithCore: await measureBundle(
      "charts-with-core",
      `export { ${SCORING_CHARTS.join(", ")} } from ${JSON.stringify(join(ROOT, "packages/react/src/scoring/index.ts"))};`,
      { coreExternal: false },
    ),
    styles: { minified: cssBytes.length, gzip: gzip(cssBytes) },
    recharts: await measureBundle("recharts", `export { ${RECHARTS_NAMES.join(", ")} } from "recharts";`),
    nivo: await measureBundle("nivo", `export { Radar } from "@nivo/radar"; export { Bar } from "@nivo/bar";`),
  };
}
