/**
 * Codes and messages of the assessment module's own validation rules (the common ones are in common/issues.ts).
 * Every code has a Swedish and an English message that says what is wrong and how to fix it.
 */
import { issueWithMessage, type BilingualMessage, type IssueParams, type PathSegment, type ValidationIssue } from "../common/issues.js";

/** Stable codes of the assessment module's rules. */
export type AssessmentIssueCode = "value_outside_scale";

const str = (value: string | number | undefined): string => String(value ?? "");

/** Message builders per code of the assessment module. */
export const ASSESSMENT_ISSUE_MESSAGES: Readonly<Record<AssessmentIssueCode, (p: IssueParams) => BilingualMessage>> = {
  value_outside_scale: (p) => ({
    sv: `Värdet ${str(p.value)} ligger utanför skalan ${str(p.min)}–${str(p.max)}.`,
    en: `The value ${str(p.value)} is outside the scale ${str(p.min)}–${str(p.max)}.`,
  }),
};

/** Build a validation issue of the assessment module. */
export function createAssessmentIssue(pathSegments: readonly PathSegment[], code: AssessmentIssueCode, params: IssueParams = {}): ValidationIssue {
  return issueWithMessage(pathSegments, code, ASSESSMENT_ISSUE_MESSAGES[code](params), params);
}
