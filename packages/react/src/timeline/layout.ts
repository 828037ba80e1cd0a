/**
 * The layout of the timeline as a pure function: which period is in view (a year, a quarter or a month),
 * how it divides into grid columns (weeks for a year, days otherwise), where each item stands (its column,
 * its width in columns, the row it takes so labels never overlap), and which dense places become a
 * cluster. Items outside the period are never laid out, so a year of 10,000 items costs what is in view.
 */
import {
  dayNumberOfIso,
  isoDateOf,
  isoWeekOf,
  monthStartOf,
  weekdayOf,
  type TimelineItem,
} from "@systemledning/core/timeline";

/** How much time the timeline shows at once. */
export type TimelineZoom = "year" | "quarter" | "month";

/** The zoom levels, widest first. */
export const TIMELINE_ZOOMS: readonly TimelineZoom[] = ["year", "quarter", "month"];

/** The period in view and its division into grid columns. */
export interface TimelineWindow {
  readonly zoom: TimelineZoom;
  /** First and last day in view, `YYYY-MM-DD`. */
  readonly from: string;
  readonly to: string;
  readonly firstDay: number;
  readonly lastDay: number;
  /** Days per column: 7 for a year (weeks), 1 otherwise. */
  readonly daysPerColumn: number;
  readonly columns: number;
  /** Labels of the axis: months (and week numbers or days) with their first column. */
  readonly ticks: readonly TimelineTick[];
}

/** A label of the time axis. */
export interface TimelineTick {
  /** `month` labels the month starting at `column`; `week` a week number; `day` a day of the month. */
  readonly kind: "month" | "week" | "day";
  readonly column: number;
  /** The first day of what the tick labels, `YYYY-MM-DD`. */
  readonly date: string;
  /** The week number or day of the month, for `week` and `day` ticks. */
  readonly number: number;
}

/**
 * The period of `zoom` that contains `anchor` (`YYYY-MM-DD`): the calendar year, quarter or month.
 *
 * @example
 * getTimelineWindow("quarter", "2025-05-06").from // "2025-04-01"
 */
export function getTimelineWindow(zoom: TimelineZoom, anchor: string): TimelineWindow {
  const year = Number(anchor.slice(0, 4));
  const month = Number(anchor.slice(5, 7));
  const startMonth = zoom === "year" ? 1 : zoom === "quarter" ? month - ((month - 1) % 3) : month;
  const months = zoom === "year" ? 12 : zoom === "quarter" ? 3 : 1;
  const firstDay = monthStartOf(year, startMonth);
  // An anchor that is no date fails here, into the widget's error boundary, rather than as a timeline of "NaN".
  if (!Number.isFinite(firstDay)) throw new RangeError(`Not a YYYY-MM-DD day: ${anchor}`);
  const lastDay = monthStartOf(year, startMonth + months) - 1;
  const daysPerColumn = zoom === "year" ? 7 : 1;
  const columns = Math.ceil((lastDay - firstDay + 1) / daysPerColumn);
  const ticks: TimelineTick[] = [];
  for (let m = 0; m < months; m++) {
    const day = monthStartOf(year, startMonth + m);
    ticks.push({
      kind: "month",
      column: columnOfDay(day, firstDay, daysPerColumn),
      date: isoDateOf(day),
      number: startMonth + m,
    });
  }
  if (zoom === "quarter") {
    // Week numbers on Mondays, as Swedish planning calendars show them.
    for (let day = firstDay; day <= lastDay; day++) {
      if (weekdayOf(day) === 1)
        ticks.push({
          kind: "week",
          column: columnOfDay(day, firstDay, 1),
          date: isoDateOf(day),
          number: isoWeekOf(day),
        });
    }
  }
  if (zoom === "month")
    for (let day = firstDay; day <= lastDay; day++)
      ticks.push({ kind: "day", column: day - firstDay + 1, date: isoDateOf(day), number: day - firstDay + 1 });
  return { zoom, from: isoDateOf(firstDay), to: isoDateOf(lastDay), firstDay, lastDay, daysPerColumn, columns, ticks };
}

/** The 1-based grid column of a day in a window. */
function columnOfDay(day: number, firstDay: number, daysPerColumn: number): number {
  return Math.floor((day - firstDay) / daysPerColumn) + 1;
}

/**
 * The period before or after `period` (`step` −1 or +1), at the same zoom.
 *
 * @example
 * shiftTimelineWindow(getTimelineWindow("month", "2025-12-10"), 1).from // "2026-01-01"
 */
export function shiftTimelineWindow(period: TimelineWindow, step: -1 | 1): TimelineWindow {
  const anchor = step === 1 ? isoDateOf(period.lastDay + 1) : isoDateOf(period.firstDay - 1);
  return getTimelineWindow(period.zoom, anchor);
}

/** One lane's items as placed: a single item, or a cluster of those that did not fit. */
export type PlacedEntry =
  | {
      readonly type: "item";
      readonly item: TimelineItem;
      readonly column: number;
      readonly span: number;
      readonly row: number;
    }
  | {
      readonly type: "cluster";
      readonly items: readonly TimelineItem[];
      readonly column: number;
      readonly span: number;
      readonly row: number;
      readonly from: string;
      readonly to: string;
    };

/** A lane as placed. */
export interface PlacedLane<TKey extends string = string> {
  readonly key: TKey;
  readonly label: string;
  /** Entries in reading order: by column, then row. */
  readonly entries: readonly PlacedEntry[];
  /** How many rows the lane uses (at least 1). */
  readonly rows: number;
  /** Items of the lane in the window, clustered or not. */
  readonly itemCount: number;
}

/** Options of {@link layoutTimelineLanes}. */
export interface LayoutOptions {
  /** Rows a lane may stack before the rest of a crowded place becomes a cluster. @default 3 */
  readonly maxRows?: number;
  /** Columns each item takes for its marker and label, given the item and its lane's label. @default 1 */
  readonly spanOf?: (item: TimelineItem, laneLabel: string) => number;
  /** Columns a cluster's "+N" needs: clusters closer than this merge into one. @default 1 */
  readonly clusterSpan?: number;
}

/**
 * A lane's items as day numbers, built once per items array (and kept while the array lives): the items of
 * one day (`points`, sorted by day, found by binary search) apart from those that span days (`spans`, few,
 * scanned), so a period change touches only the items near the window, not the whole year.
 */
interface LaneIndex {
  readonly pointDays: Int32Array;
  readonly pointItems: readonly TimelineItem[];
  readonly spans: readonly { readonly item: TimelineItem; readonly start: number; readonly end: number }[];
  /** Each item's place in the lane, so the window's items keep the lane's order. */
  readonly order: ReadonlyMap<TimelineItem, number>;
}

const laneIndexes = new WeakMap<readonly TimelineItem[], LaneIndex>();

function laneIndex(items: readonly TimelineItem[]): LaneIndex {
  let index = laneIndexes.get(items);
  if (index !== undefined) return index;
  const points: { item: TimelineItem; day: number }[] = [];
  const spans: { item: TimelineItem; start: number; end: number }[] = [];
  const order = new Map<TimelineItem, number>();
  items.forEach((item, position) => {
    order.set(item, position);
    const start = dayNumberOfIso(item.date);
    const end = item.endDate === null ? start : dayNumberOfIso(item.endDate);
    if (end === start) points.push({ item, day: start });
    else spans.push({ item, start, end });
  });
  // Items come sorted by date; sort anyway (stable) so a lane given in another order is still right.
  points.sort((a, b) => a.day - b.day);
  index = {
    pointDays: Int32Array.from(points, (point) => point.day),
    pointItems: points.map((point) => point.item),
    spans,
    order,
  };
  laneIndexes.set(items, index);
  return index;
}

/** The first index whose day is at least `day`. */
function lowerBound(days: Int32Array, day: number): number {
  let low = 0;
  let high = days.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (days[middle]! < day) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The items of a lane that touch the window, each with its first and last column, in the lane's order. */
function itemsInWindow(
  items: readonly TimelineItem[],
  period: TimelineWindow,
): { readonly item: TimelineItem; readonly first: number; readonly last: number }[] {
  const index = laneIndex(items);
  const found: { item: TimelineItem; first: number; last: number; position: number }[] = [];
  const column = (day: number) => columnOfDay(day, period.firstDay, period.daysPerColumn);
  for (
    let i = lowerBound(index.pointDays, period.firstDay);
    i < index.pointDays.length && index.pointDays[i]! <= period.lastDay;
    i++
  ) {
    const item = index.pointItems[i]!;
    const at = column(index.pointDays[i]!);
    found.push({ item, first: at, last: at, position: index.order.get(item)! });
  }
  for (const span of index.spans) {
    if (span.end < period.firstDay || span.start > period.lastDay) continue;
    found.push({
      item: span.item,
      first: column(Math.max(span.start, period.firstDay)),
      last: column(Math.min(span.end, period.lastDay)),
      position: index.order.get(span.item)!,
    });
  }
  // Spans were scanned apart: put them back in the lane's order (by date), which the row packing relies on.
  if (index.spans.length > 0) found.sort((a, b) => a.position - b.position);
  return found;
}

/**
 * Place each lane's items of the window on its grid: greedy rows (an item takes the first row free from its
 * column to the end of its label), and where more than `maxRows` would be needed, the items that do not fit
 * join a cluster at their column ("+5"), which a reader opens to see them. Items must come sorted by date
 * (as `getTimeline` gives them). Deterministic: the same input gives the same places.
 *
 * @example
 * layoutTimelineLanes([{ key: "f-lchnv", label: "LCHNV", items }], getTimelineWindow("year", "2025-01-01"))
 */
export function layoutTimelineLanes<TKey extends string>(
  lanes: readonly { readonly key: TKey; readonly label: string; readonly items: readonly TimelineItem[] }[],
  period: TimelineWindow,
  options: LayoutOptions = {},
): PlacedLane<TKey>[] {
  const maxRows = Math.max(1, options.maxRows ?? 3);
  const spanOf = options.spanOf ?? (() => 1);
  const clusterSpan = Math.max(1, options.clusterSpan ?? 1);
  return lanes.map((lane) => {
    // freeFrom[row] = the first column not yet taken in that row.
    const freeFrom: number[] = [];
    const placed: PlacedEntry[] = [];
    const clusters = new Map<number, TimelineItem[]>();
    let itemCount = 0;
    for (const columns of itemsInWindow(lane.items, period)) {
      const { item } = columns;
      itemCount++;
      const span = Math.min(
        period.columns - columns.first + 1,
        Math.max(columns.last - columns.first + 1, spanOf(item, lane.label)),
      );
      let row = freeFrom.findIndex((free) => free <= columns.first);
      if (row === -1 && freeFrom.length < maxRows) row = freeFrom.length;
      if (row === -1) {
        // No room: the item waits in the cluster of its column.
        const list = clusters.get(columns.first) ?? [];
        list.push(item);
        clusters.set(columns.first, list);
        continue;
      }
      freeFrom[row] = columns.first + span;
      placed.push({ type: "item", item, column: columns.first, span, row: row + 1 });
    }
    // Clusters take the row below the others, at the column where their items start; clusters closer than
    // their own width merge, so no "+N" covers another.
    const clusterRow = Math.min(maxRows, freeFrom.length) + 1;
    let open: { column: number; items: TimelineItem[] } | null = null;
    const flush = () => {
      if (open === null) return;
      const dates = open.items.map((item) => item.date).sort();
      placed.push({
        type: "cluster",
        items: open.items,
        column: open.column,
        span: Math.min(clusterSpan, period.columns - open.column + 1),
        row: clusterRow,
        from: dates[0]!,
        to: dates.at(-1)!,
      });
    };
    for (const column of [...clusters.keys()].sort((a, b) => a - b)) {
      if (open !== null && column - open.column < clusterSpan) open.items.push(...clusters.get(column)!);
      else {
        flush();
        open = { column, items: [...clusters.get(column)!] };
      }
    }
    flush();
    placed.sort((a, b) => a.column - b.column || a.row - b.row);
    return {
      key: lane.key,
      label: lane.label,
      entries: placed,
      rows: Math.max(1, clusters.size > 0 ? clusterRow : freeFrom.length),
      itemCount,
    };
  });
}
