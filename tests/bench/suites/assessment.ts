/**
 * Bench suite "assessment": aggregation of every round of the national synthetic workspace, at 124,000
 * answers (national scale, docs/quality.md R1) and at 1,000,000 answers, beside the same aggregation written with
 * d3-array's `group`/`rollups` (the obvious alternative). Budget: 1,000,000 answers under 50 ms.
 */
import { bin as d3Bin, group, max, mean, median, min, rollups } from "d3-array";
import { aggregateResponses, aggregateRound, type AssessmentResponse } from "@systemledning/core/assessment";
import { getWorkspaceIndex, type Workspace } from "@systemledning/core/workspace";
import { addNationalAssessment, countAnswers } from "../../fixtures/national-assessment.js";
import { createNationalWorkspace } from "../../fixtures/national.js";
import { compare, formatGroup, type BenchSuite, type GroupRow } from "../harness.js";

const SEED = 20261122;
const MILLION_BUDGET_MS = 50;

/** Every round through the core: aggregateRound per round, the workspace indexed once (what a dashboard of all years does). */
function aggregateAllRounds(ws: Workspace): unknown[] {
  return ws.assessmentRounds.map((round) => aggregateRound(ws, round.id));
}

/**
 * The same numbers with d3-array: group responses by round, then per item `rollups` of the leaderships'
 * mean over their groupings, and mean, median, min, max, n and a half-step histogram over those values;
 * per leadership its values and total; coverage.
 */
function aggregateAllRoundsWithD3(ws: Workspace): unknown[] {
  const instrument = ws.profile.assessment!.instruments[0]!;
  const byRound = group(ws.assessmentResponses, (r) => r.roundId);
  return ws.assessmentRounds.map((round) => {
    const responses = byRound.get(round.id) ?? [];
    const valueOf = (r: AssessmentResponse, itemId: string): number | undefined => {
      const a = r.answers[itemId];
      return typeof a === "number" ? a : undefined;
    };
    const perLeadership = new Map<string, Map<string, number>>();
    const items = instrument.items.map((item) => {
      const withValue = responses.filter((r) => valueOf(r, item.id) !== undefined);
      const leaderships = rollups(
        withValue,
        (rs) => mean(rs, (r) => valueOf(r, item.id))!,
        (r) => r.leadershipId!,
      );
      for (const [id, value] of leaderships) {
        if (!perLeadership.has(id)) perLeadership.set(id, new Map());
        perLeadership.get(id)!.set(item.id, value);
      }
      const values = leaderships.map(([, v]) => v);
      const bins = d3Bin()
        .domain([instrument.scale.min - 0.25, instrument.scale.max + 0.25])
        .thresholds(
          Array.from(
            { length: 2 * (instrument.scale.max - instrument.scale.min) },
            (_, i) => instrument.scale.min + 0.25 + i / 2,
          ),
        )(values);
      return {
        itemId: item.id,
        n: values.length,
        mean: mean(values) ?? null,
        median: median(values) ?? null,
        min: min(values) ?? null,
        max: max(values) ?? null,
        bins: bins.map((b) => b.length),
      };
    });
    const totals = [...perLeadership].map(([id, values]) => ({
      id,
      total: [...values.values()].reduce((s, v) => s + v, 0),
      items: values.size,
    }));
    const answered = new Set(responses.map((r) => r.leadershipId)).size;
    return {
      items,
      totals,
      coverage: {
        asked: round.leadershipIds.length,
        answered,
        responses: responses.length,
        ratio: answered / round.leadershipIds.length,
      },
    };
  });
}

function groupFor(ws: Workspace, answers: number, budgetMs: number | undefined): GroupRow[] {
  const index = getWorkspaceIndex(ws);
  const instrument = ws.profile.assessment!.instruments[0]!;
  const rows = compare(
    [
      // A new workspace object each run (as after every command), so the index is built inside each time.
      {
        name: `core: aggregateRound × ${ws.assessmentRounds.length} rounds, index built inside`,
        fn: () => aggregateAllRounds({ ...ws }),
      },
      {
        name: "core: aggregateResponses over an index built beforehand",
        fn: () =>
          ws.assessmentRounds.map((round) =>
            aggregateResponses({
              round,
              instrument,
              responses: index.responsesByRound.get(round.id) ?? [],
              minComparableCoverage: 0.6,
            }),
          ),
      },
      { name: "d3-array: group + rollups per item (the obvious alternative)", fn: () => aggregateAllRoundsWithD3(ws) },
    ],
    { iterations: answers > 500_000 ? 15 : 30 },
  );
  return rows.map((result, i) => (i === 0 && budgetMs !== undefined ? { result, budgetMs } : { result }));
}

/** The assessment suite. */
export const suite: BenchSuite = {
  name: "assessment",
  run() {
    const base = createNationalWorkspace({ seed: SEED });
    const groups: GroupRow[][] = [];
    for (const [target, budgetMs] of [
      [124_000, undefined],
      [1_000_000, MILLION_BUDGET_MS],
    ] as const) {
      const ws = addNationalAssessment(base, { seed: SEED, answers: target });
      console.log(
        `National self-assessment: ${countAnswers(ws).toLocaleString("en")} answers in ${ws.assessmentResponses.length.toLocaleString("en")} responses, ` +
          `${ws.assessmentRounds.length} rounds × ${ws.leaderships.length} leaderships asked. Node ${process.version}.`,
      );
      const rows = groupFor(ws, target, budgetMs);
      console.log(
        formatGroup(
          `Aggregate every round, ${target.toLocaleString("en")} answers (reference: the core from the workspace)`,
          rows,
        ),
      );
      groups.push(rows);
    }
    return groups;
  },
};
