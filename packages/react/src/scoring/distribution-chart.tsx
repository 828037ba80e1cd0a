/**
 * The Bilaga 1 histograms: per item of a round, how many leaderships (or, in an event poll, how many
 * people) gave each value on the scale, as small multiples on shared axes; the mean marked; the free texts
 * listed under each item. Values between two steps (the mean of two groupings' answers) are drawn as the
 * core bins them: narrower half-step bars.
 */
import type { RoundResult } from "@systemledning/core/assessment";
import { useMemo } from "react";
import { useKitLocale } from "../i18n/locale.js";
import { ChartFigure, type ChartFigureView } from "../primitives/chart-figure.js";
import { ChartTooltip } from "../primitives/chart-tooltip.js";
import type { DataTableColumn } from "../primitives/data-table/types.js";
import { useChartNavigation, type ChartNavigation } from "../primitives/use-chart-navigation.js";
import { Widget, type WidgetProps } from "../primitives/widget.js";
import { CoverageDetails } from "./coverage.js";
import {
  DISTRIBUTION_SIZE,
  getDistributionGeometry,
  type DistributionGeometry,
  type DistributionPanel,
} from "./distribution-geometry.js";
import { FreeTextList } from "./free-texts.js";
import {
  hasGoalTitle,
  itemTitle,
  respondentCount,
  scaleNumber,
  scaleValueText,
  valueText,
  type GoalLike,
} from "./labels.js";
import { SCORING_MESSAGES, type ScoringTools } from "./messages.js";

/** Props of {@link DistributionChart}. */
export interface DistributionChartProps extends WidgetProps {
  /** The round's result, from `aggregateRound` of `@systemledning/core/assessment`. */
  readonly result: RoundResult;
  /** The profile's goals, to title each item "Delmål 1 – Nära för mig". */
  readonly goals?: readonly GoalLike[];
  /** The figure's title. @default "Svarsfördelning per påstående" */
  readonly title?: string;
  /** Heading level of the title; items get the next level. @default 3 */
  readonly headingLevel?: 2 | 3 | 4 | 5;
  /** Show the table instead of the chart at first (the reader can switch). @default "chart" */
  readonly defaultView?: ChartFigureView | undefined;
  /** List the free texts under each item. @default true */
  readonly showFreeTexts?: boolean;
  /** Show the coverage and the caveat above the charts. @default true */
  readonly showCoverage?: boolean;
}

/**
 * The distribution of answers per item, as the annual report's Bilaga 1 draws it, in an accessible figure
 * with a table alternative and a CSV download.
 *
 * @example
 * const result = aggregateRound(workspace, DALARNA_ROUND_2025_ID);
 * <DistributionChart result={result} goals={workspace.profile.goals} />
 */
export function DistributionChart(props: DistributionChartProps) {
  return (
    <Widget
      locale={props.locale}
      theme={props.theme}
      className={props.className}
      onError={props.onError}
      resetKey={props.result}
    >
      <DistributionFigure {...props} />
    </Widget>
  );
}

function DistributionFigure({
  result,
  goals,
  title,
  headingLevel = 3,
  showFreeTexts = true,
  showCoverage = true,
  defaultView,
}: DistributionChartProps) {
  const tools = useKitLocale(undefined, SCORING_MESSAGES);
  const { t } = tools;
  const geometry = useMemo(() => getDistributionGeometry(result), [result]);
  const rowLengths = useMemo(
    () => geometry.panels.map((panel) => (panel.item.n === 0 ? 0 : panel.bars.length)),
    [geometry],
  );
  const navigation = useChartNavigation(rowLengths);
  const table = useMemo(() => distributionTable(result, geometry, goals, tools), [result, geometry, goals, tools]);
  const figureTitle = title ?? t("distributionTitle");
  const itemHeading = `h${Math.min(6, headingLevel + 1)}` as "h3" | "h4" | "h5" | "h6";

  return (
    <ChartFigure
      defaultView={defaultView}
      title={figureTitle}
      headingLevel={headingLevel}
      takeaway={distributionTakeaway(result, goals, tools)}
      table={{ ...table, getRowId: (row) => row.item.itemId }}
      keyboardHint={t("chartKeysRows")}
      details={showCoverage ? <CoverageDetails result={result} /> : undefined}
    >
      <div className="sl-small-multiples">
        {geometry.panels.map((panel, row) => {
          const titleText = itemTitle(panel.item, goals, tools);
          return (
            <div key={panel.item.itemId} className="sl-panel">
              <ItemHeading
                as={itemHeading}
                title={titleText}
                statement={hasGoalTitle(panel.item, goals) ? tools.text(panel.item.statement) : null}
              />
              {panel.item.n === 0 ? (
                <p className="sl-chart-empty">{t("noValues")}</p>
              ) : (
                <Histogram
                  panel={panel}
                  row={row}
                  title={titleText}
                  geometry={geometry}
                  result={result}
                  navigation={navigation}
                  tools={tools}
                />
              )}
              <p className="sl-panel-facts">
                {t("mean")} {valueText(panel.item.mean, tools)} · {t("median")} {valueText(panel.item.median, tools)} ·{" "}
                {respondentCount(result, panel.item.n, tools)}
                {result.dontKnowAllowed ? ` · ${t("dontKnowCount", { count: tools.number(panel.item.dontKnow) })}` : ""}
              </p>
              {showFreeTexts ? (
                <FreeTextList
                  item={panel.item}
                  result={result}
                  headingLevel={Math.min(6, headingLevel + 2) as 4 | 5 | 6}
                />
              ) : (
                <div />
              )}
            </div>
          );
        })}
      </div>
      <ScaleKey result={result} geometry={geometry} />
    </ChartFigure>
  );
}

function ItemHeading({
  as: Heading,
  title,
  statement,
}: {
  readonly as: "h3" | "h4" | "h5" | "h6";
  readonly title: string;
  readonly statement: string | null;
}) {
  // The statement's place is kept even when empty: the panel's rows line up with its neighbours' (subgrid).
  return (
    <>
      <Heading className="sl-panel-title sl-text">{title}</Heading>
      {statement === null ? <div /> : <p className="sl-panel-statement sl-text">{statement}</p>}
    </>
  );
}

interface HistogramProps {
  readonly panel: DistributionPanel;
  readonly row: number;
  readonly title: string;
  readonly geometry: DistributionGeometry;
  readonly result: RoundResult;
  readonly navigation: ChartNavigation;
  readonly tools: ScoringTools;
}

function Histogram({ panel, row, title, geometry, result, navigation, tools }: HistogramProps) {
  const { width, height, left, right } = DISTRIBUTION_SIZE;
  const { t } = tools;
  const tooltipBar = navigation.tooltip?.row === row ? panel.bars[navigation.tooltip.index] : undefined;
  return (
    <svg
      className="sl-chart-svg"
      viewBox={`0 0 ${width} ${height}`}
      role="group"
      aria-label={`${t("distributionTitle")}: ${title}`}
    >
      <g aria-hidden="true" className="sl-chart-axis">
        {geometry.yTicks.map((tick) => (
          <g key={tick.value}>
            <line className="sl-chart-grid" x1={left} x2={width - right} y1={tick.y} y2={tick.y} />
            <text className="sl-chart-tick" x={left - 6} y={tick.y} textAnchor="end" dominantBaseline="middle">
              {tools.number(tick.value)}
            </text>
          </g>
        ))}
        {geometry.xTicks.map((tick) => (
          <text
            key={tick.value}
            className={tick.halfStep ? "sl-chart-tick sl-chart-tick-minor" : "sl-chart-tick"}
            x={tick.x}
            y={geometry.baseline + 18}
            textAnchor="middle"
          >
            {scaleNumber(tick.value, tools)}
          </text>
        ))}
        <line
          className="sl-chart-baseline"
          x1={left}
          x2={width - right}
          y1={geometry.baseline}
          y2={geometry.baseline}
        />
      </g>
      {panel.bars.map((bar, index) => (
        <g key={bar.value}>
          <rect
            {...navigation.getMarkProps(row, index)}
            className={bar.halfStep ? "sl-chart-mark sl-chart-bar sl-chart-bar-half" : "sl-chart-mark sl-chart-bar"}
            // An empty bin is still a stop on the way along the axis: a thin, focusable sliver at the baseline.
            x={bar.x}
            y={bar.count === 0 ? geometry.baseline - 2 : bar.y}
            width={bar.width}
            height={bar.count === 0 ? 2 : bar.height}
            role="img"
            aria-label={t("barLabel", {
              item: title,
              value: scaleValueText(result, bar.value, tools),
              count: respondentCount(result, bar.count, tools),
            })}
          />
          {bar.count > 0 ? (
            <text
              aria-hidden="true"
              className="sl-chart-value"
              x={bar.x + bar.width / 2}
              y={bar.y - 5}
              textAnchor="middle"
            >
              {tools.number(bar.count)}
            </text>
          ) : null}
        </g>
      ))}
      {panel.meanX === null || panel.item.mean === null ? null : (
        <g aria-hidden="true" className="sl-chart-mean">
          <line x1={panel.meanX} x2={panel.meanX} y1={DISTRIBUTION_SIZE.top - 6} y2={geometry.baseline} />
          <text
            x={Math.min(Math.max(panel.meanX, left + 30), width - right - 30)}
            y={DISTRIBUTION_SIZE.top - 12}
            textAnchor="middle"
          >
            {t("meanMarker", { mean: valueText(panel.item.mean, tools) })}
          </text>
        </g>
      )}
      {tooltipBar === undefined ? null : (
        <ChartTooltip
          anchorX={tooltipBar.x + tooltipBar.width / 2}
          anchorY={tooltipBar.count === 0 ? geometry.baseline : tooltipBar.y}
          bounds={{ width, height }}
          lines={[scaleValueText(result, tooltipBar.value, tools), respondentCount(result, tooltipBar.count, tools)]}
          {...navigation.tooltipProps}
        />
      )}
    </svg>
  );
}

/** The scale's words under the charts, once for all of them: the x axis shows numbers only. */
function ScaleKey({ result, geometry }: { readonly result: RoundResult; readonly geometry: DistributionGeometry }) {
  const tools = useKitLocale(undefined, SCORING_MESSAGES);
  const labelled = result.scale.steps.filter((step) => tools.text(step.label) !== String(step.value));
  return (
    <div className="sl-scale-key">
      <p className="sl-scale-key-title">
        {tools.t("distributionAxisX")};{" "}
        {result.kind === "event-poll" ? tools.t("distributionAxisYPoll") : tools.t("distributionAxisY")}
      </p>
      {labelled.length === 0 ? null : (
        <ul className="sl-scale-key-list">
          {labelled.map((step) => (
            <li key={step.value}>{scaleValueText(result, step.value, tools)}</li>
          ))}
        </ul>
      )}
      {geometry.showsHalfSteps ? <p className="sl-scale-key-note">{tools.t("halfStepNote")}</p> : null}
    </div>
  );
}

interface DistributionRow {
  readonly item: RoundResult["items"][number];
  readonly title: string;
  readonly counts: ReadonlyMap<number, number>;
}

function distributionTable(
  result: RoundResult,
  geometry: DistributionGeometry,
  goals: readonly GoalLike[] | undefined,
  tools: ScoringTools,
) {
  const { t } = tools;
  const rows: DistributionRow[] = geometry.panels.map((panel) => ({
    item: panel.item,
    title: itemTitle(panel.item, goals, tools),
    counts: new Map(panel.bars.map((bar) => [bar.value, bar.count])),
  }));
  const columns: DataTableColumn<DistributionRow>[] = [
    { id: "item", header: t("item"), value: (row) => row.title, isRowHeader: true },
    ...geometry.xTicks.map((tick): DataTableColumn<DistributionRow> => ({
      id: `bin-${tick.value}`,
      header: scaleValueText(result, tick.value, tools),
      value: (row) => row.counts.get(tick.value) ?? 0,
      kind: "number",
    })),
    { id: "mean", header: t("mean"), value: (row) => row.item.mean, kind: "number", maximumFractionDigits: 2 },
    { id: "median", header: t("median"), value: (row) => row.item.median, kind: "number", maximumFractionDigits: 2 },
    {
      id: "n",
      header: result.kind === "event-poll" ? t("countRespondents") : t("count"),
      value: (row) => row.item.n,
      kind: "number",
    },
    ...(result.dontKnowAllowed
      ? [
          {
            id: "dont-know",
            header: t("dontKnow"),
            value: (row: DistributionRow) => row.item.dontKnow,
            kind: "number" as const,
          },
        ]
      : []),
  ];
  return { columns, rows };
}

function distributionTakeaway(
  result: RoundResult,
  goals: readonly GoalLike[] | undefined,
  tools: ScoringTools,
): string {
  const { t } = tools;
  const withMean = result.items.filter((item) => item.mean !== null);
  const range = { min: scaleNumber(result.scale.min, tools), max: scaleNumber(result.scale.max, tools) };
  if (withMean.length === 0) return t("noValues");
  if (withMean.length === 1) {
    const item = withMean[0]!;
    return t("distributionTakeawayOne", { mean: valueText(item.mean, tools), n: tools.number(item.n), ...range });
  }
  const sorted = [...withMean].sort((a, b) => a.mean! - b.mean!);
  const low = sorted[0]!;
  const high = sorted.at(-1)!;
  return t("distributionTakeaway", {
    lowMean: valueText(low.mean, tools),
    lowItem: itemTitle(low, goals, tools),
    highMean: valueText(high.mean, tools),
    highItem: itemTitle(high, goals, tools),
    ...range,
  });
}
