/**
 * The door of a lone profile: a county's `profile.json` checked before it is put into a workspace, with the
 * workspace's own schema, reserved-key check and reference checks (nothing here is a second copy of them).
 */
import { SystemledningError } from "../common/errors.js";
import { formatPath, type ValidationIssue } from "../common/issues.js";
import { readPlainJson } from "../common/plain-json.js";
import { ensureJitlessZod } from "../schema/define-schema.js";
import { fromZodIssues } from "../schema/zod-issues.js";
import { createEmptyWorkspace } from "../workspace/empty.js";
import type { IssueCode, WorkspaceIssue } from "../workspace/issues.js";
import { DOOR_PARSE_CONTEXT, findReservedKeys, validateWorkspaceReferences } from "../workspace/parse.js";
import { Profile } from "./schema.js";

/** The result of {@link safeParseProfile}, shaped like zod's `safeParse`. */
export type SafeParseProfileResult =
  | {
      readonly success: true;
      readonly data: Profile;
      /**
       * References from the profile to a workspace's records (a forum's meeting rules, a system-map placement
       * naming a leadership): a lone profile cannot know those records, so they are checked only when the profile
       * is in a workspace. Paths are relative to the profile.
       */
      readonly unchecked: readonly WorkspaceIssue[];
    }
  | { readonly success: false; readonly error: SystemledningError<IssueCode> };

/** The issue with its path made relative to the profile (`profile.sectors[2].id` → `sectors[2].id`). */
function withinProfile(issue: WorkspaceIssue): WorkspaceIssue {
  const segments = issue.pathSegments[0] === "profile" ? issue.pathSegments.slice(1) : issue.pathSegments;
  return { ...issue, pathSegments: segments, path: formatPath(segments) };
}

/** A dangling reference to a workspace collection (forums, leaderships…), not to another part of the profile. */
function refersToWorkspaceRecords(issue: ValidationIssue): boolean {
  const collection = issue.params["collection"];
  return issue.code === "dangling_reference" && typeof collection === "string" && !collection.startsWith("profile.");
}

/**
 * The profile without its top-level `"$schema"` (a string): a `profile.json` names its JSON Schema there for
 * editors (packages/core/schemas/profile.schema.json), and that link is not part of the profile. Anything else,
 * a `$schema` that is not a string included, is left for the schema to judge.
 */
function withoutSchemaLink(value: unknown): unknown {
  if (typeof value !== "object" || value === null || Array.isArray(value) || !("$schema" in value)) return value;
  const { $schema: link, ...profile } = value as Record<string, unknown>;
  return typeof link === "string" ? profile : value;
}

/**
 * Validate `input` as a lone county profile without throwing, whatever `input` is: the `Profile` schema
 * (unknown fields, wrong types, exact paths), reserved keys, and the reference checks that need only the
 * profile (duplicate ids and codes, a municipality's region, an instrument item's goal, a system-map group's
 * municipality codes). What JSON text could not hold is refused first, as at the workspace's door. A top-level
 * `"$schema"` link to the profile's JSON Schema is allowed and left out of the result. Paths are
 * relative to the profile; references to a workspace's records are returned as `unchecked`, not as errors.
 *
 * @example
 * const result = safeParseProfile(JSON.parse(await readFile("profile.json", "utf8")));
 * if (!result.success) showErrors(result.error.issues);
 */
export function safeParseProfile(input: unknown): SafeParseProfileResult {
  ensureJitlessZod();
  const fail = (issues: readonly ValidationIssue[]): SafeParseProfileResult => ({
    success: false,
    error: new SystemledningError("invalidDocument", issues as WorkspaceIssue[]),
  });
  const plain = readPlainJson(input);
  if (!plain.ok) return fail(plain.error);
  const value = withoutSchemaLink(plain.value);
  const parsed = Profile.safeParse(value, DOOR_PARSE_CONTEXT);
  if (!parsed.success) return fail(fromZodIssues(parsed.error.issues, value));
  const reservedKeys = findReservedKeys(value);
  if (reservedKeys.length > 0) return fail(reservedKeys);
  const issues = validateWorkspaceReferences(createEmptyWorkspace(parsed.data)).map(withinProfile);
  const errors = issues.filter((issue) => !refersToWorkspaceRecords(issue));
  if (errors.length > 0) return fail(errors);
  return { success: true, data: parsed.data, unchecked: issues.filter(refersToWorkspaceRecords) };
}
