/**
 * The commands' door for a value from outside (a form's data, an intent): the same first step as the workspace's
 * door, then the schema. Zod recurses, so a value nested 100,000 levels deep in an `ext` (or a cycle) would throw a
 * `RangeError`, and a getter could throw or answer differently when read again; read once as plain JSON first,
 * nothing can make a command throw.
 */
import type * as z from "zod";
import { formatPath, type PathSegment, type ValidationIssue } from "../common/issues.js";
import { readPlainJson } from "../common/plain-json.js";
import { err, ok, type Result } from "../common/result.js";
import { fromZodIssues } from "./zod-issues.js";

/** Zod's options at every door: no `new Function` (strict CSP), no input values copied into issues. */
const PARSE_CONTEXT = { reportInput: false, jitless: true } as const;

/**
 * Validate `input` with `schema` without throwing, whatever `input` is: first read once as plain JSON
 * (`too_deep`, `circular_reference`, `not_json`, `unreadable_value`), then the schema. Every issue's path starts
 * with `prefix`.
 *
 * @example
 * const parsed = parseInput(PlanActivity, input.activity, ["activity"]);
 * if (!parsed.ok) return fail(parsed.error);
 */
export function parseInput<TSchema extends z.ZodType>(
  schema: TSchema,
  input: unknown,
  prefix: readonly PathSegment[] = [],
): Result<z.infer<TSchema>, ValidationIssue[]> {
  const plain = readPlainJson(input);
  if (!plain.ok)
    return err(
      plain.error.map((issue) => {
        const pathSegments = [...prefix, ...issue.pathSegments];
        return { ...issue, pathSegments, path: formatPath(pathSegments) };
      }),
    );
  const parsed = schema.safeParse(plain.value, PARSE_CONTEXT);
  return parsed.success ? ok(parsed.data) : err(fromZodIssues(parsed.error.issues, plain.value, prefix));
}
