/**
 * Dalarna's sample self-assessment rounds and responses (owned by the assessment module's sample data): the yearly
 * rounds 2023, 2024 and 2025 (the one *Regional årsrapport 2025*, §3.1 and Bilaga 1, reports: 8 responses from 6 of 13
 * leaderships) and the event poll of Systemledningsdagen 2025.
 */
import type { AssessmentResponse, AssessmentRound } from "../../assessment/schema.js";
import { deepFreeze } from "../shared/sample-builder.js";
import { DALARNA_RESPONSES_2025, DALARNA_ROUND_2025 } from "./assessment-sample-2025.js";
import { DALARNA_EARLIER_RESPONSES, DALARNA_EARLIER_ROUNDS } from "./assessment-sample-earlier.js";
import { DALARNA_POLL_2025, DALARNA_POLL_2025_RESPONSES } from "./assessment-sample-poll.js";

export { DALARNA_ROUND_2025_ID } from "./assessment-sample-2025.js";
export { DALARNA_ROUND_2023_ID, DALARNA_ROUND_2024_ID } from "./assessment-sample-earlier.js";
export { DALARNA_POLL_2025_ID } from "./assessment-sample-poll.js";

/** The sample rounds: self-assessments 2023–2025, oldest first, then the event poll. */
export const DALARNA_ASSESSMENT_ROUNDS: readonly AssessmentRound[] = deepFreeze([
  ...DALARNA_EARLIER_ROUNDS,
  DALARNA_ROUND_2025,
  DALARNA_POLL_2025,
]);

/** The sample responses. */
export const DALARNA_ASSESSMENT_RESPONSES: readonly AssessmentResponse[] = deepFreeze([
  ...DALARNA_EARLIER_RESPONSES,
  ...DALARNA_RESPONSES_2025,
  ...DALARNA_POLL_2025_RESPONSES,
]);
