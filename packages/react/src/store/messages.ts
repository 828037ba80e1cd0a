/**
 * The texts of saving through a store, in Swedish and English: the saving status a live region reads, the
 * notice of a change made in another tab, and the clash dialog. Part of `KIT_MESSAGES`; the area's components
 * look their keys up here and in the primitives' texts (docs/decisions/0011-one-catalogue-per-area.md).
 */
import type { KitLocaleTools, PrimitiveMessageKey } from "../i18n/locale.js";

export const STORE_MESSAGES = {
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
} as const satisfies Record<string, { readonly sv: string; readonly en: string }>;

/** The keys this area's components may use: its own and the primitives'. */
export type StoreMessageKey = keyof typeof STORE_MESSAGES | PrimitiveMessageKey;

/** The locale tools of this area's components (`useKitLocale(locale, STORE_MESSAGES)`). */
export type StoreTools = KitLocaleTools<StoreMessageKey>;
