/**
 * The one validating door of the workspace: migrate, validate the schema, then check cross-references.
 */
import { SystemledningError } from "../common/errors.js";
import { createIssue, type CommonIssueCode, type PathSegment, type ValidationIssue } from "../common/issues.js";
import { fromZodIssues } from "../schema/zod-issues.js";
import { validateAssessmentReferences } from "../assessment/references.js";
import { validateMeetingsReferences } from "../meetings/references.js";
import { validatePlanReferences } from "../plan/references.js";
import { validateAnnualReportReferences } from "../plan/commands-report.js";
import { validateProfileReferences, validateStructureReferences } from "../structure/references.js";
import { validateSystemMapReferences } from "../system-map/references.js";
import { validateTimelineReferences } from "../timeline/references.js";
import { ensureJitlessZod } from "../schema/define-schema.js";
import type { IssueCode, WorkspaceIssue } from "./issues.js";
import { migrateWorkspaceDocument, type MigrateOptions } from "./migrations.js";
import { readPlainJson } from "../common/plain-json.js";
import { Workspace } from "./schema.js";

/**
 * Zod options of every parse at the door: no `new Function` (strict CSP), and no input values copied into
 * issues (they may hold personal data and would make errors as large as the document).
 */
export const DOOR_PARSE_CONTEXT = { reportInput: false, jitless: true } as const;

/** Options of {@link parseWorkspace}. */
export type ParseWorkspaceOptions = MigrateOptions;

/** The result of {@link safeParseWorkspace}, shaped like zod's `safeParse`. */
export type SafeParseWorkspaceResult =
  | { readonly success: true; readonly data: Workspace }
  | { readonly success: false; readonly error: SystemledningError<IssueCode> };

/**
 * Find own `__proto__` keys. Zod skips them in records (in `ext`, in a charter's answers) so that they cannot
 * replace the prototype of the parsed object; skipping would lose the host's data without a word, so the
 * door reports them instead. Strict objects report them as unknown fields already; this runs on what zod accepted.
 */
export function findReservedKeys(
  value: unknown,
  path: PathSegment[] = [],
  issues: ValidationIssue<CommonIssueCode>[] = [],
): ValidationIssue<CommonIssueCode>[] {
  if (typeof value !== "object" || value === null) return issues;
  if (Array.isArray(value)) {
    value.forEach((item: unknown, index) => {
      path.push(index);
      findReservedKeys(item, path, issues);
      path.pop();
    });
    return issues;
  }
  for (const key of Object.keys(value)) {
    path.push(key);
    if (key === "__proto__") issues.push(createIssue(path, "reserved_key", { key }));
    else findReservedKeys((value as Record<string, unknown>)[key], path, issues);
    path.pop();
  }
  return issues;
}

/** Run every cross-reference check of the modules on a schema-valid workspace. */
export function validateWorkspaceReferences(ws: Workspace): WorkspaceIssue[] {
  // Each module makes its issues with its own codes (createMeetingsIssue and the like) or the common ones,
  // so every code here is one of IssueCode; the modules' checks are typed with plain strings to stay apart.
  const issues: ValidationIssue[] = [
    ...validateProfileReferences(ws),
    ...validateStructureReferences(ws),
    ...validateMeetingsReferences(ws),
    ...validateAssessmentReferences(ws),
    ...validatePlanReferences(ws),
    ...validateAnnualReportReferences(ws),
    ...validateTimelineReferences(ws),
    ...validateSystemMapReferences(ws),
  ];
  return issues as WorkspaceIssue[];
}

/**
 * Validate `input` as a workspace without throwing, whatever `input` is. Older versions are migrated first;
 * unknown fields, wrong types, dangling references and codes missing from the profile are issues with exact
 * paths. What JSON text could not hold is refused first (see {@link readPlainJson}): nesting deeper than
 * `MAX_DOCUMENT_DEPTH` (`too_deep`), cycles (`circular_reference`), functions, BigInt, Dates, class
 * instances (`not_json`), getters that throw (`unreadable_value`). Each property is read once; the input is
 * never mutated; the returned workspace is a new object.
 *
 * @example
 * const result = safeParseWorkspace(JSON.parse(text));
 * if (!result.success) showErrors(result.error.issues);
 */
export function safeParseWorkspace(input: unknown, options: ParseWorkspaceOptions = {}): SafeParseWorkspaceResult {
  // The strict-CSP switch runs here, at the door, before any schema is built (schema/define-schema.ts).
  ensureJitlessZod();
  // Read the input once into plain JSON first: every later step (zod included) recurses, and could overflow
  // the stack on a deep or cyclic value, or meet a getter that throws. No input can make the door throw.
  const plain = readPlainJson(input);
  if (!plain.ok) return { success: false, error: new SystemledningError("invalidDocument", plain.error) };
  const migrated = migrateWorkspaceDocument(plain.value, options);
  if (!migrated.ok)
    return { success: false, error: new SystemledningError(migrated.error.reason, migrated.error.issues) };
  const parsed = Workspace.safeParse(migrated.value, DOOR_PARSE_CONTEXT);
  if (!parsed.success) {
    return {
      success: false,
      error: new SystemledningError(
        "invalidDocument",
        fromZodIssues(parsed.error.issues, migrated.value) as WorkspaceIssue[],
      ),
    };
  }
  const reservedKeys = findReservedKeys(migrated.value);
  if (reservedKeys.length > 0)
    return { success: false, error: new SystemledningError("invalidDocument", reservedKeys) };
  const referenceIssues = validateWorkspaceReferences(parsed.data);
  if (referenceIssues.length > 0)
    return { success: false, error: new SystemledningError("invalidDocument", referenceIssues) };
  return { success: true, data: parsed.data };
}

/**
 * Validate `input` as a workspace, or throw a {@link SystemledningError} listing every issue.
 *
 * @example
 * const ws = parseWorkspace(JSON.parse(await file.text()));
 */
export function parseWorkspace(input: unknown, options: ParseWorkspaceOptions = {}): Workspace {
  const result = safeParseWorkspace(input, options);
  if (!result.success) throw result.error;
  return result.data;
}
