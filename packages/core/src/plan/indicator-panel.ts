/**
 * The model of the indicator panel (small multiples of the follow-up): which municipalities a leadership
 * follows, each indicator's series for them beside the county and the country, aligned on the same years, the
 * verdicts on their change, and the sources the values carry. Pure: the kit draws it, a report or a test reads
 * it. A missing value stays `null` with status `missing` and breaks the line ({@link getDefinedRuns}); a year
 * a series lacks altogether is `null` too, never 0.
 */
import { compareStrings } from "../common/compare.js";
import { SystemledningError } from "../common/errors.js";
import { createIssue } from "../common/issues.js";
import type { LocalizedText } from "../schema/primitives.js";
import type { Leadership } from "../structure/schema.js";
import type { Workspace } from "../workspace/schema.js";
import { COUNTRY_CODE } from "./constants.js";
import {
  getIndicatorTrend,
  getIndicatorVerdict,
  getKnownOrganisation,
  getSourceAttributions,
  type IndicatorPoint,
  type IndicatorVerdict,
  type KnownOrganisation,
} from "./indicators.js";
import type { Gender, IndicatorDefinition, IndicatorValueSource } from "./schema.js";
import { getFollowUpSettings } from "./settings.js";

/** What a series stands for in the panel: one of the followed municipalities, the county or the country. */
export type IndicatorPanelRole = "municipality" | "county" | "country";

/** One organisation's line in an indicator's chart. */
export interface IndicatorPanelSeries {
  readonly role: IndicatorPanelRole;
  readonly organisation: KnownOrganisation;
  /** One entry per year of {@link IndicatorPanelEntry.periods}: the stored point, or null when the year is not stored. */
  readonly points: readonly (IndicatorPoint | null)[];
}

/** One indicator of the panel: its series, verdicts and sources for one gender breakdown. */
export interface IndicatorPanelEntry {
  readonly indicator: IndicatorDefinition;
  readonly gender: Gender;
  /** The breakdowns with a stored value for a shown organisation: `T` first, then `K`, `M`. */
  readonly genders: readonly Gender[];
  /** The years of the chart, oldest first (every stored year up to `asOf`). */
  readonly periods: readonly string[];
  /** The followed municipalities with any stored value (code order), then the county, then the country. */
  readonly series: readonly IndicatorPanelSeries[];
  /** The verdicts that matter to the leadership: each of a local leadership's municipalities, else the county. */
  readonly verdicts: readonly IndicatorVerdict[];
  /** The smallest and largest value drawn, or null when no value is drawn. */
  readonly extent: readonly [number, number] | null;
  /** The sources of the values shown, each once ("Källa: Kolada"; invented values say so). */
  readonly sources: readonly IndicatorValueSource[];
}

/** The indicators of one delmål (or of none: `goalId` null, "Övriga"). */
export interface IndicatorPanelGroup {
  readonly goalId: string | null;
  readonly goalName: LocalizedText | null;
  readonly entries: readonly IndicatorPanelEntry[];
}

/** Whom the panel follows: the leadership (if any), its county and its municipalities. */
export interface IndicatorPanelScope {
  readonly leadership: Leadership | null;
  /** The county's region code (null when the profile has no region). */
  readonly countyCode: string | null;
  readonly municipalityCodes: readonly string[];
  /** The organisations whose verdicts the panel shows. */
  readonly verdictCodes: readonly string[];
  /** The last year shown (`YYYY`), from `asOf`; null for every stored year. */
  readonly lastYear: string | null;
}

/** The whole panel; see {@link getIndicatorPanel}. */
export interface IndicatorPanelModel {
  readonly scope: IndicatorPanelScope;
  readonly groups: readonly IndicatorPanelGroup[];
  /** How many indicators the panel shows. */
  readonly indicatorCount: number;
  /** Whether any shown indicator has any value: false means the panel can only say why it is empty. */
  readonly hasValues: boolean;
}

/** Options of {@link getIndicatorPanel}. */
export interface IndicatorPanelOptions {
  /** The leadership followed: its region and municipalities. @default the county (the profile's first region) and all its municipalities */
  readonly leadershipId?: string | undefined;
  /** The indicators shown, in the profile's order. @default every indicator of the profile */
  readonly indicatorIds?: readonly string[] | undefined;
  /** The municipalities drawn, instead of the leadership's or the county's. */
  readonly organisationCodes?: readonly string[] | undefined;
  /** The breakdown asked for; an indicator without it falls back to `T`. @default "T" */
  readonly gender?: Gender | undefined;
  /** A date (`YYYY-MM-DD`) or year: years after it are left out. @default every stored year */
  readonly asOf?: string | undefined;
}

const GENDER_ORDER: readonly Gender[] = ["T", "K", "M"];

/**
 * Whom the panel follows, from the options: a leadership's region and municipalities, or the profile's first
 * region and all its municipalities. An unknown leadership or organisation code throws `invalidInput`.
 *
 * @example
 * getIndicatorPanelScope(ws, { leadershipId: "ls-vasterbergslagen" }).municipalityCodes; // ["2085", "2061"]
 */
export function getIndicatorPanelScope(
  ws: Workspace,
  options: Pick<IndicatorPanelOptions, "leadershipId" | "organisationCodes" | "asOf"> = {},
): IndicatorPanelScope {
  let leadership: Leadership | null = null;
  if (options.leadershipId !== undefined) {
    leadership = ws.leaderships.find((l) => l.id === options.leadershipId) ?? null;
    if (leadership === null)
      throw new SystemledningError("invalidInput", [
        createIssue(["leadershipId"], "dangling_reference", {
          id: String(options.leadershipId),
          collection: "leaderships",
        }),
      ]);
  }
  const countyCode = leadership?.regionCode ?? ws.profile.regions[0]?.code ?? null;
  const municipalityCodes =
    options.organisationCodes ??
    leadership?.municipalityCodes ??
    ws.profile.municipalities.filter((m) => m.regionCode === countyCode).map((m) => m.code);
  for (const code of municipalityCodes) getKnownOrganisation(ws, code);
  // A local leadership answers for its own municipalities; the regional one (or none) for the county.
  const verdictCodes =
    leadership?.level === "local" && municipalityCodes.length > 0
      ? [...municipalityCodes]
      : countyCode === null
        ? []
        : [countyCode];
  const asOf = options.asOf;
  if (asOf !== undefined && !/^\d{4}(-\d{2}-\d{2})?$/.test(asOf))
    throw new SystemledningError("invalidInput", [createIssue(["asOf"], "invalid_format", { format: "date" })]);
  return {
    leadership,
    countyCode,
    municipalityCodes: [...municipalityCodes],
    verdictCodes,
    lastYear: asOf === undefined ? null : asOf.slice(0, 4),
  };
}

/**
 * One indicator of the panel for `scope` and `gender` (falling back to `T` when the indicator has no value of
 * that breakdown for a shown organisation).
 *
 * @example
 * const entry = getIndicatorPanelEntry(ws, "aterinskrivning-65", getIndicatorPanelScope(ws));
 * entry.series.map((s) => s.role); // ["municipality", …, "county", "country"]
 */
export function getIndicatorPanelEntry(
  ws: Workspace,
  indicatorId: string,
  scope: IndicatorPanelScope,
  gender: Gender = "T",
): IndicatorPanelEntry {
  const members: [IndicatorPanelRole, string][] = [
    ...scope.municipalityCodes.map((code): [IndicatorPanelRole, string] => ["municipality", code]),
    ...(scope.countyCode === null ? [] : [["county", scope.countyCode] as [IndicatorPanelRole, string]]),
    ["country", COUNTRY_CODE],
  ];
  const within = (p: IndicatorPoint) => scope.lastYear === null || p.period <= scope.lastYear;
  const genders = GENDER_ORDER.filter((g) =>
    members.some(([, code]) => getIndicatorTrend(ws, indicatorId, code, { gender: g }).points.some(within)),
  );
  const shown: Gender = genders.includes(gender) ? gender : "T";
  const trends = members.map(([role, code]) => ({
    role,
    trend: getIndicatorTrend(ws, indicatorId, code, { gender: shown }),
  }));
  const periods = [...new Set(trends.flatMap(({ trend }) => trend.points.filter(within).map((p) => p.period)))].sort(
    compareStrings,
  );
  const series: IndicatorPanelSeries[] = [];
  let min = Infinity;
  let max = -Infinity;
  for (const { role, trend } of trends) {
    const points = trend.points.filter(within);
    // A municipality without any stored value is left out (a regional measure); the county and country stay.
    if (role === "municipality" && points.length === 0) continue;
    const byPeriod = new Map(points.map((p) => [p.period, p]));
    for (const p of points) {
      if (p.value === null) continue;
      min = Math.min(min, p.value);
      max = Math.max(max, p.value);
    }
    series.push({
      role,
      organisation: getKnownOrganisation(ws, trend.organisationCode),
      points: periods.map((period) => byPeriod.get(period) ?? null),
    });
  }
  const drawnMunicipalities = new Set(series.filter((s) => s.role === "municipality").map((s) => s.organisation.code));
  // A local leadership's municipalities without values (a regional measure) leave the verdict to the county.
  const local = scope.verdictCodes.filter((code) => drawnMunicipalities.has(code));
  const verdictCodes = local.length > 0 ? local : scope.countyCode === null ? scope.verdictCodes : [scope.countyCode];
  const verdicts = verdictCodes.map((code) => {
    const trend = trends.find(({ trend: t }) => t.organisationCode === code)?.trend;
    const last =
      scope.lastYear === null
        ? undefined
        : ([...(trend?.points ?? [])].reverse().find((p) => p.value !== null && within(p))?.period ?? scope.lastYear);
    return getIndicatorVerdict(
      ws,
      indicatorId,
      code,
      last === undefined ? { gender: shown } : { gender: shown, to: last },
    );
  });
  return {
    indicator: trends[0]!.trend.indicator,
    gender: shown,
    genders: genders.length === 0 ? ["T"] : genders,
    periods,
    series,
    verdicts,
    extent: min <= max ? [min, max] : null,
    sources: getSourceAttributions(series.flatMap((s) => s.points.filter((p): p is IndicatorPoint => p !== null))),
  };
}

/**
 * The indicator panel: the indicators by delmål (the profile's goals in order, indicators without one last
 * under `goalId: null`), each with its series for the followed municipalities, the county and the country.
 *
 * @example
 * const panel = getIndicatorPanel(ws, { leadershipId: "ls-falun" });
 * panel.groups.map((g) => [g.goalName?.sv ?? "Övriga", g.entries.length]);
 */
export function getIndicatorPanel(ws: Workspace, options: IndicatorPanelOptions = {}): IndicatorPanelModel {
  const scope = getIndicatorPanelScope(ws, options);
  const wanted = options.indicatorIds === undefined ? null : new Set(options.indicatorIds);
  const indicators = getFollowUpSettings(ws.profile).indicators.filter((i) => wanted === null || wanted.has(i.id));
  const goalIds = new Set(ws.profile.goals.map((g) => g.id));
  const entry = (i: IndicatorDefinition) => getIndicatorPanelEntry(ws, i.id, scope, options.gender ?? "T");
  const groups: IndicatorPanelGroup[] = ws.profile.goals
    .map((goal) => ({
      goalId: goal.id,
      goalName: goal.name,
      entries: indicators.filter((i) => i.goalId === goal.id).map(entry),
    }))
    .filter((g) => g.entries.length > 0);
  const loose = indicators.filter((i) => i.goalId === undefined || !goalIds.has(i.goalId));
  if (loose.length > 0) groups.push({ goalId: null, goalName: null, entries: loose.map(entry) });
  return {
    scope,
    groups,
    indicatorCount: indicators.length,
    hasValues: groups.some((g) => g.entries.some((e) => e.extent !== null)),
  };
}

/** A run of consecutive drawn values: indexes `start` to `end`, both included. */
export interface DefinedRun {
  readonly start: number;
  readonly end: number;
}

/**
 * The runs of consecutive values a line joins: a `null` (missing or not stored) ends a run, so a gap is
 * never bridged and never drawn as 0. A lone value is a run of one (drawn as a point only).
 *
 * @example
 * getDefinedRuns([1, 2, null, 4]); // [{ start: 0, end: 1 }, { start: 3, end: 3 }]
 */
export function getDefinedRuns(values: readonly (number | null)[]): DefinedRun[] {
  const runs: DefinedRun[] = [];
  let start = -1;
  values.forEach((value, index) => {
    if (value !== null && start === -1) start = index;
    if (value === null && start !== -1) {
      runs.push({ start, end: index - 1 });
      start = -1;
    }
  });
  if (start !== -1) runs.push({ start, end: values.length - 1 });
  return runs;
}
