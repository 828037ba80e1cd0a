/**
 * The national assessment generator behind the bench: exactly the requested number of answers, valid at
 * the door, the same for the same seed, and aggregated without NaN.
 */
import { describe, expect, it } from "vitest";
import { aggregateRound } from "@systemledning/core/assessment";
import { parseWorkspace } from "@systemledning/core/workspace";
import { addNationalAssessment, countAnswers } from "../../fixtures/national-assessment.js";
import { createNationalWorkspace } from "../../fixtures/national.js";

describe("addNationalAssessment", () => {
  const base = createNationalWorkspace({ seed: 20261122 });

  it("makes exactly the requested answers, passes the door and is the same for the same seed", () => {
    const ws = addNationalAssessment(base, { seed: 20261122, answers: 12_400, rounds: 3 });
    expect(countAnswers(ws)).toBe(12_400);
    expect(() => parseWorkspace(ws)).not.toThrow();
    expect(addNationalAssessment(base, { seed: 20261122, answers: 12_400, rounds: 3 })).toEqual(ws);
    for (const round of ws.assessmentRounds) {
      const result = aggregateRound(ws, round.id);
      expect(result.coverage.ratio).toBeGreaterThan(0.6);
      expect(result.items.every((i) => i.mean !== null && i.mean >= 1 && i.mean <= 5)).toBe(true);
    }
  });
});
