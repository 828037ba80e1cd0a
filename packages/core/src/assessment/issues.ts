/**
 * Codes and messages of the assessment module's own validation rules (the common ones are in common/issues.ts).
 * Every code has a Swedish and an English message that says what is wrong and how to fix it.
 */
import {
  issueWithMessage,
  type BilingualMessage,
  type IssueParams,
  type PathSegment,
  type ValidationIssue,
} from "../common/issues.js";

/** Stable codes of the assessment module's rules. */
export type AssessmentIssueCode =
  | "value_outside_scale"
  | "scale_bounds"
  | "scale_steps"
  | "scale_step_order"
  | "duplicate_instrument_version"
  | "declared_max_total_mismatch"
  | "unknown_instrument"
  | "item_not_in_instrument"
  | "dont_know_not_allowed"
  | "free_text_not_allowed"
  | "leadership_not_asked"
  | "leadership_required"
  | "poll_respondent_named"
  | "poll_leaderships_listed"
  | "duplicate_grouping"
  | "csv_missing_column"
  | "csv_unknown_leadership"
  | "csv_invalid_answer"
  | "csv_invalid_submitted_at";

const str = (value: string | number | undefined): string => String(value ?? "");

/** Message builders per code of the assessment module. */
export const ASSESSMENT_ISSUE_MESSAGES: Readonly<Record<AssessmentIssueCode, (p: IssueParams) => BilingualMessage>> = {
  value_outside_scale: (p) => ({
    sv: `Värdet ${str(p.value)} ligger utanför skalan ${str(p.min)}–${str(p.max)}. Ange ett heltal på skalan, "vet ej" om instrumentet tillåter det, eller lämna frågan obesvarad.`,
    en: `The value ${str(p.value)} is outside the scale ${str(p.min)}–${str(p.max)}. Give a whole number on the scale, "don't know" where the instrument allows it, or leave the item unanswered.`,
  }),
  scale_bounds: (p) => ({
    sv: `Skalans största värde (${str(p.max)}) måste vara större än dess minsta (${str(p.min)}).`,
    en: `The scale's maximum (${str(p.max)}) must be greater than its minimum (${str(p.min)}).`,
  }),
  scale_steps: (p) => ({
    sv: `Skalan ${str(p.min)}–${str(p.max)} har ${str(p.expected)} värden men ${str(p.received)} etiketter. Ge varje värde på skalan exakt en etikett.`,
    en: `The scale ${str(p.min)}–${str(p.max)} has ${str(p.expected)} values but ${str(p.received)} labels. Give every value of the scale exactly one label.`,
  }),
  scale_step_order: (p) => ({
    sv: `Här ska skalsteget ${str(p.expected)} stå, men det står ${str(p.received)}. Lista stegen i ordning från minsta till största värde.`,
    en: `Scale step ${str(p.expected)} belongs here, but ${str(p.received)} is given. List the steps in order from the minimum to the maximum.`,
  }),
  duplicate_instrument_version: (p) => ({
    sv: `Instrumentet "${str(p.id)}" version ${str(p.version)} finns redan (vid ${str(p.first)}). Ge en ny version ett nytt versionsnummer.`,
    en: `Instrument "${str(p.id)}" version ${str(p.version)} already exists (at ${str(p.first)}). Give a new version a new version number.`,
  }),
  declared_max_total_mismatch: (p) => ({
    sv: `Angiven maxpoäng är ${str(p.declared)}, men ${str(p.items)} påståenden på skalan ${str(p.min)}–${str(p.max)} ger högst ${str(p.computed)}. Resultaten använder ${str(p.computed)}; rätta eller ta bort den angivna maxpoängen.`,
    en: `The declared maximum total is ${str(p.declared)}, but ${str(p.items)} items on the scale ${str(p.min)}–${str(p.max)} give at most ${str(p.computed)}. Results use ${str(p.computed)}; correct or remove the declared maximum.`,
  }),
  unknown_instrument: (p) => ({
    sv: `Profilen har inget instrument "${str(p.id)}" i version ${str(p.version)}. Lägg till instrumentet i profile.assessment.instruments eller ange en version som finns.`,
    en: `The profile has no instrument "${str(p.id)}" version ${str(p.version)}. Add it to profile.assessment.instruments or name a version that exists.`,
  }),
  item_not_in_instrument: (p) => ({
    sv: `Frågan "${str(p.item)}" finns inte i instrumentet "${str(p.instrument)}" version ${str(p.version)}. Använd ett av frågornas id: ${str(p.allowed)}.`,
    en: `Item "${str(p.item)}" is not in instrument "${str(p.instrument)}" version ${str(p.version)}. Use one of its item ids: ${str(p.allowed)}.`,
  }),
  dont_know_not_allowed: (p) => ({
    sv: `Instrumentet "${str(p.instrument)}" har inget svarsalternativ "vet ej". Ange ett värde på skalan eller lämna frågan obesvarad.`,
    en: `Instrument "${str(p.instrument)}" has no "don't know" answer. Give a value on the scale or leave the item unanswered.`,
  }),
  free_text_not_allowed: (p) => ({
    sv: `Frågan "${str(p.item)}" tar inte emot fritext. Ta bort texten eller tillåt fritext för frågan i instrumentet.`,
    en: `Item "${str(p.item)}" takes no free text. Remove the text or allow free text for the item in the instrument.`,
  }),
  leadership_not_asked: (p) => ({
    sv: `Systemledningen "${str(p.leadership)}" tillfrågades inte i omgången "${str(p.round)}". Lägg till den bland omgångens tillfrågade eller ange rätt systemledning.`,
    en: `Leadership "${str(p.leadership)}" was not asked in round "${str(p.round)}". Add it to the round's leaderships asked or name the right leadership.`,
  }),
  leadership_required: (p) => ({
    sv: `Ett svar i självskattningen "${str(p.round)}" måste ange vilken systemledning som svarar (leadershipId).`,
    en: `A response to the self-assessment "${str(p.round)}" must name the leadership that answers (leadershipId).`,
  }),
  poll_respondent_named: (p) => ({
    sv: `Omgången "${str(p.round)}" är en snabbfråga med anonyma deltagare: svaret ska inte ange systemledning eller gruppering.`,
    en: `Round "${str(p.round)}" is an event poll of anonymous participants: a response names no leadership and no grouping.`,
  }),
  poll_leaderships_listed: (p) => ({
    sv: `Omgången "${str(p.round)}" är en snabbfråga: den tillfrågar deltagarna på ett möte, inte systemledningar. Lämna listan tom och ange antalet närvarande i participantCount.`,
    en: `Round "${str(p.round)}" is an event poll: it asks the participants of a meeting, not leaderships. Leave the list empty and give the number present in participantCount.`,
  }),
  duplicate_grouping: (p) => ({
    sv: `Systemledningen "${str(p.leadership)}" har redan ett svar i omgången "${str(p.round)}" ${p.grouping === "" ? "utan gruppering" : `från grupperingen "${str(p.grouping)}"`} (${str(p.first)}). Ersätt det svaret, eller ge grupperingen ett annat namn.`,
    en: `Leadership "${str(p.leadership)}" already has a response in round "${str(p.round)}" ${p.grouping === "" ? "without a grouping" : `from the grouping "${str(p.grouping)}"`} (${str(p.first)}). Replace that response, or give the grouping another name.`,
  }),
  csv_missing_column: (p) => ({
    sv: `Kolumnen "${str(p.column)}" saknas i filens rubrikrad. Lägg till den, eller ange i importens kolumnval vilken rubrik som ska användas.`,
    en: `The column "${str(p.column)}" is missing from the file's header. Add it, or name the header to use in the import's column mapping.`,
  }),
  csv_unknown_leadership: (p) => ({
    sv: `"${str(p.value)}" på rad ${str(p.line)} är ingen av omgångens tillfrågade systemledningar. Ange systemledningens id eller namn.`,
    en: `"${str(p.value)}" on line ${str(p.line)} is none of the round's leaderships asked. Give the leadership's id or name.`,
  }),
  csv_invalid_answer: (p) => ({
    sv: `"${str(p.value)}" på rad ${str(p.line)} är inget svar på skalan ${str(p.min)}–${str(p.max)}. Ange ett heltal på skalan, dess etikett${p.dontKnow === "" ? "" : `, "${str(p.dontKnow)}"`} eller lämna cellen tom.`,
    en: `"${str(p.value)}" on line ${str(p.line)} is no answer on the scale ${str(p.min)}–${str(p.max)}. Give a whole number on the scale, its label${p.dontKnow === "" ? "" : `, "${str(p.dontKnow)}"`} or leave the cell empty.`,
  }),
  csv_invalid_submitted_at: (p) => ({
    sv: `"${str(p.value)}" på rad ${str(p.line)} är ingen tidpunkt. Skriv den i ISO 8601 med tidszon, t.ex. 2025-10-14T09:30:00+02:00, eller ange submittedAt för hela importen.`,
    en: `"${str(p.value)}" on line ${str(p.line)} is not an instant. Write it in ISO 8601 with an offset, e.g. 2025-10-14T09:30:00+02:00, or give submittedAt for the whole import.`,
  }),
};

/** Build a validation issue of the assessment module. */
export function createAssessmentIssue(
  pathSegments: readonly PathSegment[],
  code: AssessmentIssueCode,
  params: IssueParams = {},
): ValidationIssue {
  return issueWithMessage(pathSegments, code, ASSESSMENT_ISSUE_MESSAGES[code](params), params);
}
