/**
 * The timeline's order: the items `getTimeline` collects, kept beside their sort keys, and the sort that
 * puts them by day, start (items without a start first), kind in the order of `TIMELINE_ITEM_KINDS`, agenda
 * position within a meeting, and last the id, so the same items give the same order whatever the order they
 * were collected in.
 */
import { compareStrings } from "../common/compare.js";
import { TIMELINE_ITEM_KINDS, type TimelineItem, type TimelineItemKind } from "./model.js";

/** Each kind's place in `TIMELINE_ITEM_KINDS`: the sort's key after the day and the start. */
const KIND_ORDER: Readonly<Record<TimelineItemKind, number>> = Object.fromEntries(
  TIMELINE_ITEM_KINDS.map((kind, i) => [kind, i]),
) as Record<TimelineItemKind, number>;

/**
 * The items found so far with their sort keys in parallel arrays (no wrapper object per item): the day as the
 * number YYYYMMDD, the start in ms (-Infinity without a start: all-day items first), the kind's order, and
 * for agenda items and decisions their meeting's id and agenda position, so that they keep their agenda order.
 */
export interface Collected {
  readonly items: TimelineItem[];
  readonly day: number[];
  readonly startMs: number[];
  readonly kindOrder: number[];
  readonly group: string[];
  readonly position: number[];
}

/** `2025-03-14` as the number 20250314, read digit by digit (numbers compare faster than strings in the sort). */
function dayKey(date: string): number {
  let key = 0;
  for (let i = 0; i < date.length; i++) {
    const digit = date.charCodeAt(i) - 48;
    if (digit >= 0 && digit <= 9) key = key * 10 + digit;
  }
  return key;
}

/** Nothing collected yet. */
export function createCollected(): Collected {
  return { items: [], day: [], startMs: [], kindOrder: [], group: [], position: [] };
}

/**
 * Add an item with its sort keys: its start in ms (-Infinity without one), and for agenda items and decisions
 * their meeting's id and agenda position (`""` and 0 for the other kinds).
 */
export function collectItem(
  collected: Collected,
  item: TimelineItem,
  startMs: number,
  group: string,
  position: number,
): void {
  collected.items.push(item);
  collected.day.push(dayKey(item.date));
  collected.startMs.push(startMs);
  collected.kindOrder.push(KIND_ORDER[item.kind]);
  collected.group.push(group);
  collected.position.push(position);
}

/** The collected items in the timeline's order (a new list; the collected arrays are left as they are). */
export function sortCollected(c: Collected): TimelineItem[] {
  const { items, day, startMs, kindOrder, group, position } = c;
  const order: number[] = new Array<number>(items.length);
  for (let i = 0; i < order.length; i++) order[i] = i;
  order.sort((i, j) => {
    if (day[i] !== day[j]) return day[i]! - day[j]!;
    if (startMs[i] !== startMs[j]) return startMs[i]! < startMs[j]! ? -1 : 1;
    if (kindOrder[i] !== kindOrder[j]) return kindOrder[i]! - kindOrder[j]!;
    if (group[i] !== group[j]) return group[i]! < group[j]! ? -1 : 1;
    if (position[i] !== position[j]) return position[i]! - position[j]!;
    return compareStrings(items[i]!.id, items[j]!.id);
  });
  const sorted: TimelineItem[] = new Array<TimelineItem>(order.length);
  for (let i = 0; i < order.length; i++) sorted[i] = items[order[i]!]!;
  return sorted;
}
