/**
 * The scoring bench's data: one self-assessment round of the national synthetic workspace in which all
 * ~300 leaderships answer the five items (one per goal), aggregated in Node by the core, and the same bins
 * flattened for the peers. Seeded, so every run draws the same charts.
 */
import { aggregateRound, type RoundResult } from "@systemledning/core/assessment";
import { addNationalAssessment } from "../../fixtures/national-assessment.js";
import { createNationalWorkspace } from "../../fixtures/national.js";
import type { PeerPanel, ScoringBenchData } from "./protocol.js";

/**
 * The bench page's host element width: three 320 px columns, two 1.5rem gaps, and the figure's 1rem
 * padding and 1px border on each side, so the kit's grid (`minmax(20rem, 1fr)`, auto-fill) lays each
 * histogram out at exactly its viewBox size, 320 × 196. The suite checks this on the page (calibration).
 */
export const HOST_WIDTH = 3 * 320 + 2 * 24 + 2 * (16 + 1);

/** A number as our chart prints an axis value in Swedish: "1", "1,5". */
const svNumber = new Intl.NumberFormat("sv-SE", { maximumFractionDigits: 2 });

/**
 * Build the round: the national workspace (301 leaderships), one round in 2025 that every leadership
 * answers (participation 1), about three groupings each, so most leaderships' values are means of several
 * answers and fall on half steps as well as steps, the case the chart was made for.
 *
 * @example
 * const data = createScoringData(20261122);
 * data.result.items.length // 5
 */
export function createScoringData(seed: number): ScoringBenchData {
  const base = createNationalWorkspace({ seed });
  const leaderships = base.leaderships.length;
  const ws = addNationalAssessment(base, { seed, rounds: 1, participation: 1, answers: leaderships * 5 * 3 });
  const round = ws.assessmentRounds[0]!;
  const result = aggregateRound(ws, round.id);
  const goals = ws.profile.goals.map((goal) => ({ id: goal.id, name: goal.name }));
  return {
    result,
    goals,
    panels: peerPanels(result, goals),
    maxCount: largestCount(result),
    hostWidth: HOST_WIDTH,
    panelSize: { width: 320, height: 196 },
  };
}

/** Per item, its title as our chart words it ("Delmål 1 – …") and its bins with Swedish axis labels. */
function peerPanels(result: RoundResult, goals: ScoringBenchData["goals"]): PeerPanel[] {
  return result.items.map((item) => {
    const goalIndex = goals.findIndex((goal) => goal.id === item.goalId);
    const title = goalIndex === -1 ? item.statement.sv : `Delmål ${goalIndex + 1} – ${goals[goalIndex]!.name.sv}`;
    return {
      itemId: item.itemId,
      title,
      bins: item.distribution.bins.map((bin) => ({
        label: svNumber.format(bin.value),
        value: bin.value,
        count: bin.count,
      })),
    };
  });
}

function largestCount(result: RoundResult): number {
  let largest = 0;
  for (const item of result.items) for (const bin of item.distribution.bins) largest = Math.max(largest, bin.count);
  return largest;
}
