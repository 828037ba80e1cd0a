/**
 * Each item's mean across rounds, drawn only where the core says the rounds may be compared (*Regional årsrapport
 * 2025*, §3.1: with 6 of 13 leaderships answering, comparisons over time are not meaningful). A round below the minimum
 * coverage gets no point, no line runs through it, and the figure says why in words; with fewer than two comparable
 * rounds no line is drawn at all, only the reasons.
 */
import type { AssessmentTrend, Instrument, Scale } from "@systemledning/core/assessment";
import { scaleLinear, scalePoint } from "d3-scale";
import { useMemo } from "react";
import { useKitLocale } from "../i18n/locale.js";
import { ChartFigure, type ChartFigureView } from "../primitives/chart-figure.js";
import { ChartTooltip } from "../primitives/chart-tooltip.js";
import type { DataTableColumn } from "../primitives/data-table/types.js";
import { useChartNavigation } from "../primitives/use-chart-navigation.js";
import { Widget, type WidgetProps } from "../primitives/widget.js";
import { itemTitle, scaleNumber, valueText, type GoalLike } from "./labels.js";
import { SCORING_MESSAGES, type ScoringTools } from "./messages.js";

/** Props of {@link TrendChart}. */
export interface TrendChartProps extends WidgetProps {
  /** The instrument's trend, from `getAssessmentTrend` of `@systemledning/core/assessment`. */
  readonly trend: AssessmentTrend;
  /** The instrument (its latest version): its scale gives the y axis and its items' goals the titles. */
  readonly instrument?: Pick<Instrument, "items" | "scale"> | undefined;
  /** The y axis, when no instrument is given. @default the instrument's scale, else the whole steps around the values */
  readonly scale?: Pick<Scale, "min" | "max"> | undefined;
  /** The profile's goals, to title each item "Delmål 1 – Nära för mig". */
  readonly goals?: readonly GoalLike[] | undefined;
  /** @default "Utveckling över tid" */
  readonly title?: string | undefined;
  /** @default 3 */
  readonly headingLevel?: 2 | 3 | 4 | 5 | undefined;
  /** Show the table instead of the chart at first (the reader can switch). @default "chart" */
  readonly defaultView?: ChartFigureView | undefined;
}

/** The size of one trend panel in SVG user units. */
export const TREND_SIZE = { width: 320, height: 180, top: 16, right: 16, bottom: 30, left: 30 } as const;

interface TrendPointGeometry {
  readonly roundId: string;
  readonly value: number;
  readonly x: number;
  readonly y: number;
}

/** A straight segment between two consecutive comparable rounds. */
interface TrendSegment {
  readonly from: TrendPointGeometry;
  readonly to: TrendPointGeometry;
}

/** One item's drawable part: its points (comparable rounds only) and its line segments (comparable steps only). */
interface TrendPanel {
  readonly itemId: string;
  readonly title: string;
  readonly points: readonly TrendPointGeometry[];
  readonly segments: readonly TrendSegment[];
}

/**
 * Which rounds count, and the geometry of every panel: a segment joins two consecutive rounds only when
 * both have a value and the core judged that step comparable.
 */
export function getTrendGeometry(
  trend: AssessmentTrend,
  scale: Pick<Scale, "min" | "max">,
  titles: ReadonlyMap<string, string>,
) {
  const { width, height, top, right, bottom, left } = TREND_SIZE;
  const x = scalePoint<string>()
    .domain(trend.rounds.map((round) => round.roundId))
    .range([left, width - right])
    .padding(0.5);
  const y = scaleLinear()
    .domain([scale.min, scale.max])
    .range([height - bottom, top]);
  const comparableStep = new Set(
    trend.steps.filter((step) => step.comparable).map((step) => `${step.roundIdA}>${step.roundIdB}`),
  );
  const panels: TrendPanel[] = trend.items.map((item) => {
    const points = item.points.flatMap((point) =>
      point.value === null
        ? []
        : [{ roundId: point.roundId, value: point.value, x: x(point.roundId)!, y: y(point.value) }],
    );
    // Each segment is drawn on its own (an SVG <line>): a gap stays a gap, never bridged by a path.
    const segments: TrendSegment[] = [];
    for (let i = 1; i < item.points.length; i++) {
      const a = item.points[i - 1]!;
      const b = item.points[i]!;
      if (a.value === null || b.value === null || !comparableStep.has(`${a.roundId}>${b.roundId}`)) continue;
      segments.push({
        from: points.find((p) => p.roundId === a.roundId)!,
        to: points.find((p) => p.roundId === b.roundId)!,
      });
    }
    return { itemId: item.itemId, title: titles.get(item.itemId) ?? item.itemId, points, segments };
  });
  return {
    panels,
    drawsLines: panels.some((panel) => panel.segments.length > 0),
    xTicks: trend.rounds.map((round) => ({
      roundId: round.roundId,
      x: x(round.roundId)!,
      comparable: round.comparability.comparable,
    })),
    yTicks: y.ticks(Math.min(5, scale.max - scale.min)).map((value) => ({ value, y: y(value) })),
  };
}

/**
 * The trend of an instrument's items over its rounds, honest about which rounds may be compared.
 *
 * @example
 * <TrendChart trend={getAssessmentTrend(workspace, "dalarna-sjalvskattning")} instrument={DALARNA_SELF_ASSESSMENT_V1} goals={goals} />
 */
export function TrendChart(props: TrendChartProps) {
  return (
    <Widget
      locale={props.locale}
      theme={props.theme}
      className={props.className}
      onError={props.onError}
      resetKey={props.trend}
    >
      <TrendFigure {...props} />
    </Widget>
  );
}

function TrendFigure({ trend, instrument, scale, goals, title, headingLevel = 3, defaultView }: TrendChartProps) {
  const tools = useKitLocale(undefined, SCORING_MESSAGES);
  const { t } = tools;
  const domain = useMemo(() => scale ?? instrument?.scale ?? defaultScale(trend), [scale, instrument, trend]);
  const titles = useMemo(() => {
    const goalOf = new Map(instrument?.items.map((item) => [item.id, item.goalId ?? null]));
    return new Map(
      trend.items.map((item) => [
        item.itemId,
        itemTitle({ goalId: goalOf.get(item.itemId) ?? null, statement: item.statement }, goals, tools),
      ]),
    );
  }, [trend, instrument, goals, tools]);
  const geometry = useMemo(() => getTrendGeometry(trend, domain, titles), [trend, domain, titles]);
  const roundTitle = useMemo(() => new Map(trend.rounds.map((round) => [round.roundId, round.title])), [trend]);
  const navigation = useChartNavigation(
    useMemo(
      () => (geometry.drawsLines ? geometry.panels.map((panel) => panel.points.length) : geometry.panels.map(() => 0)),
      [geometry],
    ),
  );
  const excluded = trend.rounds.filter((round) => !round.comparability.comparable);
  const comparableCount = trend.rounds.length - excluded.length;
  const { width, height, left, right } = TREND_SIZE;
  const itemHeading = `h${Math.min(6, headingLevel + 1)}` as "h3" | "h4" | "h5" | "h6";

  const reasons = (
    <div className="sl-trend-excluded">
      {excluded.length === 0 ? null : (
        <>
          <p className="sl-status" data-status="warning">
            {t("trendRoundsHeading")}
          </p>
          <ul>
            {excluded.map((round) => (
              <li key={round.roundId} className="sl-text">
                {t("trendNotComparable", { round: round.title, reason: tools.text(round.comparability.message) })}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );

  return (
    <ChartFigure
      defaultView={defaultView}
      title={title ?? t("trendTitle")}
      headingLevel={headingLevel}
      takeaway={
        geometry.drawsLines
          ? t("trendTakeaway", { comparable: tools.number(comparableCount), rounds: tools.number(trend.rounds.length) })
          : t("trendNotDrawn")
      }
      table={trendTable(trend, titles, tools)}
      keyboardHint={geometry.drawsLines ? t("chartKeysRows") : undefined}
      details={reasons}
    >
      {geometry.drawsLines ? (
        <div className="sl-small-multiples">
          {geometry.panels.map((panel, row) => {
            const open = navigation.tooltip?.row === row ? panel.points[navigation.tooltip.index] : undefined;
            return (
              <div key={panel.itemId} className="sl-panel sl-panel-short">
                <PanelHeading as={itemHeading} title={panel.title} />
                <svg
                  className="sl-chart-svg"
                  viewBox={`0 0 ${width} ${height}`}
                  role="group"
                  aria-label={`${t("trendTitle")}: ${panel.title}`}
                >
                  <g aria-hidden="true">
                    {geometry.yTicks.map((tick) => (
                      <g key={tick.value}>
                        <line className="sl-chart-grid" x1={left} x2={width - right} y1={tick.y} y2={tick.y} />
                        <text
                          className="sl-chart-tick"
                          x={left - 6}
                          y={tick.y}
                          textAnchor="end"
                          dominantBaseline="middle"
                        >
                          {scaleNumber(tick.value, tools)}
                        </text>
                      </g>
                    ))}
                    {geometry.xTicks.map((tick) => (
                      <text
                        key={tick.roundId}
                        className={tick.comparable ? "sl-chart-tick" : "sl-chart-tick sl-chart-tick-minor"}
                        x={tick.x}
                        y={height - 10}
                        textAnchor="middle"
                      >
                        {periodLabel(trend, tick.roundId)}
                        {tick.comparable ? "" : " *"}
                      </text>
                    ))}
                    {panel.segments.map((segment) => (
                      <line
                        key={segment.from.roundId}
                        className="sl-trend-line"
                        x1={segment.from.x}
                        y1={segment.from.y}
                        x2={segment.to.x}
                        y2={segment.to.y}
                      />
                    ))}
                  </g>
                  {panel.points.map((point, index) => (
                    <circle
                      key={point.roundId}
                      {...navigation.getMarkProps(row, index)}
                      className="sl-chart-mark sl-trend-point"
                      cx={point.x}
                      cy={point.y}
                      r={6}
                      role="img"
                      aria-label={t("trendPoint", {
                        item: panel.title,
                        round: roundTitle.get(point.roundId) ?? point.roundId,
                        value: valueText(point.value, tools, 2),
                      })}
                    />
                  ))}
                  {open === undefined ? null : (
                    <ChartTooltip
                      anchorX={open.x}
                      anchorY={open.y - 6}
                      bounds={{ width, height }}
                      lines={[
                        roundTitle.get(open.roundId) ?? open.roundId,
                        `${t("mean")} ${valueText(open.value, tools, 2)}`,
                      ]}
                      {...navigation.tooltipProps}
                    />
                  )}
                </svg>
              </div>
            );
          })}
        </div>
      ) : (
        <p className="sl-chart-empty">{t("trendNotDrawn")}</p>
      )}
    </ChartFigure>
  );
}

function PanelHeading({ as: Heading, title }: { readonly as: "h3" | "h4" | "h5" | "h6"; readonly title: string }) {
  return <Heading className="sl-panel-title sl-text">{title}</Heading>;
}

/** A round's short label on the x axis: the year of its period, or its title when rounds share a year. */
function periodLabel(trend: AssessmentTrend, roundId: string): string {
  const round = trend.rounds.find((r) => r.roundId === roundId)!;
  const year = round.period.from.slice(0, 4);
  const sameYear = trend.rounds.filter((r) => r.period.from.slice(0, 4) === year).length;
  return sameYear === 1 ? year : round.period.from.slice(0, 7);
}

function defaultScale(trend: AssessmentTrend): Pick<Scale, "min" | "max"> {
  const values = trend.items.flatMap((item) =>
    item.points.flatMap((point) => (point.value === null ? [] : [point.value])),
  );
  if (values.length === 0) return { min: 1, max: 5 };
  const min = Math.floor(Math.min(...values));
  const max = Math.ceil(Math.max(...values));
  return max > min ? { min, max } : { min: min - 1, max: max + 1 };
}

interface TrendRow {
  readonly itemId: string;
  readonly title: string;
  readonly values: ReadonlyMap<string, number | null>;
}

function trendTable(trend: AssessmentTrend, titles: ReadonlyMap<string, string>, tools: ScoringTools) {
  const rows: TrendRow[] = trend.items.map((item) => ({
    itemId: item.itemId,
    title: titles.get(item.itemId) ?? item.itemId,
    values: new Map(item.points.map((point) => [point.roundId, point.value])),
  }));
  const columns: DataTableColumn<TrendRow>[] = [
    { id: "item", header: tools.t("item"), value: (row) => row.title, isRowHeader: true },
    ...trend.rounds.map((round): DataTableColumn<TrendRow> => ({
      id: round.roundId,
      header: round.comparability.comparable
        ? round.title
        : `${round.title} (${tools.t("coverageNotComparable").toLowerCase()})`,
      value: (row) => row.values.get(round.roundId) ?? null,
      kind: "number",
      maximumFractionDigits: 2,
    })),
  ];
  return { columns, rows, getRowId: (row: TrendRow) => row.itemId };
}
