/**
 * Codes and messages of the meetings module's own validation rules (the common ones are in common/issues.ts).
 * Every code has a Swedish and an English message that says what is wrong and how to fix it.
 */
import {
  issueWithMessage,
  type BilingualMessage,
  type IssueParams,
  type PathSegment,
  type ValidationIssue,
} from "../common/issues.js";

/** Stable codes of the meetings module's rules: schema rules, cross-references, commands and log verification. */
export type MeetingsIssueCode =
  | "end_before_start"
  | "substitute_missing"
  | "substitute_not_represented"
  | "status_field_missing"
  | "invalid_meetings_per_year"
  | "recurrence_months"
  | "pre_registration_after_preparation"
  | "default_mode_not_allowed"
  | "attendance_not_member"
  | "attendance_not_substitute"
  | "correction_not_earlier"
  | "correction_other_meeting"
  | "correction_content"
  | "invalid_transition"
  | "meeting_locked"
  | "mode_not_allowed"
  | "decision_without_item"
  | "notes_item_not_on_agenda"
  | "log_sequence"
  | "log_chain_broken"
  | "log_hash_mismatch"
  | "log_head_mismatch"
  | "log_anchor_missing"
  | "log_entry_unhashable";

const str = (value: string | number | undefined): string => String(value ?? "");

const STATUS_SV: Readonly<Record<string, string>> = {
  planned: "planerat",
  "notice-sent": "kallelse skickad",
  held: "genomfört",
  "notes-in-review": "anteckningar på justering",
  approved: "justerat",
  cancelled: "inställt",
};
const status = (value: string | number | undefined): string => STATUS_SV[str(value)] ?? str(value);

/** Message builders per code of the meetings module. */
export const MEETINGS_ISSUE_MESSAGES: Readonly<Record<MeetingsIssueCode, (p: IssueParams) => BilingualMessage>> = {
  end_before_start: (p) => ({
    sv: `Mötet slutar (${str(p.end)}) innan eller samtidigt som det börjar (${str(p.start)}). Ange en sluttid efter starttiden.`,
    en: `The meeting ends (${str(p.end)}) before or when it starts (${str(p.start)}). Give an end after the start.`,
  }),
  substitute_missing: () => ({
    sv: 'Närvaron är "represented" men ingen ersättare anges. Ange ersättarens medlemskap i substituteMembershipId.',
    en: 'The attendance is "represented" but names no substitute. Give the substitute\'s membership in substituteMembershipId.',
  }),
  substitute_not_represented: (p) => ({
    sv: `En ersättare anges men närvaron är "${str(p.status)}". Sätt status till "represented" eller ta bort ersättaren.`,
    en: `A substitute is named but the attendance is "${str(p.status)}". Set the status to "represented" or remove the substitute.`,
  }),
  status_field_missing: (p) => ({
    sv: `Ett möte med status "${status(p.status)}" behöver fältet ${str(p.field)}. Ange tidpunkten, eller använd kommandot som flyttar mötet till den statusen.`,
    en: `A meeting with status "${str(p.status)}" needs the field ${str(p.field)}. Give the time, or use the command that moves the meeting to that status.`,
  }),
  invalid_meetings_per_year: (p) => ({
    sv: `Högsta antalet möten per år (${str(p.max)}) är lägre än det lägsta (${str(p.min)}).`,
    en: `The most meetings a year (${str(p.max)}) is lower than the fewest (${str(p.min)}).`,
  }),
  recurrence_months: (p) => ({
    sv: `Månaderna ska stå i stigande ordning och var och en bara en gång (månad ${str(p.month)}).`,
    en: `The months must be ascending, each once (month ${str(p.month)}).`,
  }),
  pre_registration_after_preparation: (p) => ({
    sv: `Föranmälan (${str(p.preRegistration)} dagar före kallelsen) ska ligga före beredningen av dagordningen (${str(p.preparation)} dagar före kallelsen).`,
    en: `Pre-registration (${str(p.preRegistration)} days before the notice) must come before the agenda is prepared (${str(p.preparation)} days before the notice).`,
  }),
  default_mode_not_allowed: (p) => ({
    sv: `Standardformen "${str(p.mode)}" finns inte bland de tillåtna mötesformerna. Lägg till den i allowedModes.`,
    en: `The default mode "${str(p.mode)}" is not among the allowed modes. Add it to allowedModes.`,
  }),
  attendance_not_member: (p) => ({
    sv: `Medlemskapet "${str(p.id)}" hör till forumet "${str(p.memberForum)}", inte till mötets forum "${str(p.forum)}". Närvaro förs bara för forumets egna ledamöter.`,
    en: `The membership "${str(p.id)}" belongs to the forum "${str(p.memberForum)}", not to the meeting's forum "${str(p.forum)}". Attendance is kept only for the forum's own members.`,
  }),
  attendance_not_substitute: (p) => ({
    sv: `"${str(p.id)}" är inte ersättare för "${str(p.member)}" (${str(p.reason)}). En ersättare kan bara företräda den ledamot hen är ersättare för.`,
    en: `"${str(p.id)}" is not a substitute for "${str(p.member)}" (${str(p.reason)}). A substitute can only stand in for the member they are a substitute for.`,
  }),
  correction_not_earlier: (p) => ({
    sv: `Rättelsen hänvisar till "${str(p.id)}", som inte finns före den i loggen. En rättelse rättar alltid en tidigare post.`,
    en: `The correction refers to "${str(p.id)}", which is not before it in the log. A correction always corrects an earlier entry.`,
  }),
  correction_other_meeting: (p) => ({
    sv: `Rättelsen gäller mötet "${str(p.meeting)}" men den rättade posten gäller "${str(p.corrected)}".`,
    en: `The correction is for the meeting "${str(p.meeting)}" but the corrected entry is for "${str(p.corrected)}".`,
  }),
  correction_content: (p) => ({
    sv: `En rättelse av ${str(p.expected) === "decision" ? "ett beslut" : "justerade anteckningar"} ska innehålla exakt fältet "${str(p.expected)}".`,
    en: `A correction of ${str(p.expected) === "decision" ? "a decision" : "approved notes"} must hold exactly the field "${str(p.expected)}".`,
  }),
  invalid_transition: (p) => ({
    sv: `Mötet är "${status(p.from)}" och kan inte bli "${status(p.to)}". ${str(p.hintSv)}`,
    en: `The meeting is "${str(p.from)}" and cannot become "${str(p.to)}". ${str(p.hintEn)}`,
  }),
  meeting_locked: (p) => ({
    sv: `Mötet är "${status(p.status)}" och kan inte ändras. Justerade anteckningar och beslut rättas med en rättelse i loggen.`,
    en: `The meeting is "${str(p.status)}" and cannot be changed. Approved notes and decisions are corrected with a correction entry in the log.`,
  }),
  mode_not_allowed: (p) => ({
    sv: `Mötesformen "${str(p.mode)}" är inte tillåten i forumets mötesregler (tillåtna: ${str(p.allowed)}).`,
    en: `The mode "${str(p.mode)}" is not allowed by the forum's meeting rules (allowed: ${str(p.allowed)}).`,
  }),
  decision_without_item: (p) => ({
    sv: `Beslutet hänvisar till ärendet "${str(p.id)}", som inte finns på mötets dagordning.`,
    en: `The decision refers to the item "${str(p.id)}", which is not on the meeting's agenda.`,
  }),
  notes_item_not_on_agenda: (p) => ({
    sv: `De justerade anteckningarna har en punkt för ärendet "${str(p.id)}", som inte finns på mötets dagordning.`,
    en: `The approved notes have an item for "${str(p.id)}", which is not on the meeting's agenda.`,
  }),
  log_sequence: (p) => ({
    sv: `Posten har löpnummer ${str(p.received)} men står på plats ${str(p.expected)}: en post före den har tagits bort eller flyttats.`,
    en: `The entry has sequence ${str(p.received)} but stands at position ${str(p.expected)}: an entry before it was deleted or moved.`,
  }),
  log_chain_broken: (p) => ({
    sv: `Postens previousHash stämmer inte med föregående posts hash (${str(p.position)}): loggen har ändrats, kortats eller ordnats om.`,
    en: `The entry's previousHash does not match the previous entry's hash (${str(p.position)}): the log was edited, shortened or reordered.`,
  }),
  log_hash_mismatch: () => ({
    sv: "Postens innehåll stämmer inte med dess hash: posten har ändrats efter att den skrevs. Återställ den från en säkerhetskopia; rätta med en ny rättelsepost.",
    en: "The entry's content does not match its hash: it was changed after it was written. Restore it from a backup; correct it with a new correction entry.",
  }),
  log_head_mismatch: (p) => ({
    sv: `Loggens sista hash (${str(p.received)}) är inte den förväntade (${str(p.expected)}): poster i slutet saknas eller har lagts till.`,
    en: `The log's last hash (${str(p.received)}) is not the expected one (${str(p.expected)}): entries at the end are missing or were added.`,
  }),
  log_anchor_missing: () => ({
    sv: 'Kontrollen av loggen anger inte vad den jämförs med. Ange den sparade sista hashen (expectedHead) eller, medvetet, { anchor: "unanchored" } för att bara kontrollera kedjan.',
    en: 'The log check names nothing to compare with. Give the stored last hash (expectedHead) or, knowingly, { anchor: "unanchored" } to check the chain only.',
  }),
  log_entry_unhashable: () => ({
    sv: "Posten kan inte hashas: den är inte JSON (t.ex. NaN, en cykel, två nycklar som blir lika efter NFC) eller är för stor att skriva. Återställ den från en säkerhetskopia.",
    en: "The entry cannot be hashed: it is not JSON (e.g. NaN, a cycle, two keys equal after NFC) or is too large to write. Restore it from a backup.",
  }),
};

/** Build a validation issue of the meetings module. */
export function createMeetingsIssue(
  pathSegments: readonly PathSegment[],
  code: MeetingsIssueCode,
  params: IssueParams = {},
): ValidationIssue {
  return issueWithMessage(pathSegments, code, MEETINGS_ISSUE_MESSAGES[code](params), params);
}
