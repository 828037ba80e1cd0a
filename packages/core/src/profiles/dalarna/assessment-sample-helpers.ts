/**
 * Compact rows for the Dalarna sample's self-assessment responses: five values in the order of the
 * delmål (Nära för mig, för alla, i hela Dalarna, mellan oss, till hälsa) and free texts by item.
 */
import type { Answer, AssessmentResponse } from "../../assessment/schema.js";
import { DALARNA_LOCAL_LEADERSHIP_SPECS } from "./leaderships.js";
import { DALARNA_GOALS } from "./strategy.js";

/** One value of a row: a scale value, "don't know", or `null` for no answer. */
export type SampleCell = Answer | null;

/** A response in compact form. */
export interface SampleResponseRow {
  readonly id: string;
  readonly leadershipId: string;
  readonly grouping?: string;
  readonly submittedAt: string;
  /** Five values, in the order of the delmål. */
  readonly values: readonly [SampleCell, SampleCell, SampleCell, SampleCell, SampleCell];
  /** Free texts by item (delmål) id. */
  readonly texts?: Readonly<Record<string, string>>;
}

const ITEM_IDS = DALARNA_GOALS.map((goal) => goal.id);

/** Expand compact rows into responses of one round. */
export function sampleResponses(roundId: string, rows: readonly SampleResponseRow[]): AssessmentResponse[] {
  return rows.map((row) => {
    const answers: Record<string, Answer> = {};
    row.values.forEach((value, i) => {
      if (value !== null) answers[ITEM_IDS[i]!] = value;
    });
    const response: AssessmentResponse = {
      id: row.id,
      roundId,
      leadershipId: row.leadershipId,
      submittedAt: row.submittedAt,
      answers,
      freeTexts: { ...row.texts },
    };
    if (row.grouping !== undefined) response.grouping = row.grouping;
    return response;
  });
}

/** The 13 local leaderships, asked every year. */
export const DALARNA_LOCAL_LEADERSHIP_IDS: readonly string[] = DALARNA_LOCAL_LEADERSHIP_SPECS.map((spec) => spec.id);
