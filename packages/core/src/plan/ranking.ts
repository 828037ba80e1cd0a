/**
 * The comparison of municipalities on indicators, as Kolada's *Jämföraren* colours it: each municipality's
 * value in one year ranked among the municipalities shown (1 = best, by the indicator's direction), and
 * placed in the best quarter, the middle half or the worst quarter. The placement is relative — it says how
 * a municipality stands among the others shown, not whether its value is good — and a page must say so.
 * Beside them: the county's and the country's values and the unweighted mean of the municipalities shown
 * (each municipality counts once, whatever its size, as Kolada's means of "liknande kommuner").
 */
import { SystemledningError } from "../common/errors.js";
import { createIssue } from "../common/issues.js";
import type { Workspace } from "../workspace/schema.js";
import { COUNTRY_CODE } from "./constants.js";
import {
  getIndicatorTrend,
  getKnownOrganisation,
  getSourceAttributions,
  requireIndicator,
  type IndicatorPoint,
  type KnownOrganisation,
} from "./indicators.js";
import type { Gender, IndicatorDefinition, IndicatorDirection, IndicatorValueSource } from "./schema.js";
import { getFollowUpSettings } from "./settings.js";

/** Where a value places among the values ranked: the best quarter, the middle half or the worst quarter. */
export type RankClass = "best" | "middle" | "worst";

/** The words of each placement, to show beside its colour and shape (never colour alone). */
export const RANK_CLASS_LABELS: Readonly<Record<RankClass, { readonly sv: string; readonly en: string }>> = {
  best: { sv: "bland de bästa", en: "among the best" },
  middle: { sv: "mellan", en: "in the middle" },
  worst: { sv: "bland de sämsta", en: "among the worst" },
};

/** The rank and placement of one value; see {@link rankValues}. */
export interface RankPlacement {
  /** 1 for the best value; equal values share a rank (1, 2, 2, 4). Null when missing or the direction is neutral. */
  readonly rank: number | null;
  /** The placement by rank; null when missing, the direction is neutral, or the quarter is undecided. */
  readonly rankClass: RankClass | null;
}

/**
 * Rank `values` by `direction` (1 = best; equal values share the better rank) and place each in the best
 * quarter, the middle half or the worst quarter of the `N` values present. A value is in the best quarter
 * when its rank is at most N/4, in the worst when its rank counted from the other end (1 + the values worse
 * than it) is at most N/4, otherwise in the middle; a tie that reaches both quarters (all values equal, say)
 * is in the middle, so reversing the direction swaps best and worst exactly. With fewer than four values no
 * quarter holds anyone. `null` values and every value of a neutral indicator get neither rank nor placement.
 *
 * @example
 * rankValues([3, null, 1, 2, 5], "higher-is-better").map((p) => p.rank); // [2, null, 4, 3, 1]
 * rankValues([3, null, 1, 2, 5], "higher-is-better").map((p) => p.rankClass); // ["middle", null, "worst", "middle", "best"]
 */
export function rankValues(values: readonly (number | null)[], direction: IndicatorDirection): RankPlacement[] {
  if (direction === "neutral") return values.map(() => ({ rank: null, rankClass: null }));
  const present = values.filter((v): v is number => v !== null).sort((a, b) => a - b);
  const count = present.length;
  const quarter = count / 4;
  return values.map((value): RankPlacement => {
    if (value === null) return { rank: null, rankClass: null };
    const below = lowerBound(present, value);
    const above = count - upperBound(present, value);
    const better = direction === "higher-is-better" ? above : below;
    const worse = direction === "higher-is-better" ? below : above;
    const inBest = better + 1 <= quarter;
    const inWorst = worse + 1 <= quarter;
    const rankClass: RankClass = inBest === inWorst ? "middle" : inBest ? "best" : "worst";
    return { rank: better + 1, rankClass };
  });
}

/** The number of `sorted` values below `value`. */
function lowerBound(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as number) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The number of `sorted` values at or below `value`. */
function upperBound(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as number) <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** One organisation's value in the year compared. */
export interface RankingValue {
  readonly organisation: KnownOrganisation;
  /** The stored value of the year (status `missing` when stored as missing); null when nothing is stored. */
  readonly point: IndicatorPoint | null;
  /** The number, or null when missing or not stored. */
  readonly value: number | null;
}

/** A municipality's value with its rank and placement among the municipalities shown. */
export interface RankedValue extends RankingValue, RankPlacement {}

/** The unweighted mean of the municipalities' values: each municipality counts once. */
export interface RankingMean {
  /** Null when no municipality shown has a value. */
  readonly value: number | null;
  /** How many values the mean is of. */
  readonly count: number;
  /** True when a value in the mean is preliminary: the mean may still change. */
  readonly preliminary: boolean;
}

/** One indicator of a ranking; see {@link getIndicatorRanking}. */
export interface IndicatorRanking {
  readonly indicator: IndicatorDefinition;
  /** The year compared: the one asked for, else the latest year a municipality shown has a value (else the county or country); null when there is none. */
  readonly period: string | null;
  /** One per municipality shown, in the order of `IndicatorRankingResult.organisations`. */
  readonly values: readonly RankedValue[];
  /** How many municipalities have a value (the N of "rank 3 of N"). */
  readonly rankedCount: number;
  /** The county's value; null when the municipalities shown belong to more than one county. */
  readonly county: RankingValue | null;
  readonly country: RankingValue;
  readonly mean: RankingMean;
  /** The sources of the values shown, each once: what the page must print beside the table. */
  readonly sources: readonly IndicatorValueSource[];
}

/** Options of {@link getIndicatorRanking}. */
export interface IndicatorRankingOptions {
  /** The indicators, in this order. @default every indicator of the profile */
  readonly indicatorIds?: readonly string[] | undefined;
  /** The year compared (`YYYY`). @default per indicator, the latest year with a value */
  readonly period?: string | undefined;
  /** The municipalities ranked, in this order. @default every municipality of the profile */
  readonly organisationCodes?: readonly string[] | undefined;
  /** The gender breakdown. @default "T" */
  readonly gender?: Gender | undefined;
}

/** The municipalities × indicators comparison; see {@link getIndicatorRanking}. */
export interface IndicatorRankingResult {
  readonly gender: Gender;
  /** The municipalities shown, in order. */
  readonly organisations: readonly KnownOrganisation[];
  /** The county they belong to, when they all belong to one. */
  readonly county: KnownOrganisation | null;
  readonly indicators: readonly IndicatorRanking[];
}

function pointOf(ws: Workspace, indicatorId: string, organisation: KnownOrganisation, gender: Gender) {
  return getIndicatorTrend(ws, indicatorId, organisation.code, { gender }).points;
}

function latestWithValue(series: readonly (readonly IndicatorPoint[])[]): string | null {
  let latest: string | null = null;
  for (const points of series)
    for (const p of points) if (p.value !== null && (latest === null || p.period > latest)) latest = p.period;
  return latest;
}

function valueIn(points: readonly IndicatorPoint[], organisation: KnownOrganisation, period: string | null) {
  const point = period === null ? null : (points.find((p) => p.period === period) ?? null);
  return { organisation, point, value: point?.value ?? null };
}

/**
 * Each indicator's values for the municipalities shown in one year, ranked by the indicator's direction
 * and placed in quarters ({@link rankValues}), beside the county's and the country's values and the
 * unweighted mean of the municipalities. Unknown indicator ids and organisation codes, and a period that is
 * not `YYYY`, throw `invalidInput`; a code that is not a municipality throws too (only municipalities rank).
 *
 * @example
 * const r = getIndicatorRanking(ws, { indicatorIds: ["aterinskrivning-65"] });
 * const [row] = r.indicators;
 * row.values.map((v) => `${v.organisation.name.sv}: ${v.rank}/${row.rankedCount} ${v.rankClass}`); // ["Vansbro: 10/14 middle", …]
 */
export function getIndicatorRanking(ws: Workspace, options: IndicatorRankingOptions = {}): IndicatorRankingResult {
  const { period } = options;
  if (period !== undefined && !/^\d{4}$/.test(period))
    throw new SystemledningError("invalidInput", [
      createIssue(["options", "period"], "invalid_format", { format: "regex" }),
    ]);
  const gender = options.gender ?? "T";
  const indicators =
    options.indicatorIds?.map((id) => requireIndicator(ws, id)) ?? getFollowUpSettings(ws.profile).indicators;
  const organisations = (options.organisationCodes ?? ws.profile.municipalities.map((m) => m.code)).map((code) => {
    const organisation = getKnownOrganisation(ws, code);
    if (organisation.kind !== "municipality")
      throw new SystemledningError("invalidInput", [
        createIssue(["options", "organisationCodes"], "unknown_municipality", { code, profile: ws.profile.id }),
      ]);
    return organisation;
  });
  const regionCodes = new Set(organisations.map((o) => o.regionCode));
  const onlyRegion = regionCodes.size === 1 ? [...regionCodes][0] : undefined;
  const county =
    organisations.length === 0
      ? ws.profile.regions.length === 1
        ? getKnownOrganisation(ws, ws.profile.regions[0]!.code)
        : null
      : onlyRegion === undefined || onlyRegion === null
        ? null
        : getKnownOrganisation(ws, onlyRegion);
  const country = getKnownOrganisation(ws, COUNTRY_CODE);

  const rankings = indicators.map((indicator): IndicatorRanking => {
    const series = organisations.map((o) => pointOf(ws, indicator.id, o, gender));
    const countySeries = county === null ? [] : pointOf(ws, indicator.id, county, gender);
    const countrySeries = pointOf(ws, indicator.id, country, gender);
    const year = period ?? latestWithValue(series) ?? latestWithValue([countySeries, countrySeries]);
    const shown = organisations.map((o, i) => valueIn(series[i]!, o, year));
    const placements = rankValues(
      shown.map((v) => v.value),
      indicator.direction,
    );
    const present = shown.filter((v) => v.value !== null);
    const countyValue = county === null ? null : valueIn(countySeries, county, year);
    const countryValue = valueIn(countrySeries, country, year);
    const points = [...shown, ...(countyValue === null ? [] : [countyValue]), countryValue]
      .map((v) => v.point)
      .filter((p): p is IndicatorPoint => p !== null);
    return {
      indicator,
      period: year,
      values: shown.map((v, i) => ({ ...v, ...placements[i]! })),
      rankedCount: indicator.direction === "neutral" ? 0 : present.length,
      county: countyValue,
      country: countryValue,
      mean: {
        value: present.length === 0 ? null : present.reduce((sum, v) => sum + v.value!, 0) / present.length,
        count: present.length,
        preliminary: present.some((v) => v.point?.status === "preliminary"),
      },
      sources: getSourceAttributions(points),
    };
  });
  return { gender, organisations, county, indicators: rankings };
}
