/**
 * A small benchmark harness: warm-up runs (JIT compilers settle, caches fill), then timed iterations,
 * reported as median and 95th percentile. Results are printed beside peers measured in the same run, as
 * ratios, because absolute times depend on the machine.
 */

/** Timings of one benchmark, in milliseconds. */
export interface BenchResult {
  readonly name: string;
  readonly iterations: number;
  readonly medianMs: number;
  readonly p95Ms: number;
  readonly minMs: number;
}

/** Options of {@link bench}. */
export interface BenchOptions {
  /** Untimed runs first. @default 3 */
  readonly warmup?: number;
  /** Timed runs. @default 20 */
  readonly iterations?: number;
}

/** Results are kept here so that no engine can drop a computation whose value is unused. */
const sink: unknown[] = [];

/** The value at quantile `q` (0–1) of sorted `values`, by the nearest-rank method. */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

/** Run `fn` `warmup` times untimed, then `iterations` times timed. */
export function bench(name: string, fn: () => unknown, options: BenchOptions = {}): BenchResult {
  return compare([{ name, fn }], options)[0]!;
}

/** A candidate of {@link compare}. */
export interface Candidate {
  readonly name: string;
  readonly fn: () => unknown;
}

/**
 * Time peers against each other: after every candidate's warm-up, the timed runs take turns (A, B, C, A, B, C …),
 * so that noise from the machine (other processes, GC of earlier work) falls on all of them alike and the
 * ratios stay meaningful on a busy machine.
 */
export function compare(candidates: readonly Candidate[], options: BenchOptions = {}): BenchResult[] {
  const warmup = options.warmup ?? 3;
  const iterations = options.iterations ?? 20;
  for (const { fn } of candidates) for (let i = 0; i < warmup; i++) sink[i % 4] = fn();
  const times = candidates.map((): number[] => []);
  for (let i = 0; i < iterations; i++) {
    candidates.forEach(({ fn }, c) => {
      const start = performance.now();
      sink[i % 4] = fn();
      times[c]!.push(performance.now() - start);
    });
  }
  return candidates.map(({ name }, c) => {
    const sorted = times[c]!.sort((a, b) => a - b);
    return { name, iterations, medianMs: quantile(sorted, 0.5), p95Ms: quantile(sorted, 0.95), minMs: sorted[0]! };
  });
}

/** A row of a printed group: a result, and optionally the budget its median should stay under. */
export interface GroupRow {
  readonly result: BenchResult;
  readonly budgetMs?: number;
}

const ms = (value: number): string =>
  value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2);

/**
 * Format a group as a table. The first row is the reference: every ratio is that row's median divided by
 * the reference's (`0.50×` is twice as fast as the reference).
 */
export function formatGroup(title: string, rows: readonly GroupRow[]): string {
  const reference = rows[0]?.result.medianMs ?? 1;
  const header = ["", "median ms", "p95 ms", "× ref", "budget"];
  const body = rows.map(({ result, budgetMs }) => [
    result.name,
    ms(result.medianMs),
    ms(result.p95Ms),
    `${(result.medianMs / reference).toFixed(2)}×`,
    budgetMs === undefined ? "" : `${result.medianMs <= budgetMs ? "ok" : "OVER"} < ${budgetMs} ms`,
  ]);
  const widths = header.map((_, c) => Math.max(header[c]!.length, ...body.map((row) => row[c]!.length)));
  const line = (cells: readonly string[]) =>
    cells.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join("  ");
  return [`\n${title}`, line(header), line(widths.map((w) => "-".repeat(w))), ...body.map(line)].join("\n");
}

/** True when every budgeted row of the groups is within its budget. */
export function withinBudgets(groups: readonly (readonly GroupRow[])[]): boolean {
  return groups.every((rows) =>
    rows.every(({ result, budgetMs }) => budgetMs === undefined || result.medianMs <= budgetMs),
  );
}

/**
 * A suite of `pnpm bench`: one module's benchmarks. `run` prints its tables and returns its groups, so the
 * runner can say at the end whether every budget was met. Each file of tests/bench/suites/ exports one
 * as `suite`; tests/bench/run.ts finds them there.
 */
export interface BenchSuite {
  /** The name to select the suite by: `pnpm bench meetings`. */
  readonly name: string;
  readonly run: () => readonly (readonly GroupRow[])[] | Promise<readonly (readonly GroupRow[])[]>;
}
