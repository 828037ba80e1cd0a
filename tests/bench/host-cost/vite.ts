/**
 * The same host entries bundled by Vite (Rolldown), the other kind of bundler hosts use: it keeps or drops whole
 * modules by what is used before it splits (as Rollup and webpack do), where esbuild assigns every module the
 * entry reaches to the entry's chunks. Same settings otherwise: minify, production, code splitting, React left
 * out unless the entry is a page; gzip -9 per chunk.
 */
import { build, type Rollup } from "vite";
import { sourceAliases } from "../../../vitest.shared.js";
import { gzip, ROOT } from "../scoring/bundle.js";

/** A Vite bundle's gzip sizes: everything, what loads with the page, and what on first use. */
export interface ViteSize {
  readonly gzip: number;
  readonly initialGzip: number;
  readonly lazyGzip: number;
}

const ENTRY = "virtual:host-entry";

/**
 * The chunks of a Vite build, and those of them a page loads at once: the entry chunk and every chunk it imports
 * statically, transitively (a dynamic import is loaded on first use). `tests/build/kit-bundles.test.ts` uses it too.
 */
export function splitViteChunks(result: Rollup.RollupOutput | Rollup.RollupOutput[]): {
  readonly chunks: readonly Rollup.OutputChunk[];
  readonly initial: ReadonlySet<Rollup.OutputChunk>;
} {
  const chunks = (Array.isArray(result) ? result.flatMap((output) => output.output) : result.output).filter(
    (item): item is Rollup.OutputChunk => item.type === "chunk",
  );
  const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const initial = new Set<Rollup.OutputChunk>();
  const visit = (chunk: Rollup.OutputChunk | undefined) => {
    if (chunk === undefined || initial.has(chunk)) return;
    initial.add(chunk);
    for (const imported of chunk.imports) visit(byName.get(imported));
  };
  visit(chunks.find((chunk) => chunk.isEntry));
  return { chunks, initial };
}

/** Bundle `contents` (an ES module) with Vite; React and react-dom stay imports unless `withReact`. */
export async function measureWithVite(
  contents: string,
  options: { readonly withReact?: boolean } = {},
): Promise<ViteSize> {
  const result = (await build({
    configFile: false,
    logLevel: "silent",
    root: ROOT,
    resolve: { alias: sourceAliases },
    define: { "process.env.NODE_ENV": '"production"' },
    plugins: [
      {
        name: "host-entry",
        resolveId: (id) => (id === ENTRY ? `\0${ENTRY}` : null),
        load: (id) => (id === `\0${ENTRY}` ? contents : null),
      },
    ],
    build: {
      write: false,
      minify: true,
      target: "es2022",
      rollupOptions: {
        input: ENTRY,
        external: options.withReact === true ? [] : [/^react($|\/)/, /^react-dom($|\/)/],
        preserveEntrySignatures: "exports-only",
      },
    },
  })) as Rollup.RollupOutput | Rollup.RollupOutput[];
  const { chunks, initial } = splitViteChunks(result);
  const sum = (list: readonly Rollup.OutputChunk[]) => list.reduce((total, chunk) => total + gzip(chunk.code), 0);
  const initialGzip = sum([...initial]);
  const lazyGzip = sum(chunks.filter((chunk) => !initial.has(chunk)));
  return { gzip: initialGzip + lazyGzip, initialGzip, lazyGzip };
}
