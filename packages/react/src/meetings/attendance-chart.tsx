/**
 * Attendance per principal as horizontal bars: for each forum, how often each principal (the region and
 * each covered municipality) was represented by someone with mandate, of the meetings with attendance
 * recorded. Bars rather than a rate in a table only: a principal who stays away stands out at a glance.
 * d3-scale computes the geometry; React draws it in SVG attributes (no inline style, docs/quality.md S3). One tab
 * stop for the chart, arrows between bars (A3); each bar's name says principal, forum, count and share,
 * and the same numbers are printed beside it and in the table; a bar under the target is named so in words
 * and drawn in another colour, never by colour alone (A8).
 */
import type { PrincipalAttendance } from "@systemledning/core/meetings";
import { scaleLinear } from "d3-scale";
import { useMemo } from "react";
import { useKitLocale } from "../i18n/locale.js";
import { ChartFigure, type ChartFigureView } from "../primitives/chart-figure.js";
import { ChartLegend } from "../primitives/chart-legend.js";
import type { DataTableColumn } from "../primitives/data-table/types.js";
import { useChartNavigation } from "../primitives/use-chart-navigation.js";
import { useMeasuredWidth } from "../primitives/use-measured-width.js";
import type { ForumComplianceRow } from "./compliance-rows.js";
import { orderPrincipals } from "./principals.js";
import { Content } from "./shared.js";
import { MEETING_VIEW_MESSAGES, type MeetingTools } from "./messages.js";

/** The bar geometry, in pixels: the width is measured, this is the width before the first measurement. */
export const ATTENDANCE_BAR_SIZE = { width: 360, height: 26, barHeight: 18, right: 8 } as const;

/** One bar: a principal of a forum. */
export interface AttendanceBar {
  readonly key: string;
  readonly forumId: string;
  readonly forumName: string;
  readonly principal: PrincipalAttendance;
  /** `principal.rate`, never null here: principals of forums without recorded attendance get no bar. */
  readonly rate: number;
  readonly low: boolean;
}

/**
 * The bars of the chart, in the forums' order, and whether they had to be cut to the `maxBars` principals
 * represented least often (then ordered from the lowest).
 */
export function getAttendanceBars(
  rows: readonly ForumComplianceRow[],
  target: number | null,
  maxBars: number,
): { readonly bars: readonly AttendanceBar[]; readonly total: number; readonly cut: boolean } {
  const all = rows.flatMap((row) =>
    orderPrincipals(row.principals)
      .filter((p) => p.rate !== null)
      .map((principal): AttendanceBar => ({
        key: `${row.forumId}|${principal.key}`,
        forumId: row.forumId,
        forumName: row.forumName,
        principal,
        rate: principal.rate!,
        low: target !== null && principal.rate! < target,
      })),
  );
  if (all.length <= maxBars) return { bars: all, total: all.length, cut: false };
  const lowest = [...all].sort((a, b) => a.rate - b.rate || a.key.localeCompare(b.key)).slice(0, Math.max(0, maxBars));
  return { bars: lowest, total: all.length, cut: true };
}

interface AttendanceChartProps {
  readonly rows: readonly ForumComplianceRow[];
  readonly target: number | null;
  readonly maxBars: number;
  readonly headingLevel: number;
  readonly defaultView: ChartFigureView | undefined;
  readonly contentLanguage: string;
}

/** The chart of attendance per principal, in its figure with table and CSV. */
export function AttendanceChart({
  rows,
  target,
  maxBars,
  headingLevel,
  defaultView,
  contentLanguage,
}: AttendanceChartProps) {
  const tools = useKitLocale(undefined, MEETING_VIEW_MESSAGES);
  const { t } = tools;
  const { bars, total, cut } = useMemo(() => getAttendanceBars(rows, target, maxBars), [rows, target, maxBars]);
  const navigation = useChartNavigation(useMemo(() => bars.map(() => 1), [bars]));
  const [measureRef, width] = useMeasuredWidth<HTMLDivElement>(ATTENDANCE_BAR_SIZE.width);
  const x = scaleLinear()
    .domain([0, 1])
    .range([0, Math.max(1, width - ATTENDANCE_BAR_SIZE.right)]);
  const tableRows = useMemo(
    () =>
      rows.flatMap((row) =>
        orderPrincipals(row.principals).map((principal) => ({ forumName: row.forumName, principal })),
      ),
    [rows],
  );
  const columns = useMemo(() => chartColumns(tools), [tools]);
  const withoutAttendance = rows.filter((row) => row.principals.every((p) => p.rate === null)).length;
  const level = Math.min(6, headingLevel) as 3 | 4 | 5 | 6;

  // Group the bars under their forum while they are in the forums' order; a cut list is one list, lowest first.
  const groups: {
    readonly forumId: string;
    readonly forumName: string;
    readonly bars: { readonly bar: AttendanceBar; readonly index: number }[];
  }[] = [];
  bars.forEach((bar, index) => {
    const last = groups.at(-1);
    if (!cut && last?.forumId === bar.forumId) last.bars.push({ bar, index });
    else groups.push({ forumId: cut ? "" : bar.forumId, forumName: cut ? "" : bar.forumName, bars: [{ bar, index }] });
  });

  const drawBar = (bar: AttendanceBar, index: number) => {
    const label = barLabel(bar, target, tools);
    return (
      <li key={bar.key} className="sl-bars-row">
        <div className="sl-bars-label">
          <span className="sl-bars-name sl-text">
            <Content lang={contentLanguage}>{bar.principal.name}</Content>
            {cut ? (
              <span className="sl-bars-forum">
                <Content lang={contentLanguage}>{bar.forumName}</Content>
              </span>
            ) : null}
          </span>
          <span className="sl-bars-aside">
            {t("meetingsPartOfWhole", {
              part: tools.number(bar.principal.represented),
              whole: tools.number(bar.principal.meetings),
              share: tools.percent(bar.rate),
            })}
            {bar.low ? (
              <span className="sl-status" data-status="warning">
                {t("meetingsBelowTarget")}
              </span>
            ) : null}
          </span>
        </div>
        <div className="sl-bars-chart">
          <svg
            className="sl-chart-svg"
            viewBox={`0 0 ${width} ${ATTENDANCE_BAR_SIZE.height}`}
            role="group"
            aria-label={bar.principal.name}
          >
            <rect
              {...navigation.getMarkProps(index, 0)}
              className="sl-chart-mark sl-bars-track"
              x={0}
              y={(ATTENDANCE_BAR_SIZE.height - ATTENDANCE_BAR_SIZE.barHeight) / 2}
              width={x(1)}
              height={ATTENDANCE_BAR_SIZE.barHeight}
              rx={2}
              role="img"
              aria-label={label}
            />
            <g aria-hidden="true" className="sl-bars-marks">
              <rect
                className="sl-bars-bar"
                data-sl-low={bar.low ? "" : undefined}
                x={0}
                y={(ATTENDANCE_BAR_SIZE.height - ATTENDANCE_BAR_SIZE.barHeight) / 2}
                width={x(bar.rate)}
                height={ATTENDANCE_BAR_SIZE.barHeight}
                rx={2}
              />
              {target === null ? null : (
                <line
                  className="sl-bars-target"
                  x1={x(target)}
                  x2={x(target)}
                  y1={1}
                  y2={ATTENDANCE_BAR_SIZE.height - 1}
                />
              )}
            </g>
          </svg>
        </div>
      </li>
    );
  };

  const GroupHeading = `h${Math.min(6, level + 1)}` as "h4";
  return (
    <ChartFigure
      title={t("meetingsChartTitle")}
      headingLevel={level}
      takeaway={takeaway(bars, total, cut, tools)}
      table={{
        columns,
        rows: tableRows,
        caption: t("meetingsChartTableCaption"),
        getRowId: (row, i) => `${row.forumName}|${row.principal.key}|${i}`,
      }}
      keyboardHint={bars.length === 0 ? undefined : t("meetingsChartKeys")}
      defaultView={defaultView}
      details={
        withoutAttendance === 0 ? undefined : (
          <p className="sl-meetings-hint">
            {t("meetingsChartForumsWithout", { count: tools.number(withoutAttendance) })}
          </p>
        )
      }
    >
      {bars.length === 0 ? (
        <p className="sl-chart-empty">{t("meetingsChartEmpty")}</p>
      ) : (
        <>
          <ul className="sl-bars-groups">
            {groups.map((group, g) => (
              <li key={`${group.forumId}-${g}`} className="sl-bars-group">
                {cut ? null : (
                  <GroupHeading className="sl-bars-group-title">
                    <Content lang={contentLanguage}>{group.forumName}</Content>
                  </GroupHeading>
                )}
                <ul className="sl-bars-list">{group.bars.map(({ bar, index }) => drawBar(bar, index))}</ul>
              </li>
            ))}
          </ul>
          <div className="sl-bars-axis-row">
            <div className="sl-bars-axis" ref={measureRef}>
              <svg className="sl-chart-svg" viewBox={`0 0 ${width} 22`} aria-hidden="true">
                <line className="sl-chart-baseline" x1={0} x2={x(1)} y1={1} y2={1} />
                {[0, 0.25, 0.5, 0.75, 1].map((tick) => (
                  <text
                    key={tick}
                    className="sl-chart-tick"
                    x={x(tick)}
                    y={16}
                    textAnchor={tick === 0 ? "start" : tick === 1 ? "end" : "middle"}
                  >
                    {tools.percent(tick)}
                  </text>
                ))}
              </svg>
            </div>
          </div>
          <ChartLegend
            label={t("meetingsChartLegend")}
            entries={[
              {
                swatch: <rect className="sl-bars-bar" x={1} y={3} width={18} height={10} />,
                label: t("meetingsChartLegendBar"),
              },
              ...(target === null
                ? []
                : [
                    {
                      swatch: <rect className="sl-bars-bar" data-sl-low="" x={1} y={3} width={18} height={10} />,
                      label: t("meetingsChartLegendLow", { target: tools.percent(target) }),
                    },
                    {
                      swatch: <line className="sl-bars-target" x1={10} x2={10} y1={0} y2={16} />,
                      label: t("meetingsChartLegendTarget", { target: tools.percent(target) }),
                    },
                  ]),
            ]}
          />
        </>
      )}
    </ChartFigure>
  );
}

function barLabel(bar: AttendanceBar, target: number | null, tools: MeetingTools): string {
  const { t, number, percent } = tools;
  const text = t("meetingsBarLabel", {
    principal: bar.principal.name,
    forum: bar.forumName,
    represented: number(bar.principal.represented),
    meetings: number(bar.principal.meetings),
    share: percent(bar.rate),
  });
  return bar.low && target !== null ? `${text} ${t("meetingsBarLabelLow", { target: percent(target) })}` : text;
}

function takeaway(bars: readonly AttendanceBar[], total: number, cut: boolean, tools: MeetingTools): string {
  const { t, number, percent } = tools;
  if (bars.length === 0) return t("meetingsChartEmpty");
  const lowest = bars.reduce((low, bar) => (bar.rate < low.rate ? bar : low));
  const parts = [
    t("meetingsChartTakeaway", {
      principal: lowest.principal.name,
      forum: lowest.forumName,
      represented: number(lowest.principal.represented),
      meetings: number(lowest.principal.meetings),
      share: percent(lowest.rate),
    }),
  ];
  if (!cut)
    parts.push(
      t("meetingsChartTakeawayFull", {
        full: number(bars.filter((bar) => bar.rate === 1).length),
        count: number(bars.length),
      }),
    );
  else parts.push(t("meetingsChartTakeawayCut", { shown: number(bars.length), total: number(total) }));
  return parts.join(" ");
}

interface ChartRow {
  readonly forumName: string;
  readonly principal: PrincipalAttendance;
}

function chartColumns(tools: MeetingTools): DataTableColumn<ChartRow>[] {
  const { t } = tools;
  return [
    { id: "principal", header: t("meetingsColumnPrincipal"), value: (row) => row.principal.name, isRowHeader: true },
    { id: "forum", header: t("meetingsColumnForum"), value: (row) => row.forumName },
    {
      id: "meetings",
      header: t("meetingsColumnMeetings"),
      value: (row) => row.principal.meetings,
      kind: "number",
      maximumFractionDigits: 0,
    },
    {
      id: "represented",
      header: t("meetingsColumnRepresented"),
      value: (row) => row.principal.represented,
      kind: "number",
      maximumFractionDigits: 0,
    },
    {
      id: "share",
      header: t("meetingsColumnShare"),
      value: (row) => (row.principal.rate === null ? null : Math.round(row.principal.rate * 1000) / 10),
      kind: "number",
    },
  ];
}
