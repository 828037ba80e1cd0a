/**
 * Every stable issue code the door can report, assembled here, where the document is: the common codes and
 * each module's own. UIs and hosts may switch on them. The leaf `common/` knows only the common codes, and
 * each module only its own, so no module depends on another's messages.
 */
import type { AssessmentIssueCode } from "../assessment/issues.js";
import type { CommonIssueCode, ValidationIssue } from "../common/issues.js";
import type { MeetingsIssueCode } from "../meetings/issues.js";
import type { PlanIssueCode } from "../plan/issues.js";
import type { StructureIssueCode } from "../structure/issues.js";
import type { SystemMapIssueCode } from "../system-map/issues.js";
import type { TimelineIssueCode } from "../timeline/issues.js";

/** Stable codes of validation issues: the common codes and every module's own. */
export type IssueCode =
  | CommonIssueCode
  | StructureIssueCode
  | MeetingsIssueCode
  | AssessmentIssueCode
  | PlanIssueCode
  | TimelineIssueCode
  | SystemMapIssueCode;

/** A validation issue of a workspace document: one with any code the door can report. */
export type WorkspaceIssue = ValidationIssue<IssueCode>;
