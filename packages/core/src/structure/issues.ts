/**
 * Codes and messages of the structure module's own validation rules (the common ones, such as duplicate ids and
 * dangling references, are in common/issues.ts). Every code has a Swedish and an English message that says what
 * is wrong and how to fix it.
 */
import {
  issueWithMessage,
  type BilingualMessage,
  type IssueParams,
  type PathSegment,
  type ValidationIssue,
} from "../common/issues.js";

/** Stable codes of the structure module's rules: substitutes and the organisations' hierarchy. */
export type StructureIssueCode = "invalid_substitute" | "principal_with_tier";

const str = (value: string | number | undefined): string => String(value ?? "");

/** Message builders per code of the structure module. */
export const STRUCTURE_ISSUE_MESSAGES: Readonly<Record<StructureIssueCode, (p: IssueParams) => BilingualMessage>> = {
  invalid_substitute: (p) => ({
    sv: `En ersättare måste ersätta en ledamot i samma forum (${str(p.reason)}).`,
    en: `A substitute must stand in for a member of the same forum (${str(p.reason)}).`,
  }),
  principal_with_tier: (p) => ({
    sv: `Organisationen har både kommun- eller regionkoden ${str(p.code)} och nivån "${str(p.tier)}". En huvudman (med kod) har ingen nivå; dess fullmäktige, nämnder, förvaltningar och verksamheter har en nivå och parentId men ingen egen kod. Ta bort koden eller nivån.`,
    en: `The organisation has both the municipality or region code ${str(p.code)} and the tier "${str(p.tier)}". A principal (with a code) has no tier; its council, committees, administrations and operations have a tier and a parentId but no code of their own. Remove the code or the tier.`,
  }),
};

/**
 * Build a validation issue of the structure module.
 *
 * @example
 * createStructureIssue(["memberships", 4, "substituteForId"], "invalid_substitute", { reason: "other forum" });
 */
export function createStructureIssue(
  pathSegments: readonly PathSegment[],
  code: StructureIssueCode,
  params: IssueParams = {},
): ValidationIssue<StructureIssueCode> {
  return issueWithMessage(pathSegments, code, STRUCTURE_ISSUE_MESSAGES[code](params), params);
}
