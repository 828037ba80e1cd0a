/**
 * Formatting shared by the browser bench suites (scoring, timeline-view, system-map): sizes, times, plain
 * tables, harness results from lists of timings, and the largest parts of a bundle.
 */
import { quantile, type BenchResult } from "./harness.js";
import type { BundlePart } from "./scoring/bundle.js";

/** Bytes as kilobytes with one decimal. */
export const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
/** Milliseconds with three significant digits or so. */
export const ms = (value: number): string =>
  value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2);
/** The median of a list (not sorted in place). */
export const median = (values: readonly number[]): number =>
  quantile(
    [...values].sort((a, b) => a - b),
    0.5,
  );
/** The 95th percentile of a list (not sorted in place). */
export const p95 = (values: readonly number[]): number =>
  quantile(
    [...values].sort((a, b) => a - b),
    0.95,
  );

/** A harness result from a list of timings. */
export function resultOf(name: string, times: readonly number[]): BenchResult {
  const sorted = [...times].sort((a, b) => a - b);
  return {
    name,
    iterations: sorted.length,
    medianMs: quantile(sorted, 0.5),
    p95Ms: quantile(sorted, 0.95),
    minMs: sorted[0] ?? Number.NaN,
  };
}

/** A plain table: first column left-aligned, the others right-aligned. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((_, c) => Math.max(header[c]!.length, ...rows.map((row) => row[c]!.length)));
  const line = (cells: readonly string[]) =>
    cells.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join("  ");
  return [line(header), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n");
}

/** The first `limit` parts (those `filter` keeps) with their minified size, and how many more there are. */
export function partsList(
  parts: readonly BundlePart[],
  limit = 6,
  filter: (part: BundlePart) => boolean = () => true,
): string {
  const kept = parts.filter(filter);
  const listed = kept
    .slice(0, limit)
    .map((part) => `${part.name} ${kb(part.bytes)}`)
    .join(", ");
  return kept.length > limit ? `${listed}, and ${kept.length - limit} more` : listed;
}

/** A size row of a bundle table: a file's minified and gzip sizes, and for a bundle what loads with the page and later. */
export interface SizeRow {
  readonly minified: number;
  readonly gzip: number;
  readonly initialGzip?: number;
  readonly lazyGzip?: number;
}

/**
 * Print the bundle-cost table of a suite (esbuild's settings, then a row per candidate), with each row's gzip
 * size as a multiple of `reference` (ours). A file without a split (a stylesheet) loads whole with the page.
 */
export function printBundleTable(rows: readonly (readonly [string, SizeRow])[], reference: number): void {
  console.log(
    "\nBundle cost (esbuild: bundle, minify, tree-shake, code splitting, ESM, browser, production; react and react-dom external; gzip -9 per chunk)",
  );
  console.log(
    "initial = loaded with the page; on first use = behind a dynamic import() (our table alternative, fetched when a reader opens it)",
  );
  const initial = (size: SizeRow) => kb(size.initialGzip ?? size.gzip);
  const lazy = (size: SizeRow) => (size.lazyGzip === undefined ? "" : kb(size.lazyGzip));
  console.log(
    table(
      ["", "minified", "gzip", "initial", "on first use", "× ours"],
      rows.map(([label, size]) => [
        label,
        kb(size.minified),
        kb(size.gzip),
        initial(size),
        lazy(size),
        `${(size.gzip / reference).toFixed(2)}×`,
      ]),
    ),
  );
}
