/**
 * The texts of the workbook's two forms, the representation checklist (`SectorChecklist`) and the meeting
 * structure (`MeetingRulesForm`), in Swedish and English. Kept apart from the workbook's own catalogue so two
 * people can write them at once; the workbook area joins them (docs/decisions/0011-one-catalogue-per-area.md). Keys
 * start with `sectorChecklist` or `meetingRules`, so no other area's key is taken. Weekday and month names come from
 * `Intl`; the core's refusals arrive bilingual and are not repeated here.
 */
import type { KitLocaleTools, PrimitiveMessageKey } from "../i18n/locale.js";

export const WORKBOOK_FORM_MESSAGES = {
  // Shared by both forms
  workbookFormsSaving: { sv: "Sparar …", en: "Saving …" },
  workbookFormsSaved: { sv: "Sparat", en: "Saved" },
  workbookFormsErrorsOne: {
    sv: "Det gick inte att spara: 1 uppgift behöver rättas.",
    en: "Could not save: 1 thing needs fixing.",
  },
  workbookFormsErrors: {
    sv: "Det gick inte att spara: {count} uppgifter behöver rättas.",
    en: "Could not save: {count} things need fixing.",
  },
  workbookFormsUnknownForum: {
    sv: "Forumet {forumId} finns inte i arbetsdokumentet.",
    en: "The forum {forumId} is not in the workspace.",
  },

  // The representation checklist
  sectorChecklistTitle: { sv: "Representation", en: "Representation" },
  sectorChecklistIntro: {
    sv: "Metodstödets checklista: välj för varje sektor om den ska vara representerad i {forum}, adjungeras vid behov eller inte är aktuell. Bredvid står vem som representerar sektorn i dag.",
    en: "The Metodstöd's checklist: for each sector, choose whether it must be represented in {forum}, is co-opted when needed, or does not apply. Beside it is who represents the sector today.",
  },
  sectorChecklistRequired: { sv: "Ska vara representerad", en: "Must be represented" },
  sectorChecklistCoOpted: { sv: "Adjungeras vid behov", en: "Co-opted when needed" },
  sectorChecklistNone: { sv: "Ej aktuell", en: "Does not apply" },
  sectorChecklistToday: { sv: "I dag:", en: "Today:" },
  sectorChecklistNobody: { sv: "ingen representant", en: "no representative" },
  sectorChecklistNobodyRequired: { sv: "Ingen representant i dag", en: "No representative today" },
  sectorChecklistExamples: { sv: "Till exempel {examples}", en: "For example {examples}" },
  sectorChecklistSummary: {
    sv: "{required} sektorer ska vara representerade och {coOpted} adjungeras vid behov.",
    en: "{required} sectors must be represented and {coOpted} are co-opted when needed.",
  },
  sectorChecklistSave: { sv: "Spara representationen", en: "Save the representation" },
  sectorChecklistSavedAnnounce: {
    sv: "Sparat: {required} sektorer ska vara representerade och {coOpted} adjungeras vid behov.",
    en: "Saved: {required} sectors must be represented and {coOpted} are co-opted when needed.",
  },
  sectorChecklistNoSectors: {
    sv: "Profilen har ingen sektorskatalog, så det finns ingen checklista att fylla i.",
    en: "The profile has no sector catalogue, so there is no checklist to fill in.",
  },

  // The meeting structure
  meetingRulesTitle: { sv: "Mötesstruktur", en: "Meeting structure" },
  meetingRulesIntro: {
    sv: "Hur ofta, när och hur {forum} möts, när mötet är beslutsfört och hur anteckningarna justeras. Årsplanen och uppföljningen av mötena följer av det ni bestämmer här.",
    en: "How often, when and how {forum} meets, when the meeting is quorate and how the notes are approved. The annual plan and the meetings' follow-up come from what you decide here.",
  },
  meetingRulesSourceForum: { sv: "Forumet har egna mötesregler.", en: "The forum has its own meeting rules." },
  meetingRulesSourceProfile: {
    sv: "Forumet följer länets gemensamma mötesregler.",
    en: "The forum follows the county's common meeting rules.",
  },
  meetingRulesSourceBuiltIn: {
    sv: "Forumet följer Metodstödets exempel på mötesstruktur.",
    en: "The forum follows the Metodstöd's example meeting structure.",
  },
  meetingRulesHowOften: { sv: "Hur ofta", en: "How often" },
  meetingRulesMin: { sv: "Minst antal möten per år", en: "Fewest meetings a year" },
  meetingRulesMax: { sv: "Högst antal möten per år", en: "Most meetings a year" },
  meetingRulesWhen: { sv: "När", en: "When" },
  meetingRulesOrdinal: { sv: "Vilken i månaden", en: "Which one in the month" },
  meetingRulesOrdinal1: { sv: "Första", en: "First" },
  meetingRulesOrdinal2: { sv: "Andra", en: "Second" },
  meetingRulesOrdinal3: { sv: "Tredje", en: "Third" },
  meetingRulesOrdinal4: { sv: "Fjärde", en: "Fourth" },
  meetingRulesOrdinalLast: { sv: "Sista", en: "Last" },
  meetingRulesWeekday: { sv: "Veckodag", en: "Weekday" },
  meetingRulesMonths: { sv: "Månader med möte", en: "Months with a meeting" },
  meetingRulesStartTime: { sv: "Starttid", en: "Start time" },
  meetingRulesStartTimeHint: { sv: "Som tt:mm, till exempel 09:00.", en: "As hh:mm, for example 09:00." },
  meetingRulesDuration: { sv: "Mötets längd i minuter", en: "Length of the meeting in minutes" },
  meetingRulesNoticeDays: { sv: "Kallelse, dagar före mötet", en: "Notice, days before the meeting" },
  meetingRulesHow: { sv: "Mötesform", en: "Mode" },
  meetingRulesDefaultMode: { sv: "Mötena hålls i första hand som", en: "Meetings are held first of all" },
  meetingRulesAllowedModes: { sv: "Tillåtna mötesformer", en: "Allowed modes" },
  meetingRulesModePhysical: { sv: "Fysiskt möte", en: "In person" },
  meetingRulesModeDigital: { sv: "Digitalt möte", en: "Online" },
  meetingRulesModeHybrid: { sv: "Hybridmöte", en: "Hybrid" },
  meetingRulesQuorum: { sv: "Beslutsförhet", en: "Quorum" },
  meetingRulesQuorumHint: {
    sv: "Mötet är beslutsfört när alla valda villkor är uppfyllda.",
    en: "The meeting is quorate when every condition chosen holds.",
  },
  meetingRulesShare: {
    sv: "Andel av ledamöterna med mandat som deltar",
    en: "Share of the members with mandate taking part",
  },
  meetingRulesShareNone: { sv: "Inget krav på andel", en: "No share required" },
  meetingRulesShareMore: { sv: "Mer än {share}", en: "More than {share}" },
  meetingRulesShareAtLeast: { sv: "Minst {share}", en: "At least {share}" },
  meetingRulesHalf: { sv: "hälften", en: "half" },
  meetingRulesTwoThirds: { sv: "två tredjedelar", en: "two thirds" },
  meetingRulesThreeQuarters: { sv: "tre fjärdedelar", en: "three quarters" },
  meetingRulesEveryPrincipal: {
    sv: "Varje huvudman är representerad (av ledamot med mandat eller ersättare)",
    en: "Every principal is represented (by a member with mandate or their substitute)",
  },
  meetingRulesChairPresent: {
    sv: "Ordförande eller vice ordförande är på plats",
    en: "The chair or the vice chair is present",
  },
  meetingRulesNotes: { sv: "Anteckningar och justering", en: "Notes and approval" },
  meetingRulesNotesWithin: {
    sv: "Anteckningarna skickas inom dagar efter mötet",
    en: "Notes sent within days after the meeting",
  },
  meetingRulesReviewDays: {
    sv: "Dagar för justering efter att anteckningarna skickats",
    en: "Days to approve the notes after they were sent",
  },
  meetingRulesChair: { sv: "Ordförandeskap", en: "Chair" },
  meetingRulesChairStated: { sv: "Mötesreglerna anger ordförandeskapet", en: "The rules state the chair's term" },
  meetingRulesChairTerm: { sv: "Mandattid i månader", en: "Term in months" },
  meetingRulesChairRotates: {
    sv: "Ordförandeskapet roterar mellan huvudmännen",
    en: "The chair rotates between the principals",
  },
  meetingRulesSave: { sv: "Spara mötesstrukturen", en: "Save the meeting structure" },
  meetingRulesUseDefaults: { sv: "Använd länets standard", en: "Use the county's standard" },
  meetingRulesUseDefaultsHint: {
    sv: "Tar bort forumets egna regler; forumet följer då länets gemensamma mötesregler.",
    en: "Removes the forum's own rules; the forum then follows the county's common meeting rules.",
  },
  meetingRulesSavedAnnounce: {
    sv: "Sparat: mötesstrukturen ger {count} möten {year}.",
    en: "Saved: the meeting structure gives {count} meetings in {year}.",
  },
  meetingRulesDefaultsAnnounce: {
    sv: "Sparat: forumet följer länets standard.",
    en: "Saved: the forum follows the county's standard.",
  },

  // The preview of the annual plan
  meetingRulesPreviewTitle: { sv: "Så blir mötena {year}", en: "The meetings of {year}" },
  meetingRulesPreviewCount: {
    sv: "{count} möten med reglerna som de står i formuläret.",
    en: "{count} meetings with the rules as they stand in the form.",
  },
  meetingRulesPreviewOffTarget: {
    sv: "Det är utanför {min}–{max} möten per år.",
    en: "That is outside {min}–{max} meetings a year.",
  },
  meetingRulesPreviewFixed: {
    sv: "Forumet har fastställt egna datum för {year}, så veckodag och månader används inte det året.",
    en: "The forum fixed its own dates for {year}, so the weekday and months are not used that year.",
  },
  meetingRulesPreviewInvalid: {
    sv: "Årsplanen visas när reglerna går att spara. Tryck på Spara för att se vad som behöver rättas.",
    en: "The plan shows when the rules can be saved. Press Save to see what needs fixing.",
  },
  meetingRulesPreviewMoved: { sv: "flyttat från {date}", en: "moved from {date}" },
  meetingRulesPreviewNone: { sv: "Inga möten det året.", en: "No meetings that year." },
} as const satisfies Record<string, { readonly sv: string; readonly en: string }>;

/** The key of a text of the workbook's forms. */
export type WorkbookFormMessageKey = keyof typeof WORKBOOK_FORM_MESSAGES;

/** The locale tools the forms' components share. */
export type WorkbookFormTools = KitLocaleTools<WorkbookFormMessageKey | PrimitiveMessageKey>;
