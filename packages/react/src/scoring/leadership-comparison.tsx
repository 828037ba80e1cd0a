/**
 * One leadership's self-assessment against the county's: per item, how all leaderships spread over the
 * scale (small grey bars, the core's bins), the county mean (a dashed line), and this leadership's value
 * (a large diamond, in the highlight colour and named in its label, so colour is not the only signal).
 */
import type { RoundResult } from "@systemledning/core/assessment";
import { useId, useMemo } from "react";
import { useKitLocale } from "../i18n/locale.js";
import { ChartFigure, type ChartFigureView } from "../primitives/chart-figure.js";
import { ChartLegend } from "../primitives/chart-legend.js";
import { ChartTooltip } from "../primitives/chart-tooltip.js";
import type { DataTableColumn } from "../primitives/data-table/types.js";
import { useChartNavigation } from "../primitives/use-chart-navigation.js";
import { Widget, type WidgetProps } from "../primitives/widget.js";
import { itemTitle, valueText, type GoalLike } from "./labels.js";
import { STRIP_SIZE, Strip, StripAxis, StripRow, stripScale, useStripWidth } from "./strip.js";
import { SCORING_MESSAGES, type ScoringTools } from "./messages.js";

/** Props of {@link LeadershipComparison}. */
export interface LeadershipComparisonProps extends WidgetProps {
  /** The round's result, from `aggregateRound` (a self-assessment round). */
  readonly result: RoundResult;
  /** The leadership to show, one of `result.leaderships`. */
  readonly leadershipId: string;
  /** When given, a list to choose another leadership is shown, and the choice comes back here. */
  readonly onLeadershipChange?: ((leadershipId: string) => void) | undefined;
  /** The profile's goals, to title each item "Delmål 1 – Nära för mig". */
  readonly goals?: readonly GoalLike[] | undefined;
  /** @default "<leadership> jämfört med länet" */
  readonly title?: string | undefined;
  /** @default 3 */
  readonly headingLevel?: 2 | 3 | 4 | 5 | 6 | undefined;
  /** Show the table instead of the chart at first (the reader can switch). @default "chart" */
  readonly defaultView?: ChartFigureView | undefined;
}

interface ComparisonRow {
  readonly itemId: string;
  readonly title: string;
  readonly value: number | null;
  readonly countyMean: number | null;
  readonly min: number | null;
  readonly max: number | null;
  readonly bins: RoundResult["items"][number]["distribution"]["bins"];
}

/**
 * A leadership's values per item against the distribution and mean of all leaderships in the round.
 *
 * @example
 * <LeadershipComparison result={result} leadershipId="ls-falun" onLeadershipChange={setLeadershipId} goals={goals} />
 */
export function LeadershipComparison(props: LeadershipComparisonProps) {
  return (
    <Widget
      locale={props.locale}
      theme={props.theme}
      className={props.className}
      onError={props.onError}
      resetKey={props.result}
    >
      <ComparisonFigure {...props} />
    </Widget>
  );
}

function ComparisonFigure({
  result,
  leadershipId,
  onLeadershipChange,
  goals,
  title,
  headingLevel = 3,
  defaultView,
}: LeadershipComparisonProps) {
  const tools = useKitLocale(undefined, SCORING_MESSAGES);
  const { t } = tools;
  const selectId = useId();
  const leadership = result.leaderships.find((l) => l.leadershipId === leadershipId);
  const name = leadership?.name ?? leadershipId;
  const rows = useMemo<ComparisonRow[]>(
    () =>
      result.items.map((item) => ({
        itemId: item.itemId,
        title: itemTitle(item, goals, tools),
        value: leadership?.values.find((v) => v.itemId === item.itemId)?.value ?? null,
        countyMean: item.mean,
        min: item.min,
        max: item.max,
        bins: item.distribution.bins,
      })),
    [result, leadership, goals, tools],
  );
  const navigation = useChartNavigation(useMemo(() => rows.map((row) => (row.value === null ? 0 : 1)), [rows]));
  const [axisRef, stripWidth] = useStripWidth();
  const x = stripScale(result.scale, stripWidth);
  const largest = Math.max(1, ...rows.flatMap((row) => row.bins.map((bin) => bin.count)));
  const baseline = STRIP_SIZE.height - 4;
  const binWidth = Math.min(
    28,
    ((stripWidth - STRIP_SIZE.left - STRIP_SIZE.right) / (result.scale.max - result.scale.min)) * 0.35,
  );

  const chooser =
    onLeadershipChange === undefined ? undefined : (
      <p className="sl-field">
        <label htmlFor={selectId}>{t("chooseLeadership")}</label>
        <select
          id={selectId}
          className="sl-select"
          value={leadershipId}
          onChange={(event) => onLeadershipChange(event.target.value)}
        >
          {/* The responding leaderships, and the one shown even if it did not respond, so the list shows what the chart does. */}
          {result.leaderships
            .filter((l) => l.responded || l.leadershipId === leadershipId)
            .map((l) => (
              <option key={l.leadershipId} value={l.leadershipId}>
                {l.name}
              </option>
            ))}
        </select>
      </p>
    );

  return (
    <ChartFigure
      defaultView={defaultView}
      title={title ?? t("comparisonTitle", { leadership: name })}
      headingLevel={headingLevel}
      takeaway={comparisonTakeaway(rows, name, leadership?.responded ?? false, tools)}
      table={{ columns: comparisonColumns(name, tools), rows, getRowId: (row) => row.itemId }}
      keyboardHint={t("chartKeys")}
      details={chooser}
    >
      <ul className="sl-strip-list">
        {rows.map((row, index) => {
          const open = navigation.tooltip?.row === index;
          const label = t("comparisonPoint", {
            item: row.title,
            leadership: name,
            value: valueText(row.value, tools),
            mean: valueText(row.countyMean, tools),
          });
          return (
            <StripRow key={row.itemId} title={row.title} open={open} aside={valueText(row.value, tools)}>
              <Strip scale={result.scale} width={stripWidth} label={row.title}>
                <g aria-hidden="true">
                  {row.bins.map((bin) =>
                    bin.count === 0 ? null : (
                      <rect
                        key={bin.value}
                        className="sl-compare-others"
                        x={x(bin.value) - binWidth / 2}
                        width={binWidth}
                        y={baseline - (bin.count / largest) * (STRIP_SIZE.height - 10)}
                        height={(bin.count / largest) * (STRIP_SIZE.height - 10)}
                      />
                    ),
                  )}
                  {row.countyMean === null ? null : (
                    <line
                      className="sl-compare-mean"
                      x1={x(row.countyMean)}
                      x2={x(row.countyMean)}
                      y1={2}
                      y2={STRIP_SIZE.height - 2}
                    />
                  )}
                </g>
                {row.value === null ? null : (
                  <>
                    <path
                      {...navigation.getMarkProps(index, 0)}
                      className="sl-chart-mark sl-compare-this"
                      // A diamond: its shape tells it from the grey bars and the mean's line in any colours.
                      d={`M${x(row.value)},${STRIP_SIZE.height / 2 - 11}l11,11l-11,11l-11,-11z`}
                      role="img"
                      aria-label={label}
                    />
                    {open ? (
                      <ChartTooltip
                        anchorX={x(row.value)}
                        anchorY={STRIP_SIZE.height / 2 - 11}
                        bounds={{ width: stripWidth, height: STRIP_SIZE.height }}
                        width={220}
                        clampVertical={false}
                        lines={[
                          row.title,
                          `${name}: ${valueText(row.value, tools)}`,
                          `${t("countyMean")}: ${valueText(row.countyMean, tools)}`,
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
          { swatch: <path className="sl-compare-this" d="M10,1l7,7l-7,7l-7,-7z" />, label: name },
          {
            swatch: (
              <>
                <rect className="sl-compare-others" x={3} y={4} width={5} height={12} />
                <rect className="sl-compare-others" x={11} y={9} width={5} height={7} />
              </>
            ),
            label: t("comparisonLegendOthers"),
          },
          {
            swatch: <line className="sl-compare-mean" x1={10} x2={10} y1={1} y2={15} />,
            label: t("comparisonLegendMean"),
          },
        ]}
      />
    </ChartFigure>
  );
}

function comparisonColumns(name: string, tools: ScoringTools): DataTableColumn<ComparisonRow>[] {
  const { t } = tools;
  return [
    { id: "item", header: t("item"), value: (row) => row.title, isRowHeader: true },
    { id: "value", header: name, value: (row) => row.value, kind: "number", maximumFractionDigits: 2 },
    {
      id: "county-mean",
      header: t("countyMean"),
      value: (row) => row.countyMean,
      kind: "number",
      maximumFractionDigits: 2,
    },
    { id: "min", header: t("lowest"), value: (row) => row.min, kind: "number", maximumFractionDigits: 2 },
    { id: "max", header: t("highest"), value: (row) => row.max, kind: "number", maximumFractionDigits: 2 },
  ];
}

function comparisonTakeaway(
  rows: readonly ComparisonRow[],
  name: string,
  responded: boolean,
  tools: ScoringTools,
): string {
  if (!responded) return tools.t("comparisonNoAnswer", { leadership: name });
  const answered = rows.filter((row) => row.value !== null && row.countyMean !== null);
  const above = answered.filter((row) => row.value! > row.countyMean!).length;
  const below = answered.filter((row) => row.value! < row.countyMean!).length;
  return tools.t("comparisonTakeaway", {
    leadership: name,
    above: tools.number(above),
    below: tools.number(below),
    answered: tools.number(answered.length),
  });
}
