/**
 * The event poll of Systemledningsdagen 13 November 2025 (*Regional årsrapport 2025*, §4.2.4): "Hur stärkt och rustad
 * känner du dig just nu? (skala 1–10)", asked of everyone present. Each response is one anonymous participant. The
 * number present and the answers are plausible, not the report's; the free texts are fictitious.
 */
import type { AssessmentResponse, AssessmentRound } from "../../assessment/schema.js";
import { DALARNA_READINESS_POLL_ID } from "./assessment-profile.js";

/** The id of the poll round. */
export const DALARNA_POLL_2025_ID = "systemledningsdagen-2025-rustad";

/** The poll round: no leaderships asked; the coverage denominator is the number present. */
export const DALARNA_POLL_2025: AssessmentRound = {
  id: DALARNA_POLL_2025_ID,
  kind: "event-poll",
  instrumentId: DALARNA_READINESS_POLL_ID,
  instrumentVersion: 1,
  title: "Systemledningsdagen 2025: hur stärkt och rustad känner du dig?",
  description:
    "Snabbfråga till alla närvarande vid Systemledningsdagen. Antalet närvarande och svaren är påhittade exempel.",
  period: { from: "2025-11-13", to: "2025-11-13" },
  leadershipIds: [],
  participantCount: 74,
  opensAt: "2025-11-13",
  closesAt: "2025-11-13",
};

/** How many participants gave each value (58 of 74 answered). */
const COUNTS: readonly (readonly [value: number, count: number])[] = [
  [2, 1],
  [3, 3],
  [4, 6],
  [5, 10],
  [6, 13],
  [7, 12],
  [8, 9],
  [9, 3],
  [10, 1],
];

/** Free texts by the position of the response. */
const TEXTS: ReadonlyMap<number, string> = new Map([
  [4, "Behöver stöd i hur vi följer upp arbetet tillsammans."],
  [21, "Mer rustad än i våras, men mandatfrågan är fortfarande oklar."],
  [40, "Dagen gav energi och nya kontakter i andra kommuner."],
]);

/** The 58 anonymous responses. */
export const DALARNA_POLL_2025_RESPONSES: readonly AssessmentResponse[] = COUNTS.flatMap(([value, count]) =>
  Array.from({ length: count }, () => value),
).map((value, i) => {
  const n = i + 1;
  const text = TEXTS.get(n);
  return {
    id: `sld2025-${String(n).padStart(2, "0")}`,
    roundId: DALARNA_POLL_2025_ID,
    submittedAt: `2025-11-13T14:${String(5 + Math.floor(i / 15)).padStart(2, "0")}:${String((i * 7) % 60).padStart(2, "0")}+01:00`,
    answers: { rustad: value },
    freeTexts: text === undefined ? {} : { rustad: text },
  };
});
