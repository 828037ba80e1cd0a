/**
 * Questions about indicators (pure selectors): the trend of an indicator for an organisation, the
 * direction-aware verdict on its change, and the comparison with the county and the country. Missing and
 * preliminary values stay visible in every answer with their status; a missing value is never 0.
 */
import { compareStrings } from "../common/compare.js";
import { SystemledningError } from "../common/errors.js";
import { createIssue, type BilingualMessage, type IssueParams, type PathSegment } from "../common/issues.js";
import type { LocalizedText } from "../schema/primitives.js";
import type { Workspace } from "../workspace/schema.js";
import { COUNTRY_CODE } from "./constants.js";
import type {
  ChangeThreshold,
  Gender,
  IndicatorDefinition,
  IndicatorValue,
  IndicatorValueSource,
  IndicatorValueStatus,
} from "./schema.js";
import { getChangeThreshold, getFollowUpSettings } from "./settings.js";
import {
  assessChange,
  comparePosition,
  INDICATOR_POSITION_LABELS,
  INDICATOR_VERDICT_LABELS,
  type IndicatorPosition,
  type IndicatorVerdictKind,
} from "./verdict.js";

/** One year of a trend: the value (null when missing), its status and its source. */
export interface IndicatorPoint {
  readonly period: string;
  readonly value: number | null;
  readonly status: IndicatorValueStatus;
  readonly source?: IndicatorValueSource;
}

/** The values of one indicator for one organisation and gender, oldest first. */
export interface IndicatorTrend {
  readonly indicator: IndicatorDefinition;
  readonly organisationCode: string;
  readonly gender: Gender;
  /** Every stored year, oldest first, missing and preliminary ones included. */
  readonly points: readonly IndicatorPoint[];
  /** Years whose value is missing. */
  readonly missingPeriods: readonly string[];
  /** Years whose value is preliminary. */
  readonly preliminaryPeriods: readonly string[];
}

/** Options of the indicator questions. */
export interface IndicatorQueryOptions {
  /** The gender breakdown. @default "T" */
  readonly gender?: Gender;
  /** The earlier year of the verdict (`YYYY`). @default the earliest year with a value */
  readonly from?: string;
  /** The later year of the verdict (`YYYY`). @default the latest year with a value */
  readonly to?: string;
}

type ValueIndex = ReadonlyMap<string, readonly IndicatorValue[]>;
const valueIndexes = new WeakMap<readonly IndicatorValue[], ValueIndex>();

const seriesKey = (indicatorId: string, organisationCode: string, gender: string): string =>
  `${indicatorId}\u0000${organisationCode}\u0000${gender}`;

/** Values grouped by (indicator, organisation, gender), each group sorted by year. Built once per collection. */
function valueIndexOf(values: readonly IndicatorValue[]): ValueIndex {
  let index = valueIndexes.get(values);
  if (index === undefined) {
    const groups = new Map<string, IndicatorValue[]>();
    for (const value of values) {
      const key = seriesKey(value.indicatorId, value.organisationCode, value.gender);
      const group = groups.get(key);
      if (group === undefined) groups.set(key, [value]);
      else group.push(value);
    }
    for (const group of groups.values()) group.sort((a, b) => compareStrings(a.period, b.period));
    index = groups;
    valueIndexes.set(values, index);
  }
  return index;
}

function invalidInput(
  path: readonly PathSegment[],
  code: "dangling_reference" | "unknown_municipality" | "invalid_format",
  params: IssueParams,
): SystemledningError {
  return new SystemledningError("invalidInput", [createIssue(path, code, params)]);
}

/** The indicator `indicatorId` of the profile, or an `invalidInput` error naming it. */
export function requireIndicator(ws: Workspace, indicatorId: string): IndicatorDefinition {
  const indicator = getFollowUpSettings(ws.profile).indicators.find((i) => i.id === indicatorId);
  if (indicator === undefined)
    throw invalidInput(["indicatorId"], "dangling_reference", {
      id: String(indicatorId),
      collection: "profile.followUp.indicators",
    });
  return indicator;
}

/** An organisation code the questions know: the country, a region or a municipality of the profile. */
export interface KnownOrganisation {
  readonly code: string;
  readonly name: LocalizedText;
  readonly kind: "country" | "region" | "municipality";
  /** The county's region code (a region's own code; null for the country). */
  readonly regionCode: string | null;
}

/**
 * The organisation with `code`: the whole country (`0000`), a region or a municipality of the profile.
 * Throws a {@link SystemledningError} (`invalidInput`, `unknown_municipality`) for any other code.
 *
 * @example
 * getKnownOrganisation(ws, "2080"); // { code: "2080", name: { sv: "Falun" }, kind: "municipality", regionCode: "0020" }
 */
export function getKnownOrganisation(ws: Workspace, code: string): KnownOrganisation {
  if (code === COUNTRY_CODE)
    return { code, name: { sv: "Riket", en: "Sweden (whole country)" }, kind: "country", regionCode: null };
  const region = ws.profile.regions.find((r) => r.code === code);
  if (region !== undefined) return { code, name: { sv: region.name }, kind: "region", regionCode: code };
  const municipality = ws.profile.municipalities.find((m) => m.code === code);
  if (municipality !== undefined)
    return { code, name: { sv: municipality.name }, kind: "municipality", regionCode: municipality.regionCode };
  throw invalidInput(["organisationCode"], "unknown_municipality", { code: String(code), profile: ws.profile.id });
}

function checkYear(value: string | undefined, path: PathSegment): void {
  if (value !== undefined && !/^\d{4}$/.test(value))
    throw invalidInput(["options", path], "invalid_format", { format: "regex" });
}

function toPoint(value: IndicatorValue): IndicatorPoint {
  return value.source === undefined
    ? { period: value.period, value: value.value, status: value.status }
    : { period: value.period, value: value.value, status: value.status, source: value.source };
}

/**
 * The trend of `indicatorId` for the organisation `organisationCode`: every stored year, oldest first,
 * with missing and preliminary years kept and listed. Unknown ids and codes throw `invalidInput`.
 *
 * @example
 * const trend = getIndicatorTrend(ws, "aterinskrivning-65", "2080");
 * trend.points.map((p) => [p.period, p.value, p.status]); // [["2021", 18.2, "final"], …, ["2024", 17.1, "preliminary"]]
 */
export function getIndicatorTrend(
  ws: Workspace,
  indicatorId: string,
  organisationCode: string,
  options: Pick<IndicatorQueryOptions, "gender"> = {},
): IndicatorTrend {
  const indicator = requireIndicator(ws, indicatorId);
  getKnownOrganisation(ws, organisationCode);
  const gender = options.gender ?? "T";
  const values = valueIndexOf(ws.indicatorValues).get(seriesKey(indicatorId, organisationCode, gender)) ?? [];
  const points = values.map(toPoint);
  return {
    indicator,
    organisationCode,
    gender,
    points,
    missingPeriods: points.filter((p) => p.status === "missing").map((p) => p.period),
    preliminaryPeriods: points.filter((p) => p.status === "preliminary").map((p) => p.period),
  };
}

/** The verdict on an indicator's change for one organisation; see {@link getIndicatorVerdict}. */
export interface IndicatorVerdict {
  readonly indicatorId: string;
  readonly organisationCode: string;
  readonly gender: Gender;
  readonly verdict: IndicatorVerdictKind;
  /** The verdict in words: never show it by colour alone. */
  readonly label: BilingualMessage;
  /** The earlier year compared (null when there is none). */
  readonly from: IndicatorPoint | null;
  /** The later year compared (null when there is none). */
  readonly to: IndicatorPoint | null;
  readonly change: number | null;
  readonly relativeChange: number | null;
  readonly threshold: ChangeThreshold;
  /** True when a compared value is preliminary: the verdict may still change. */
  readonly preliminary: boolean;
  /** The trend the verdict was read from. */
  readonly trend: IndicatorTrend;
}

/** The point of `period`, or when `period` is absent the first (or last) point with a value. */
function endpoint(
  points: readonly IndicatorPoint[],
  period: string | undefined,
  last: boolean,
  within: (p: IndicatorPoint) => boolean,
): IndicatorPoint | null {
  if (period !== undefined) return points.find((p) => p.period === period) ?? null;
  const candidates = points.filter((p) => p.value !== null && within(p));
  return (last ? candidates[candidates.length - 1] : candidates[0]) ?? null;
}

/**
 * The direction-aware verdict on `indicatorId` for `organisationCode` between two years (by default the
 * earliest and the latest year with a value): improved, worsened, changed (neutral indicators), no clear
 * change (under the profile's threshold, or the indicator's own), or no data (fewer than two values, or an
 * asked-for year is missing — it is still returned as `from`/`to` with status `missing`).
 *
 * @example
 * const v = getIndicatorVerdict(ws, "aterinskrivning-65", "2080");
 * `${v.label.sv}${v.preliminary ? " (preliminärt)" : ""}`; // "Förbättring (preliminärt)"
 */
export function getIndicatorVerdict(
  ws: Workspace,
  indicatorId: string,
  organisationCode: string,
  options: IndicatorQueryOptions = {},
): IndicatorVerdict {
  checkYear(options.from, "from");
  checkYear(options.to, "to");
  const trend = getIndicatorTrend(ws, indicatorId, organisationCode, options);
  const threshold = getChangeThreshold(getFollowUpSettings(ws.profile), trend.indicator);
  const to = endpoint(trend.points, options.to, true, (p) => options.from === undefined || p.period > options.from);
  const from = endpoint(trend.points, options.from, false, (p) => to !== null && p.period < to.period);
  const usable = from !== null && to !== null && from.period < to.period;
  const assessment = assessChange(
    usable ? from.value : null,
    usable ? to.value : null,
    trend.indicator.direction,
    threshold,
  );
  return {
    indicatorId,
    organisationCode,
    gender: trend.gender,
    verdict: assessment.verdict,
    label: INDICATOR_VERDICT_LABELS[assessment.verdict],
    from,
    to,
    change: assessment.change,
    relativeChange: assessment.relativeChange,
    threshold,
    preliminary: from?.status === "preliminary" || to?.status === "preliminary",
    trend,
  };
}

/** One row of a comparison: an organisation, its value in the year compared, and its verdict over time. */
export interface IndicatorComparisonRow {
  readonly role: "organisation" | "county" | "country";
  readonly organisation: KnownOrganisation;
  /** The value of the year compared (status `missing` when stored as missing; null when not stored at all). */
  readonly point: IndicatorPoint | null;
  readonly verdict: IndicatorVerdict;
}

/** An organisation's indicator beside its county's and the country's; see {@link getIndicatorComparison}. */
export interface IndicatorComparison {
  readonly indicator: IndicatorDefinition;
  readonly gender: Gender;
  /** The year compared (null when no row has any value). */
  readonly period: string | null;
  /** The organisation first, then its county (left out when it is the county), then the country (left out when it is the country). */
  readonly rows: readonly IndicatorComparisonRow[];
  /** The organisation's value beside the county's, by direction and threshold. */
  readonly versusCounty: { readonly position: IndicatorPosition; readonly label: BilingualMessage } | null;
  /** The organisation's value beside the country's. */
  readonly versusCountry: { readonly position: IndicatorPosition; readonly label: BilingualMessage } | null;
}

/**
 * Compare `organisationCode` with its county (the region's code) and the country (`0000`) in one year
 * (`options.to`, by default the organisation's latest year with a value, else the latest of any row), with
 * each one's verdict over time beside it. Positions use the same threshold as changes.
 *
 * @example
 * const c = getIndicatorComparison(ws, "aterinskrivning-65", "2080");
 * c.rows.map((r) => [r.organisation.name.sv, r.point?.value ?? null]); // [["Falun", 17.1], ["Region Dalarna", 17.9], ["Riket", 18.3]]
 */
export function getIndicatorComparison(
  ws: Workspace,
  indicatorId: string,
  organisationCode: string,
  options: IndicatorQueryOptions = {},
): IndicatorComparison {
  checkYear(options.from, "from");
  checkYear(options.to, "to");
  const indicator = requireIndicator(ws, indicatorId);
  const organisation = getKnownOrganisation(ws, organisationCode);
  const gender = options.gender ?? "T";
  const members: [IndicatorComparisonRow["role"], KnownOrganisation][] = [["organisation", organisation]];
  if (organisation.kind === "municipality" && organisation.regionCode !== null)
    members.push(["county", getKnownOrganisation(ws, organisation.regionCode)]);
  if (organisation.kind !== "country") members.push(["country", getKnownOrganisation(ws, COUNTRY_CODE)]);
  const trends = members.map(([, org]) => getIndicatorTrend(ws, indicatorId, org.code, { gender }));
  const latestWithValue = (trend: IndicatorTrend): string | undefined =>
    [...trend.points].reverse().find((p) => p.value !== null)?.period;
  const period =
    options.to ??
    latestWithValue(trends[0]!) ??
    trends
      .map(latestWithValue)
      .filter((p): p is string => p !== undefined)
      .sort()
      .pop() ??
    null;
  const rows = members.map(([role, org], i): IndicatorComparisonRow => ({
    role,
    organisation: org,
    point: trends[i]!.points.find((p) => p.period === period) ?? null,
    verdict: getIndicatorVerdict(ws, indicatorId, org.code, options),
  }));
  const threshold = getChangeThreshold(getFollowUpSettings(ws.profile), indicator);
  const position = (role: IndicatorComparisonRow["role"]) => {
    const other = rows.find((r) => r.role === role);
    if (other === undefined) return null;
    const value = comparePosition(
      rows[0]!.point?.value ?? null,
      other.point?.value ?? null,
      indicator.direction,
      threshold,
    );
    return { position: value, label: INDICATOR_POSITION_LABELS[value] };
  };
  return { indicator, gender, period, rows, versusCounty: position("county"), versusCountry: position("country") };
}

/** The verdicts of one delmål's indicators; see {@link getIndicatorVerdictsByGoal}. */
export interface GoalIndicatorVerdicts {
  /** The delmål's id, or null for indicators tied to no delmål. */
  readonly goalId: string | null;
  readonly goalName: LocalizedText | null;
  readonly verdicts: readonly IndicatorVerdict[];
  /** How many verdicts there are of each kind. */
  readonly counts: Readonly<Record<IndicatorVerdictKind, number>>;
}

/**
 * Every indicator's verdict for `organisationCode`, grouped by delmål in the profile's order (indicators
 * without a delmål last, under `goalId: null`); indicators keep the profile's order within a group.
 *
 * @example
 * for (const group of getIndicatorVerdictsByGoal(ws, "0020")) console.log(group.goalName?.sv, group.counts.improved);
 */
export function getIndicatorVerdictsByGoal(
  ws: Workspace,
  organisationCode: string,
  options: IndicatorQueryOptions = {},
): GoalIndicatorVerdicts[] {
  getKnownOrganisation(ws, organisationCode);
  const indicators = getFollowUpSettings(ws.profile).indicators;
  const goalIds = new Set(ws.profile.goals.map((g) => g.id));
  const groups: { goalId: string | null; goalName: LocalizedText | null; indicators: IndicatorDefinition[] }[] =
    ws.profile.goals.map((goal) => ({
      goalId: goal.id,
      goalName: goal.name,
      indicators: indicators.filter((i) => i.goalId === goal.id),
    }));
  const loose = indicators.filter((i) => i.goalId === undefined || !goalIds.has(i.goalId));
  if (loose.length > 0) groups.push({ goalId: null, goalName: null, indicators: loose });
  return groups.map(({ goalId, goalName, indicators: members }) => {
    const verdicts = members.map((i) => getIndicatorVerdict(ws, i.id, organisationCode, options));
    const counts: Record<IndicatorVerdictKind, number> = {
      improved: 0,
      worsened: 0,
      changed: 0,
      "no-clear-change": 0,
      "no-data": 0,
    };
    for (const v of verdicts) counts[v.verdict] += 1;
    return { goalId, goalName, verdicts, counts };
  });
}

/**
 * The distinct source attributions of `points` ("Källa: Kolada"), sorted by source name: what a page must
 * print under a table of these values.
 *
 * @example
 * getSourceAttributions(trend.points).map((s) => s.attribution.sv); // ["Källa: Kolada"]
 */
export function getSourceAttributions(
  points: readonly { readonly source?: IndicatorValueSource }[],
): IndicatorValueSource[] {
  const byName = new Map<string, IndicatorValueSource>();
  for (const point of points) {
    if (point.source !== undefined && !byName.has(point.source.name)) {
      byName.set(point.source.name, { name: point.source.name, attribution: point.source.attribution });
    }
  }
  return [...byName.values()].sort((a, b) => compareStrings(a.name, b.name));
}
