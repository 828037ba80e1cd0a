/**
 * The texts of saving through a store, in Swedish and English: the saving status a live region reads, the
 * notice of a change made in another tab, and the clash dialog. Part of `KIT_MESSAGES`; the area's components
 * look their keys up here and in the primitives' texts (docs/decisions/0011-one-catalogue-per-area.md).
 */
import type { KitLocaleTools, PrimitiveMessageKey } from "../i18n/locale.js";

export const STORE_MESSAGES = {
  storeSaving: { sv: "Sparar …", en: "Saving …" },
  storeSaved: { sv: "Sparat.", en: "Saved." },
  storeSavedAfterRetry: {
    sv: "Sparat. Någon annan hade sparat under tiden; din ändring lades till deras.",
    en: "Saved. Someone else had saved in the meantime; your change was added to theirs.",
  },
  storeRefused: { sv: "Ändringen sparades inte: {reason}", en: "The change was not saved: {reason}" },
  storeUnavailable: {
    sv: "Det gick inte att spara just nu. Försök igen om en stund; det du gjort finns kvar på sidan.",
    en: "Could not save right now. Try again in a while; what you did is still on the page.",
  },
  storeChangedElsewhere: { sv: "Ändrat i en annan flik.", en: "Changed in another tab." },
  storeClashWaiting: {
    sv: "Krock: någon annan har ändrat samma sak. Välj vilken version som ska gälla.",
    en: "Clash: someone else changed the same thing. Choose which version to keep.",
  },
  storeClashTitle: { sv: "Någon annan har ändrat samma sak", en: "Someone else changed the same thing" },
  storeClashLead: {
    sv: "Medan du arbetade sparade någon annan en ändring av samma uppgifter. Din ändring är inte sparad än. Välj vilken version som ska gälla.",
    en: "While you worked, someone else saved a change to the same details. Your change is not saved yet. Choose which version to keep.",
  },
  storeClashWhat: { sv: "Det här skiljer", en: "What differs" },
  storeClashMine: { sv: "Din version (inte sparad)", en: "Your version (not saved)" },
  storeClashTheirs: { sv: "Sparad version {revision}", en: "Saved version {revision}" },
  storeClashKeepMine: { sv: "Behåll min version", en: "Keep my version" },
  storeClashKeepTheirs: { sv: "Behåll den sparade versionen", en: "Keep the saved version" },
  storeClashKeptMine: {
    sv: "Din version är sparad över den andra.",
    en: "Your version is saved over the other one.",
  },
  storeClashKeptTheirs: {
    sv: "Den sparade versionen gäller; din ändring är borttagen.",
    en: "The saved version stands; your change is dropped.",
  },
  storeClashMore: { sv: "och {count} ställen till", en: "and {count} more places" },
  storeValueMissing: { sv: "(finns inte)", en: "(not there)" },
  storeValueEmpty: { sv: "(tomt)", en: "(empty)" },
  storePathMeetings: { sv: "Möte", en: "Meeting" },
  storePathAssessmentResponses: { sv: "Svar på självskattning", en: "Self-assessment response" },
  storePathAssessmentRounds: { sv: "Omgång", en: "Round" },
  storePathAnnotations: { sv: "Markering på kartan", en: "Mark on the map" },
  storePathDecisionLog: { sv: "Beslutslogg", en: "Decisions log" },
  storePathLeaderships: { sv: "Systemledning", en: "System leadership" },
  storePathPeople: { sv: "Person", en: "Person" },
  storePathForums: { sv: "Forum", en: "Forum" },
  storePathMemberships: { sv: "Uppdrag", en: "Membership" },
  storePathOrganisations: { sv: "Organisation", en: "Organisation" },
  storePathEvents: { sv: "Händelse", en: "Event" },
  storePathWorkspace: { sv: "Arbetsytan", en: "The workspace" },
  storeFieldStatus: { sv: "Status", en: "Status" },
  storeFieldApprovedAt: { sv: "Justerad", en: "Approved" },
  storeFieldTitle: { sv: "Rubrik", en: "Title" },
  storeFieldNotes: { sv: "Anteckningar", en: "Notes" },
  storeFieldAttendance: { sv: "Närvaro", en: "Attendance" },
  storeFieldRecordedAt: { sv: "Registrerad", en: "Recorded" },
  storeFieldKind: { sv: "Slag", en: "Kind" },
  storeFieldStart: { sv: "Start", en: "Start" },
  storeFieldComment: { sv: "Kommentar", en: "Comment" },
  storeFieldAnswers: { sv: "Svar", en: "Answers" },
  storeFieldAgenda: { sv: "Dagordning", en: "Agenda" },
  storeFieldMeetingId: { sv: "Möte", en: "Meeting" },
} as const satisfies Record<string, { readonly sv: string; readonly en: string }>;

/** The keys this area's components may use: its own and the primitives'. */
export type StoreMessageKey = keyof typeof STORE_MESSAGES | PrimitiveMessageKey;

/** The locale tools of this area's components (`useKitLocale(locale, STORE_MESSAGES)`). */
export type StoreTools = KitLocaleTools<StoreMessageKey>;
