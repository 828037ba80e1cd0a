/**
 * The timeline: everything that happened or is planned, in swimlanes per forum or leadership, over a year,
 * a quarter or a month (seed 004 Bilaga 2 as a picture). Each lane is an `<ol>` of `<time datetime>` items
 * in the order they stand on screen (left to right, then top to bottom), placed on a CSS grid by classes
 * (no inline styles: a strict CSP holds). Items are marked by kind with a shape and a word as well as a
 * colour; dense places gather into a "+N" cluster; today is marked. One tab stop: the arrow keys move
 * between items, Enter opens an item's details, Page Up/Down change the period and + / − zoom.
 */
import { dayNumberOfIso, type TimelineItem } from "@systemledning/core/timeline";
import { useCallback, useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from "react";
import { formatLocaleDate } from "../i18n/format.js";
import { useKitLocale, type KitLocaleTools } from "../i18n/locale.js";
import { ChartFigure, type ChartFigureView } from "../primitives/chart-figure.js";
import type { DataTableColumn } from "../primitives/data-table/types.js";
import { useAnnounce } from "../primitives/live-region.js";
import { useChartNavigation, type ChartMarkProps, type ChartPosition } from "../primitives/use-chart-navigation.js";
import { useMeasuredWidth } from "../primitives/use-measured-width.js";
import { classNames, Widget, type WidgetProps } from "../primitives/widget.js";
import { dateText, kindText, markerLabel, statusText } from "./labels.js";
import { getTimelineWindow, layoutTimelineLanes, shiftTimelineWindow, TIMELINE_ZOOMS, type PlacedEntry, type PlacedLane, type TimelineWindow, type TimelineZoom } from "./layout.js";
import { monthName, periodName } from "./period.js";
import { TimelineDetails, type OpenDetails } from "./timeline-details.js";

/** One lane of the timeline: a forum, a leadership or any group, with its items sorted by date. */
export interface TimelineLane {
  readonly key: string;
  readonly label: string;
  readonly items: readonly TimelineItem[];
}

/** Props of {@link Timeline}. */
export interface TimelineProps extends WidgetProps {
  /** The lanes, e.g. `groupTimeline(workspace, getTimeline(workspace), { by: "forum" })` from `@systemledning/core/timeline`. */
  readonly lanes: readonly TimelineLane[];
  /** Today, `YYYY-MM-DD`: marked on the timeline, and the first period shown. */
  readonly asOf: string;
  /** The zoom (controlled). */
  readonly zoom?: TimelineZoom | undefined;
  /** The zoom shown first. @default "year" */
  readonly defaultZoom?: TimelineZoom | undefined;
  /** A day in the period shown (controlled). */
  readonly anchor?: string | undefined;
  /** A day in the period shown first. @default asOf */
  readonly defaultAnchor?: string | undefined;
  /** Called when the reader changes the period or the zoom. */
  readonly onPeriodChange?: ((period: { readonly zoom: TimelineZoom; readonly anchor: string; readonly from: string; readonly to: string }) => void) | undefined;
  /** Called when the reader opens an item's details. */
  readonly onOpenItem?: ((item: TimelineItem) => void) | undefined;
  /** Rows a lane stacks before crowded places become clusters (at most 5). @default 3 */
  readonly maxRows?: number | undefined;
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
    <Widget locale={props.locale} theme={props.theme} className={props.className} onError={props.onError} resetKey={props.lanes}>
      <TimelineFigure {...props} />
    </Widget>
  );
}

/** From this many lanes on, the lanes scroll inside the timeline and only those near its viewport are drawn. */
const VIRTUAL_LANES_FROM = 12;
/** A lane row's height and a lane's padding and border, in pixels: as timeline.css draws them (2rem rows). */
const LANE_ROW_PX = 32;
const LANE_CHROME_PX = 9;

/** Characters of a label that fit before it is cut with an ellipsis. */
const LABEL_CHARS = 28;
/** Pixels a marker and one character of a label take, for the width estimate that keeps labels apart. */
const MARKER_PX = 26;
const CHAR_PX = 7.2;

function TimelineFigure(props: TimelineProps) {
  const { lanes, asOf, title, headingLevel = 3, maxRows = 3, defaultView, onPeriodChange, onOpenItem } = props;
  const tools = useKitLocale();
  const { t } = tools;
  const announce = useAnnounce();
  const [zoomState, setZoomState] = useState<TimelineZoom>(props.defaultZoom ?? "year");
  const [anchorState, setAnchorState] = useState<string>(props.defaultAnchor ?? asOf);
  const zoom = props.zoom ?? zoomState;
  const anchor = props.anchor ?? anchorState;
  const window = useMemo(() => getTimelineWindow(zoom, anchor), [zoom, anchor]);
  const [trackRef, trackWidth, measured] = useMeasuredWidth<HTMLDivElement>(800);
  const [open, setOpen] = useState<OpenDetails | null>(null);
  const canvasRef = useRef<HTMLDivElement>(null);
  const labels = useCallback((item: TimelineItem, laneLabel: string) => cachedMarkerLabel(item, laneLabel, tools), [tools]);
  // After a period change from the keyboard: `false` (no), or the id of the item to keep focus on ("" for the first).
  const focusAfterChange = useRef<string | false>(false);

  const columnPx = trackWidth / window.columns;
  const placed = useMemo(
    () =>
      // Until the lanes' width is measured (before the first paint) nothing is laid out: the widths of the
      // labels depend on it, and laying out twice would double the cost of the first paint.
      layoutTimelineLanes(measured ? lanes : lanes.map((lane) => ({ ...lane, items: [] })), window, {
        // The grid has row classes for five rows and the clusters' row under them.
        maxRows: Math.min(5, maxRows),
        spanOf: (item, laneLabel) => Math.ceil((MARKER_PX + Math.min(LABEL_CHARS, labels(item, laneLabel).length) * CHAR_PX) / Math.max(1, columnPx)),
        // A "+N" needs about 48 px; closer clusters merge.
        clusterSpan: Math.ceil(48 / Math.max(1, columnPx)),
      }),
    [lanes, window, maxRows, columnPx, labels, measured],
  );
  const rowLengths = useMemo(() => placed.map((lane) => lane.entries.length), [placed]);

  const changePeriod = useCallback(
    (next: TimelineWindow, keepFocusOn: string | false) => {
      setZoomState(next.zoom);
      setAnchorState(next.from);
      setOpen(null);
      focusAfterChange.current = keepFocusOn;
      onPeriodChange?.({ zoom: next.zoom, anchor: next.from, from: next.from, to: next.to });
      announce(t("timelineShowing", { period: periodName(next, tools) }));
    },
    [onPeriodChange, announce, t, tools],
  );
  const zoomTo = useCallback((nextZoom: TimelineZoom, around: string, keepFocusOn: string | false) => changePeriod(getTimelineWindow(nextZoom, around), keepFocusOn), [changePeriod]);

  const nearestInRow = useCallback(
    (from: ChartPosition, toRow: number) => {
      const source = placed[from.row]?.entries[from.index];
      const target = placed[toRow]?.entries ?? [];
      if (source === undefined) return 0;
      let best = 0;
      target.forEach((entry, index) => {
        if (Math.abs(entry.column - source.column) < Math.abs(target[best]!.column - source.column)) best = index;
      });
      return best;
    },
    [placed],
  );
  const onOtherKey = useCallback(
    (event: KeyboardEvent<Element>, position: ChartPosition) => {
      const entry = placed[position.row]?.entries[position.index];
      const date = entry === undefined ? window.from : entry.type === "item" ? entry.item.date : entry.from;
      // Zooming keeps focus on the same item (its period contains it); a new period starts at its first item.
      const sameItem = entry === undefined ? "" : entry.type === "item" ? entry.item.id : (entry.items[0]?.id ?? "");
      const level = TIMELINE_ZOOMS.indexOf(window.zoom);
      if (event.key === "PageUp" || event.key === "PageDown") {
        event.preventDefault();
        changePeriod(shiftTimelineWindow(window, event.key === "PageUp" ? -1 : 1), "");
      } else if ((event.key === "+" || event.key === "=") && level < TIMELINE_ZOOMS.length - 1) {
        event.preventDefault();
        zoomTo(TIMELINE_ZOOMS[level + 1]!, date, sameItem);
      } else if (event.key === "-" && level > 0) {
        event.preventDefault();
        zoomTo(TIMELINE_ZOOMS[level - 1]!, date, sameItem);
      } else if (event.key === "Escape" && open !== null) {
        setOpen(null);
      }
    },
    [placed, window, changePeriod, zoomTo, open],
  );
  // Many lanes: the lanes scroll inside the timeline and only those near its viewport get their items in
  // the page (R1); the others keep their heading and height. The lane holding the tab stop is always there.
  const virtual = placed.length >= VIRTUAL_LANES_FROM;
  const [viewport, setViewport] = useState({ top: 0, height: 720 });
  // A lane brought into the page for the keyboard, and the mark to focus once it is there.
  const [forcedRow, setForcedRow] = useState(-1);
  const pendingFocus = useRef<ChartPosition | null>(null);
  const laneOffsets = useMemo(() => {
    const offsets: number[] = [];
    let offset = 0;
    for (const lane of placed) {
      offsets.push(offset);
      offset += lane.rows * LANE_ROW_PX + LANE_CHROME_PX;
    }
    return offsets;
  }, [placed]);
  const onMissingMark = useCallback(
    (position: ChartPosition) => {
      const element = canvasRef.current;
      if (element !== null) element.scrollTop = Math.max(0, (laneOffsets[position.row] ?? 0) - LANE_ROW_PX);
      setViewport((previous) => ({ ...previous, top: element?.scrollTop ?? previous.top }));
      pendingFocus.current = position;
      setForcedRow(position.row);
    },
    [laneOffsets],
  );
  const navigation = useChartNavigation<HTMLButtonElement>(rowLengths, { nearestInRow, onOtherKey, onMissingMark });
  const stopRow = navigation.current?.row ?? -1;
  const isRendered = (row: number) => {
    if (!virtual || row === stopRow || row === forcedRow || row === open?.position.row) return true;
    const top = laneOffsets[row] ?? 0;
    const bottom = top + placed[row]!.rows * LANE_ROW_PX + LANE_CHROME_PX;
    return bottom >= viewport.top - viewport.height && top <= viewport.top + 2 * viewport.height;
  };
  useLayoutEffect(() => {
    if (!virtual) return;
    const element = canvasRef.current;
    if (element !== null && element.clientHeight > 0) setViewport({ top: element.scrollTop, height: element.clientHeight });
  }, [virtual]);
  const scrollFrame = useRef(0);
  const onScroll = () => {
    if (!virtual || scrollFrame.current !== 0) return;
    // One update a frame, however many scroll events come.
    scrollFrame.current = requestAnimationFrame(() => {
      scrollFrame.current = 0;
      const element = canvasRef.current;
      if (element !== null) setViewport({ top: element.scrollTop, height: element.clientHeight || 720 });
    });
  };
  useEffect(() => () => cancelAnimationFrame(scrollFrame.current), []);
  useEffect(() => {
    const position = pendingFocus.current;
    if (position === null || position.row !== forcedRow) return;
    pendingFocus.current = null;
    navigation.focusMark(position);
  }, [forcedRow, navigation]);

  // After a period change from the keyboard, the focused item is gone: focus the first item of the new
  // period, or the timeline itself when the period is empty, never the top of the page.
  useEffect(() => {
    const target = focusAfterChange.current;
    if (target === false) return;
    focusAfterChange.current = false;
    const found = target === "" ? null : findEntry(placed, target);
    const row = rowLengths.findIndex((length) => length > 0);
    if (found !== null) navigation.focusMark(found);
    else if (row === -1) canvasRef.current?.focus();
    else navigation.focusMark({ row, index: 0 });
  }, [window, placed, rowLengths, navigation]);

  const inView = useMemo(() => lanes.flatMap((lane) => lane.items.filter((item) => overlaps(item, window)).map((item) => ({ item, lane: lane.label }))), [lanes, window]);
  const period = window.zoom === "year" ? t("timelinePeriodYear", { year: window.from.slice(0, 4) }) : t("timelinePeriodRange", { from: formatLocaleDate(window.from, tools.locale), to: formatLocaleDate(window.to, tools.locale) });
  const todayColumn = asOf >= window.from && asOf <= window.to ? Math.floor((dayNumberOfIso(asOf) - window.firstDay) / window.daysPerColumn) + 1 : null;
  const hasEntries = rowLengths.some((length) => length > 0);
  const canvasLabel = `${title ?? t("timelineTitle")}, ${periodName(window, tools)}`;

  const openEntry = (entry: PlacedEntry, lane: PlacedLane, position: ChartPosition) => {
    setOpen({ entry, lane: lane.label, position });
    if (entry.type === "item") onOpenItem?.(entry.item);
  };
  const closeDetails = () => {
    const position = open?.position;
    setOpen(null);
    if (position !== undefined) navigation.focusMark(position);
  };

  return (
    <ChartFigure
      title={title ?? t("timelineTitle")}
      headingLevel={headingLevel}
      takeaway={timelineTakeaway(inView.map((entry) => entry.item), period, tools)}
      table={{ columns: tableColumns(tools), rows: inView, getRowId: (row) => row.item.id }}
      keyboardHint={t("timelineKeys")}
      defaultView={defaultView}
    >
      <TimelineControls window={window} asOf={asOf} tools={tools} onChange={(next) => changePeriod(next, false)} />
      <div ref={canvasRef} className={classNames("sl-tl-scroll", virtual && "sl-tl-scroll-tall")} role="region" aria-label={canvasLabel} tabIndex={hasEntries ? -1 : 0} onScroll={virtual ? onScroll : undefined}>
        <div className="sl-tl-canvas">
          <div className="sl-tl-head" aria-hidden="true">
            <div className="sl-tl-lane-head" />
            <div ref={trackRef} className={classNames("sl-tl-axis", `sl-tl-n${window.columns}`)}>
              {window.ticks.map((tick) => (
                <span key={`${tick.kind}-${tick.date}`} className={classNames("sl-tl-tick", `sl-tl-tick-${tick.kind}`, `sl-tl-c${tick.column}`)}>
                  {tick.kind === "month" ? monthName(tick.date, tools) : tick.kind === "week" ? t("timelineWeek", { week: tick.number }) : tick.number}
                </span>
              ))}
              {todayColumn === null ? null : (
                <span className={classNames("sl-tl-tick", "sl-tl-tick-today", `sl-tl-c${todayColumn}`)}>{t("timelineToday")}</span>
              )}
            </div>
          </div>
          <ul className="sl-tl-lanes" aria-label={t("timelineLanes")}>
            {placed.map((lane, row) => (
              <li key={lane.key} className="sl-tl-lane">
                <div className="sl-tl-lane-title sl-text" id={`${lane.key}-lane`}>
                  {lane.label}
                </div>
                <div className={classNames("sl-tl-track-wrap", `sl-tl-n${window.columns}`, `sl-tl-rows${lane.rows}`)}>
                  <div className="sl-tl-backdrop" aria-hidden="true">
                    {window.ticks
                      .filter((tick) => tick.kind === "month" && tick.column > 1)
                      .map((tick) => (
                        <span key={tick.date} className={classNames("sl-tl-gridline", `sl-tl-c${tick.column}`)} />
                      ))}
                    {todayColumn === null ? null : <span className={classNames("sl-tl-today", `sl-tl-c${todayColumn}`)} />}
                  </div>
                  <ol className="sl-tl-track" aria-label={t("timelineLaneItems", { lane: lane.label, count: tools.number(lane.itemCount) })}>
                    {(isRendered(row) ? lane.entries : []).map((entry, index) => (
                      <TimelineEntry
                        key={entry.type === "item" ? entry.item.id : `cluster-${entry.column}`}
                        entry={entry}
                        label={entry.type === "item" ? labels(entry.item, lane.label) : ""}
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
          {todayColumn === null ? null : <p className="sl-visually-hidden">{t("timelineTodayMarker", { date: formatLocaleDate(asOf, tools.locale) })}</p>}
        </div>
      </div>
      {open === null ? null : (
        <TimelineDetails
          open={open}
          tools={tools}
          headingLevel={Math.min(6, headingLevel + 1) as 3 | 4 | 5 | 6}
          onClose={closeDetails}
          onZoomIn={
            open.entry.type === "cluster" && window.zoom !== "month"
              ? () => {
                  const from = open.entry.type === "cluster" ? open.entry.from : window.from;
                  zoomTo(TIMELINE_ZOOMS[TIMELINE_ZOOMS.indexOf(window.zoom) + 1]!, from, open.entry.type === "cluster" ? (open.entry.items[0]?.id ?? "") : "");
                }
              : undefined
          }
        />
      )}
    </ChartFigure>
  );
}

/** Labels worded once per item, lane and language (kept while the item lives), not again on every period change. */
const labelCache = new WeakMap<TimelineItem, Map<string, string>>();

function cachedMarkerLabel(item: TimelineItem, laneLabel: string, tools: KitLocaleTools): string {
  let byLane = labelCache.get(item);
  if (byLane === undefined) {
    byLane = new Map();
    labelCache.set(item, byLane);
  }
  const key = `${tools.locale}|${laneLabel}`;
  let label = byLane.get(key);
  if (label === undefined) {
    label = markerLabel(item, laneLabel, tools);
    byLane.set(key, label);
  }
  return label;
}

/** Where the entry holding item `id` stands (as an item, or inside a cluster). */
function findEntry(placed: readonly PlacedLane[], id: string): ChartPosition | null {
  for (let row = 0; row < placed.length; row++) {
    const index = placed[row]!.entries.findIndex((entry) => (entry.type === "item" ? entry.item.id === id : entry.items.some((item) => item.id === id)));
    if (index !== -1) return { row, index };
  }
  return null;
}

function overlaps(item: TimelineItem, window: TimelineWindow): boolean {
  return item.date <= window.to && (item.endDate ?? item.date) >= window.from;
}

interface TimelineEntryProps {
  readonly entry: PlacedEntry;
  /** The words beside the marker. */
  readonly label: string;
  readonly markProps: ChartMarkProps<HTMLButtonElement>;
  readonly expanded: boolean;
  readonly tools: KitLocaleTools;
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
            {tools.t("timelineCluster", { count: tools.number(entry.items.length), from: formatLocaleDate(entry.from, tools.locale), to: formatLocaleDate(entry.to, tools.locale) })}
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
    <li className={classNames(place, item.endDate !== null && item.endDate !== item.date && "sl-tl-entry-range")} data-kind={item.kind} data-status={item.status ?? undefined}>
      <button type="button" className="sl-tl-button" {...markProps} aria-expanded={expanded} onClick={onOpen}>
        <span className="sl-tl-marker" data-kind={item.kind} data-agenda-kind={item.agendaKind ?? undefined} aria-hidden="true" />
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

function TimelineControls({ window, asOf, tools, onChange }: { readonly window: TimelineWindow; readonly asOf: string; readonly tools: KitLocaleTools; readonly onChange: (next: TimelineWindow) => void }) {
  const { t } = tools;
  const groupId = useId();
  const zoomLabel: Record<TimelineZoom, string> = { year: t("timelineZoomYear"), quarter: t("timelineZoomQuarter"), month: t("timelineZoomMonth") };
  return (
    <div className="sl-tl-controls">
      <div className="sl-tl-zoom" role="group" aria-labelledby={groupId}>
        <span id={groupId} className="sl-tl-zoom-label">
          {t("timelineZoom")}
        </span>
        {TIMELINE_ZOOMS.map((zoom) => (
          <button key={zoom} type="button" className="sl-button sl-button-small" aria-pressed={window.zoom === zoom} onClick={() => onChange(getTimelineWindow(zoom, window.from <= asOf && asOf <= window.to ? asOf : window.from))}>
            {zoomLabel[zoom]}
          </button>
        ))}
      </div>
      <div className="sl-tl-period">
        <button type="button" className="sl-button sl-button-small" onClick={() => onChange(shiftTimelineWindow(window, -1))}>
          <span aria-hidden="true">‹ </span>
          {t("timelinePrevious")}
        </button>
        <p className="sl-tl-period-name" aria-live="off">
          {periodName(window, tools)}
        </p>
        <button type="button" className="sl-button sl-button-small" onClick={() => onChange(shiftTimelineWindow(window, 1))}>
          {t("timelineNext")}
          <span aria-hidden="true"> ›</span>
        </button>
        <button type="button" className="sl-button sl-button-small" onClick={() => onChange(getTimelineWindow(window.zoom, asOf))}>
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

function tableColumns(tools: KitLocaleTools): DataTableColumn<TableRow>[] {
  const { t } = tools;
  return [
    { id: "date", header: t("timelineDate"), value: (row) => row.item.date, cell: (row) => <time dateTime={row.item.date}>{dateText(row.item, tools)}</time> },
    { id: "lane", header: t("timelineLane"), value: (row) => row.lane },
    { id: "kind", header: t("timelineKind"), value: (row) => kindText(row.item, tools) },
    { id: "title", header: t("timelineItemTitle"), value: (row) => row.item.title, isRowHeader: true },
    { id: "status", header: t("timelineStatus"), value: (row) => statusText(row.item, tools) },
  ];
}

function timelineTakeaway(items: readonly TimelineItem[], period: string, tools: KitLocaleTools): string {
  if (items.length === 0) return tools.t("timelineEmpty", { period });
  const count = (kinds: readonly TimelineItem["kind"][]) => tools.number(items.filter((item) => kinds.includes(item.kind)).length);
  return tools.t("timelineTakeaway", { count: tools.number(items.length), period, meetings: count(["meeting"]), agenda: count(["agenda-item"]), decisions: count(["decision"]), events: count(["event", "activity", "check-in"]) });
}
