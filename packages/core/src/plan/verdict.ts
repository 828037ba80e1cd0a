/**
 * The pure rules of indicator verdicts: whether a change is clear, and what a clear change means given the
 * indicator's direction. No workspace here: numbers in, a verdict out, so every rule is tested on its own.
 */
import type { BilingualMessage } from "../common/issues.js";
import type { ChangeThreshold, IndicatorDirection } from "./schema.js";

/**
 * The verdict on an indicator between two years.
 *
 * - `improved` / `worsened`: a clear change in the good / bad direction.
 * - `changed`: a clear change of a `neutral` indicator (neither better nor worse).
 * - `no-clear-change`: a change smaller than the threshold (*Regional årsrapport 2025*, §2.1: read small changes
 *   with care).
 * - `no-data`: fewer than two values to compare.
 */
export type IndicatorVerdictKind = "improved" | "worsened" | "changed" | "no-clear-change" | "no-data";

/** The label of every verdict, so a page never shows a verdict by colour or icon alone. */
export const INDICATOR_VERDICT_LABELS: Readonly<Record<IndicatorVerdictKind, BilingualMessage>> = Object.freeze({
  improved: { sv: "Förbättring", en: "Improved" },
  worsened: { sv: "Försämring", en: "Worsened" },
  changed: { sv: "Tydlig förändring", en: "Clear change" },
  "no-clear-change": { sv: "Ingen tydlig förändring", en: "No clear change" },
  "no-data": { sv: "Uppgift saknas", en: "No data" },
});

/** Floating-point slack, so 1.3 → 1.1 is a change of 0.2 and meets an absolute threshold of 0.2. */
const EPSILON = 1e-9;

/** The change between two values and whether it is clear; see {@link assessChange}. */
export interface ChangeAssessment {
  readonly verdict: IndicatorVerdictKind;
  /** `to − from`, or null when either is missing. */
  readonly change: number | null;
  /** `(to − from) / |from|`, or null when either is missing or `from` is 0. */
  readonly relativeChange: number | null;
  /** Whether the change meets the threshold; null when either value is missing. */
  readonly clear: boolean | null;
}

/**
 * Whether the change from `from` to `to` meets `threshold` (see {@link ChangeThreshold} for the two kinds).
 * A tolerance of 1e-9 (relative to the threshold) absorbs floating-point rounding.
 *
 * @example
 * isClearChange(40, 41, { kind: "absolute", value: 2 }); // false
 * isClearChange(40, 44, { kind: "relative", share: 0.05 }); // true (10 %)
 */
export function isClearChange(from: number, to: number, threshold: ChangeThreshold): boolean {
  const size = Math.abs(to - from);
  const limit = threshold.kind === "absolute" ? threshold.value : threshold.share * Math.abs(from);
  if (limit === 0) return size > 0;
  return size >= limit - EPSILON * Math.max(1, limit);
}

/**
 * Judge the change from `from` to `to` for an indicator with `direction`: no data when either is null, no
 * clear change under the threshold, else improved or worsened by direction (changed when neutral).
 *
 * @example
 * assessChange(12.0, 10.5, "lower-is-better", { kind: "absolute", value: 1 }).verdict; // "improved"
 * assessChange(12.0, 11.8, "lower-is-better", { kind: "absolute", value: 1 }).verdict; // "no-clear-change"
 */
export function assessChange(
  from: number | null,
  to: number | null,
  direction: IndicatorDirection,
  threshold: ChangeThreshold,
): ChangeAssessment {
  if (from === null || to === null) return { verdict: "no-data", change: null, relativeChange: null, clear: null };
  const change = to - from;
  const relativeChange = from === 0 ? null : change / Math.abs(from);
  const clear = isClearChange(from, to, threshold);
  let verdict: IndicatorVerdictKind = "no-clear-change";
  if (clear) {
    if (direction === "neutral") verdict = "changed";
    else verdict = change > 0 === (direction === "higher-is-better") ? "improved" : "worsened";
  }
  return { verdict, change, relativeChange, clear };
}

/** How an organisation's value stands beside another's (the county's, the country's). */
export type IndicatorPosition = "better" | "worse" | "different" | "similar" | "no-data";

/** Labels of {@link IndicatorPosition}. */
export const INDICATOR_POSITION_LABELS: Readonly<Record<IndicatorPosition, BilingualMessage>> = Object.freeze({
  better: { sv: "Bättre", en: "Better" },
  worse: { sv: "Sämre", en: "Worse" },
  different: { sv: "Tydlig skillnad", en: "Clearly different" },
  similar: { sv: "Ingen tydlig skillnad", en: "No clear difference" },
  "no-data": { sv: "Uppgift saknas", en: "No data" },
});

/**
 * Compare `value` with a `reference` value (the county's, the country's) by the same threshold as changes:
 * a difference under it is `similar`; above it `better` or `worse` by direction (`different` when neutral).
 *
 * @example
 * comparePosition(80, 75, "higher-is-better", { kind: "absolute", value: 2 }); // "better"
 */
export function comparePosition(
  value: number | null,
  reference: number | null,
  direction: IndicatorDirection,
  threshold: ChangeThreshold,
): IndicatorPosition {
  const assessment = assessChange(reference, value, direction, threshold);
  switch (assessment.verdict) {
    case "improved":
      return "better";
    case "worsened":
      return "worse";
    case "changed":
      return "different";
    case "no-clear-change":
      return "similar";
    default:
      return "no-data";
  }
}
