/**
 * The timeline: everything that happened or is planned, in swimlanes per forum or leadership, over a year,
 * a quarter or a month (the *Regional årsrapport 2025*, Bilaga 2, as a picture). Each lane is an `<ol>` of `<time datetime>` items
 * in the order they stand on screen (left to right, then top to bottom), placed on a CSS grid by classes
 * (no inline styles: a strict CSP holds). Items are marked by kind with a shape and a word as well as a
 * colour; dense places gather into a "+N" cluster; today is marked. One tab stop: the arrow keys move
 * between items, Enter opens an item's details, Page Up/Down change the period and + / − zoom.
 */
import { dayNumberOfIso, type TimelineItem } from "@systemledning/core/timeline";
import { useId, useMemo } from "react";
import { formatLocaleDate } from "../i18n/format.js";
import { useKitLocale } from "../i18n/locale.js";
import { ChartFigure, type ChartFigureView } from "../primitives/chart-figure.js";
import type { DataTableColumn } from "../primitives/data-table/types.js";
import type { ChartMarkProps } from "../primitives/use-chart-navigation.js";
import { classNames, Widget, type WidgetProps } from "../primitives/widget.js";
import { dateText, kindText, statusText } from "./labels.js";
import {
  getTimelineWindow,
  shiftTimelineWindow,
  TIMELINE_ZOOMS,
  type PlacedEntry,
  type TimelineWindow,
  type TimelineZoom,
} from "./layout.js";
import { monthName, periodName } from "./period.js";
import { TimelineDetails } from "./timeline-details.js";
import { useTimelineState, type UseTimelineStateOptions } from "./use-timeline-state.js";
import { TIMELINE_CATALOGUE, type TimelineTools } from "./messages.js";

export type { TimelineLane, TimelinePeriodChange } from "./use-timeline-state.js";

/**
 * Props of {@link Timeline}: the lanes and the period's state (see {@link UseTimelineStateOptions}: zoom and
 * anchor controlled or not, and the callbacks), and how the figure is headed and shown first.
 */
export interface TimelineProps extends WidgetProps, Omit<UseTimelineStateOptions, "tools"> {
  /** @default "Tidslinje" */
  readonly title?: string | undefined;
  /** @default 3 */
  readonly headingLevel?: 2 | 3 | 4 | 5 | undefined;
  /** Show the table instead of the timeline at first. @default "chart" */
  readonly defaultView?: ChartFigureView | undefined;
}

/**
 * A timeline of a workspace's meetings, decisions, events and plan activities in lanes, with a table
 * alternative and a CSV download.
 *
 * @example
 * const items = getTimeline(workspace, { from: "2025-01-01", to: "2025-12-31", forumIds: ["f-lchnv", "f-vfr", "f-schnv"] });
 * <Timeline lanes={groupTimeline(workspace, items, { by: "forum" })} asOf="2026-05-13" defaultAnchor="2025-06-01" />
 */
export function Timeline(props: TimelineProps) {
  return (
    <Widget
      locale={props.locale}
      theme={props.theme}
      className={props.className}
      onError={props.onError}
      resetKey={props.lanes}
    >
      <TimelineFigure {...props} />
    </Widget>
  );
}

function TimelineFigure(props: TimelineProps) {
  const { lanes, asOf, title, headingLevel = 3, defaultView } = props;
  const tools = useKitLocale(undefined, TIMELINE_CATALOGUE);
  const { t } = tools;
  const {
    period,
    placed,
    hasEntries,
    trackRef,
    canvasRef,
    navigation,
    virtual,
    isRendered,
    onScroll,
    labelOf,
    open,
    openEntry,
    closeDetails,
    changePeriod,
    zoomIntoOpen,
  } = useTimelineState({
    lanes,
    asOf,
    zoom: props.zoom,
    defaultZoom: props.defaultZoom,
    anchor: props.anchor,
    defaultAnchor: props.defaultAnchor,
    onPeriodChange: props.onPeriodChange,
    onOpenItem: props.onOpenItem,
    maxRows: props.maxRows,
    tools,
  });

  const inView = useMemo(
    () =>
      lanes.flatMap((lane) =>
        lane.items.filter((item) => overlaps(item, period)).map((item) => ({ item, lane: lane.label })),
      ),
    [lanes, period],
  );
  const periodText =
    period.zoom === "year"
      ? t("timelinePeriodYear", { year: period.from.slice(0, 4) })
      : t("timelinePeriodRange", {
          from: formatLocaleDate(period.from, tools.locale),
          to: formatLocaleDate(period.to, tools.locale),
        });
  const todayColumn =
    asOf >= period.from && asOf <= period.to
      ? Math.floor((dayNumberOfIso(asOf) - period.firstDay) / period.daysPerColumn) + 1
      : null;
  const canvasLabel = `${title ?? t("timelineTitle")}, ${periodName(period, tools)}`;

  return (
    <ChartFigure
      title={title ?? t("timelineTitle")}
      headingLevel={headingLevel}
      takeaway={timelineTakeaway(
        inView.map((entry) => entry.item),
        periodText,
        tools,
      )}
      table={{ columns: tableColumns(tools), rows: inView, getRowId: (row) => row.item.id }}
      keyboardHint={t("timelineKeys")}
      defaultView={defaultView}
    >
      <TimelineControls period={period} asOf={asOf} tools={tools} onChange={changePeriod} />
      <div
        ref={canvasRef}
        className={classNames("sl-tl-scroll", virtual && "sl-tl-scroll-tall")}
        role="region"
        aria-label={canvasLabel}
        tabIndex={hasEntries ? -1 : 0}
        onScroll={onScroll}
      >
        <div className="sl-tl-canvas">
          <div className="sl-tl-head" aria-hidden="true">
            <div className="sl-tl-lane-head" />
            <div ref={trackRef} className={classNames("sl-tl-axis", `sl-tl-n${period.columns}`)}>
              {period.ticks.map((tick) => (
                <span
                  key={`${tick.kind}-${tick.date}`}
                  className={classNames("sl-tl-tick", `sl-tl-tick-${tick.kind}`, `sl-tl-c${tick.column}`)}
                >
                  {tick.kind === "month"
                    ? monthName(tick.date, tools)
                    : tick.kind === "week"
                      ? t("timelineWeek", { week: tick.number })
                      : tick.number}
                </span>
              ))}
              {todayColumn === null ? null : (
                <span className={classNames("sl-tl-tick", "sl-tl-tick-today", `sl-tl-c${todayColumn}`)}>
                  {t("timelineToday")}
                </span>
              )}
            </div>
          </div>
          <ul className="sl-tl-lanes" aria-label={t("timelineLanes")}>
            {placed.map((lane, row) => (
              <li key={lane.key} className="sl-tl-lane">
                <div className="sl-tl-lane-title sl-text" id={`${lane.key}-lane`}>
                  {lane.label}
                </div>
                <div className={classNames("sl-tl-track-wrap", `sl-tl-n${period.columns}`, `sl-tl-rows${lane.rows}`)}>
                  <div className="sl-tl-backdrop" aria-hidden="true">
                    {period.ticks
                      .filter((tick) => tick.kind === "month" && tick.column > 1)
                      .map((tick) => (
                        <span key={tick.date} className={classNames("sl-tl-gridline", `sl-tl-c${tick.column}`)} />
                      ))}
                    {todayColumn === null ? null : (
                      <span className={classNames("sl-tl-today", `sl-tl-c${todayColumn}`)} />
                    )}
                  </div>
                  <ol
                    className="sl-tl-track"
                    aria-label={t("timelineLaneItems", { lane: lane.label, count: tools.number(lane.itemCount) })}
                  >
                    {(isRendered(row) ? lane.entries : []).map((entry, index) => (
                      <TimelineEntry
                        key={entry.type === "item" ? entry.item.id : `cluster-${entry.column}`}
                        entry={entry}
                        label={entry.type === "item" ? labelOf(entry.item, lane.label) : ""}
                        markProps={navigation.getMarkProps(row, index)}
                        expanded={open !== null && open.position.row === row && open.position.index === index}
                        tools={tools}
                        onOpen={() => openEntry(entry, lane, { row, index })}
                      />
                    ))}
                  </ol>
                </div>
              </li>
            ))}
          </ul>
          {todayColumn === null ? null : (
            <p className="sl-visually-hidden">
              {t("timelineTodayMarker", { date: formatLocaleDate(asOf, tools.locale) })}
            </p>
          )}
        </div>
      </div>
      {open === null ? null : (
        <TimelineDetails
          open={open}
          tools={tools}
          headingLevel={Math.min(6, headingLevel + 1) as 3 | 4 | 5 | 6}
          onClose={closeDetails}
          onZoomIn={zoomIntoOpen}
        />
      )}
    </ChartFigure>
  );
}

function overlaps(item: TimelineItem, period: TimelineWindow): boolean {
  return item.date <= period.to && (item.endDate ?? item.date) >= period.from;
}

interface TimelineEntryProps {
  readonly entry: PlacedEntry;
  /** The words beside the marker. */
  readonly label: string;
  readonly markProps: ChartMarkProps<HTMLButtonElement>;
  readonly expanded: boolean;
  readonly tools: TimelineTools;
  readonly onOpen: () => void;
}

/** One list item: a button with the marker, the label and the full date (read, not shown). */
function TimelineEntry({ entry, label, markProps, expanded, tools, onOpen }: TimelineEntryProps) {
  const place = classNames("sl-tl-entry", `sl-tl-c${entry.column}`, `sl-tl-s${entry.span}`, `sl-tl-r${entry.row}`);
  if (entry.type === "cluster") {
    return (
      <li className={classNames(place, "sl-tl-entry-cluster")}>
        <button type="button" className="sl-tl-button" {...markProps} aria-expanded={expanded} onClick={onOpen}>
          <time dateTime={entry.from} className="sl-visually-hidden">
            {tools.t("timelineCluster", {
              count: tools.number(entry.items.length),
              from: formatLocaleDate(entry.from, tools.locale),
              to: formatLocaleDate(entry.to, tools.locale),
            })}
          </time>
          <span className="sl-tl-cluster-count" aria-hidden="true">
            +{tools.number(entry.items.length)}
          </span>
        </button>
      </li>
    );
  }
  const { item } = entry;
  const status = statusText(item, tools);
  return (
    <li
      className={classNames(place, item.endDate !== null && item.endDate !== item.date && "sl-tl-entry-range")}
      data-kind={item.kind}
      data-status={item.status ?? undefined}
    >
      <button type="button" className="sl-tl-button" {...markProps} aria-expanded={expanded} onClick={onOpen}>
        <span
          className="sl-tl-marker"
          data-kind={item.kind}
          data-agenda-kind={item.agendaKind ?? undefined}
          aria-hidden="true"
        />
        {/* The separators are text nodes of their own: a name is computed from the parts, trimmed each. */}
        <span className="sl-visually-hidden">{kindText(item, tools)},</span>{" "}
        <time dateTime={item.date} className="sl-visually-hidden">
          {dateText(item, tools)}:
        </time>{" "}
        <span className="sl-tl-label sl-text">{label}</span>
        {status === null ? null : <span className="sl-visually-hidden">, {status}</span>}
      </button>
    </li>
  );
}

function TimelineControls({
  period,
  asOf,
  tools,
  onChange,
}: {
  readonly period: TimelineWindow;
  readonly asOf: string;
  readonly tools: TimelineTools;
  readonly onChange: (next: TimelineWindow) => void;
}) {
  const { t } = tools;
  const groupId = useId();
  const zoomLabel: Record<TimelineZoom, string> = {
    year: t("timelineZoomYear"),
    quarter: t("timelineZoomQuarter"),
    month: t("timelineZoomMonth"),
  };
  return (
    <div className="sl-tl-controls">
      <div className="sl-tl-zoom" role="group" aria-labelledby={groupId}>
        <span id={groupId} className="sl-tl-zoom-label">
          {t("timelineZoom")}
        </span>
        {TIMELINE_ZOOMS.map((zoom) => (
          <button
            key={zoom}
            type="button"
            className="sl-button sl-button-small"
            aria-pressed={period.zoom === zoom}
            onClick={() =>
              onChange(getTimelineWindow(zoom, period.from <= asOf && asOf <= period.to ? asOf : period.from))
            }
          >
            {zoomLabel[zoom]}
          </button>
        ))}
      </div>
      <div className="sl-tl-period">
        <button
          type="button"
          className="sl-button sl-button-small"
          onClick={() => onChange(shiftTimelineWindow(period, -1))}
        >
          <span aria-hidden="true">‹ </span>
          {t("timelinePrevious")}
        </button>
        <p className="sl-tl-period-name" aria-live="off">
          {periodName(period, tools)}
        </p>
        <button
          type="button"
          className="sl-button sl-button-small"
          onClick={() => onChange(shiftTimelineWindow(period, 1))}
        >
          {t("timelineNext")}
          <span aria-hidden="true"> ›</span>
        </button>
        <button
          type="button"
          className="sl-button sl-button-small"
          onClick={() => onChange(getTimelineWindow(period.zoom, asOf))}
        >
          {t("timelineToday")}
        </button>
      </div>
    </div>
  );
}

interface TableRow {
  readonly item: TimelineItem;
  readonly lane: string;
}

function tableColumns(tools: TimelineTools): DataTableColumn<TableRow>[] {
  const { t } = tools;
  return [
    {
      id: "date",
      header: t("timelineDate"),
      value: (row) => row.item.date,
      cell: (row) => <time dateTime={row.item.date}>{dateText(row.item, tools)}</time>,
    },
    { id: "lane", header: t("timelineLane"), value: (row) => row.lane },
    { id: "kind", header: t("timelineKind"), value: (row) => kindText(row.item, tools) },
    { id: "title", header: t("timelineItemTitle"), value: (row) => row.item.title, isRowHeader: true },
    { id: "status", header: t("timelineStatus"), value: (row) => statusText(row.item, tools) },
  ];
}

function timelineTakeaway(items: readonly TimelineItem[], period: string, tools: TimelineTools): string {
  if (items.length === 0) return tools.t("timelineEmpty", { period });
  const count = (kinds: readonly TimelineItem["kind"][]) =>
    tools.number(items.filter((item) => kinds.includes(item.kind)).length);
  return tools.t("timelineTakeaway", {
    count: tools.number(items.length),
    period,
    meetings: count(["meeting"]),
    agenda: count(["agenda-item"]),
    decisions: count(["decision"]),
    events: count(["event", "activity", "check-in"]),
  });
}
