/**
 * The dashboard's own words: its header, navigation and page leads, in Swedish and English. The language is the
 * kit's (`LocaleProvider`, `useKitLocale`); the structure views and their words are the kit's too, and texts from
 * the profile arrive bilingual from the core.
 */
import { useKitLocale, type KitLocale, type KitLocalizedText } from "@systemledning/react";

/** The languages of the dashboard: the kit's. */
export type Locale = KitLocale;

/** Every text of the dashboard's own chrome, in both languages. */
const MESSAGES = {
  appLead: {
    sv: "Hur länets systemledning för God och nära vård är organiserad, och vad som saknas.",
    en: "How the county's system leadership for Good and close care is organised, and what is missing.",
  },
  skipToContent: { sv: "Hoppa till innehållet", en: "Skip to content" },
  language: { sv: "Språk", en: "Language" },
  asOf: { sv: "Läget den", en: "Status on" },
  sampleNotice: {
    sv: "Exempeldata: organisationerna finns på riktigt, personerna är påhittade.",
    en: "Sample data: the organisations are real, the people are fictitious.",
  },
  storageHeading: { sv: "Var ändringarna sparas", en: "Where changes are saved" },
  storageBrowser: {
    sv: "Det du gör sparas i den här webbläsaren och finns kvar när sidan laddas om.",
    en: "What you do is saved in this browser and is still there when the page is reloaded.",
  },
  storageServer: { sv: "Det du gör sparas på servern {url}.", en: "What you do is saved on the server {url}." },
  resetSample: { sv: "Återställ exempeldata", en: "Reset sample data" },
  resetConfirm: {
    sv: "Allt du har ändrat i den här webbläsaren tas bort ur den här arbetsytan, och den läses in igen från början. Andra arbetsytor rörs inte. Vill du återställa?",
    en: "Everything you changed in this browser is removed from this workspace, and it is loaded again from the start. Other workspaces are not touched. Reset?",
  },
  workspaceHeading: { sv: "Arbetsyta", en: "Workspace" },
  workspacePicker: { sv: "Vilken arbetsyta", en: "Which workspace" },
  workspaceSample: { sv: "Exempel", en: "Sample" },
  workspaceFile: { sv: "Fil:", en: "File:" },
  workspaceAddress: { sv: "Adress:", en: "Address:" },
  workspaceFileLabel: { sv: "Läs in en arbetsyta från en JSON-fil", en: "Load a workspace from a JSON file" },
  workspaceDropHint: {
    sv: "Eller dra filen hit och släpp den. Filen kontrolleras innan den visas, och det du har ändrat i andra arbetsytor finns kvar.",
    en: "Or drag the file here and drop it. The file is checked before it is shown, and what you changed in other workspaces is kept.",
  },
  resetYes: { sv: "Ja, återställ", en: "Yes, reset" },
  resetNo: { sv: "Avbryt", en: "Cancel" },
  backToOverview: { sv: "Tillbaka till översikten", en: "Back to the overview" },
  loadFailed: { sv: "Arbetsytan kunde inte läsas in.", en: "The workspace could not be loaded." },
  forum: { sv: "Forum", en: "Forum" },
  navigation: { sv: "Delar av översikten", en: "Parts of the overview" },
  navStructure: { sv: "Strukturen", en: "The structure" },
  navAssessment: { sv: "Självskattning", en: "Self-assessment" },
  navMeetings: { sv: "Möten och tidslinje", en: "Meetings and timeline" },
  navMap: { sv: "Systemkarta", en: "System map" },
  navWorkbook: { sv: "Metodstöd", en: "Metodstöd workbook" },
  navFollowUp: { sv: "Handlingsplan och uppföljning", en: "Action plan and follow-up" },
  navReport: { sv: "Årsrapport", en: "Annual report" },
  followUpHeading: { sv: "Handlingsplan och uppföljning", en: "Action plan and follow-up" },
  followUpLead: {
    sv: "Handlingsplanens fokusområden, mål och aktiviteter, indikatorerna mot länet och riket, och avstämningarna, på exempeldata.",
    en: "The action plan's focus areas, goals and activities, the indicators against the county and the country, and the check-ins, on sample data.",
  },
  indicatorsHeading: { sv: "Indikatorer", en: "Indicators" },
  indicatorsLeadershipLabel: { sv: "Systemledning", en: "System leadership" },
  indicatorsWholeCounty: { sv: "(hela länet)", en: "(the whole county)" },
  koladaRecordedNotice: {
    sv: "Inspelade svar i Kolada v3-format; värdena är konstruerade för demon, inte Koladas. Sidan gör ingen begäran: svaren följer med demon. Med ?kolada=live i adressen hämtas i stället från api.kolada.se, om värdsidan tillåter det.",
    en: "Recorded answers in the Kolada v3 shape; the values are constructed for the demo, not Kolada's. The page makes no request: the answers ship with the demo. With ?kolada=live in the address it fetches from api.kolada.se instead, if the host page allows it.",
  },
  koladaNoRecordingHeading: { sv: "Hämta från Kolada", en: "Fetch from Kolada" },
  koladaNoRecording: {
    sv: "Det finns inga inspelade Kolada-svar för {county}. Demon har inspelade svar (konstruerade värden, inte Koladas) bara för {recorded}, så här går det inte att hämta utan nätverk.",
    en: "There are no recorded Kolada answers for {county}. The demo has recorded answers (constructed values, not Kolada's) only for {recorded}, so nothing can be fetched here without a network.",
  },
  koladaNoRecordingLive: {
    sv: "Hämta länets riktiga värden från Kolada med ?kolada=live i adressen:",
    en: "Fetch the county's real values from Kolada with ?kolada=live in the address:",
  },
  koladaNoRecordingLiveLink: { sv: "öppna sidan i live-läge", en: "open the page in live mode" },
  koladaNoRecordingCsp: {
    sv: "Värdsidans Content Security Policy måste då tillåta connect-src https://api.kolada.se; den byggda demons gör det inte.",
    en: "The host page's Content Security Policy must then allow connect-src https://api.kolada.se; the built demo's does not.",
  },
  koladaLiveNotice: {
    sv: "Live: hämtar från api.kolada.se. Värdsidans Content Security Policy måste tillåta connect-src https://api.kolada.se.",
    en: "Live: fetches from api.kolada.se. The host page's Content Security Policy must allow connect-src https://api.kolada.se.",
  },
  checkInHeading: { sv: "Avstämningar", en: "Check-ins" },
  checkInLead: {
    sv: "En systemledning stämmer av sin plan: varje aktivitets läge och Metodstödets frågor om uppföljning. Under formuläret visas tidigare avstämningar och de som saknas.",
    en: "A system leadership checks in on its plan: each activity's status and the Metodstöd's follow-up questions. Below the form are the earlier check-ins and the missing ones.",
  },
  checkInLeadershipLabel: { sv: "Systemledning som stämmer av", en: "System leadership checking in" },
  checkInNoPlans: {
    sv: "Det finns ingen handlingsplan i arbetsytan, så det finns inget att stämma av.",
    en: "There is no action plan in the workspace, so there is nothing to check in on.",
  },
  followUpPlanHeading: { sv: "Handlingsplan", en: "Action plan" },
  followUpPlanPicker: { sv: "Plan", en: "Plan" },
  reportHeading: { sv: "Årsrapport", en: "Annual report" },
  reportLead: {
    sv: "Årsrapporten sätts samman av arbetsytans data. Skriv rapportens texter under varje del; de sparas i arbetsytan. Ladda ned den som HTML eller Markdown, eller skriv ut den som PDF.",
    en: "The annual report is assembled from the workspace's data. Write the report's texts below each part; they are saved in the workspace. Download it as HTML or Markdown, or print it to PDF.",
  },
  reportYearLabel: { sv: "År", en: "Year" },
  workbookHeading: { sv: "Metodstöd för lokal systemledning", en: "Metodstöd for local system leadership" },
  workbookLead: {
    sv: "En lokal systemledning arbetar igenom Metodstödets frågor och dokumenterar sin överenskommelse. Det som sparas syns direkt i strukturens svar.",
    en: "A local system leadership works through the questions of the Metodstöd and documents its charter. What is saved shows at once in the structure's answers.",
  },
  workbookLeadershipLabel: { sv: "Systemledning", en: "System leadership" },
  mapHeading: { sv: "Systemkarta", en: "System map" },
  mapLead: {
    sv: "Vilka som finns i systemet, hur de hänger ihop och var en workshop fann att styrningen fungerar eller har glapp, på exempeldata. Slå på workshopläget för att sätta egna markeringar.",
    en: "Who is in the system, how they connect, and where a workshop found that governance works or has gaps, on sample data. Turn on workshop mode to add marks of your own.",
  },
  mapViewLabel: { sv: "Visa", en: "Show" },
  mapViewSystem: { sv: "Systemet på sina nivåer", en: "The system on its levels" },
  mapViewPerspective: {
    sv: "Sett från en familj med ett barn med funktionsvariationer",
    en: "Seen from a family with a child with disabilities",
  },
  mapPlaceLabel: { sv: "Kommun", en: "Municipality" },
  mapViewHierarchyIn: { sv: "Hierarkin i {places}", en: "The hierarchy in {places}" },
  mapAnd: { sv: "och", en: "and" },
  mapReaderLabel: { sv: "Visa mig på kartan", en: "Show me on the map" },
  mapReaderNone: { sv: "Ingen vald", en: "Nobody chosen" },
  mapReaderOrganisations: { sv: "Organisationer", en: "Organisations" },
  mapReaderPeople: { sv: "Personer", en: "People" },
  mapPlaceAll: { sv: "Hela länet", en: "The whole county" },
  meetingsHeading: { sv: "Möten och tidslinje", en: "Meetings and timeline" },
  meetingsLead: {
    sv: "Året som årsrapportens bilaga 2 visar det, ett forums årsplan med varje mötes sida, och hur mötesreglerna följs, på exempeldata.",
    en: "The year as appendix 2 of the annual report shows it, a forum's annual plan with each meeting's page, and how the meeting rules are kept, on sample data.",
  },
  timelineHeading: { sv: "Tidslinje", en: "Timeline" },
  timelineLanesLabel: { sv: "Visa", en: "Show" },
  timelineRegional: {
    sv: "Regionala forum och aktiviteter (bilaga 2)",
    en: "Regional forums and activities (appendix 2)",
  },
  timelineAllForums: { sv: "Alla forum", en: "Every forum" },
  timelineEvents: { sv: "Regionala aktiviteter", en: "Regional activities" },
  annualPlanHeading: { sv: "Årsplan och möten", en: "Annual plan and meetings" },
  complianceHeading: { sv: "Hur mötesreglerna följs", en: "How the meeting rules are kept" },
  assessmentHeading: {
    sv: "Självskattning av de lokala systemledningarna",
    en: "Self-assessment of the local leaderships",
  },
  assessmentLead: {
    sv: "Årsrapportens bilaga 1 på exempeldata: hur de lokala systemledningarna skattar sitt arbete med de fem delmålen, och formuläret de svarar i.",
    en: "Appendix 1 of the annual report on sample data: how the local leaderships rate their work on the five goals, and the form they answer in.",
  },
  assessmentRoundLabel: { sv: "Omgång", en: "Round" },
  assessmentNoRound: { sv: "Arbetsytan har ingen självskattning.", en: "The workspace has no self-assessment." },
  assessmentFormHeading: { sv: "Svara på självskattningen", en: "Answer the self-assessment" },
  assessmentFormLead: {
    sv: "Prova formuläret: svaren sparas och diagrammen ovan räknas om direkt.",
    en: "Try the form: the answers are saved and the charts above are recalculated at once.",
  },
} as const;

/** Keys of the dashboard's own texts. */
export type MessageKey = keyof typeof MESSAGES;

/**
 * The active locale (the kit's `LocaleProvider` above, which the {@link Dashboard} sets) and a translator of the
 * dashboard's own texts. The kit's components read the same provider, so there is one language for the page.
 */
export function useI18n(): { readonly locale: Locale; readonly t: (key: MessageKey) => string } {
  const { locale } = useKitLocale();
  return { locale, t: (key) => MESSAGES[key][locale] };
}

/**
 * Text in the active locale. When English is asked for but only Swedish exists, the Swedish text is
 * marked `lang="sv"` so screen readers pronounce it correctly (WCAG 3.1.2).
 */
export function Localized({ text }: { readonly text: KitLocalizedText }) {
  const { locale } = useI18n();
  if (locale === "en" && text.en !== undefined) return <>{text.en}</>;
  if (locale === "en") return <span lang="sv">{text.sv}</span>;
  return <>{text.sv}</>;
}
