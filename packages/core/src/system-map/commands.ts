/**
 * Commands of the system map: add a workshop's mark, remove one. Each takes the workspace and an intent from
 * outside (validated here: it is a door) and returns a new workspace or a {@link SystemledningError} whose
 * issues have paths into the intent (`target.between[1]`, `role`). The input workspace is never changed.
 */
import { SystemledningError } from "../common/errors.js";
import { createIssue, type ValidationIssue } from "../common/issues.js";
import { err, ok, type Result } from "../common/result.js";
import { parseInput } from "../schema/parse-input.js";
import type { Workspace } from "../workspace/schema.js";
import { checkAnnotationReferences, createAnnotationReferenceContext } from "./references.js";
import { SystemAnnotation } from "./schema.js";

/** The outcome of a system map command. */
export type SystemMapCommandResult = Result<Workspace, SystemledningError>;

/**
 * Validate a mark from outside (the map's workshop form, an import): its shape and rules, then that the
 * records behind its target exist in `ws` and its id is new. Returns the parsed mark or the issues, with
 * paths into `input`. Does not change the workspace.
 *
 * @example
 * const checked = safeParseSystemAnnotation(ws, formData);
 * if (!checked.ok) showErrors(checked.error.issues);
 */
export function safeParseSystemAnnotation(ws: Workspace, input: unknown): Result<SystemAnnotation, SystemledningError> {
  const parsed = parseInput(SystemAnnotation, input);
  if (!parsed.ok) return err(new SystemledningError("invalidInput", parsed.error));
  const annotation = parsed.value;
  const issues: ValidationIssue[] = [];
  const first = ws.annotations.findIndex((a) => a.id === annotation.id);
  if (first !== -1)
    issues.push(createIssue(["id"], "duplicate_id", { id: annotation.id, first: `annotations[${first}]` }));
  checkAnnotationReferences(createAnnotationReferenceContext(ws), annotation, [], issues);
  return issues.length > 0 ? err(new SystemledningError("invalidInput", issues)) : ok(annotation);
}

/**
 * Add a workshop's mark: a participant's position (with a role) on a node, a green or red dot or a note on a
 * node, an edge or the gap between two nodes. Refused, each with its path and a Swedish and English message:
 * a node or edge id of the wrong form (`target.nodeId`), an edge whose kind never joins such nodes, a record
 * that does not exist (`forum:f-x` when there is no forum f-x), a gap between a node and itself, a position
 * without a role or not on a node, a role on another kind, a note without text, an id already used.
 * The mark goes to the end of `annotations`.
 *
 * @example
 * const result = addAnnotation(ws, {
 *   id: "plupp-17", workshopId: "workshop-lchnv-2025-02-07", kind: "needs-improvement",
 *   target: { type: "gap", between: ["forum:f-lchnv", "forum:f-vfr"] },
 *   text: "Besluten i LCHNV når inte Välfärdsrådet i tid.", createdAt: "2025-02-07T10:42:00+01:00",
 * });
 * // Saved safely beside other writers: await updateWorkspace(store, (ws) => addAnnotation(ws, input));
 */
export function addAnnotation(ws: Workspace, input: unknown): SystemMapCommandResult {
  const checked = safeParseSystemAnnotation(ws, input);
  if (!checked.ok) return checked;
  return ok({ ...ws, annotations: [...ws.annotations, checked.value] });
}

/**
 * Remove a mark by id (one made by mistake). An unknown id is refused (`annotationId`).
 *
 * @example
 * removeAnnotation(ws, "plupp-17");
 */
export function removeAnnotation(ws: Workspace, annotationId: string): SystemMapCommandResult {
  if (!ws.annotations.some((a) => a.id === annotationId)) {
    return err(
      new SystemledningError("invalidInput", [
        createIssue(["annotationId"], "dangling_reference", { id: annotationId, collection: "annotations" }),
      ]),
    );
  }
  return ok({ ...ws, annotations: ws.annotations.filter((a) => a.id !== annotationId) });
}
