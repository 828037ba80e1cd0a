/**
 * The geometry of one indicator's small chart, computed once per indicator and gender (no React state): the
 * scales, one SVG path per series with gaps left open (`line.defined`: a missing value is never drawn as 0),
 * the points a reader can reach, and the direct labels of the county and the country kept apart.
 */
import type { IndicatorPanelEntry, IndicatorPanelRole, IndicatorPoint } from "@systemledning/core/plan";
import { scaleLinear, scalePoint } from "d3-scale";
import { line } from "d3-shape";

/** The size of one indicator chart in SVG user units; the right margin holds the direct labels. */
export const INDICATOR_CHART_SIZE = { width: 360, height: 190, top: 14, right: 104, bottom: 26, left: 44 } as const;

/** A drawn point of a series. */
export interface IndicatorChartPoint {
  readonly period: string;
  readonly value: number;
  readonly status: "final" | "preliminary";
  readonly x: number;
  readonly y: number;
}

/** A drawn series: its path (gaps left open), its points, and for the county and the country a direct label. */
export interface IndicatorChartLine {
  readonly code: string;
  readonly role: IndicatorPanelRole;
  readonly path: string;
  readonly points: readonly IndicatorChartPoint[];
  /** Where the direct label sits (county and country only), or null. */
  readonly label: { readonly x: number; readonly y: number } | null;
  /** How many of the chart's years this series lacks (missing or not stored). */
  readonly gaps: number;
}

/** The whole chart of one indicator. */
export interface IndicatorChartGeometry {
  /** Municipalities first (drawn below), then the county and the country (drawn on top). */
  readonly lines: readonly IndicatorChartLine[];
  readonly xTicks: readonly { readonly period: string; readonly x: number }[];
  readonly yTicks: readonly { readonly value: number; readonly y: number }[];
}

/** The smallest vertical distance between two direct labels, in user units (one line of 11-unit text). */
const LABEL_GAP = 13;

/**
 * The geometry of `entry`'s chart.
 *
 * @example
 * const g = getIndicatorChartGeometry(entry);
 * g.lines.at(-1)?.role; // "country"
 */
export function getIndicatorChartGeometry(entry: IndicatorPanelEntry): IndicatorChartGeometry {
  const { width, height, top, right, bottom, left } = INDICATOR_CHART_SIZE;
  const x = scalePoint<string>()
    .domain(entry.periods)
    .range([left, width - right])
    .padding(0.3);
  const [min, max] = entry.extent ?? [0, 1];
  // A flat series still gets a visible band around it, so its line is not drawn on the axis.
  const pad = max > min ? 0 : Math.max(1, Math.abs(min) * 0.1);
  const y = scaleLinear()
    .domain([min - pad, max + pad])
    .range([height - bottom, top])
    .nice(4);
  const toLine = line<IndicatorPoint | null>()
    .defined((p) => p !== null && p.value !== null)
    .x((_, i) => x(entry.periods[i]!)!)
    .y((p) => y(p!.value!));
  const lines = entry.series.map((series): IndicatorChartLine => {
    const points: IndicatorChartPoint[] = [];
    series.points.forEach((p, i) => {
      if (p === null || p.value === null) return;
      points.push({
        period: p.period,
        value: p.value,
        status: p.status === "preliminary" ? "preliminary" : "final",
        x: x(entry.periods[i]!)!,
        y: y(p.value),
      });
    });
    const last = points[points.length - 1];
    return {
      code: series.organisation.code,
      role: series.role,
      path: toLine(series.points) ?? "",
      points,
      label: series.role !== "municipality" && last !== undefined ? { x: width - right + 8, y: last.y } : null,
      gaps: entry.periods.length - points.length,
    };
  });
  return {
    lines: spreadLabels(lines),
    xTicks: entry.periods.map((period) => ({ period, x: x(period)! })),
    yTicks: y.ticks(4).map((value) => ({ value, y: y(value) })),
  };
}

/** Move the county's and the country's labels apart when their lines end close together. */
function spreadLabels(lines: readonly IndicatorChartLine[]): IndicatorChartLine[] {
  const labelled = lines.filter((l) => l.label !== null);
  if (labelled.length !== 2) return [...lines];
  const [a, b] = labelled as [IndicatorChartLine, IndicatorChartLine];
  const distance = b.label!.y - a.label!.y;
  if (Math.abs(distance) >= LABEL_GAP) return [...lines];
  const middle = (a.label!.y + b.label!.y) / 2;
  const half = LABEL_GAP / 2;
  // Keep the order the lines end in; when they end on the same value the country goes below.
  const aAbove = distance > 0 || (distance === 0 && a.role === "county");
  const moved = new Map([
    [a, { x: a.label!.x, y: middle + (aAbove ? -half : half) }],
    [b, { x: b.label!.x, y: middle + (aAbove ? half : -half) }],
  ]);
  return lines.map((l) => (moved.has(l) ? { ...l, label: moved.get(l)! } : l));
}
