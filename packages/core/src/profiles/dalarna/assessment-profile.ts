/**
 * Dalarna's self-assessment instruments and comparability settings as profile data (owned by the assessment module's
 * county data): the self-assessment tool version 1 as *Regional årsrapport 2025*, §2.2, gives it, and the 1–10 question
 * asked at Systemledningsdagen 2025 (*Regional årsrapport 2025*, §4.2.4) as an event-poll instrument.
 */
import type { Instrument } from "../../assessment/schema.js";
import type { LocalizedText } from "../../schema/primitives.js";
import type { Profile } from "../../profile/schema.js";
import { deepFreeze } from "../shared/sample-builder.js";
import { DALARNA_GOALS } from "./strategy.js";

/** The id of Dalarna's self-assessment instrument (*Självskattning God och nära vård i Dalarna*). */
export const DALARNA_SELF_ASSESSMENT_ID = "dalarna-sjalvskattning";

/** The id of the event-poll instrument of Systemledningsdagen ("Hur stärkt och rustad känner du dig just nu?"). */
export const DALARNA_READINESS_POLL_ID = "dalarna-rustad";

/** The answer scale of version 1, exactly as *Regional årsrapport 2025*, §2.2, lists it (the English is ours). */
const LIKERT_1_5: readonly (readonly [number, string, string])[] = [
  [1, "Stämmer inte alls", "Not true at all"],
  [2, "Stämmer ganska dåligt", "Mostly not true"],
  [3, "Stämmer ganska bra", "Fairly true"],
  [4, "Stämmer bra", "True"],
  [5, "Stämmer mycket bra", "Very true"],
];

function description(goalDescription: LocalizedText | undefined, goalId: string): LocalizedText {
  // The statements are the delmål descriptions; a goal without one would be a mistake in strategy.ts.
  return goalDescription ?? { sv: goalId };
}

/**
 * Version 1 of the self-assessment tool: one statement per delmål (the statement is the delmål's
 * description in `strategy.ts`, so the text exists once), the 1–5 scale with the report's labels (§2.2), a
 * free text per delmål, no "don't know" (the report lists none).
 *
 * `declaredMaxTotal: 20` is kept on purpose. *Regional årsrapport 2025*, §2.2, says "Maxpoängen för hela
 * självskattningen är 20 poäng", while five statements on 1–5 give 25. The profile transcribes the source rather than
 * silently mending it, so the disagreement stays visible: the model computes 25 (`getMaxTotal`), every result carries
 * `maxTotal: 25` and `declaredMaxTotal: 20`, and `getInstrumentFindings` / `getAssessmentProfileFindings` report
 * `declared_max_total_mismatch` at `profile.assessment.instruments[0].declaredMaxTotal`. It is a finding, not an
 * invalid document, so the Dalarna workspace still loads; a county that corrects its tool removes the field or sets 25.
 */
export const DALARNA_SELF_ASSESSMENT_V1: Instrument = deepFreeze({
  id: DALARNA_SELF_ASSESSMENT_ID,
  version: 1,
  name: { sv: "Självskattning God och nära vård i Dalarna", en: "Self-assessment, good and close care in Dalarna" },
  items: DALARNA_GOALS.map((goal) => ({
    id: goal.id,
    goalId: goal.id,
    statement: description(goal.description, goal.id),
    freeText: true,
  })),
  scale: { min: 1, max: 5, steps: LIKERT_1_5.map(([value, sv, en]) => ({ value, label: { sv, en } })) },
  declaredMaxTotal: 20,
  caveat: {
    sv: "Självskattningen ger en nulägesbild av systemledningarnas egen uppfattning om arbetet, men mäter inte faktisk måluppfyllelse och fångar inte heller brukarnas upplevelser av omställningen.",
    en: "The self-assessment gives a snapshot of the leaderships' own view of their work; it does not measure actual goal fulfilment, nor does it capture service users' experience of the transition.",
  },
});

/**
 * The question of Systemledningsdagen 13 November 2025 (*Regional årsrapport 2025*, §4.2.4), asked of everyone present:
 * "Leda omställningen till God och Nära vård – Reflektera över ditt eget ledarskap – Hur stärkt och
 * rustad känner du dig just nu? (skala 1–10)". The report names only the scale; the end labels are ours.
 */
export const DALARNA_READINESS_POLL_V1: Instrument = deepFreeze({
  id: DALARNA_READINESS_POLL_ID,
  version: 1,
  name: { sv: "Systemledningsdagen: stärkt och rustad", en: "System leadership day: strengthened and equipped" },
  items: [
    {
      id: "rustad",
      statement: {
        sv: "Leda omställningen till God och nära vård – reflektera över ditt eget ledarskap: Hur stärkt och rustad känner du dig just nu?",
        en: "Leading the transition to good and close care – reflect on your own leadership: how strengthened and equipped do you feel right now?",
      },
      freeText: true,
    },
  ],
  scale: {
    min: 1,
    max: 10,
    steps: Array.from({ length: 10 }, (_, i) => {
      const value = i + 1;
      if (value === 1) return { value, label: { sv: "1 – inte alls", en: "1 – not at all" } };
      if (value === 10) return { value, label: { sv: "10 – helt och hållet", en: "10 – completely" } };
      return { value, label: { sv: String(value), en: String(value) } };
    }),
  },
  caveat: {
    sv: "En snabbfråga visar hur de som var på plats skattade sig just då; den säger inget om dem som inte var där.",
    en: "An event poll shows how those present rated themselves at that moment; it says nothing about those who were not there.",
  },
});

/**
 * The assessment part of the Dalarna profile. `minComparableCoverage: 0.6`: *Regional årsrapport 2025*, §3.1, finds
 * that with "endast hälften" (6 of 13, 46 %) comparisons over time are not relevant; 60 % (8 of 13) is our plausible
 * minimum, above half as the report implies, and reachable by the earlier years' rounds.
 */
export const DALARNA_ASSESSMENT_PROFILE: Pick<Profile, "assessment"> = deepFreeze({
  assessment: {
    instruments: [DALARNA_SELF_ASSESSMENT_V1, DALARNA_READINESS_POLL_V1],
    minComparableCoverage: 0.6,
  },
});
