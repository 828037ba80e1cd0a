/**
 * The one validating door of the workspace: migrate, validate the schema, then check cross-references.
 */
import { z } from "zod";
import { SystemledningError } from "../common/errors.js";
import type { ValidationIssue } from "../common/issues.js";
import { fromZodIssues } from "../common/zod-issues.js";
import { validateProfileReferences, validateStructureReferences } from "../structure/references.js";
import { migrateWorkspaceDocument, type MigrateOptions } from "./migrations.js";
import { Workspace } from "./schema.js";

/**
 * Zod compiles fast parsers with `new Function`, which a strict Content Security Policy (SharePoint Online,
 * most intranets) blocks and reports. Parsing without the JIT is fast enough for a national workspace and
 * raises no violation, so the core always parses jitless. This sets zod's global configuration.
 */
export function useCspSafeValidation(): void {
  z.config({ jitless: true });
}

/** Options of {@link parseWorkspace}. */
export type ParseWorkspaceOptions = MigrateOptions;

/** The result of {@link safeParseWorkspace}, shaped like zod's `safeParse`. */
export type SafeParseWorkspaceResult =
  | { readonly success: true; readonly data: Workspace }
  | { readonly success: false; readonly error: SystemledningError };

/** Run every cross-reference check of the modules on a schema-valid workspace. */
export function validateWorkspaceReferences(ws: Workspace): ValidationIssue[] {
  return [...validateProfileReferences(ws), ...validateStructureReferences(ws)];
}

/**
 * Validate `input` as a workspace without throwing. Older versions are migrated first; unknown fields,
 * wrong types, dangling references and codes missing from the profile are issues with exact paths.
 * The input is never mutated; the returned workspace is a new object.
 *
 * @example
 * const result = safeParseWorkspace(JSON.parse(text));
 * if (!result.success) showErrors(result.error.issues);
 */
export function safeParseWorkspace(input: unknown, options: ParseWorkspaceOptions = {}): SafeParseWorkspaceResult {
  useCspSafeValidation();
  const migrated = migrateWorkspaceDocument(input, options);
  if (!migrated.ok) return { success: false, error: new SystemledningError(migrated.error.reason, migrated.error.issues) };
  const parsed = Workspace.safeParse(migrated.value, { reportInput: false });
  if (!parsed.success) {
    return { success: false, error: new SystemledningError("invalidDocument", fromZodIssues(parsed.error.issues, migrated.value)) };
  }
  const referenceIssues = validateWorkspaceReferences(parsed.data);
  if (referenceIssues.length > 0) return { success: false, error: new SystemledningError("invalidDocument", referenceIssues) };
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
