/**
 * Codes and messages of the plan module's own validation rules (the common ones are in common/issues.ts).
 * Every code has a Swedish and an English message that says what is wrong and how to fix it.
 */
import { issueWithMessage, type BilingualMessage, type IssueParams, type PathSegment, type ValidationIssue } from "../common/issues.js";

/** Stable codes of the plan module's rules. */
export type PlanIssueCode = "invalid_plan_period";

const str = (value: string | number | undefined): string => String(value ?? "");

/** Message builders per code of the plan module. */
export const PLAN_ISSUE_MESSAGES: Readonly<Record<PlanIssueCode, (p: IssueParams) => BilingualMessage>> = {
  invalid_plan_period: (p) => ({
    sv: `Planens period slutar (${str(p.to)}) innan den börjar (${str(p.from)}).`,
    en: `The plan's period ends (${str(p.to)}) before it starts (${str(p.from)}).`,
  }),
};

/** Build a validation issue of the plan module. */
export function createPlanIssue(pathSegments: readonly PathSegment[], code: PlanIssueCode, params: IssueParams = {}): ValidationIssue {
  return issueWithMessage(pathSegments, code, PLAN_ISSUE_MESSAGES[code](params), params);
}
