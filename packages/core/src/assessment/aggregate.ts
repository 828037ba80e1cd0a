/**
 * Aggregation of a round as the annual report does it (*Regional årsrapport 2025*, Bilaga 1): "8 svar från 6 olika
 * systemledningar … från 2 av de lokala systemledningarna lämnades separata svar från 2 olika grupperingar.
 * I de fall svaren skilde sig åt anges medelvärde av de båda svaren."
 *
 * 1. Within a leadership, its groupings are combined by the mean per item (3 and 4 give 3.5). Missing
 *    answers and "don't know" are excluded, never counted as 0; a leadership with no value for an item has
 *    `null` for it.
 * 2. Per item over the round: the leaderships' combined values (exact), their distribution over the scale,
 *    mean, median, min, max and n; the free texts with the leadership that wrote them.
 * 3. Per leadership: its total over the items it has a value for, and how many items that is.
 * In an event poll every response is its own respondent (anonymous), so step 1 is the identity.
 * Numbers are exact; rounding is the display's business. No result is ever NaN: no value gives `null`.
 *
 * Speed (1,000,000 answers in tens of milliseconds): responses are grouped by round once per workspace
 * (the workspace's index, `getWorkspaceIndex`); the inner loop reads each answer once into flat typed arrays indexed by
 * (respondent, item) and allocates nothing per answer. Sums of whole scale values are exact in floating
 * point, so the results do not depend on the order of the responses.
 */
import { compareStrings } from "../common/compare.js";
import { SystemledningError } from "../common/errors.js";
import { createIssue } from "../common/issues.js";
import type { Workspace } from "../workspace/schema.js";
import { getWorkspaceIndex, type WorkspaceIndex } from "../workspace/workspace-index.js";
import { getRoundComparability, type RoundCoverage } from "./comparability.js";
import { findInstrument, getInstrumentFindings, getMaxTotal } from "./instrument.js";
import type {
  Distribution,
  DistributionBin,
  ExactValueCount,
  FreeTextEntry,
  ItemResult,
  LeadershipItemValue,
  LeadershipResult,
  RoundResult,
} from "./round-result.js";
import type { AssessmentResponse, AssessmentRound, Instrument, Scale } from "./schema.js";

/** The input of {@link aggregateResponses}: one round, its instrument and its responses. */
export interface AggregateInput {
  readonly round: AssessmentRound;
  readonly instrument: Instrument;
  /** The round's responses, in any order. Responses of leaderships not asked are skipped (the door refuses them). */
  readonly responses: readonly AssessmentResponse[];
  readonly minComparableCoverage: number;
  /** Names of leaderships by id, for `LeadershipResult.name`. */
  readonly leadershipNames?: ReadonlyMap<string, string>;
}

function compareFreeTexts(a: FreeTextEntry, b: FreeTextEntry): number {
  return (
    compareStrings(a.leadershipId ?? "", b.leadershipId ?? "") ||
    compareStrings(a.grouping ?? "", b.grouping ?? "") ||
    compareStrings(a.responseId, b.responseId)
  );
}

/**
 * Sort texts by UTF-16 code units, in place. Names usually arrive in order (or are one or two), so a
 * linear check comes first; the native comparator-less sort orders the same way as `compareStrings`.
 */
function sortedTexts(texts: string[]): string[] {
  for (let i = 1; i < texts.length; i++) if (texts[i - 1]! > texts[i]!) return texts.sort();
  return texts;
}

/** The median of sorted values (n ≥ 1). */
function medianOfSorted(sorted: Float64Array, n: number): number {
  const mid = n >> 1;
  return n % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function distributionOf(sorted: Float64Array, n: number, scale: Scale): Distribution {
  const exact: ExactValueCount[] = [];
  let i = 0;
  while (i < n) {
    const value = sorted[i]!;
    let j = i + 1;
    while (j < n && sorted[j] === value) j++;
    exact.push({ value, count: j - i });
    i = j;
  }
  const binCount = 2 * (scale.max - scale.min) + 1;
  const counts = new Int32Array(binCount);
  for (let k = 0; k < n; k++) {
    const bin = Math.min(binCount - 1, Math.max(0, Math.round((sorted[k]! - scale.min) * 2)));
    counts[bin]!++;
  }
  const bins: DistributionBin[] = [];
  for (let b = 0; b < binCount; b++) {
    bins.push({
      value: scale.min + b / 2,
      label: b % 2 === 0 ? (scale.steps[b / 2]?.label ?? null) : null,
      count: counts[b]!,
    });
  }
  return { exact, bins };
}

/**
 * The aggregation engine: aggregate one round from its instrument and responses, without a workspace.
 * {@link aggregateRound} calls it; call it directly when the responses are already at hand.
 *
 * @example
 * aggregateResponses({ round, instrument, responses, minComparableCoverage: 0.6 }).items[0]?.mean
 */
export function aggregateResponses(input: AggregateInput): RoundResult {
  const { round, instrument, responses } = input;
  const items = instrument.items;
  const itemCount = items.length;
  const itemIds = items.map((item) => item.id);
  const itemIndex = new Map(itemIds.map((id, k) => [id, k]));
  const freeTextAllowed = items.map((item) => item.freeText);
  const isPoll = round.kind === "event-poll";

  // Respondents: the asked leaderships (sorted by id, so results never follow document order), or in a poll each response.
  const leadershipIds = isPoll ? [] : [...new Set(round.leadershipIds)].sort(compareStrings);
  const unitOf = new Map<string, number>();
  leadershipIds.forEach((id, u) => unitOf.set(id, u));
  const unitCount = isPoll ? responses.length : leadershipIds.length;
  const cells = unitCount * itemCount;
  const sums = new Float64Array(cells);
  const counts = new Int32Array(cells);
  const mins = new Float64Array(cells).fill(Number.POSITIVE_INFINITY);
  const maxs = new Float64Array(cells).fill(Number.NEGATIVE_INFINITY);
  const dontKnows = new Int32Array(cells);
  const unitResponses = new Int32Array(unitCount);
  const groupings: string[][] = isPoll ? [] : leadershipIds.map(() => []);
  const freeTexts: FreeTextEntry[][] = items.map(() => []);
  let counted = 0;

  for (let r = 0; r < responses.length; r++) {
    const response = responses[r]!;
    let unit = r;
    if (!isPoll) {
      const found = response.leadershipId === undefined ? undefined : unitOf.get(response.leadershipId);
      if (found === undefined) continue;
      unit = found;
      if (response.grouping !== undefined) groupings[unit]!.push(response.grouping);
    }
    unitResponses[unit]!++;
    counted++;
    const base = unit * itemCount;
    // for…in over the (few) keys present beats a lookup per item: most objects share a shape, and absent
    // items cost nothing. Keys that are not items of the instrument are skipped (the door refuses them).
    const answers = response.answers;
    for (const itemId in answers) {
      const k = itemIndex.get(itemId);
      if (k === undefined) continue;
      const answer = answers[itemId]!;
      const cell = base + k;
      if (typeof answer === "number") {
        sums[cell]! += answer;
        counts[cell]!++;
        if (answer < mins[cell]!) mins[cell] = answer;
        if (answer > maxs[cell]!) maxs[cell] = answer;
      } else dontKnows[cell]!++;
    }
    const texts = response.freeTexts;
    for (const itemId in texts) {
      const k = itemIndex.get(itemId);
      const text = texts[itemId]!;
      if (k === undefined || !freeTextAllowed[k] || text === "") continue;
      freeTexts[k]!.push({
        leadershipId: response.leadershipId ?? null,
        grouping: response.grouping ?? null,
        responseId: response.id,
        text,
      });
    }
  }

  const scratch = new Float64Array(unitCount);
  const itemResults: ItemResult[] = items.map((item, k) => {
    let n = 0;
    let sum = 0;
    let dontKnow = 0;
    for (let u = 0; u < unitCount; u++) {
      const cell = u * itemCount + k;
      dontKnow += dontKnows[cell]!;
      const count = counts[cell]!;
      if (count === 0) continue;
      const value = sums[cell]! / count;
      scratch[n++] = value;
      sum += value;
    }
    const sorted = scratch.slice(0, n).sort();
    return {
      itemId: item.id,
      goalId: item.goalId ?? null,
      statement: item.statement,
      n,
      mean: n === 0 ? null : sum / n,
      median: n === 0 ? null : medianOfSorted(sorted, n),
      min: n === 0 ? null : sorted[0]!,
      max: n === 0 ? null : sorted[n - 1]!,
      dontKnow,
      distribution: distributionOf(sorted, n, instrument.scale),
      freeTexts: freeTexts[k]!.sort(compareFreeTexts),
    };
  });

  const leadershipResults: LeadershipResult[] = leadershipIds.map((leadershipId, u) => {
    const values: LeadershipItemValue[] = [];
    const differingItemIds: string[] = [];
    let total = 0;
    let itemsAnswered = 0;
    for (let k = 0; k < itemCount; k++) {
      const cell = u * itemCount + k;
      const count = counts[cell]!;
      const value = count === 0 ? null : sums[cell]! / count;
      if (value !== null) {
        total += value;
        itemsAnswered++;
        if (mins[cell] !== maxs[cell]) differingItemIds.push(itemIds[k]!);
      }
      values.push({ itemId: itemIds[k]!, value, valueCount: count, dontKnow: dontKnows[cell]! });
    }
    return {
      leadershipId,
      name: input.leadershipNames?.get(leadershipId) ?? leadershipId,
      responded: unitResponses[u]! > 0,
      responses: unitResponses[u]!,
      groupings: sortedTexts(groupings[u]!),
      values,
      differingItemIds,
      total: itemsAnswered === 0 ? null : total,
      itemsAnswered,
    };
  });

  let answered = 0;
  for (let u = 0; u < unitCount; u++) if (unitResponses[u]! > 0) answered++;
  const asked = isPoll ? (round.participantCount ?? null) : leadershipIds.length;
  const coverage: RoundCoverage = {
    asked,
    answered,
    responses: counted,
    ratio: asked === null || asked === 0 ? null : answered / asked,
  };
  const comparability = getRoundComparability(coverage, input.minComparableCoverage, round.kind);

  return {
    roundId: round.id,
    kind: round.kind,
    title: round.title,
    period: round.period,
    instrumentId: instrument.id,
    instrumentVersion: instrument.version,
    scale: instrument.scale,
    dontKnowAllowed: instrument.dontKnow !== undefined,
    maxTotal: getMaxTotal(instrument),
    declaredMaxTotal: instrument.declaredMaxTotal ?? null,
    findings: getInstrumentFindings(instrument),
    caveat: instrument.caveat ?? null,
    coverage,
    comparable: comparability.comparable,
    comparability,
    items: itemResults,
    leaderships: leadershipResults,
  };
}

/** Resolve a round and its instrument, or throw `invalidInput` naming what is missing. */
export function resolveRound(
  ws: Workspace,
  index: WorkspaceIndex,
  roundId: string,
  argument = "roundId",
): { round: AssessmentRound; instrument: Instrument } {
  const round = index.roundById.get(roundId);
  if (round === undefined) {
    throw new SystemledningError("invalidInput", [
      createIssue([argument], "dangling_reference", { id: roundId, collection: "assessmentRounds" }),
    ]);
  }
  const instrument = findInstrument(ws.profile, round.instrumentId, round.instrumentVersion);
  if (instrument === undefined) {
    throw new SystemledningError("invalidInput", [
      createIssue([argument], "dangling_reference", {
        id: `${round.instrumentId}@${round.instrumentVersion}`,
        collection: "profile.assessment.instruments",
      }),
    ]);
  }
  return { round, instrument };
}

/**
 * Aggregate a round as the annual report does: groupings combined by mean per leadership, then per item
 * the distribution, mean, median, min, max, n and free texts; per leadership its values and total; the
 * coverage (leaderships that answered / asked, responses received) and whether the round may be compared
 * over time (the profile's `minComparableCoverage`). Exact numbers; `null`, never NaN, where there is no value.
 * Throws a {@link SystemledningError} (`invalidInput`, path `roundId`) for a round that does not exist.
 *
 * @example
 * const result = aggregateRound(createDalarnaSampleWorkspace(), "sjalvskattning-2025");
 * result.coverage // { asked: 13, answered: 6, responses: 8, ratio: 0.4615… }
 * result.comparable // false
 * result.items[0]?.mean // exact mean of the six leaderships' values
 */
export function aggregateRound(ws: Workspace, roundId: string): RoundResult {
  const index = getWorkspaceIndex(ws);
  const { round, instrument } = resolveRound(ws, index, roundId);
  return aggregateResponses({
    round,
    instrument,
    responses: index.responsesByRound.get(roundId) ?? [],
    minComparableCoverage: ws.profile.assessment?.minComparableCoverage ?? 1,
    leadershipNames: index.leadershipNameById,
  });
}
