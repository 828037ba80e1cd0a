/**
 * Tests of the gate's counting (scripts/gate.mjs): Vitest's JSON report becomes passed and failed counts
 * where nothing that should fail the gate can pass silently (skips, broken files, unhandled errors).
 */
import { describe, expect, it } from "vitest";
import { countVitestReport } from "../../scripts/gate.mjs";

const fileResult = (status: "passed" | "failed", tests: number) => ({
  status,
  assertionResults: Array.from({ length: tests }, () => ({ status })),
});

describe("countVitestReport", () => {
  it("counts passed and failed test cases", () => {
    const report = { numTotalTests: 5, numPassedTests: 3, numFailedTests: 2, numPendingTests: 0, numTodoTests: 0, testResults: [fileResult("failed", 5)] };
    expect(countVitestReport(report, 1)).toEqual({ passed: 3, failed: 2, note: undefined });
  });

  it("counts skipped and todo tests as failures", () => {
    const report = { numTotalTests: 4, numPassedTests: 2, numFailedTests: 0, numPendingTests: 1, numTodoTests: 1, testResults: [fileResult("passed", 4)] };
    expect(countVitestReport(report, 0)).toMatchObject({ passed: 2, failed: 2, note: expect.stringContaining("skipped") });
  });

  it("counts a test file that failed before any test ran", () => {
    const report = { numTotalTests: 1, numPassedTests: 1, numFailedTests: 0, testResults: [fileResult("passed", 1), fileResult("failed", 0)] };
    expect(countVitestReport(report, 1)).toMatchObject({ passed: 1, failed: 1, note: expect.stringContaining("before any test ran") });
  });

  it("counts a non-zero exit with no failed test as one failure", () => {
    const report = { numTotalTests: 2, numPassedTests: 2, numFailedTests: 0, testResults: [fileResult("passed", 2)] };
    expect(countVitestReport(report, 1)).toMatchObject({ passed: 2, failed: 1 });
  });

  it("fails a run that executed no test", () => {
    expect(countVitestReport({ numTotalTests: 0, numPassedTests: 0, numFailedTests: 0, testResults: [] }, 0)).toMatchObject({ failed: 1, note: "no test ran" });
  });

  it("fails when Vitest wrote no report", () => {
    expect(countVitestReport(null, 1)).toMatchObject({ passed: 0, failed: 1 });
  });
});
