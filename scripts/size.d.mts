/** Types of scripts/size.mjs, for the tests and benchmarks that import it. */
export interface EntrySize {
  entry: string;
  file: string;
  minified: number | null;
  gzip: number | null;
  gzipWithDependencies: number | null;
  error: string | null;
}
export interface SizeBudget {
  gzip: number;
  gzipWithDependencies: number;
}
export const MEASURED_PACKAGES: string[];
export const BUDGETS_FILE: string;
export function measurePackageSizes(options?: { root?: string; packages?: string[] }): Promise<EntrySize[]>;
export function readBudgets(file?: string): Record<string, SizeBudget>;
export function checkBudgets(
  rows: readonly EntrySize[],
  budgets: Readonly<Record<string, Partial<SizeBudget>>>,
): string[];
export function formatBytes(bytes: number | null | undefined): string;
export function formatSizeTable(
  rows: readonly EntrySize[],
  budgets?: Readonly<Record<string, Partial<SizeBudget>>>,
): string;
