/**
 * What the structure commands share: the result type, parsing an intent at the command's door, the ids of
 * new records, and the last check that a command's result passes the workspace's door.
 */
import type * as z from "zod";
import { SystemledningError } from "../common/errors.js";
import { createIssue, type PathSegment, type ValidationIssue } from "../common/issues.js";
import { err, ok, type Result } from "../common/result.js";
import { parseInput } from "../schema/parse-input.js";
import { validateWorkspaceReferences } from "../workspace/parse.js";
import type { Workspace } from "../workspace/schema.js";

/** The outcome of a structure command: the new workspace, or why the intent was refused. */
export type StructureCommandResult = Result<Workspace, SystemledningError>;

/** A refusal with `issues` (reason `invalidInput`). */
export function fail(issues: readonly ValidationIssue[]): StructureCommandResult {
  return err(new SystemledningError("invalidInput", issues));
}

/** Parse an intent; on failure the issues' paths start at `intent`. */
export function parseIntent<TSchema extends z.ZodType>(
  schema: TSchema,
  intent: unknown,
): { ok: true; value: z.infer<TSchema> } | { ok: false; result: StructureCommandResult } {
  const parsed = parseInput(schema, intent, ["intent"]);
  if (parsed.ok) return { ok: true, value: parsed.value };
  return { ok: false, result: fail(parsed.error) };
}

/**
 * Return `next` when it passes every cross-reference check of the door, else the door's issues. The records a
 * command writes are built from a parsed intent, so the schemas hold; this catches what only the whole
 * document shows (a substitute that attended a meeting, a seat past its forum's end), so that no command
 * ever produces a workspace `parseWorkspace` refuses.
 */
export function checked(next: Workspace): StructureCommandResult {
  const issues = validateWorkspaceReferences(next);
  return issues.length > 0 ? fail(issues) : ok(next);
}

/** A dangling reference at `["intent", field]`. */
export function unknownId(field: PathSegment, id: string, collection: string): ValidationIssue {
  return createIssue(["intent", field], "dangling_reference", { id, collection });
}

/** `records` with the one at `index` replaced by `record`. */
export function replaceAt<T>(records: readonly T[], index: number, record: T): T[] {
  const next = records.slice();
  next[index] = record;
  return next;
}

const MAX_ID_BASE = 120;

/**
 * The lower-case ASCII slug of a name: accents dropped (`Älvdalen` → `alvdalen`), every run of other
 * characters a single `-`.
 *
 * @example
 * slugOf("Välfärdsrådet i Mora"); // "valfardsradet-i-mora"
 */
export function slugOf(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/**
 * A new id for a collection that holds `taken`: `base` (cut to leave room for a suffix) when free, else
 * `base-2`, `base-3` … Deterministic, so a command stays pure.
 */
export function uniqueId(base: string, taken: ReadonlySet<string>): string {
  const cut = base.slice(0, MAX_ID_BASE).replace(/[-.:_]+$/, "");
  const stem = cut === "" ? "x" : cut;
  if (!taken.has(stem)) return stem;
  for (let n = 2; ; n++) {
    const candidate = `${stem}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}

/** The id of a new record named `name`: `<prefix>-<slug>`, made unique in `records`. */
export function idFromName(prefix: string, name: string, records: readonly { readonly id: string }[]): string {
  const slug = slugOf(name);
  return uniqueId(slug === "" ? prefix : `${prefix}-${slug}`, new Set(records.map((r) => r.id)));
}

/** A `duplicate_id` issue at `intent.id` when `id` is already used in `records` (at `collection[index]`). */
export function duplicateId(
  id: string,
  records: readonly { readonly id: string }[],
  collection: string,
): ValidationIssue[] {
  const index = records.findIndex((r) => r.id === id);
  return index < 0 ? [] : [createIssue(["intent", "id"], "duplicate_id", { id, first: `${collection}[${index}]` })];
}

/** `duplicate_value` issues for repeated values of `values`, at `intent.<field>[i]`. */
export function repeatedValues(values: readonly string[], field: string): ValidationIssue[] {
  const seen = new Set<string>();
  const issues: ValidationIssue[] = [];
  values.forEach((value, i) => {
    if (seen.has(value)) issues.push(createIssue(["intent", field, i], "duplicate_value", { value }));
    seen.add(value);
  });
  return issues;
}

/** Whether a text has anything but white space. */
export const isBlank = (text: string): boolean => text.trim() === "";
