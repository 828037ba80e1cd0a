/**
 * The result of a round, as plain data: what `aggregateRound` and `aggregateResponses` return — per item the
 * distribution, mean, median, min, max, n and free texts, per leadership its combined values and total, and
 * the round's coverage and comparability — the numbers of the annual report's appendix (*Regional årsrapport
 * 2025*, Bilaga 1). Types only: how they are computed is in `aggregate.ts`.
 */
import type { ValidationIssue } from "../common/issues.js";
import type { LocalizedText } from "../schema/primitives.js";
import type { RoundComparability, RoundCoverage } from "./comparability.js";
import type { AssessmentPeriod, AssessmentRoundKind, Scale } from "./schema.js";

/** A count of respondents at one exact value. */
export interface ExactValueCount {
  readonly value: number;
  readonly count: number;
}

/** A bin of the distribution: a scale step (with its label) or the half step between two. */
export interface DistributionBin {
  /** The bin's position on the scale: a step (3) or a half step (3.5). */
  readonly value: number;
  /** The step's label; `null` for a half step. */
  readonly label: LocalizedText | null;
  readonly count: number;
}

/**
 * How the respondents' values spread over the scale. `exact` keeps every distinct value (3.5, 3.333…);
 * `bins` has one bin per step and half step from min to max (1, 1.5, 2, … 5). A value is counted in the
 * bin nearest to it, and a value exactly between two bins (3.25, from four groupings) in the upper one:
 * bin = min + round((value − min) × 2) / 2 with halves rounded up. Values of one response or of two
 * groupings land exactly on their bin. The counts of each list sum to `n`.
 */
export interface Distribution {
  readonly exact: readonly ExactValueCount[];
  readonly bins: readonly DistributionBin[];
}

/** A free text with who wrote it. */
export interface FreeTextEntry {
  /** The leadership (self-assessment); `null` in an event poll (anonymous). */
  readonly leadershipId: string | null;
  /** The grouping that wrote it, when the leadership answered in groupings. */
  readonly grouping: string | null;
  readonly responseId: string;
  readonly text: string;
}

/** The result of one item over a round. */
export interface ItemResult {
  readonly itemId: string;
  readonly goalId: string | null;
  readonly statement: LocalizedText;
  /** Respondents (leaderships, or participants in a poll) with a value for the item. */
  readonly n: number;
  /** Mean of the respondents' values; `null` when `n` is 0. */
  readonly mean: number | null;
  /** Median (the mean of the two middle values when `n` is even); `null` when `n` is 0. */
  readonly median: number | null;
  readonly min: number | null;
  readonly max: number | null;
  /** "Don't know" answers given to the item (counted per response, never as a value). */
  readonly dontKnow: number;
  readonly distribution: Distribution;
  /** Free texts, ordered by leadership, grouping and response id. */
  readonly freeTexts: readonly FreeTextEntry[];
}

/** A leadership's combined value for one item. */
export interface LeadershipItemValue {
  readonly itemId: string;
  /** The mean of its groupings' values; `null` when none gave a value. */
  readonly value: number | null;
  /** How many of its responses gave a value for the item. */
  readonly valueCount: number;
  /** How many of its responses answered "don't know". */
  readonly dontKnow: number;
}

/** One asked leadership's result in a self-assessment round. */
export interface LeadershipResult {
  readonly leadershipId: string;
  /** The leadership's name, or its id when the workspace has no such leadership. */
  readonly name: string;
  /** Whether it sent at least one response. */
  readonly responded: boolean;
  readonly responses: number;
  /** Names of the groupings that answered separately, sorted. */
  readonly groupings: readonly string[];
  /** One value per item, in the instrument's order. */
  readonly values: readonly LeadershipItemValue[];
  /** Items where its groupings gave different values (so the combined value is their mean). */
  readonly differingItemIds: readonly string[];
  /** Sum of its values; `null` when it has none. Compare with the result's `maxTotal`. */
  readonly total: number | null;
  /** Items it has a value for. */
  readonly itemsAnswered: number;
}

/** The result of a round: the numbers of the annual report's appendix, as plain data. */
export interface RoundResult {
  readonly roundId: string;
  readonly kind: AssessmentRoundKind;
  readonly title: string;
  readonly period: AssessmentPeriod;
  readonly instrumentId: string;
  readonly instrumentVersion: number;
  readonly scale: Scale;
  readonly dontKnowAllowed: boolean;
  /** Items × scale max, computed from the instrument. */
  readonly maxTotal: number;
  /** The maximum the instrument declares, or `null`; when it disagrees with `maxTotal`, `findings` says so. */
  readonly declaredMaxTotal: number | null;
  /** Findings about the instrument to show beside the results (declared maximum disagreeing). Paths are relative to the instrument. */
  readonly findings: readonly ValidationIssue[];
  /** What the results do not show (the instrument's caveat), or `null`. */
  readonly caveat: LocalizedText | null;
  readonly coverage: RoundCoverage;
  /** Whether the round may be compared over time (`comparability` says why). */
  readonly comparable: boolean;
  readonly comparability: RoundComparability;
  /** One result per item, in the instrument's order. */
  readonly items: readonly ItemResult[];
  /** One result per asked leadership, ordered by id; empty in an event poll. */
  readonly leaderships: readonly LeadershipResult[];
}
