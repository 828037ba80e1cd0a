/** Types of scripts/gate.mjs, for the tests that import it. */
export interface StepOutcome {
  passed: number;
  failed: number;
  note?: string | undefined;
  /** Why the step did not run; a step that did not run counts neither as passed nor as failed. */
  notRun?: string | undefined;
  /** How long the step took, e.g. `"12.3 s"`. */
  elapsed?: string | undefined;
}
/** A step of the gate. */
export interface GateStep {
  name: string;
  execute(output?: Buffer[] | null): Promise<StepOutcome>;
}
/** Whether the sources check runs, and on which folder; otherwise why not. */
export type SourcesCheckPlan = { run: true; directory: string } | { run: false; reason: string };

/** Counts Vitest's JSON report: test cases, plus failures the report implies (skips, broken files, errors). */
export function countVitestReport(report: unknown, exitCode: number): StepOutcome;
/** The environment variable that names the folder of the public source documents. */
export const SOURCES_DIR_VARIABLE: "SYSTEMLEDNING_SOURCES_DIR";
/** Whether the sources check runs: only when `SYSTEMLEDNING_SOURCES_DIR` names a folder (resolved from `cwd`). */
export function sourcesCheckPlan(
  env: Record<string, string | undefined>,
  isFolder?: (path: string) => boolean,
  cwd?: string,
): SourcesCheckPlan;
/** The outcome of a step that did not run, with the reason. */
export function notRun(reason: string): StepOutcome & { passed: 0; failed: 0; notRun: string };
/** The sources check as a gate step: not run, with the reason, unless `SYSTEMLEDNING_SOURCES_DIR` in `env` names a folder. */
export function sourcesCheckStep(env?: Record<string, string | undefined>): GateStep;
/** The line that reports a step in the step list and the summary. */
export function stepLine(name: string, result: StepOutcome): string;
/** The sums of the steps' counts (a step that did not run adds nothing) and the closing line `N passed, N failed`. */
export function gateTotals(results: readonly StepOutcome[]): { passed: number; failed: number; closingLine: string };
/** The reference server's PostgreSQL tests as a gate step: not run, with the reason, where there is no PostgreSQL. */
export function postgresStep(
  env?: Record<string, string | undefined>,
  findBin?: (env: Record<string, string | undefined>) => string | null,
): GateStep;
