/**
 * The texts of the check-in views (`CheckInForm`, `CheckInHistory`) in Swedish and English. The Metodstöd's
 * follow-up questions are quoted from its section "Uppföljning och utvärdering" as the Dalarna profile holds them
 * (`charter-questions.ts`, `followup-*`); the RAG words are the core's `RAG_LABELS`, not repeated here. Keys start
 * with `checkIn`, so no other area's key is taken.
 */
import type { KitLocaleTools, PrimitiveMessageKey } from "../i18n/locale.js";

export const CHECK_IN_MESSAGES = {
  checkInFormTitle: { sv: "Ny avstämning", en: "New check-in" },
  checkInFormIntro: {
    sv: "{leadership} stämmer av {plan}. Först varje aktivitets läge, sedan Metodstödets frågor om uppföljning. Det du skriver sparas som utkast i webbläsaren tills avstämningen är sparad.",
    en: "{leadership} checks in on {plan}. First each activity's status, then the Metodstöd's follow-up questions. What you type is kept as a draft in the browser until the check-in is saved.",
  },
  checkInNoPlan: {
    sv: "Det finns ingen handlingsplan att stämma av här ännu. När en plan är antagen kan systemledningen göra sina avstämningar.",
    en: "There is no action plan to check in on here yet. Once a plan is adopted the leadership can check in.",
  },
  checkInUnknownLeadership: {
    sv: "Systemledningen {leadershipId} finns inte i arbetsdokumentet.",
    en: "The leadership {leadershipId} is not in the workspace.",
  },
  checkInWhen: { sv: "När och vilken period", en: "When and which period" },
  checkInDate: { sv: "Datum för avstämningen", en: "Date of the check-in" },
  checkInFrom: { sv: "Perioden från", en: "Period from" },
  checkInTo: { sv: "Perioden till", en: "Period to" },
  checkInDateHint: {
    sv: "Skriv som ÅÅÅÅ-MM-DD, till exempel 2026-04-08.",
    en: "As YYYY-MM-DD, for example 2026-04-08.",
  },
  checkInActivities: { sv: "Aktiviteternas läge", en: "The activities' status" },
  checkInNoActivities: {
    sv: "Planen har inga aktiviteter att rapportera.",
    en: "The plan has no activities to report on.",
  },
  checkInStatus: { sv: "Läge", en: "Status" },
  checkInProgress: { sv: "Andel klar (procent)", en: "Share done (per cent)" },
  checkInProgressHint: { sv: "0–100. Klar är 100, ej påbörjad 0.", en: "0–100. Done is 100, not started 0." },
  checkInRag: { sv: "Bedömning", en: "Assessment" },
  checkInRagChoose: { sv: "Välj bedömning", en: "Choose an assessment" },
  checkInComment: { sv: "Kommentar", en: "Comment" },
  checkInLatest: { sv: "Senast rapporterat {date}", en: "Last reported {date}" },
  checkInNeverReported: { sv: "Inte rapporterad tidigare", en: "Not reported before" },
  checkInFollowUp: { sv: "Uppföljning och utvärdering", en: "Follow-up and evaluation" },
  checkInActivitiesAndResults: {
    sv: "Vilka aktiviteter har genomförts och vilka resultat har uppnåtts?",
    en: "Which activities have been carried out and which results have been achieved?",
  },
  checkInReflection: {
    sv: "Reflektion kring lärdomar och vad som varit framgångsfaktorer och utmaningar i omställningsarbetet",
    en: "Reflection on lessons learnt and on the success factors and challenges of the transition work",
  },
  checkInLessons: { sv: "Lärdomar", en: "Lessons learnt" },
  checkInSuccessFactors: { sv: "Framgångsfaktorer", en: "Success factors" },
  checkInChallenges: { sv: "Utmaningar", en: "Challenges" },
  checkInVision: {
    sv: "Bedömning av hur väl målbild och syfte uppfyllts",
    en: "Assessment of how well the vision and purpose have been fulfilled",
  },
  checkInVisionRating: { sv: "Hur väl, från 1 till 5", en: "How well, from 1 to 5" },
  checkInVisionRating1: { sv: "1 – inte alls", en: "1 – not at all" },
  checkInVisionRating2: { sv: "2", en: "2" },
  checkInVisionRating3: { sv: "3 – delvis", en: "3 – partly" },
  checkInVisionRating4: { sv: "4", en: "4" },
  checkInVisionRating5: { sv: "5 – helt", en: "5 – fully" },
  checkInVisionAssessment: { sv: "Bedömningen i ord", en: "The assessment in words" },
  checkInSaving: { sv: "Sparar …", en: "Saving …" },
  checkInErrorsOne: {
    sv: "Det gick inte att spara: 1 uppgift behöver rättas.",
    en: "Could not save: 1 thing needs fixing.",
  },
  checkInErrors: {
    sv: "Det gick inte att spara: {count} uppgifter behöver rättas.",
    en: "Could not save: {count} things need fixing.",
  },
  checkInSave: { sv: "Spara avstämningen", en: "Save the check-in" },
  checkInSavedAnnounce: {
    sv: "Avstämningen för {from}–{to} är sparad.",
    en: "The check-in for {from}–{to} is saved.",
  },
  checkInDraftRestored: {
    sv: "Ett utkast från ett tidigare besök visas. Det är inte sparat.",
    en: "A draft from an earlier visit is shown. It is not saved.",
  },
  checkInDiscardDraft: { sv: "Släng utkastet", en: "Discard the draft" },
  checkInDraftDiscarded: { sv: "Utkastet är slängt.", en: "The draft is discarded." },

  checkInHistoryTitle: { sv: "Tidigare avstämningar", en: "Earlier check-ins" },
  checkInHistoryNone: {
    sv: "Det finns ingen handlingsplan med avstämningar att visa.",
    en: "There is no action plan with check-ins to show.",
  },
  checkInHistoryGroup: { sv: "{leadership} – {plan}", en: "{leadership} – {plan}" },
  checkInHistorySummary: {
    sv: "{count} avstämningar, {missing} saknas.",
    en: "{count} check-ins, {missing} missing.",
  },
  checkInHistoryEmpty: {
    sv: "Inga avstämningar och inga perioder att stämma av ännu.",
    en: "No check-ins and no periods due yet.",
  },
  checkInHeld: { sv: "Avstämning", en: "Check-in" },
  checkInPeriod: { sv: "Perioden {from}–{to}", en: "Period {from}–{to}" },
  checkInMissing: {
    sv: "Avstämning saknas för perioden {from}–{to}",
    en: "Check-in missing for the period {from}–{to}",
  },
  checkInRagCount: { sv: "{label}: {count}", en: "{label}: {count}" },
  checkInNoStatuses: { sv: "Inga aktiviteter rapporterade", en: "No activities reported" },
  checkInFollowUpShow: { sv: "Uppföljningen", en: "The follow-up" },
  checkInFollowUpNone: { sv: "Inga svar på uppföljningsfrågorna.", en: "No answers to the follow-up questions." },
  checkInVisionRatingValue: { sv: "{rating} av 5", en: "{rating} of 5" },
} as const satisfies Record<string, { readonly sv: string; readonly en: string }>;

/** The key of a text of the check-in views. */
export type CheckInMessageKey = keyof typeof CHECK_IN_MESSAGES;

/** The locale tools the check-in views share. */
export type CheckInTools = KitLocaleTools<CheckInMessageKey | PrimitiveMessageKey>;
