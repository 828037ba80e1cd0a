/**
 * Codes and messages of the meetings module's own validation rules (the common ones are in common/issues.ts).
 * Every code has a Swedish and an English message that says what is wrong and how to fix it.
 */
import { issueWithMessage, type BilingualMessage, type IssueParams, type PathSegment, type ValidationIssue } from "../common/issues.js";

/** Stable codes of the meetings module's rules. */
export type MeetingsIssueCode = "end_before_start";

const str = (value: string | number | undefined): string => String(value ?? "");

/** Message builders per code of the meetings module. */
export const MEETINGS_ISSUE_MESSAGES: Readonly<Record<MeetingsIssueCode, (p: IssueParams) => BilingualMessage>> = {
  end_before_start: (p) => ({
    sv: `Mötet slutar (${str(p.end)}) innan det börjar (${str(p.start)}).`,
    en: `The meeting ends (${str(p.end)}) before it starts (${str(p.start)}).`,
  }),
};

/** Build a validation issue of the meetings module. */
export function createMeetingsIssue(pathSegments: readonly PathSegment[], code: MeetingsIssueCode, params: IssueParams = {}): ValidationIssue {
  return issueWithMessage(pathSegments, code, MEETINGS_ISSUE_MESSAGES[code](params), params);
}
