/**
 * The texts of the scoring components (the charts of Bilaga 1, coverage, the self-assessment form), in
 * Swedish and English. Part of `KIT_MESSAGES`; the area's components look their keys up here and in the primitives' texts.
 */
import type { KitLocaleTools, PrimitiveMessageKey } from "../i18n/locale.js";
export const SCORING_MESSAGES = {
  // Scoring: words
  item: { sv: "Påstående", en: "Statement" },
  goalTitle: { sv: "Delmål {number} – {name}", en: "Goal {number} – {name}" },
  value: { sv: "Värde", en: "Value" },
  label: { sv: "Svarsalternativ", en: "Answer" },
  count: { sv: "Antal systemledningar", en: "Leaderships" },
  countRespondents: { sv: "Antal svar", en: "Responses" },
  mean: { sv: "Medelvärde", en: "Mean" },
  median: { sv: "Median", en: "Median" },
  lowest: { sv: "Lägsta", en: "Lowest" },
  highest: { sv: "Högsta", en: "Highest" },
  n: { sv: "Antal med värde", en: "With a value" },
  dontKnow: { sv: "Vet ej", en: "Don't know" },
  leadership: { sv: "Systemledning", en: "Leadership" },
  countyMean: { sv: "Länets medelvärde", en: "County mean" },
  halfStep: { sv: "mellan {lower} och {upper}", en: "between {lower} and {upper}" },
  halfStepNote: {
    sv: "Halva steg är medelvärdet när en systemlednings grupperingar svarade olika.",
    en: "Half steps are the mean where a leadership's groupings answered differently.",
  },
  freeTexts: { sv: "Svar i fritext", en: "Free-text answers" },
  noFreeTexts: { sv: "Inga svar i fritext.", en: "No free-text answers." },
  freeTextBy: { sv: "{leadership}", en: "{leadership}" },
  freeTextByGrouping: { sv: "{leadership}, {grouping}", en: "{leadership}, {grouping}" },
  anonymous: { sv: "Anonymt svar", en: "Anonymous answer" },

  // Scoring: distribution
  distributionTitle: { sv: "Svarsfördelning per påstående", en: "Distribution of answers per statement" },
  distributionAxisX: { sv: "Svarsskala", en: "Answer scale" },
  distributionAxisY: { sv: "Antal systemledningar", en: "Number of leaderships" },
  distributionAxisYPoll: { sv: "Antal svar", en: "Number of answers" },
  distributionTakeaway: {
    sv: "Medelvärdena ligger mellan {lowMean} ({lowItem}) och {highMean} ({highItem}) på skalan {min}–{max}.",
    en: "The means lie between {lowMean} ({lowItem}) and {highMean} ({highItem}) on the {min}–{max} scale.",
  },
  distributionTakeawayOne: {
    sv: "Medelvärdet är {mean} på skalan {min}–{max}, från {n} svar.",
    en: "The mean is {mean} on the {min}–{max} scale, from {n} answers.",
  },
  noValues: {
    sv: "Inga värden ännu: ingen har svarat med ett värde.",
    en: "No values yet: nobody has answered with a value.",
  },
  barLabel: { sv: "{item}: {value}, {count}", en: "{item}: {value}, {count}" },
  leadershipsCount: { sv: "{count} systemledningar", en: "{count} leaderships" },
  leadershipsCountOne: { sv: "1 systemledning", en: "1 leadership" },
  answersCount: { sv: "{count} svar", en: "{count} answers" },
  meanMarker: { sv: "Medel {mean}", en: "Mean {mean}" },
  dontKnowCount: { sv: "Vet ej: {count}", en: "Don't know: {count}" },

  // Scoring: overview
  overviewTitle: { sv: "Alla påståenden i omgången", en: "All statements of the round" },
  overviewTakeaway: {
    sv: "Högst medelvärde har {highItem} ({highMean}), lägst {lowItem} ({lowMean}). Linjen visar spridningen från lägsta till högsta värde.",
    en: "{highItem} has the highest mean ({highMean}), {lowItem} the lowest ({lowMean}). The line shows the spread from lowest to highest value.",
  },
  overviewPoint: {
    sv: "{item}: medelvärde {mean}, median {median}, från {min} till {max}, {n}",
    en: "{item}: mean {mean}, median {median}, from {min} to {max}, {n}",
  },
  overviewLegendMean: { sv: "Medelvärde", en: "Mean" },
  overviewLegendMedian: { sv: "Median", en: "Median" },
  overviewLegendRange: { sv: "Lägsta till högsta", en: "Lowest to highest" },

  // Scoring: one leadership against the county
  comparisonTitle: { sv: "{leadership} jämfört med länet", en: "{leadership} compared with the county" },
  comparisonTakeaway: {
    sv: "{leadership} skattar sig över länets medelvärde på {above} av {answered} påståenden och under på {below}.",
    en: "{leadership} rates itself above the county mean on {above} of {answered} statements and below on {below}.",
  },
  comparisonNoAnswer: {
    sv: "{leadership} har inte svarat i omgången.",
    en: "{leadership} has not answered in the round.",
  },
  comparisonPoint: {
    sv: "{item}: {leadership} {value}, länets medelvärde {mean}",
    en: "{item}: {leadership} {value}, county mean {mean}",
  },
  comparisonLegendOthers: { sv: "Övriga systemledningar", en: "Other leaderships" },
  comparisonLegendMean: { sv: "Länets medelvärde", en: "County mean" },
  chooseLeadership: { sv: "Välj systemledning", en: "Choose a leadership" },

  // Scoring: trend
  trendTitle: { sv: "Utveckling över tid", en: "Change over time" },
  trendTakeaway: {
    sv: "{comparable} av {rounds} omgångar nådde lägsta svarsandel och visas som linjer; övriga förklaras nedan.",
    en: "{comparable} of {rounds} rounds reached the minimum response rate and are drawn as lines; the others are explained below.",
  },
  trendNotDrawn: {
    sv: "Ingen utveckling visas: färre än två omgångar går att jämföra.",
    en: "No change is shown: fewer than two rounds can be compared.",
  },
  trendPoint: { sv: "{item}, {round}: {value}", en: "{item}, {round}: {value}" },
  trendNotComparable: { sv: "{round} ingår inte: {reason}", en: "{round} is left out: {reason}" },
  trendRoundsHeading: {
    sv: "Omgångar som inte jämförs (* i diagrammen)",
    en: "Rounds that are not compared (* in the charts)",
  },

  // Scoring: coverage
  coverageAnswered: {
    sv: "{answered} av {asked} systemledningar svarade ({share})",
    en: "{answered} of {asked} leaderships answered ({share})",
  },
  coverageAnsweredPoll: {
    sv: "{answered} av {asked} närvarande svarade ({share})",
    en: "{answered} of {asked} people present answered ({share})",
  },
  coverageUnknownPoll: {
    sv: "{answered} svar, antalet närvarande är okänt",
    en: "{answered} answers, the number present is unknown",
  },
  coverageResponses: {
    sv: "{responses} svar från {answered} systemledningar",
    en: "{responses} responses from {answered} leaderships",
  },
  coverageComparable: { sv: "Jämförbar över tid", en: "Comparable over time" },
  coverageNotComparable: { sv: "Inte jämförbar över tid", en: "Not comparable over time" },
  caveatHeading: { sv: "Att tänka på", en: "Keep in mind" },

  // Scoring: form
  formIntro: {
    sv: "Välj det svar som bäst stämmer för varje påstående. Du kan skriva en kommentar till varje påstående.",
    en: "Choose the answer that fits each statement best. You may add a comment to each statement.",
  },
  formRespondent: { sv: "Vem svarar", en: "Who answers" },
  formLeadership: { sv: "Systemledning", en: "Leadership" },
  formChooseLeadership: { sv: "Välj systemledning", en: "Choose a leadership" },
  formGrouping: { sv: "Gruppering (valfritt)", en: "Grouping (optional)" },
  formGroupingHint: {
    sv: "Fyll i om en del av systemledningen svarar för sig, till exempel Norra länsdelen.",
    en: "Fill in if a part of the leadership answers separately, for example the northern part.",
  },
  formFreeText: { sv: "Kommentar (valfritt)", en: "Comment (optional)" },
  formQuestionOf: { sv: "Påstående {number} av {total}", en: "Statement {number} of {total}" },
  formReview: { sv: "Granska svaren", en: "Review the answers" },
  formReviewHeading: { sv: "Granska innan du skickar", en: "Review before you send" },
  formReviewIntro: {
    sv: "Kontrollera svaren. Inget har skickats ännu.",
    en: "Check the answers. Nothing has been sent yet.",
  },
  formChange: { sv: "Ändra", en: "Change" },
  formChangeItem: { sv: "Ändra svaret på påstående {number}", en: "Change the answer to statement {number}" },
  formSubmit: { sv: "Skicka in svaren", en: "Send the answers" },
  formBack: { sv: "Tillbaka till frågorna", en: "Back to the questions" },
  formNoAnswer: { sv: "Inget svar", en: "No answer" },
  formNoComment: { sv: "Ingen kommentar", en: "No comment" },
  formErrorSummary: { sv: "Det finns {count} fel att rätta", en: "There are {count} problems to fix" },
  formErrorSummaryOne: { sv: "Det finns 1 fel att rätta", en: "There is 1 problem to fix" },
  formErrorRequired: { sv: "Välj ett svar för påstående {number}.", en: "Choose an answer for statement {number}." },
  formErrorLeadership: { sv: "Välj vilken systemledning som svarar.", en: "Choose which leadership is answering." },
  formErrorTooLong: {
    sv: "Kommentaren till påstående {number} är för lång: högst {max} tecken.",
    en: "The comment to statement {number} is too long: at most {max} characters.",
  },
  formSubmitted: { sv: "Svaren är skickade. Tack!", en: "The answers have been sent. Thank you!" },
  formAnother: { sv: "Fyll i ett nytt svar", en: "Fill in another response" },
  formAnswered: { sv: "{answered} av {total} påståenden besvarade", en: "{answered} of {total} statements answered" },
} as const satisfies Record<string, { readonly sv: string; readonly en: string }>;

/** The keys this area's components may use: its own and the primitives'. */
export type ScoringMessageKey = keyof typeof SCORING_MESSAGES | PrimitiveMessageKey;

/** The locale tools of this area's components (`useKitLocale(locale, SCORING_MESSAGES)`). */
export type ScoringTools = KitLocaleTools<ScoringMessageKey>;
