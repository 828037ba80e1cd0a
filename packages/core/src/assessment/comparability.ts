/**
 * Coverage and comparability (*Regional årsrapport 2025*, §3.1): "Det faktum att endast hälften av antalet
 * systemledningar inkommit med skattningar gör det inte heller relevant att göra jämförelser över tid". A round may be
 * compared over time only when its coverage reaches the profile's `minComparableCoverage`; a pair of rounds only when
 * both do and they asked the same instrument on the same scale. Verdicts carry a stable reason and a Swedish and
 * English message for the UI.
 */
import type { BilingualMessage } from "../common/issues.js";
import type { AssessmentRoundKind } from "./schema.js";

/** Coverage of a round: how many of those asked answered, and how many responses came in. */
export interface RoundCoverage {
  /**
   * Leaderships asked (self-assessment), or participants present (event poll; `null` when the round does
   * not record `participantCount`).
   */
  readonly asked: number | null;
  /** Leaderships with at least one response (self-assessment), or responses (event poll: one per participant). */
  readonly answered: number;
  /** Responses received and counted (groupings of one leadership count separately). */
  readonly responses: number;
  /** `answered / asked`, exact; `null` when `asked` is unknown or zero. */
  readonly ratio: number | null;
}

/** Why a round may or may not be compared over time. */
export type RoundComparabilityReason = "coverage-reached" | "coverage-below-minimum" | "coverage-unknown";

/** Whether one round may be compared with others over time, and why. */
export interface RoundComparability {
  readonly comparable: boolean;
  readonly reason: RoundComparabilityReason;
  /** The profile's minimum coverage (0–1) the verdict used. */
  readonly minCoverage: number;
  /** What the verdict means, in Swedish and English, with the figures. */
  readonly message: BilingualMessage;
}

const percent = (share: number): number => Math.round(share * 100);

/**
 * Judge one round's comparability from its coverage. At or above the minimum: comparable.
 *
 * @example
 * getRoundComparability({ asked: 13, answered: 6, responses: 8, ratio: 6 / 13 }, 0.6, "self-assessment").reason
 * // "coverage-below-minimum"
 */
export function getRoundComparability(
  coverage: RoundCoverage,
  minCoverage: number,
  kind: AssessmentRoundKind,
): RoundComparability {
  const min = percent(minCoverage);
  const who =
    kind === "event-poll"
      ? { sv: "närvarande", en: "people present" }
      : { sv: "tillfrågade systemledningar", en: "leaderships asked" };
  if (coverage.ratio === null) {
    return {
      comparable: false,
      reason: "coverage-unknown",
      minCoverage,
      message:
        kind === "event-poll"
          ? {
              sv: "Antalet närvarande är okänt, så svarsandelen kan inte bedömas och omgången jämförs inte över tid. Ange antalet närvarande (participantCount).",
              en: "The number of people present is unknown, so coverage cannot be judged and the round is not compared over time. Record the number present (participantCount).",
            }
          : {
              sv: "Inga systemledningar tillfrågades, så svarsandelen kan inte bedömas och omgången jämförs inte över tid.",
              en: "No leaderships were asked, so coverage cannot be judged and the round is not compared over time.",
            },
    };
  }
  const { answered, asked } = coverage;
  const share = percent(coverage.ratio);
  if (coverage.ratio >= minCoverage) {
    return {
      comparable: true,
      reason: "coverage-reached",
      minCoverage,
      message: {
        sv: `${answered} av ${String(asked)} ${who.sv} svarade (${share} %), minst ${min} % krävs: omgången kan jämföras över tid.`,
        en: `${answered} of ${String(asked)} ${who.en} answered (${share}%), at least ${min}% is required: the round can be compared over time.`,
      },
    };
  }
  return {
    comparable: false,
    reason: "coverage-below-minimum",
    minCoverage,
    message: {
      sv: `Endast ${answered} av ${String(asked)} ${who.sv} svarade (${share} %), under gränsen ${min} %: jämförelser över tid är inte meningsfulla.`,
      en: `Only ${answered} of ${String(asked)} ${who.en} answered (${share}%), below the minimum of ${min}%: comparisons over time are not meaningful.`,
    },
  };
}

/** Why two rounds may or may not be compared. */
export type PairComparabilityReason =
  | "comparable"
  | "same-round"
  | "different-instrument"
  | "different-scale"
  | "coverage-below-minimum"
  | "coverage-unknown";

/** The verdict on comparing two rounds, with its reason and message. */
export interface PairComparability {
  readonly comparable: boolean;
  readonly reason: PairComparabilityReason;
  readonly message: BilingualMessage;
}

/** What the pair verdict needs to know about one round. */
export interface ComparableRoundFacts {
  readonly roundId: string;
  readonly title: string;
  readonly instrumentId: string;
  readonly scale: { readonly min: number; readonly max: number };
  readonly comparability: RoundComparability;
}

/**
 * Judge whether round `a` may be compared with round `b`: distinct rounds of the same instrument (any
 * version) on the same scale, and both at or above the minimum coverage. The first failing rule is the reason.
 *
 * @example
 * getPairComparability(result2024, result2025).reason // "coverage-below-minimum"
 */
export function getPairComparability(a: ComparableRoundFacts, b: ComparableRoundFacts): PairComparability {
  if (a.roundId === b.roundId) {
    return {
      comparable: false,
      reason: "same-round",
      message: {
        sv: "En omgång jämförs inte med sig själv. Välj två olika omgångar.",
        en: "A round is not compared with itself. Choose two different rounds.",
      },
    };
  }
  if (a.instrumentId !== b.instrumentId) {
    return {
      comparable: false,
      reason: "different-instrument",
      message: {
        sv: `Omgångarna "${a.title}" och "${b.title}" använde olika instrument och kan inte jämföras.`,
        en: `The rounds "${a.title}" and "${b.title}" used different instruments and cannot be compared.`,
      },
    };
  }
  if (a.scale.min !== b.scale.min || a.scale.max !== b.scale.max) {
    return {
      comparable: false,
      reason: "different-scale",
      message: {
        sv: `Omgångarna använde olika skalor (${a.scale.min}–${a.scale.max} och ${b.scale.min}–${b.scale.max}) och kan inte jämföras.`,
        en: `The rounds used different scales (${a.scale.min}–${a.scale.max} and ${b.scale.min}–${b.scale.max}) and cannot be compared.`,
      },
    };
  }
  for (const facts of [a, b]) {
    if (!facts.comparability.comparable) {
      const reason = facts.comparability.reason === "coverage-unknown" ? "coverage-unknown" : "coverage-below-minimum";
      return {
        comparable: false,
        reason,
        message: {
          sv: `"${facts.title}": ${facts.comparability.message.sv}`,
          en: `"${facts.title}": ${facts.comparability.message.en}`,
        },
      };
    }
  }
  return {
    comparable: true,
    reason: "comparable",
    message: {
      sv: `Omgångarna "${a.title}" och "${b.title}" nådde båda lägsta svarsandel och kan jämföras.`,
      en: `The rounds "${a.title}" and "${b.title}" both reached the minimum coverage and can be compared.`,
    },
  };
}
