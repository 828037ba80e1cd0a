/**
 * How the forums keep their meeting rules over a period, as the regional support structure follows it: key figures for
 * all forums together, a table per forum (meetings held against the plan so far, notices and notes on time, the
 * principal represented least often, decisions, deviations), and a chart of how often each principal was represented
 * with mandate (*Att leda hela systemet*, the slide "Makt": when expected leaders stay away, their absence sends a
 * strong signal). The chart is a figure with its table and CSV (docs/quality.md A1–A3).
 */
import type { Workspace } from "@systemledning/core/workspace";
import { useId, useMemo } from "react";
import { useKitLocale } from "../i18n/locale.js";
import type { ChartFigureView } from "../primitives/chart-figure.js";
import { DataTable } from "../primitives/data-table/data-table.js";
import type { DataTableColumn } from "../primitives/data-table/types.js";
import { Widget, type WidgetProps } from "../primitives/widget.js";
import { AttendanceChart } from "./attendance-chart.js";
import { getComplianceOverviewRows, type ForumComplianceRow, type PartOfWhole } from "./compliance-rows.js";
import { Content, DateText } from "./shared.js";
import { MEETING_VIEW_MESSAGES, type MeetingTools } from "./messages.js";

/** Props of {@link ComplianceOverview}. */
export interface ComplianceOverviewProps extends WidgetProps {
  readonly workspace: Workspace;
  /** The forums to follow, in this order. @default every forum of the workspace */
  readonly forumIds?: readonly string[] | undefined;
  /** First day of the period (`YYYY-MM-DD`). */
  readonly from: string;
  /** Last day of the period, inclusive. */
  readonly to: string;
  /** The day the figures are for: meetings planned after it are not yet due. @default `to` */
  readonly asOf?: string | undefined;
  /**
   * The share of meetings a principal should be represented at; principals below it are marked in the chart
   * and named in words. A plausible choice (three meetings of four), not a rule of the sources; `null` marks none.
   * @default 0.75
   */
  readonly attendanceTarget?: number | null | undefined;
  /**
   * The most bars the chart draws, grouped by forum; beyond it the chart shows the principals represented
   * least often, lowest first (docs/quality.md R3), and the table has them all. @default 60
   */
  readonly maxBars?: number | undefined;
  /** @default "Mötesregler och närvaro" */
  readonly title?: string | undefined;
  /** The heading level of the title; the table and chart are one below. @default 2 */
  readonly headingLevel?: 2 | 3 | 4 | undefined;
  /** Show the chart's table instead of the chart at first. @default "chart" */
  readonly defaultView?: ChartFigureView | undefined;
  /** The language forum names are written in (marked with `lang` when the widget speaks another). @default "sv" */
  readonly contentLanguage?: string | undefined;
}

/**
 * The compliance overview of forums over a period: key figures, a table per forum, attendance per principal.
 *
 * @example
 * <ComplianceOverview workspace={workspace} forumIds={["f-lchnv", "f-vfr", "f-schnv"]} from="2025-01-01" to="2025-12-31" />
 */
export function ComplianceOverview(props: ComplianceOverviewProps) {
  return (
    <Widget
      locale={props.locale}
      theme={props.theme}
      className={props.className}
      onError={props.onError}
      resetKey={props.workspace}
    >
      <OverviewBody {...props} />
    </Widget>
  );
}

function OverviewBody({
  workspace,
  forumIds,
  from,
  to,
  asOf,
  attendanceTarget = 0.75,
  maxBars = 60,
  title,
  headingLevel = 2,
  defaultView,
  contentLanguage = "sv",
}: ComplianceOverviewProps) {
  const tools = useKitLocale(undefined, MEETING_VIEW_MESSAGES);
  const { t, number } = tools;
  const titleId = useId();
  const day = asOf ?? to;
  const rows = useMemo(
    () => getComplianceOverviewRows(workspace, { forumIds, from, to, asOf: day }),
    [workspace, forumIds, from, to, day],
  );
  const columns = useMemo(() => forumColumns(tools, contentLanguage), [tools, contentLanguage]);
  const Heading = `h${headingLevel}` as const;
  const sum = (pick: (row: ForumComplianceRow) => number) => rows.reduce((total, row) => total + pick(row), 0);
  const totals = {
    planned: sum((r) => r.plannedToDate),
    held: sum((r) => r.held),
    cancelled: sum((r) => r.cancelled),
    noticeOk: sum((r) => r.noticeOnTime.part),
    noticeDue: sum((r) => r.noticeOnTime.whole),
    notesOk: sum((r) => r.notesOnTime.part),
    notesDue: sum((r) => r.notesOnTime.whole),
    decisions: sum((r) => r.decisions),
  };

  return (
    <section className="sl-meetings-overview" aria-labelledby={titleId}>
      <header className="sl-meetings-header">
        <Heading id={titleId} className="sl-meetings-title sl-text">
          {title ?? t("meetingsOverviewTitle")}
        </Heading>
        <p className="sl-meetings-meta">
          <span>
            {t("meetingsOverviewPeriod")} <DateText date={from} /> – <DateText date={to} />
          </span>
          {day === to ? null : (
            <span>
              {t("meetingsOverviewAsOf")} <DateText date={day} />
            </span>
          )}
          <span>{t("meetingsOverviewForums", { count: number(rows.length) })}</span>
        </p>
      </header>

      <dl className="sl-meetings-key-figures">
        <KeyFigure
          label={t("meetingsFigureHeld")}
          value={`${number(totals.held)} ${t("meetingsOf")} ${number(totals.planned)}`}
          detail={
            totals.cancelled === 1
              ? t("meetingsFigureHeldDetailOne")
              : t("meetingsFigureHeldDetail", { cancelled: number(totals.cancelled) })
          }
        />
        <KeyFigure
          label={t("meetingsFigureNotice")}
          value={share(totals.noticeOk, totals.noticeDue, tools)}
          detail={t("meetingsFigureOfDue", { part: number(totals.noticeOk), whole: number(totals.noticeDue) })}
        />
        <KeyFigure
          label={t("meetingsFigureNotes")}
          value={share(totals.notesOk, totals.notesDue, tools)}
          detail={t("meetingsFigureOfDue", { part: number(totals.notesOk), whole: number(totals.notesDue) })}
        />
        <KeyFigure
          label={t("meetingsFigureDecisions")}
          value={number(totals.decisions)}
          detail={t("meetingsFigureDecisionsDetail")}
        />
      </dl>

      <div className="sl-meetings-overview-table">
        <DataTable
          caption={t("meetingsOverviewTableCaption")}
          columns={columns}
          data={rows}
          getRowId={(row) => row.forumId}
          className="sl-meetings-compact-table"
          emptyMessage={t("meetingsOverviewNoForums")}
        />
        <p className="sl-meetings-hint">{t("meetingsOverviewTableHint")}</p>
      </div>

      <AttendanceChart
        rows={rows}
        target={attendanceTarget}
        maxBars={maxBars}
        headingLevel={headingLevel + 1}
        defaultView={defaultView}
        contentLanguage={contentLanguage}
      />
    </section>
  );
}

function KeyFigure({
  label,
  value,
  detail,
}: {
  readonly label: string;
  readonly value: string;
  readonly detail: string;
}) {
  return (
    <div className="sl-meetings-key-figure">
      <dt>{label}</dt>
      <dd>
        <span className="sl-meetings-key-value">{value}</span>
        <span className="sl-meetings-key-detail">{detail}</span>
      </dd>
    </div>
  );
}

/** "75 %", or "–" with "nothing due" when nothing was due. */
function share(part: number, whole: number, tools: MeetingTools): string {
  return whole === 0 ? tools.t("meetingsNothingDue") : tools.percent(part / whole);
}

/** A share in a table cell: "75 %" over "3 av 4", or "inget att bedöma". */
function PartCell({ value, tools }: { readonly value: PartOfWhole; readonly tools: MeetingTools }) {
  if (value.rate === null) return <span className="sl-meetings-muted">{tools.t("meetingsNothingDue")}</span>;
  return (
    <span className="sl-meetings-cell-stack">
      <span>{tools.percent(value.rate)}</span>
      <span className="sl-meetings-cell-detail">
        {tools.t("meetingsPartShort", { part: tools.number(value.part), whole: tools.number(value.whole) })}
      </span>
    </span>
  );
}

/** "Gagnef", or "Gagnef och 4 till" when others share the lowest share. */
function lowestName(row: ForumComplianceRow, tools: MeetingTools): string {
  const name = row.lowestPrincipal?.name ?? "";
  return row.lowestTies === 0
    ? name
    : `${name} ${tools.t("meetingsLowestMore", { count: tools.number(row.lowestTies) })}`;
}

const asPercent = (value: PartOfWhole): number | null =>
  value.rate === null ? null : Math.round(value.rate * 1000) / 10;

function forumColumns(tools: MeetingTools, contentLanguage: string): DataTableColumn<ForumComplianceRow>[] {
  const { t, number, percent } = tools;
  return [
    {
      id: "forum",
      header: t("meetingsColumnForum"),
      value: (row) => row.forumName,
      isRowHeader: true,
      cell: (row) => <Content lang={contentLanguage}>{row.forumName}</Content>,
    },
    {
      id: "planned",
      header: t("meetingsColumnPlanned"),
      value: (row) => row.plannedToDate,
      kind: "number",
      maximumFractionDigits: 0,
    },
    {
      id: "held",
      header: t("meetingsColumnHeld"),
      value: (row) => row.held,
      kind: "number",
      maximumFractionDigits: 0,
      cell: (row) => (
        <span className="sl-meetings-cell-status">
          {row.held < row.plannedToDate ? (
            <span className="sl-status" data-status="warning">
              <span className="sl-visually-hidden">{t("meetingsFewerThanPlanned")} </span>
            </span>
          ) : null}
          {number(row.held)}
        </span>
      ),
    },
    {
      id: "cancelled",
      header: t("meetingsColumnCancelled"),
      value: (row) => row.cancelled,
      kind: "number",
      maximumFractionDigits: 0,
    },
    {
      id: "notice",
      header: t("meetingsColumnNotice"),
      value: (row) => asPercent(row.noticeOnTime),
      kind: "number",
      cell: (row) => <PartCell value={row.noticeOnTime} tools={tools} />,
    },
    {
      id: "notes",
      header: t("meetingsColumnNotes"),
      value: (row) => asPercent(row.notesOnTime),
      kind: "number",
      cell: (row) => <PartCell value={row.notesOnTime} tools={tools} />,
    },
    {
      id: "lowest",
      header: t("meetingsColumnLowest"),
      value: (row) =>
        row.lowestPrincipal === null ? null : `${lowestName(row, tools)} ${percent(row.lowestPrincipal.rate!)}`,
      sortable: false,
      cell: (row) =>
        row.lowestPrincipal === null ? (
          <span className="sl-meetings-muted">{t("meetingsNoAttendance")}</span>
        ) : row.lowestPrincipal.rate === 1 ? (
          t("meetingsAllRepresented")
        ) : (
          <span className="sl-meetings-cell-stack">
            <span>
              <Content lang={contentLanguage}>{row.lowestPrincipal.name}</Content>
              {row.lowestTies === 0 ? null : ` ${t("meetingsLowestMore", { count: number(row.lowestTies) })}`}
            </span>
            <span className="sl-meetings-cell-detail">{percent(row.lowestPrincipal.rate!)}</span>
          </span>
        ),
    },
    {
      id: "decisions",
      header: t("meetingsColumnDecisions"),
      value: (row) => row.decisions,
      kind: "number",
      maximumFractionDigits: 0,
    },
    {
      id: "deviations",
      header: t("meetingsColumnDeviations"),
      value: (row) => row.deviations,
      kind: "number",
      maximumFractionDigits: 0,
    },
  ];
}
