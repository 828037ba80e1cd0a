/**
 * The migration machinery: a document of an older version is carried step by step (v → v+1) to the
 * current version before it is validated. Migrations are pure: they return a new document and never
 * touch their input.
 */
import { createIssue, type CommonIssueCode, type ValidationIssue } from "../common/issues.js";
import { err, ok, type Result } from "../common/result.js";
import { CURRENT_WORKSPACE_VERSION, WORKSPACE_SCHEMA_ID } from "./constants.js";

/** A raw document on its way through the migrations: a plain JSON object. */
export type RawDocument = Readonly<Record<string, unknown>>;

/** One step from version `from` to version `from + 1`. */
export interface WorkspaceMigration {
  /** The version this step reads. */
  readonly from: number;
  /** What the step changes, for the changelog and error messages. */
  readonly description: string;
  /** Return the document at version `from + 1`. Must not mutate `doc`. */
  readonly migrate: (doc: RawDocument) => Record<string, unknown>;
}

/** The collections version 2 added, each empty in a migrated version 1 document. */
export const COLLECTIONS_ADDED_IN_VERSION_2 = [
  "meetings",
  "decisionLog",
  "assessmentRounds",
  "assessmentResponses",
  "indicatorValues",
  "plans",
  "checkIns",
] as const;

/** The collections version 3 added, each empty in a migrated version 2 document. */
export const COLLECTIONS_ADDED_IN_VERSION_3 = ["events", "annotations"] as const;

/** The collections version 5 added, each empty in a migrated version 4 document. */
export const COLLECTIONS_ADDED_IN_VERSION_5 = ["annualReports"] as const;

/** Return `doc` at `version` with each of `keys` that it lacks as an empty collection. */
function addCollections(doc: RawDocument, version: number, keys: readonly string[]): Record<string, unknown> {
  const next: Record<string, unknown> = { ...doc, version };
  // A collection already present (a host that wrote ahead of the version) is kept as it is and left
  // to the schema to judge, never replaced by an empty one.
  for (const key of keys) if (!Object.hasOwn(doc, key)) next[key] = [];
  return next;
}

/**
 * The migrations of the workspace document, oldest first. Version 1 is the first published version.
 */
export const WORKSPACE_MIGRATIONS: readonly WorkspaceMigration[] = [
  {
    from: 1,
    description:
      "version 2 adds meetings, the decisions log, assessment rounds and responses, indicator values, plans and check-ins",
    migrate: (doc) => addCollections(doc, 2, COLLECTIONS_ADDED_IN_VERSION_2),
  },
  {
    from: 2,
    description:
      "version 3 adds events (activities and events outside the forums' meetings: networks, information forums, system leadership days) and annotations (workshop marks on the system map), and the optional profile part systemMap",
    migrate: (doc) => addCollections(doc, 3, COLLECTIONS_ADDED_IN_VERSION_3),
  },
  {
    from: 3,
    description:
      "version 4 adds the optional end of a forum (endedOn); a version 3 document has no ended forum, so only the version changes",
    migrate: (doc) => ({ ...doc, version: 4 }),
  },
  {
    from: 4,
    description:
      "version 5 adds annualReports: the texts people write for each year's annual report (title, assignment, follow-up, picture, regional support, lessons, reflections); a version 4 document has none",
    migrate: (doc) => addCollections(doc, 5, COLLECTIONS_ADDED_IN_VERSION_5),
  },
];

/** Options of {@link migrateWorkspaceDocument}. */
export interface MigrateOptions {
  /** The steps to use. @default WORKSPACE_MIGRATIONS */
  readonly migrations?: readonly WorkspaceMigration[];
  /** The version to reach. @default CURRENT_WORKSPACE_VERSION */
  readonly targetVersion?: number;
}

/** Why a document could not be migrated. */
export interface MigrationFailure {
  readonly reason: "invalidDocument" | "unknownSchema" | "unsupportedVersion" | "migrationFailed";
  readonly issues: readonly ValidationIssue<CommonIssueCode>[];
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A value for a message: a primitive as itself; a list or object by its kind (String() of one can throw). */
function describeValue(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  switch (typeof value) {
    case "string":
      return value;
    case "number":
    case "boolean":
    case "bigint":
    case "undefined":
      return String(value);
    default:
      return typeof value;
  }
}

/**
 * Read the envelope `{ schema, version }` of `input` and run the migrations from its version up to the
 * target. The input is never mutated; when no step is needed the same object is returned.
 *
 * @example
 * const r = migrateWorkspaceDocument(JSON.parse(text));
 * if (r.ok) console.log(r.value.version); // CURRENT_WORKSPACE_VERSION
 */
export function migrateWorkspaceDocument(
  input: unknown,
  options: MigrateOptions = {},
): Result<RawDocument, MigrationFailure> {
  const migrations = options.migrations ?? WORKSPACE_MIGRATIONS;
  const target = options.targetVersion ?? CURRENT_WORKSPACE_VERSION;
  if (!isPlainObject(input)) return err({ reason: "invalidDocument", issues: [createIssue([], "invalid_document")] });
  if (input.schema !== WORKSPACE_SCHEMA_ID) {
    const received = describeValue(input.schema);
    return err({
      reason: "unknownSchema",
      issues: [createIssue(["schema"], "unknown_schema", { expected: WORKSPACE_SCHEMA_ID, received })],
    });
  }
  const version = input.version;
  if (typeof version !== "number" || !Number.isInteger(version) || version < 0) {
    return err({ reason: "invalidDocument", issues: [createIssue(["version"], "missing_version")] });
  }
  if (version > target) {
    return err({
      reason: "unsupportedVersion",
      issues: [createIssue(["version"], "unsupported_version", { received: version, supported: target })],
    });
  }
  let doc: RawDocument = input;
  for (let at = version; at < target; at++) {
    const step = migrations.find((m) => m.from === at);
    const fail = (reason: string) =>
      err<MigrationFailure>({
        reason: "migrationFailed",
        issues: [createIssue(["version"], "migration_failed", { from: at, to: at + 1, reason })],
      });
    if (step === undefined) return fail("no migration step is known for this version.");
    let next: Record<string, unknown>;
    try {
      next = step.migrate(doc);
    } catch (error) {
      return fail(error instanceof Error ? error.message : String(error));
    }
    if (!isPlainObject(next) || next.version !== at + 1)
      return fail(`the step "${step.description}" did not produce version ${at + 1}.`);
    doc = next;
  }
  return ok(doc);
}
