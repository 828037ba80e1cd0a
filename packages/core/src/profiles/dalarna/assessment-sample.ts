/**
 * Dalarna's sample self-assessment rounds and responses (owned by the assessment module's sample data).
 */
import type { AssessmentResponse, AssessmentRound } from "../../assessment/schema.js";
import { deepFreeze } from "../shared/sample-builder.js";

/** The sample rounds. */
export const DALARNA_ASSESSMENT_ROUNDS: readonly AssessmentRound[] = deepFreeze([]);

/** The sample responses. */
export const DALARNA_ASSESSMENT_RESPONSES: readonly AssessmentResponse[] = deepFreeze([]);
