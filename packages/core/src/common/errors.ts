import type { ValidationIssue } from "./issues.js";

const ERROR_BRAND = Symbol.for("systemledning.error");

/** Why a {@link SystemledningError} was thrown. */
export type SystemledningErrorReason =
  /** The input is not a valid document: see `issues`. */
  | "invalidDocument"
  /** The document was written by a newer version of the code. */
  | "unsupportedVersion"
  /** The input is valid data of the wrong kind (not a workspace). */
  | "unknownSchema"
  /** A migration step failed. */
  | "migrationFailed"
  /** An argument to a function is invalid (a CSV text, a generator option). */
  | "invalidInput"
  /** A store holds a newer revision than the save was based on (`WorkspaceConflictError`). */
  | "conflict"
  /** The store could not be reached, or failed, even after retries (network or server down). */
  | "unavailable";

/**
 * The one error class of `@systemledning/core`. It carries a `reason` and every issue found, each with its
 * exact path, stable code and a Swedish and English message. Test for it with {@link isSystemledningError}
 * (works across bundles and realms).
 *
 * @example
 * try { parseWorkspace(json) } catch (e) {
 *   if (isSystemledningError(e)) for (const i of e.issues) console.log(i.path, i.message.sv);
 * }
 */
export class SystemledningError<TCode extends string = string> extends Error {
  /** Why it failed. */
  readonly reason: SystemledningErrorReason;
  /** Every issue found, in document order. The door's carry `IssueCode` (`@systemledning/core/workspace`). */
  readonly issues: readonly ValidationIssue<TCode>[];
  /** The summary in Swedish (the `message` is English, as errors in logs usually are). */
  readonly messageSv: string;
  readonly [ERROR_BRAND] = true;

  constructor(reason: SystemledningErrorReason, issues: readonly ValidationIssue<TCode>[]) {
    super(summarize(issues, "en"));
    this.name = "SystemledningError";
    this.reason = reason;
    this.issues = issues;
    this.messageSv = summarize(issues, "sv");
  }
}

const SHOWN_IN_SUMMARY = 5;

function summarize(issues: readonly ValidationIssue[], locale: "sv" | "en"): string {
  const head =
    locale === "sv"
      ? `${issues.length} ${issues.length === 1 ? "fel" : "fel"} i indata`
      : `${issues.length} ${issues.length === 1 ? "issue" : "issues"} in the input`;
  const lines = issues.slice(0, SHOWN_IN_SUMMARY).map((i) => `  ${i.path || "(document)"}: ${i.message[locale]}`);
  const more =
    issues.length > SHOWN_IN_SUMMARY
      ? [
          locale === "sv"
            ? `  … och ${issues.length - SHOWN_IN_SUMMARY} till`
            : `  … and ${issues.length - SHOWN_IN_SUMMARY} more`,
        ]
      : [];
  return [`${head}:`, ...lines, ...more].join("\n");
}

/** True when `value` is a {@link SystemledningError}, also one from another copy of the package. */
export function isSystemledningError(value: unknown): value is SystemledningError {
  return typeof value === "object" && value !== null && (value as Record<symbol, unknown>)[ERROR_BRAND] === true;
}
