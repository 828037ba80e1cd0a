/** Types of scripts/gate.mjs, for the tests that import it. */
export interface StepOutcome {
  passed: number;
  failed: number;
  note?: string | undefined;
}
/** Counts Vitest's JSON report: test cases, plus failures the report implies (skips, broken files, errors). */
export function countVitestReport(report: unknown, exitCode: number): StepOutcome;
