/**
 * Translate zod's issues into our {@link ValidationIssue}s: exact paths (an unknown key's path ends in the
 * key itself), stable codes and Swedish and English messages. Zod's own English text is never shown.
 */
import type * as z from "zod";
import {
  createIssue,
  issueWithMessage,
  type IssueParams,
  type PathSegment,
  type ValidationIssue,
} from "../common/issues.js";

function typeOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number" && Number.isNaN(value)) return "NaN";
  return typeof value;
}

function valueAt(root: unknown, path: readonly PathSegment[]): unknown {
  let current: unknown = root;
  for (const segment of path) {
    if (typeof current !== "object" || current === null) return undefined;
    current = (current as Record<string | number, unknown>)[segment];
  }
  return current;
}

function toSegments(path: readonly PropertyKey[]): PathSegment[] {
  return path.map((segment) => (typeof segment === "symbol" ? String(segment) : segment));
}

/** Convert zod issues for `input` into validation issues, with `prefix` before every path. */
export function fromZodIssues(
  zodIssues: readonly z.core.$ZodIssue[],
  input: unknown,
  prefix: readonly PathSegment[] = [],
): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  for (const issue of zodIssues) {
    const path = [...prefix, ...toSegments(issue.path)];
    switch (issue.code) {
      case "invalid_type": {
        const received = valueAt(input, toSegments(issue.path));
        out.push(
          received === undefined
            ? createIssue(path, "missing_field", { expected: issue.expected })
            : createIssue(path, "invalid_type", { expected: issue.expected, received: typeOf(received) }),
        );
        break;
      }
      case "unrecognized_keys":
        for (const key of issue.keys) out.push(createIssue([...path, key], "unknown_field", { key }));
        break;
      case "invalid_format":
        if (issue.message === "invalid_id" || issue.message === "invalid_code")
          out.push(createIssue(path, issue.message));
        else out.push(createIssue(path, "invalid_format", { format: issue.format }));
        break;
      case "invalid_value": {
        const allowed = issue.values.map((v) => JSON.stringify(v)).join(", ");
        out.push(
          valueAt(input, toSegments(issue.path)) === undefined
            ? createIssue(path, "missing_field", { expected: allowed })
            : createIssue(path, "invalid_value", { allowed }),
        );
        break;
      }
      case "too_small":
        out.push(createIssue(path, "too_small", { origin: issue.origin, minimum: Number(issue.minimum) }));
        break;
      case "too_big":
        out.push(createIssue(path, "too_big", { origin: issue.origin, maximum: Number(issue.maximum) }));
        break;
      case "custom": {
        const { code, messageSv, messageEn, ...params } = (issue.params ?? {}) as {
          code?: string;
          messageSv?: string;
          messageEn?: string;
        } & IssueParams;
        if (code === "invalid_period") out.push(createIssue(path, "invalid_period", params));
        else if (code !== undefined && typeof messageSv === "string" && typeof messageEn === "string") {
          // A module's own rule, made with customIssueParams(): its code and both messages travel in params.
          out.push(issueWithMessage(path, code, { sv: messageSv, en: messageEn }, params));
        } else out.push(createIssue(path, "invalid_value", { allowed: "" }));
        break;
      }
      case "invalid_union": {
        // Report the branch that got furthest, so the path points at the real problem.
        const best = [...issue.errors].sort((a, b) => depth(b) - depth(a))[0];
        if (best && best.length > 0) out.push(...fromZodIssues(best, valueAt(input, toSegments(issue.path)), path));
        else out.push(createIssue(path, "invalid_union"));
        break;
      }
      default:
        out.push(createIssue(path, "invalid_value", { allowed: "" }));
    }
  }
  return out;
}

function depth(issues: readonly z.core.$ZodIssue[]): number {
  return Math.max(0, ...issues.map((i) => i.path.length));
}
