/**
 * Trends between rounds: per item and per leadership, offered only when the rounds may be compared (both
 * reach the profile's minimum coverage, same instrument and scale). A trend that is not allowed comes back
 * as the verdict with its reason and no numbers, so no UI can draw a comparison the report would not make.
 */
import { compareStrings } from "../common/compare.js";
import type { BilingualMessage } from "../common/issues.js";
import type { LocalizedText } from "../schema/primitives.js";
import type { Workspace } from "../workspace/schema.js";
import { getWorkspaceIndex, type WorkspaceIndex } from "../workspace/workspace-index.js";
import { aggregateResponses, aggregateRound, resolveRound } from "./aggregate.js";
import {
  getPairComparability,
  type PairComparabilityReason,
  type RoundComparability,
  type RoundCoverage,
} from "./comparability.js";
import type { RoundResult } from "./round-result.js";
import type { AssessmentPeriod } from "./schema.js";

/** One item compared between two rounds. `change` is B − A. */
export interface ItemTrend {
  readonly itemId: string;
  readonly statement: LocalizedText;
  readonly meanA: number | null;
  readonly meanB: number | null;
  readonly medianA: number | null;
  readonly medianB: number | null;
  readonly nA: number;
  readonly nB: number;
  /** `meanB − meanA`; `null` when either is `null`. */
  readonly change: number | null;
}

/** One leadership's item value compared between two rounds. */
export interface LeadershipItemTrend {
  readonly itemId: string;
  readonly valueA: number | null;
  readonly valueB: number | null;
  readonly change: number | null;
}

/** One leadership compared between two rounds (asked in either). */
export interface LeadershipTrend {
  readonly leadershipId: string;
  readonly name: string;
  readonly totalA: number | null;
  readonly totalB: number | null;
  /** `totalB − totalA`, only when both totals cover the same number of items; otherwise `null`. */
  readonly totalChange: number | null;
  readonly items: readonly LeadershipItemTrend[];
}

/** A round as the comparison names it. */
export interface ComparedRound {
  readonly roundId: string;
  readonly title: string;
  readonly period: AssessmentPeriod;
  readonly coverage: RoundCoverage;
  readonly comparability: RoundComparability;
}

/** The comparison of two rounds: the verdict, and the trends when it allows them. */
export interface RoundComparison {
  readonly roundA: ComparedRound;
  readonly roundB: ComparedRound;
  readonly comparable: boolean;
  readonly reason: PairComparabilityReason;
  readonly message: BilingualMessage;
  /** Items in both rounds' instruments, in B's order; empty when not comparable. */
  readonly items: readonly ItemTrend[];
  /** Leaderships asked in either round, by id; empty when not comparable. */
  readonly leaderships: readonly LeadershipTrend[];
}

const diff = (a: number | null, b: number | null): number | null => (a === null || b === null ? null : b - a);

function compared(result: RoundResult): ComparedRound {
  return {
    roundId: result.roundId,
    title: result.title,
    period: result.period,
    coverage: result.coverage,
    comparability: result.comparability,
  };
}

/** Compare two aggregated rounds (A before B). The engine of {@link compareRounds}. */
export function compareRoundResults(a: RoundResult, b: RoundResult): RoundComparison {
  const verdict = getPairComparability(a, b);
  const head = {
    roundA: compared(a),
    roundB: compared(b),
    comparable: verdict.comparable,
    reason: verdict.reason,
    message: verdict.message,
  };
  if (!verdict.comparable) return { ...head, items: [], leaderships: [] };

  const itemsA = new Map(a.items.map((item) => [item.itemId, item]));
  const items: ItemTrend[] = [];
  for (const itemB of b.items) {
    const itemA = itemsA.get(itemB.itemId);
    if (itemA === undefined) continue;
    items.push({
      itemId: itemB.itemId,
      statement: itemB.statement,
      meanA: itemA.mean,
      meanB: itemB.mean,
      medianA: itemA.median,
      medianB: itemB.median,
      nA: itemA.n,
      nB: itemB.n,
      change: diff(itemA.mean, itemB.mean),
    });
  }
  const sharedItems = new Set(items.map((item) => item.itemId));
  const leadershipsA = new Map(a.leaderships.map((l) => [l.leadershipId, l]));
  const leadershipsB = new Map(b.leaderships.map((l) => [l.leadershipId, l]));
  const ids = [...new Set([...leadershipsA.keys(), ...leadershipsB.keys()])].sort(compareStrings);
  const leaderships: LeadershipTrend[] = ids.map((leadershipId) => {
    const la = leadershipsA.get(leadershipId);
    const lb = leadershipsB.get(leadershipId);
    const valueIn = (l: typeof la, itemId: string): number | null =>
      l?.values.find((v) => v.itemId === itemId)?.value ?? null;
    const itemTrends = items.map(({ itemId }) => {
      const valueA = valueIn(la, itemId);
      const valueB = valueIn(lb, itemId);
      return { itemId, valueA, valueB, change: diff(valueA, valueB) };
    });
    // Totals over the shared items only, so a changed instrument version does not look like a change.
    const totalOf = (l: typeof la): { total: number | null; answered: number } => {
      let total = 0;
      let answered = 0;
      for (const v of l?.values ?? []) {
        if (v.value === null || !sharedItems.has(v.itemId)) continue;
        total += v.value;
        answered++;
      }
      return { total: answered === 0 ? null : total, answered };
    };
    const ta = totalOf(la);
    const tb = totalOf(lb);
    return {
      leadershipId,
      name: lb?.name ?? la?.name ?? leadershipId,
      totalA: ta.total,
      totalB: tb.total,
      totalChange: ta.answered === tb.answered ? diff(ta.total, tb.total) : null,
      items: itemTrends,
    };
  });
  return { ...head, items, leaderships };
}

/**
 * Compare two rounds (A the earlier, B the later): the verdict on whether they may be compared (both reach
 * the profile's minimum coverage, same instrument and scale) with its reason and message, and when they
 * may, the change per item (mean B − mean A) and per leadership (value per item, total). When they may not,
 * `items` and `leaderships` are empty: the report makes no comparison below the minimum coverage.
 * Throws a {@link SystemledningError} (`invalidInput`, path `roundIdA` or `roundIdB`) for an unknown round.
 *
 * @example
 * const cmp = compareRounds(createDalarnaSampleWorkspace(), "sjalvskattning-2024", "sjalvskattning-2025");
 * cmp.comparable // false
 * cmp.reason // "coverage-below-minimum"
 * cmp.message.sv // "\"Självskattning 2025\": Endast 6 av 13 tillfrågade systemledningar svarade (46 %) …"
 */
export function compareRounds(ws: Workspace, roundIdA: string, roundIdB: string): RoundComparison {
  const index = getWorkspaceIndex(ws);
  // An unknown round is reported under its own argument name (roundIdA or roundIdB).
  const a = aggregateRoundWithArgument(ws, index, roundIdA, "roundIdA");
  const b = aggregateRoundWithArgument(ws, index, roundIdB, "roundIdB");
  return compareRoundResults(a, b);
}

function aggregateRoundWithArgument(
  ws: Workspace,
  index: WorkspaceIndex,
  roundId: string,
  argument: string,
): RoundResult {
  const { round, instrument } = resolveRound(ws, index, roundId, argument);
  return aggregateResponses({
    round,
    instrument,
    responses: index.responsesByRound.get(roundId) ?? [],
    minComparableCoverage: ws.profile.assessment?.minComparableCoverage ?? 1,
    leadershipNames: index.leadershipNameById,
  });
}

/** One round in a trend, with whether it counts. */
export interface TrendRound extends ComparedRound {
  readonly instrumentVersion: number;
}

/** One point of a trend series; `value` is `null` for a round that does not count (below the minimum coverage). */
export interface TrendPoint {
  readonly roundId: string;
  readonly value: number | null;
}

/** The trend of an instrument over all its rounds. */
export interface AssessmentTrend {
  readonly instrumentId: string;
  /** The rounds of the instrument, by period then id. */
  readonly rounds: readonly TrendRound[];
  /** The verdict between each round and the next. */
  readonly steps: readonly {
    readonly roundIdA: string;
    readonly roundIdB: string;
    readonly comparable: boolean;
    readonly reason: PairComparabilityReason;
    readonly message: BilingualMessage;
  }[];
  /** Per item of the latest version, its mean per round; rounds below the minimum coverage have `null`. */
  readonly items: readonly {
    readonly itemId: string;
    readonly statement: LocalizedText;
    readonly points: readonly TrendPoint[];
  }[];
  /** Per leadership asked in any round, its total per round; rounds below the minimum coverage have `null`. */
  readonly leaderships: readonly {
    readonly leadershipId: string;
    readonly name: string;
    readonly points: readonly TrendPoint[];
  }[];
}

/**
 * The trend of one instrument across all its rounds (yearly self-assessments, or the same event poll
 * asked again): each round's coverage and verdict, the verdict between consecutive rounds, and series per
 * item (mean) and per leadership (total) in which only rounds that reach the minimum coverage have values.
 * Rounds on another scale than the latest are left out of the series (their points are `null`).
 *
 * @example
 * const trend = getAssessmentTrend(createDalarnaSampleWorkspace(), "dalarna-sjalvskattning");
 * trend.items[0]?.points // [{ roundId: "sjalvskattning-2023", value: 3.1… }, { … 2024 … }, { roundId: "sjalvskattning-2025", value: null }]
 */
export function getAssessmentTrend(ws: Workspace, instrumentId: string): AssessmentTrend {
  const rounds = ws.assessmentRounds
    .filter((r) => r.instrumentId === instrumentId)
    .sort((a, b) => compareStrings(a.period.from, b.period.from) || compareStrings(a.id, b.id));
  const results = rounds.map((r) => aggregateRound(ws, r.id));
  const latest = results.at(-1);
  const steps = results.slice(1).map((b, i) => {
    const verdict = getPairComparability(results[i]!, b);
    return {
      roundIdA: results[i]!.roundId,
      roundIdB: b.roundId,
      comparable: verdict.comparable,
      reason: verdict.reason,
      message: verdict.message,
    };
  });
  const counts = (r: RoundResult): boolean =>
    r.comparable && latest !== undefined && r.scale.min === latest.scale.min && r.scale.max === latest.scale.max;
  const items = (latest?.items ?? []).map((item) => ({
    itemId: item.itemId,
    statement: item.statement,
    points: results.map((r) => ({
      roundId: r.roundId,
      value: counts(r) ? (r.items.find((i) => i.itemId === item.itemId)?.mean ?? null) : null,
    })),
  }));
  const names = new Map<string, string>();
  const totals = results.map((r) => new Map(r.leaderships.map((l) => [l.leadershipId, l.total])));
  for (const r of results) for (const l of r.leaderships) names.set(l.leadershipId, l.name);
  const leaderships = [...names.keys()].sort(compareStrings).map((leadershipId) => ({
    leadershipId,
    name: names.get(leadershipId)!,
    points: results.map((r, i) => ({
      roundId: r.roundId,
      value: counts(r) ? (totals[i]!.get(leadershipId) ?? null) : null,
    })),
  }));
  return {
    instrumentId,
    rounds: results.map((r) => ({ ...compared(r), instrumentVersion: r.instrumentVersion })),
    steps,
    items,
    leaderships,
  };
}
