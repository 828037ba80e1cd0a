/**
 * The state and behaviour of the timeline, apart from its markup (state, behaviour, view): the period in
 * view, controlled by the host or the timeline's own; the lanes laid out on the measured track; the keys
 * (arrows between items, Page Up/Down between periods, + / − to zoom, Esc); the open details; the virtual
 * lanes of a long timeline; and where focus goes after a period change.
 */
import type { TimelineItem } from "@systemledning/core/timeline";
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent, type RefObject } from "react";
import { useAnnounce } from "../primitives/live-region.js";
import { useClientLayoutEffect } from "../primitives/use-client-layout-effect.js";
import { useChartNavigation, type ChartNavigation, type ChartPosition } from "../primitives/use-chart-navigation.js";
import { useMeasuredWidth } from "../primitives/use-measured-width.js";
import { cachedMarkerLabel } from "./labels.js";
import {
  getTimelineWindow,
  layoutTimelineLanes,
  shiftTimelineWindow,
  TIMELINE_ZOOMS,
  type PlacedEntry,
  type PlacedLane,
  type TimelineWindow,
  type TimelineZoom,
} from "./layout.js";
import { periodName } from "./period.js";
import type { OpenDetails } from "./timeline-details.js";
import type { TimelineTools } from "./messages.js";

/** One lane of the timeline: a forum, a leadership or any group, with its items sorted by date. */
export interface TimelineLane {
  readonly key: string;
  readonly label: string;
  readonly items: readonly TimelineItem[];
}

/** A period the reader changed to, as `onPeriodChange` reports it. */
export interface TimelinePeriodChange {
  readonly zoom: TimelineZoom;
  /** A day in the period: its first day. */
  readonly anchor: string;
  /** First and last day of the period, `YYYY-MM-DD`. */
  readonly from: string;
  readonly to: string;
}

/** Options of {@link useTimelineState}: the timeline's props that hold state or report it. */
export interface UseTimelineStateOptions {
  readonly lanes: readonly TimelineLane[];
  /** Today, `YYYY-MM-DD`: the first period shown when no anchor is given. */
  readonly asOf: string;
  /** The zoom (controlled): when given, it wins over the timeline's own. */
  readonly zoom?: TimelineZoom | undefined;
  /** The zoom shown first (uncontrolled). @default "year" */
  readonly defaultZoom?: TimelineZoom | undefined;
  /** A day in the period shown (controlled): when given, it wins over the timeline's own. */
  readonly anchor?: string | undefined;
  /** A day in the period shown first (uncontrolled). @default asOf */
  readonly defaultAnchor?: string | undefined;
  /** Called on every period or zoom change the reader makes, also to the period already shown. */
  readonly onPeriodChange?: ((period: TimelinePeriodChange) => void) | undefined;
  /** Called when the reader opens an item's details (not a cluster's). */
  readonly onOpenItem?: ((item: TimelineItem) => void) | undefined;
  /** Rows a lane stacks before crowded places become clusters (at most 5). @default 3 */
  readonly maxRows?: number | undefined;
  readonly tools: TimelineTools;
}

/** What {@link useTimelineState} gives the view. */
export interface TimelineState {
  /** The period in view and its grid columns and ticks. */
  readonly period: TimelineWindow;
  /** The lanes of the period as placed on the track; before the track is measured, without items. */
  readonly placed: readonly PlacedLane[];
  /** Whether any lane has an item in the period (if not, the timeline's region takes the tab stop). */
  readonly hasEntries: boolean;
  /** The axis whose width the columns share: measured before the first paint, then followed. */
  readonly trackRef: RefObject<HTMLDivElement | null>;
  /** The timeline's scrolling region: focused when a period change leaves no item to focus. */
  readonly canvasRef: RefObject<HTMLDivElement | null>;
  /** Roving focus over the items: one tab stop, the arrows, and the keys above on each item. */
  readonly navigation: ChartNavigation<HTMLButtonElement>;
  /** Whether the lanes are many: they scroll inside the timeline and only those near its viewport get items. */
  readonly virtual: boolean;
  /** Whether lane `row` has its items in the page (always, unless `virtual`). */
  readonly isRendered: (row: number) => boolean;
  /** The region's scroll handler while `virtual` (the lanes in the page follow the scroll, once a frame). */
  readonly onScroll: (() => void) | undefined;
  /** The words beside an item's marker in a lane, worded once per item, lane and language. */
  readonly labelOf: (item: TimelineItem, laneLabel: string) => string;
  /** The item or cluster whose details are open, or `null`. */
  readonly open: OpenDetails | null;
  /** Open an entry's details (and tell the host, for an item). */
  readonly openEntry: (entry: PlacedEntry, lane: PlacedLane, position: ChartPosition) => void;
  /** Close the details and give focus back to the entry they came from. */
  readonly closeDetails: () => void;
  /** Show another period (from a control: focus stays on it), announce it and tell the host. */
  readonly changePeriod: (next: TimelineWindow) => void;
  /** For an open cluster at year or quarter zoom: show its period closer, focus on its first item. */
  readonly zoomIntoOpen: (() => void) | undefined;
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

/**
 * A value the host controls when it gives one, and the component's own otherwise (React Aria's
 * `useControlledState`, with the change reported by the caller): setting it keeps the own value, which a
 * controlled value overrides.
 */
function useControlledValue<T>(value: T | undefined, defaultValue: T): [T, (next: T) => void] {
  const [own, setOwn] = useState<T>(defaultValue);
  return [value ?? own, setOwn];
}

/**
 * The timeline's state and its transitions: the period (zoom and anchor, each controlled when its prop is
 * given, the timeline's own otherwise), laid out on the measured track; a period change from a control,
 * Page Up/Down, + / − or a cluster's "zoom in" closes the details, calls `onPeriodChange` with the new
 * period and announces it in the widget's live region, and after one from the keyboard focus goes to the
 * same item (a zoom) or the first item of the new period, or to the timeline itself when the period is
 * empty, never to the top of the page. With many lanes only those near the viewport get their items, and
 * the lanes holding the tab stop, the open details or a mark the keyboard moves to are always there.
 *
 * @example
 * const tools = useKitLocale(undefined, TIMELINE_CATALOGUE);
 * const state = useTimelineState({ lanes, asOf: "2026-05-13", defaultZoom: "quarter", onPeriodChange: (p) => setUrl(p.from), tools });
 * <p>{periodName(state.period, tools)}</p>
 * <button onClick={() => state.changePeriod(shiftTimelineWindow(state.period, 1))}>Nästa period</button>
 * <div ref={state.canvasRef} role="region" onScroll={state.onScroll}>
 *   {state.placed.map((lane, row) => (state.isRendered(row) ? lane.entries : []).map((entry, index) => <button {...state.navigation.getMarkProps(row, index)} />))}
 * </div>
 */
export function useTimelineState(options: UseTimelineStateOptions): TimelineState {
  const { lanes, asOf, maxRows = 3, onPeriodChange, onOpenItem, tools } = options;
  const { t } = tools;
  const announce = useAnnounce();
  const [zoom, setZoom] = useControlledValue(options.zoom, options.defaultZoom ?? "year");
  const [anchor, setAnchor] = useControlledValue(options.anchor, options.defaultAnchor ?? asOf);
  const period = useMemo(() => getTimelineWindow(zoom, anchor), [zoom, anchor]);
  const [trackRef, trackWidth, measured] = useMeasuredWidth<HTMLDivElement>(800);
  const [open, setOpen] = useState<OpenDetails | null>(null);
  const canvasRef = useRef<HTMLDivElement>(null);
  const labelOf = useCallback(
    (item: TimelineItem, laneLabel: string) => cachedMarkerLabel(item, laneLabel, tools),
    [tools],
  );
  // After a period change from the keyboard: `false` (no), or the id of the item to keep focus on ("" for the first).
  const focusAfterChange = useRef<string | false>(false);

  const columnPx = trackWidth / period.columns;
  const placed = useMemo(
    () =>
      // Until the lanes' width is measured (before the first paint) nothing is laid out: the widths of the
      // labels depend on it, and laying out twice would double the cost of the first paint.
      layoutTimelineLanes(measured ? lanes : lanes.map((lane) => ({ ...lane, items: [] })), period, {
        // The grid has row classes for five rows and the clusters' row under them.
        maxRows: Math.min(5, maxRows),
        spanOf: (item, laneLabel) =>
          Math.ceil(
            (MARKER_PX + Math.min(LABEL_CHARS, labelOf(item, laneLabel).length) * CHAR_PX) / Math.max(1, columnPx),
          ),
        // A "+N" needs about 48 px; closer clusters merge.
        clusterSpan: Math.ceil(48 / Math.max(1, columnPx)),
      }),
    [lanes, period, maxRows, columnPx, labelOf, measured],
  );
  const rowLengths = useMemo(() => placed.map((lane) => lane.entries.length), [placed]);

  const showPeriod = useCallback(
    (next: TimelineWindow, keepFocusOn: string | false) => {
      setZoom(next.zoom);
      setAnchor(next.from);
      setOpen(null);
      focusAfterChange.current = keepFocusOn;
      onPeriodChange?.({ zoom: next.zoom, anchor: next.from, from: next.from, to: next.to });
      announce(t("timelineShowing", { period: periodName(next, tools) }));
    },
    [setZoom, setAnchor, onPeriodChange, announce, t, tools],
  );
  const zoomTo = useCallback(
    (nextZoom: TimelineZoom, around: string, keepFocusOn: string | false) =>
      showPeriod(getTimelineWindow(nextZoom, around), keepFocusOn),
    [showPeriod],
  );

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
      const date = entry === undefined ? period.from : entry.type === "item" ? entry.item.date : entry.from;
      // Zooming keeps focus on the same item (its period contains it); a new period starts at its first item.
      const sameItem = entry === undefined ? "" : entry.type === "item" ? entry.item.id : (entry.items[0]?.id ?? "");
      const level = TIMELINE_ZOOMS.indexOf(period.zoom);
      if (event.key === "PageUp" || event.key === "PageDown") {
        event.preventDefault();
        showPeriod(shiftTimelineWindow(period, event.key === "PageUp" ? -1 : 1), "");
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
    [placed, period, showPeriod, zoomTo, open],
  );
  // Many lanes: the lanes scroll inside the timeline and only those near its viewport get their items in
  // the page (docs/quality.md R1); the others keep their heading and height. The lane holding the tab stop
  // is always there.
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
  useClientLayoutEffect(() => {
    if (!virtual) return;
    const element = canvasRef.current;
    if (element !== null && element.clientHeight > 0)
      setViewport({ top: element.scrollTop, height: element.clientHeight });
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
  }, [period, placed, rowLengths, navigation]);

  const openEntry = (entry: PlacedEntry, lane: PlacedLane, position: ChartPosition) => {
    setOpen({ entry, lane: lane.label, position });
    if (entry.type === "item") onOpenItem?.(entry.item);
  };
  const closeDetails = () => {
    const position = open?.position;
    setOpen(null);
    if (position !== undefined) navigation.focusMark(position);
  };
  const openCluster = open?.entry.type === "cluster" ? open.entry : null;

  return {
    period,
    placed,
    hasEntries: rowLengths.some((length) => length > 0),
    trackRef,
    canvasRef,
    navigation,
    virtual,
    isRendered,
    onScroll: virtual ? onScroll : undefined,
    labelOf,
    open,
    openEntry,
    closeDetails,
    changePeriod: (next) => showPeriod(next, false),
    zoomIntoOpen:
      openCluster !== null && period.zoom !== "month"
        ? () =>
            zoomTo(
              TIMELINE_ZOOMS[TIMELINE_ZOOMS.indexOf(period.zoom) + 1]!,
              openCluster.from,
              openCluster.items[0]?.id ?? "",
            )
        : undefined,
  };
}

/** Where the entry holding item `id` stands (as an item, or inside a cluster). */
function findEntry(placed: readonly PlacedLane[], id: string): ChartPosition | null {
  for (let row = 0; row < placed.length; row++) {
    const index = placed[row]!.entries.findIndex((entry) =>
      entry.type === "item" ? entry.item.id === id : entry.items.some((item) => item.id === id),
    );
    if (index !== -1) return { row, index };
  }
  return null;
}
