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

/**
 * Stable codes of the structure module's rules: substitutes, the organisations' hierarchy, ended forums, and
 * what the structure commands refuse (commands.ts).
 */
export type StructureIssueCode =
  | "invalid_substitute"
  | "principal_with_tier"
  | "membership_after_forum_end"
  | "forum_ends_before_member_starts"
  | "ends_before_start"
  | "already_ended"
  | "sector_required_and_co_opted"
  | "blank_text"
  | "substitute_only_role"
  | "substitute_has_substitutes"
  | "substitute_has_attended";

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
  membership_after_forum_end: (p) => ({
    sv: `Forumet "${str(p.forum)}" upphörde ${str(p.endedOn)}, men medlemskapet "${str(p.id)}" löper ${str(p.to) === "" ? "utan slutdatum" : `till ${str(p.to)}`}. Ett medlemskap i ett avslutat forum slutar senast den dag forumet upphör: ange ett slutdatum (to) senast ${str(p.endedOn)}.`,
    en: `The forum "${str(p.forum)}" ended on ${str(p.endedOn)}, but the membership "${str(p.id)}" runs ${str(p.to) === "" ? "without an end" : `until ${str(p.to)}`}. A membership of an ended forum ends on the forum's last day at the latest: give an end (to) on or before ${str(p.endedOn)}.`,
  }),
  forum_ends_before_member_starts: (p) => ({
    sv: `Forumet kan inte upphöra ${str(p.on)}: medlemskapet "${str(p.id)}" börjar först ${str(p.from)}. Välj ett slutdatum från ${str(p.from)}, eller avsluta forumet först när alla medlemskap har börjat.`,
    en: `The forum cannot end on ${str(p.on)}: the membership "${str(p.id)}" starts only on ${str(p.from)}. Choose an end on or after ${str(p.from)}.`,
  }),
  ends_before_start: (p) => ({
    sv: `Slutdatumet ${str(p.on)} ligger före startdatumet ${str(p.from)}. Ange en dag från och med ${str(p.from)}.`,
    en: `The end ${str(p.on)} is before the start ${str(p.from)}. Give a day on or after ${str(p.from)}.`,
  }),
  already_ended: (p) => ({
    sv: `"${str(p.id)}" har redan avslutats ${str(p.ended)}. Historiken behålls; ett avslut kan bara flyttas tidigare, inte göras om eller förlängas.`,
    en: `"${str(p.id)}" already ended on ${str(p.ended)}. History is kept; an end can only be brought forward, not repeated or extended.`,
  }),
  sector_required_and_co_opted: (p) => ({
    sv: `Sektorn "${str(p.sector)}" står både bland de sektorer som ska vara representerade och bland dem som adjungeras vid behov. Välj det ena.`,
    en: `The sector "${str(p.sector)}" is both required and co-opted when needed. Choose one.`,
  }),
  blank_text: (p) => ({
    sv: `Texten är tom. ${str(p.hintSv)}`,
    en: `The text is blank. ${str(p.hintEn)}`,
  }),
  substitute_only_role: (p) => ({
    sv: `Medlemskapet "${str(p.id)}" har bara rollen ersättare och måste ersätta någon. Avsluta medlemskapet (endMembership) eller ge ersättaren en annan ersättare att ersätta.`,
    en: `The membership "${str(p.id)}" has no role but substitute and must stand in for someone. End the membership (endMembership) or name another member it stands in for.`,
  }),
  substitute_has_substitutes: (p) => ({
    sv: `Medlemskapet "${str(p.id)}" har egna ersättare (${str(p.substitutes)}) och kan inte själv bli ersättare: en ersättare ersätter inte en ersättare. Flytta eller avsluta dess ersättare först.`,
    en: `The membership "${str(p.id)}" has substitutes of its own (${str(p.substitutes)}) and cannot become a substitute: a substitute does not stand in for a substitute. Move or end its substitutes first.`,
  }),
  substitute_has_attended: (p) => ({
    sv: `Ersättaren "${str(p.id)}" har redan företrätt "${str(p.member)}" vid mötet "${str(p.meeting)}", och historiken ändras inte. Avsluta medlemskapet (endMembership) och lägg till ett nytt för den nya ledamoten.`,
    en: `The substitute "${str(p.id)}" has already stood in for "${str(p.member)}" at the meeting "${str(p.meeting)}", and history is not rewritten. End the membership (endMembership) and add a new one for the new member.`,
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
