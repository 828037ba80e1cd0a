/**
 * Tests of the gate's counting (scripts/gate.mjs): Vitest's JSON report becomes passed and failed counts
 * where nothing that should fail the gate can pass silently (skips, broken files, unhandled errors); the
 * sources check runs only when SYSTEMLEDNING_SOURCES_DIR names a folder, and is otherwise reported on its
 * own line as not run, with the reason, and never counted.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  countVitestReport,
  gateTotals,
  notRun,
  sourcesCheckPlan,
  sourcesCheckStep,
  stepLine,
  SOURCES_DIR_VARIABLE,
} from "../../scripts/gate.mjs";

const fileResult = (status: "passed" | "failed", tests: number) => ({
  status,
  assertionResults: Array.from({ length: tests }, () => ({ status })),
});

describe("countVitestReport", () => {
  it("counts passed and failed test cases", () => {
    const report = {
      numTotalTests: 5,
      numPassedTests: 3,
      numFailedTests: 2,
      numPendingTests: 0,
      numTodoTests: 0,
      testResults: [fileResult("failed", 5)],
    };
    expect(countVitestReport(report, 1)).toEqual({ passed: 3, failed: 2, note: undefined });
  });

  it("counts skipped and todo tests as failures", () => {
    const report = {
      numTotalTests: 4,
      numPassedTests: 2,
      numFailedTests: 0,
      numPendingTests: 1,
      numTodoTests: 1,
      testResults: [fileResult("passed", 4)],
    };
    expect(countVitestReport(report, 0)).toMatchObject({
      passed: 2,
      failed: 2,
      note: expect.stringContaining("skipped"),
    });
  });

  it("counts a test file that failed before any test ran", () => {
    const report = {
      numTotalTests: 1,
      numPassedTests: 1,
      numFailedTests: 0,
      testResults: [fileResult("passed", 1), fileResult("failed", 0)],
    };
    expect(countVitestReport(report, 1)).toMatchObject({
      passed: 1,
      failed: 1,
      note: expect.stringContaining("before any test ran"),
    });
  });

  it("counts a non-zero exit with no failed test as one failure", () => {
    const report = { numTotalTests: 2, numPassedTests: 2, numFailedTests: 0, testResults: [fileResult("passed", 2)] };
    expect(countVitestReport(report, 1)).toMatchObject({ passed: 2, failed: 1 });
  });

  it("fails a run that executed no test", () => {
    expect(
      countVitestReport({ numTotalTests: 0, numPassedTests: 0, numFailedTests: 0, testResults: [] }, 0),
    ).toMatchObject({ failed: 1, note: "no test ran" });
  });

  it("fails when Vitest wrote no report", () => {
    expect(countVitestReport(null, 1)).toMatchObject({ passed: 0, failed: 1 });
  });
});

describe("sourcesCheckPlan", () => {
  it("does not run the check when SYSTEMLEDNING_SOURCES_DIR is not set or empty, and says why", () => {
    expect(SOURCES_DIR_VARIABLE).toBe("SYSTEMLEDNING_SOURCES_DIR");
    const reason =
      "SYSTEMLEDNING_SOURCES_DIR is not set (the public source documents are not in the repository; CI sets it)";
    expect(sourcesCheckPlan({}, () => true)).toEqual({ run: false, reason });
    expect(sourcesCheckPlan({ SYSTEMLEDNING_SOURCES_DIR: " " }, () => true)).toEqual({ run: false, reason });
  });

  it("does not run the check when the variable names no folder, naming the path it resolved", () => {
    const plan = sourcesCheckPlan({ SYSTEMLEDNING_SOURCES_DIR: "../documents" }, () => false, "/work/repo");
    expect(plan).toEqual({
      run: false,
      reason:
        "SYSTEMLEDNING_SOURCES_DIR names /work/documents, which is not a folder (the public source documents are not in the repository; CI sets it)",
    });
  });

  it("runs the check on the folder the variable names, resolved from where the gate runs", () => {
    const seen: string[] = [];
    const isFolder = (path: string) => {
      seen.push(path);
      return true;
    };
    expect(sourcesCheckPlan({ SYSTEMLEDNING_SOURCES_DIR: "../documents" }, isFolder, "/work/repo")).toEqual({
      run: true,
      directory: "/work/documents",
    });
    expect(sourcesCheckPlan({ SYSTEMLEDNING_SOURCES_DIR: "/srv/documents" }, isFolder, "/work/repo")).toEqual({
      run: true,
      directory: "/srv/documents",
    });
    expect(seen).toEqual(["/work/documents", "/srv/documents"]);
  });

  it("looks at the file system by default: an existing folder runs, a missing one does not", () => {
    const folder = mkdtempSync(join(tmpdir(), "systemledning-sources-"));
    try {
      expect(sourcesCheckPlan({ SYSTEMLEDNING_SOURCES_DIR: folder })).toEqual({ run: true, directory: folder });
      expect(sourcesCheckPlan({ SYSTEMLEDNING_SOURCES_DIR: join(folder, "missing") })).toMatchObject({ run: false });
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});

describe("sourcesCheckStep", () => {
  it("is not run without the documents: no Vitest run, zero counts and the reason", async () => {
    const step = sourcesCheckStep({});
    expect(step.name).toBe("sources check");
    await expect(step.execute(null)).resolves.toEqual({
      passed: 0,
      failed: 0,
      notRun: expect.stringContaining("is not set"),
    });
  });
});

describe("stepLine", () => {
  it("reports a step that did not run on its own line, with ○ and the reason, without counts", () => {
    const line = stepLine(
      "sources check",
      notRun(
        "SYSTEMLEDNING_SOURCES_DIR is not set (the public source documents are not in the repository; CI sets it)",
      ),
    );
    expect(line).toBe(
      "○ sources check: not run — SYSTEMLEDNING_SOURCES_DIR is not set (the public source documents are not in the repository; CI sets it)",
    );
    expect(line).not.toMatch(/passed|failed/u);
  });

  it("reports a step that ran with its counts, time and note", () => {
    expect(stepLine("sources check", { passed: 31, failed: 0, elapsed: "4.2 s" })).toBe(
      "✔ sources check: 31 passed, 0 failed (4.2 s)",
    );
    expect(
      stepLine("sources check", { passed: 30, failed: 1, elapsed: "4.2 s", note: "1 skipped or todo (not allowed)" }),
    ).toBe("✘ sources check: 30 passed, 1 failed (4.2 s) — 1 skipped or todo (not allowed)");
  });
});

describe("gateTotals", () => {
  const vitest = countVitestReport(
    { numTotalTests: 10, numPassedTests: 9, numFailedTests: 1, testResults: [fileResult("failed", 10)] },
    1,
  );
  const typecheck = { passed: 1, failed: 0 };

  it("counts a sources check that did not run neither as passed nor as failed", () => {
    const without = gateTotals([typecheck, vitest]);
    expect(gateTotals([typecheck, vitest, notRun("SYSTEMLEDNING_SOURCES_DIR is not set")])).toEqual(without);
    expect(without).toEqual({ passed: 10, failed: 1, closingLine: "10 passed, 1 failed" });
  });

  it("adds the test cases of a sources check that ran to the totals, failures included", () => {
    const passing = countVitestReport(
      { numTotalTests: 20, numPassedTests: 20, numFailedTests: 0, testResults: [fileResult("passed", 20)] },
      0,
    );
    expect(gateTotals([typecheck, vitest, passing]).closingLine).toBe("30 passed, 1 failed");
    const failing = countVitestReport(
      { numTotalTests: 20, numPassedTests: 18, numFailedTests: 2, testResults: [fileResult("failed", 20)] },
      1,
    );
    expect(gateTotals([typecheck, vitest, failing]).closingLine).toBe("28 passed, 3 failed");
    // A sources check that found no document fails before its tests: counted as a failure, never as a pass.
    const broken = countVitestReport(
      { numTotalTests: 0, numPassedTests: 0, numFailedTests: 0, testResults: [fileResult("failed", 0)] },
      1,
    );
    expect(gateTotals([broken]).failed).toBeGreaterThan(0);
  });
});
