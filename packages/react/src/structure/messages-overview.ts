/**
 * The texts of the structure overview, the leadership page and the charter's completeness, in Swedish and
 * English: the names of the structure questions (docs/domain.md, Structure) and the words around them. The
 * core's findings arrive bilingual with the data and are not repeated here. Part of the structure area's
 * catalogue (decision 0011); the keys start with `structureQuestion`, `structureLevel`, `structureOverview`,
 * `leadershipPage` or `charter`, so no other area's key is taken.
 */
import type { KitLocaleTools, PrimitiveMessageKey } from "../i18n/locale.js";

/** The texts of {@link StructureOverview}, {@link LeadershipPage} and {@link CharterCompleteness}. */
export const STRUCTURE_OVERVIEW_MESSAGES = {
  // The structure questions, in the order the views show them
  structureQuestionSectorCoverage: { sv: "Representation av sektorer", en: "Sector representation" },
  structureQuestionPrincipalMandates: { sv: "Huvudmän med mandat", en: "Principals with mandate" },
  structureQuestionKeyRoles: { sv: "Nyckelroller", en: "Key roles" },
  structureQuestionSubstitutes: { sv: "Ersättare för mandatbärare", en: "Substitutes for mandate holders" },
  structureQuestionForumKinds: { sv: "Typer av forum", en: "Kinds of forum" },
  structureQuestionChairRotation: { sv: "Ordförandeskap och rotation", en: "Chair and rotation" },
  structureQuestionCharter: { sv: "Överenskommelsens fullständighet", en: "Charter completeness" },

  // Leadership levels
  structureLevelRegional: { sv: "Regional", en: "Regional" },
  structureLevelSubregional: { sv: "Delregional", en: "Subregional" },
  structureLevelLocal: { sv: "Lokal", en: "Local" },

  // StructureOverview
  structureOverviewRegionalHeading: { sv: "Regional systemledning", en: "Regional system leadership" },
  structureOverviewRegionalForums: { sv: "Regionala forum", en: "Regional forums" },
  structureOverviewLocalHeading: { sv: "Lokala systemledningar ({count})", en: "Local system leaderships ({count})" },
  structureOverviewLocalCaption: {
    sv: "De lokala systemledningarna och hur de står sig",
    en: "The local system leaderships and how they stand",
  },
  structureOverviewNoLocal: {
    sv: "Arbetsytan har inga lokala systemledningar.",
    en: "The workspace has no local system leaderships.",
  },
  structureOverviewNoLeaderships: {
    sv: "Arbetsytan har ingen systemledning ännu.",
    en: "The workspace has no system leadership yet.",
  },
  structureOverviewNoForums: { sv: "Inga forum.", en: "No forums." },
  structureOverviewShowDetails: { sv: "Visa detaljer för", en: "Show details of" },
  structureOverviewColumnLeadership: { sv: "Systemledning", en: "System leadership" },
  structureOverviewColumnMunicipalities: { sv: "Kommuner", en: "Municipalities" },
  structureOverviewColumnOverall: { sv: "Samlat läge", en: "Overall" },
  structureOverviewColumnNextStep: { sv: "Att göra", en: "What to do" },
  structureOverviewNothingToDo: { sv: "Inget att göra.", en: "Nothing to do." },
  structureOverviewMoreToDo: {
    sv: "Ytterligare {count} frågor behöver ses över.",
    en: "{count} more questions need a look.",
  },
  structureOverviewOneMoreToDo: { sv: "Ytterligare 1 fråga behöver ses över.", en: "1 more question needs a look." },
  structureOverviewTableHint: {
    sv: "Varje fråga har sin status i ord och form. Öppna en systemledning för att se svaren i sin helhet.",
    en: "Each question has its status in words and shape. Open a leadership to see the answers in full.",
  },
  structureOverviewComposition: { sv: "Sammansättning", en: "Composition" },

  // LeadershipPage
  leadershipPageNotFound: {
    sv: "Systemledningen finns inte i arbetsytan.",
    en: "The system leadership is not in the workspace.",
  },
  leadershipPageLevel: { sv: "Nivå", en: "Level" },
  leadershipPageMunicipalities: { sv: "Kommuner", en: "Municipalities" },
  leadershipPageSummary: { sv: "Frågorna i korthet", en: "The questions at a glance" },
  leadershipPageQuestions: { sv: "Frågor om strukturen", en: "Questions about the structure" },
  leadershipPageForums: { sv: "Forum", en: "Forums" },
  leadershipPageNoForums: {
    sv: "Systemledningen har inga forum ännu. Lägg till ett forum för tjänstepersoner, politiker eller båda.",
    en: "The leadership has no forums yet. Add a forum for officials, politicians or both.",
  },
  leadershipPageForumKindsCaption: {
    sv: "Forum för politiker, tjänstepersoner och båda tillsammans",
    en: "Forums for politicians, officials and both together",
  },
  leadershipPageForumKindsEmpty: { sv: "Inga typer av forum att visa.", en: "No kinds of forum to show." },

  // CharterCompleteness
  charterTitle: { sv: "Överenskommelsens fullständighet", en: "Charter completeness" },
  charterProgress: { sv: "{answered} av {total} besvarade", en: "{answered} of {total} answered" },
  charterProgressLabel: { sv: "Besvarade frågor i överenskommelsen", en: "Answered questions in the charter" },
  charterNone: {
    sv: "Systemledningen har ingen överenskommelse ännu. Börja med Metodstödets frågor nedan.",
    en: "The leadership has no charter yet. Start with the Metodstöd's questions below.",
  },
  charterAllAnswered: { sv: "Alla frågor är besvarade.", en: "Every question is answered." },
  charterOpenCount: { sv: "{count} frågor är öppna.", en: "{count} questions are open." },
  charterOpenOne: { sv: "1 fråga är öppen.", en: "1 question is open." },
  charterSectionsCaption: { sv: "Överenskommelsens delar", en: "The parts of the charter" },
  charterQuestionsCaption: { sv: "Metodstödets frågor", en: "The Metodstöd's questions" },
  structureOverviewColumnItem: { sv: "Vad", en: "What" },
  charterColumnSection: { sv: "Del", en: "Part" },
  structureOverviewColumnStatus: { sv: "Status", en: "Status" },
  structureOverviewColumnReason: { sv: "Förklaring", en: "Explanation" },
  charterAnswered: { sv: "Besvarad", en: "Answered" },
  charterOpen: { sv: "Öppen", en: "Open" },
  charterOpenFirst: {
    sv: "De öppna frågorna står först.",
    en: "The open questions come first.",
  },
  charterPartComposition: { sv: "Sammansättning", en: "Composition" },
  charterPartFollowUp: { sv: "Uppföljning", en: "Follow-up" },
  charterNothingAsked: { sv: "Det finns inget att besvara.", en: "There is nothing to answer." },
} as const satisfies Record<string, { readonly sv: string; readonly en: string }>;

/** The key of a text of the overview views, or of the primitives'. */
export type StructureOverviewMessageKey = keyof typeof STRUCTURE_OVERVIEW_MESSAGES | PrimitiveMessageKey;

/** What `useKitLocale(locale, STRUCTURE_OVERVIEW_MESSAGES)` gives the overview views. */
export type StructureOverviewTools = KitLocaleTools<StructureOverviewMessageKey>;
