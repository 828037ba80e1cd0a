/**
 * Section 3: the verdicts of the shared indicators per delmål for the county, from the plan module's
 * `getIndicatorVerdictsByGoal`, reading only values up to the report's year (a report of 2025 stays the
 * same when 2026 values arrive). Missing and preliminary values stay visible with their status.
 */
import type { LocalizedText } from "../../schema/primitives.js";
import type { Workspace } from "../../workspace/schema.js";
import { getIndicatorVerdictsByGoal, getKnownOrganisation, getSourceAttributions } from "../indicators.js";
import { getFollowUpSettings } from "../settings.js";
import type { IndicatorPoint } from "../indicators.js";
import { NO_DATA_REASONS, withYear } from "./labels.js";
import type { ReportIndicatorPoint, ReportIndicators, ReportPart } from "./types.js";

const pointOf = (p: IndicatorPoint | null): ReportIndicatorPoint | null =>
  p === null ? null : { period: p.period, value: p.value, status: p.status };

/** The indicator verdicts of `organisationCode` per delmål, with values up to `year`. */
export function getReportIndicators(
  ws: Workspace,
  year: number,
  organisationCode: string,
): ReportPart<ReportIndicators> {
  if (getFollowUpSettings(ws.profile).indicators.length === 0)
    return { status: "no-data", reason: NO_DATA_REASONS.indicators };
  const lastPeriod = String(year);
  const values = ws.indicatorValues.filter((v) => v.period <= lastPeriod);
  if (!values.some((v) => v.value !== null))
    return { status: "no-data", reason: withYear(NO_DATA_REASONS.indicatorValues, year) };
  const upToYear: Workspace = { ...ws, indicatorValues: values };
  const groups = getIndicatorVerdictsByGoal(upToYear, organisationCode);
  const counts: Record<string, number> = {};
  const shownPoints: IndicatorPoint[] = [];
  const result = groups.map((group) => ({
    goalId: group.goalId,
    goalName: group.goalName,
    rows: group.verdicts.map((v) => {
      counts[v.verdict] = (counts[v.verdict] ?? 0) + 1;
      shownPoints.push(...v.trend.points);
      return {
        indicatorId: v.indicatorId,
        title: v.trend.indicator.title,
        unit: v.trend.indicator.unit,
        direction: v.trend.indicator.direction,
        from: pointOf(v.from),
        to: pointOf(v.to),
        change: v.change,
        verdict: v.verdict,
        verdictLabel: v.label,
        preliminary: v.preliminary,
      };
    }),
  }));
  const attributions: LocalizedText[] = getSourceAttributions(shownPoints).map((s) => s.attribution);
  return {
    status: "data",
    organisationCode,
    organisationName: getKnownOrganisation(ws, organisationCode).name,
    gender: "T",
    lastPeriod,
    goals: result.filter((g) => g.rows.length > 0),
    counts,
    attributions,
  };
}
