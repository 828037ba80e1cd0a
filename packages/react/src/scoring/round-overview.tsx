/**
 * All items of a round in one view: per item its mean (a dot), its median (a bar) and its spread from the
 * lowest to the highest leadership value (a line), on the scale. A dot-and-range plot rather than a radar:
 * a radar's area grows with the square of the values and depends on the order of the axes, its values are
 * hard to read off, and it cannot show spread; a row per item reads on a phone and on a projector alike.
 */
import type { RoundResult } from "@systemledning/core/assessment";
import { useMemo } from "react";
import { useKitLocale } from "../i18n/locale.js";
import { ChartFigure, type ChartFigureView } from "../primitives/chart-figure.js";
import { ChartLegend } from "../primitives/chart-legend.js";
import { ChartTooltip } from "../primitives/chart-tooltip.js";
import type { DataTableColumn } from "../primitives/data-table/types.js";
import { useChartNavigation } from "../primitives/use-chart-navigation.js";
import { Widget, type WidgetProps } from "../primitives/widget.js";
import { CoverageDetails } from "./coverage.js";
import { itemTitle, respondentCount, valueText, type GoalLike } from "./labels.js";
import { STRIP_SIZE, Strip, StripAxis, StripRow, stripScale, useStripWidth } from "./strip.js";
import { SCORING_MESSAGES, type ScoringTools } from "./messages.js";

/** Props of {@link RoundOverview}. */
export interface RoundOverviewProps extends WidgetProps {
  /** The round's result, from `aggregateRound`. */
  readonly result: RoundResult;
  /** The profile's goals, to title each item "Delmål 1 – Nära för mig". */
  readonly goals?: readonly GoalLike[] | undefined;
  /** @default "Alla påståenden i omgången" */
  readonly title?: string | undefined;
  /** @default 3 */
  readonly headingLevel?: 2 | 3 | 4 | 5 | 6 | undefined;
  /** Show the table instead of the chart at first (the reader can switch). @default "chart" */
  readonly defaultView?: ChartFigureView | undefined;
  /** Show the coverage and caveat under the takeaway. @default true */
  readonly showCoverage?: boolean | undefined;
}

type ItemRow = RoundResult["items"][number] & { readonly title: string };

/**
 * The overview of a round: mean, median and spread of every item, one row each, in an accessible figure.
 *
 * @example
 * <RoundOverview result={aggregateRound(workspace, DALARNA_ROUND_2025_ID)} goals={workspace.profile.goals} />
 */
export function RoundOverview(props: RoundOverviewProps) {
  return (
    <Widget
      locale={props.locale}
      theme={props.theme}
      className={props.className}
      onError={props.onError}
      resetKey={props.result}
    >
      <OverviewFigure {...props} />
    </Widget>
  );
}

function OverviewFigure({
  result,
  goals,
  title,
  headingLevel = 3,
  showCoverage = true,
  defaultView,
}: RoundOverviewProps) {
  const tools = useKitLocale(undefined, SCORING_MESSAGES);
  const { t } = tools;
  const rows = useMemo<ItemRow[]>(
    () => result.items.map((item) => ({ ...item, title: itemTitle(item, goals, tools) })),
    [result, goals, tools],
  );
  const navigation = useChartNavigation(useMemo(() => rows.map((row) => (row.mean === null ? 0 : 1)), [rows]));
  const [axisRef, stripWidth] = useStripWidth();
  const x = stripScale(result.scale, stripWidth);
  const mid = STRIP_SIZE.height / 2;

  return (
    <ChartFigure
      defaultView={defaultView}
      title={title ?? t("overviewTitle")}
      headingLevel={headingLevel}
      takeaway={overviewTakeaway(rows, tools)}
      table={{ columns: overviewColumns(result, tools), rows, getRowId: (row) => row.itemId }}
      keyboardHint={t("chartKeys")}
      details={showCoverage ? <CoverageDetails result={result} /> : undefined}
    >
      <ul className="sl-strip-list">
        {rows.map((row, index) => {
          const label = pointLabel(row, result, tools);
          const open = navigation.tooltip?.row === index;
          return (
            <StripRow
              key={row.itemId}
              title={row.title}
              open={open}
              aside={row.mean === null ? t("noValue") : valueText(row.mean, tools)}
            >
              <Strip scale={result.scale} width={stripWidth} label={row.title}>
                {row.mean === null || row.min === null || row.max === null || row.median === null ? null : (
                  <>
                    <g aria-hidden="true">
                      <line className="sl-range-line" x1={x(row.min)} x2={x(row.max)} y1={mid} y2={mid} />
                      <line
                        className="sl-range-median"
                        x1={x(row.median)}
                        x2={x(row.median)}
                        y1={mid - 11}
                        y2={mid + 11}
                      />
                    </g>
                    <circle
                      {...navigation.getMarkProps(index, 0)}
                      className="sl-chart-mark sl-range-mean"
                      cx={x(row.mean)}
                      cy={mid}
                      r={8}
                      role="img"
                      aria-label={label}
                    />
                    {open ? (
                      <ChartTooltip
                        anchorX={x(row.mean)}
                        anchorY={mid - 8}
                        bounds={{ width: stripWidth, height: STRIP_SIZE.height }}
                        width={220}
                        clampVertical={false}
                        lines={[
                          row.title,
                          `${t("mean")} ${valueText(row.mean, tools)} · ${t("median")} ${valueText(row.median, tools)}`,
                          `${valueText(row.min, tools)}–${valueText(row.max, tools)} · ${respondentCount(result, row.n, tools)}`,
                        ]}
                        {...navigation.tooltipProps}
                      />
                    ) : null}
                  </>
                )}
              </Strip>
            </StripRow>
          );
        })}
      </ul>
      <StripAxis scale={result.scale} width={stripWidth} measureRef={axisRef} tools={tools} />
      <ChartLegend
        label={t("value")}
        entries={[
          { swatch: <circle className="sl-range-mean" cx={10} cy={8} r={6} />, label: t("overviewLegendMean") },
          {
            swatch: <line className="sl-range-median" x1={10} x2={10} y1={1} y2={15} />,
            label: t("overviewLegendMedian"),
          },
          { swatch: <line className="sl-range-line" x1={1} x2={19} y1={8} y2={8} />, label: t("overviewLegendRange") },
        ]}
      />
    </ChartFigure>
  );
}

function pointLabel(row: ItemRow, result: RoundResult, tools: ScoringTools): string {
  return tools.t("overviewPoint", {
    item: row.title,
    mean: valueText(row.mean, tools),
    median: valueText(row.median, tools),
    min: valueText(row.min, tools),
    max: valueText(row.max, tools),
    n: respondentCount(result, row.n, tools),
  });
}

function overviewColumns(result: RoundResult, tools: ScoringTools): DataTableColumn<ItemRow>[] {
  const { t } = tools;
  return [
    { id: "item", header: t("item"), value: (row) => row.title, isRowHeader: true },
    { id: "mean", header: t("mean"), value: (row) => row.mean, kind: "number", maximumFractionDigits: 2 },
    { id: "median", header: t("median"), value: (row) => row.median, kind: "number", maximumFractionDigits: 2 },
    { id: "min", header: t("lowest"), value: (row) => row.min, kind: "number", maximumFractionDigits: 2 },
    { id: "max", header: t("highest"), value: (row) => row.max, kind: "number", maximumFractionDigits: 2 },
    {
      id: "n",
      header: result.kind === "event-poll" ? t("countRespondents") : t("count"),
      value: (row) => row.n,
      kind: "number",
    },
    ...(result.dontKnowAllowed
      ? [{ id: "dont-know", header: t("dontKnow"), value: (row: ItemRow) => row.dontKnow, kind: "number" as const }]
      : []),
  ];
}

function overviewTakeaway(rows: readonly ItemRow[], tools: ScoringTools): string {
  const withMean = rows.filter((row) => row.mean !== null).sort((a, b) => a.mean! - b.mean!);
  if (withMean.length === 0) return tools.t("noValues");
  const low = withMean[0]!;
  const high = withMean.at(-1)!;
  return tools.t("overviewTakeaway", {
    highItem: high.title,
    highMean: valueText(high.mean, tools),
    lowItem: low.title,
    lowMean: valueText(low.mean, tools),
  });
}
