/**
 * Grouping and bounds of timeline items: lanes per forum or leadership, sections per month or kind, and the
 * first and last day a list covers. Linear in the items (plus sorting the groups' keys).
 */
import type { IsoDate } from "../schema/primitives.js";
import type { Workspace } from "../workspace/schema.js";
import { TIMELINE_GROUP_MESSAGES, TIMELINE_ITEM_KIND_LABELS } from "./labels.js";
import { TIMELINE_ITEM_KINDS, type TimelineItem, type TimelineItemKind } from "./model.js";

/** What {@link groupTimeline} groups by. */
export type TimelineGroupBy = "forum" | "leadership" | "month" | "kind";

/** Options of {@link groupTimeline}. */
export interface GroupTimelineOptions {
  readonly by: TimelineGroupBy;
  /** The language of the labels the core makes (kinds, the group without forum or leadership). @default "sv" */
  readonly locale?: "sv" | "en";
}

/** One group of items. */
export interface TimelineGroup {
  /** The forum's or leadership's id, the month `YYYY-MM`, or the kind; `""` for the items without a forum or leadership. */
  readonly key: string;
  /** The forum's or leadership's name in the workspace, the month `YYYY-MM`, or the kind's label. */
  readonly label: string;
  /** The group's items, in the order they were given. */
  readonly items: TimelineItem[];
}

const leadershipsOf = (item: TimelineItem): readonly string[] =>
  item.leadershipIds ?? (item.leadershipId === null ? [] : [item.leadershipId]);

/**
 * Group timeline items, keeping their order within each group. The groups come in a fixed order:
 * - `forum`: the workspace's forums in the workspace's order, then forums it does not know (by id), then
 *   the items without a forum in a last group with key `""` ("Utan forum" / "No forum");
 * - `leadership`: likewise with leaderships; an item that concerns several leaderships (a system leadership
 *   day for all of them) is in each of their groups, so lanes show it wherever it matters;
 * - `month`: ascending months `YYYY-MM` of the items' (first) day;
 * - `kind`: in the order of `TIMELINE_ITEM_KINDS`, labelled in the locale.
 * Groups without items are left out.
 *
 * @example
 * const lanes = groupTimeline(ws, getTimeline(ws, { from: "2025-01-01", to: "2025-12-31" }), { by: "forum" });
 * lanes.map((lane) => `${lane.label}: ${lane.items.length}`); // ["Länschefsnätverket: 18", "Välfärdsrådet: 9", "Socialchefsnätverket: 6", "Utan forum: 24"]
 */
export function groupTimeline(
  ws: Workspace,
  items: readonly TimelineItem[],
  options: GroupTimelineOptions,
): TimelineGroup[] {
  const locale = options.locale ?? "sv";
  switch (options.by) {
    case "month":
      return sortedGroups(
        items,
        (item) => [item.date.slice(0, 7)],
        (key) => key,
      );
    case "kind": {
      const groups = collect(items, (item) => [item.kind]);
      return TIMELINE_ITEM_KINDS.filter((kind) => groups.has(kind)).map((kind: TimelineItemKind) => ({
        key: kind,
        label: TIMELINE_ITEM_KIND_LABELS[kind][locale],
        items: groups.get(kind)!,
      }));
    }
    case "forum":
      return recordGroups(
        items,
        ws.forums,
        (item) => (item.forumId === null ? [] : [item.forumId]),
        TIMELINE_GROUP_MESSAGES.noForum[locale],
      );
    case "leadership":
      return recordGroups(items, ws.leaderships, leadershipsOf, TIMELINE_GROUP_MESSAGES.noLeadership[locale]);
  }
}

/** Items by key; an item with no key goes to `""`. */
function collect(
  items: readonly TimelineItem[],
  keysOf: (item: TimelineItem) => readonly string[],
): Map<string, TimelineItem[]> {
  const groups = new Map<string, TimelineItem[]>();
  for (const item of items) {
    const keys = keysOf(item);
    for (const key of keys.length === 0 ? [""] : keys) {
      const group = groups.get(key);
      if (group === undefined) groups.set(key, [item]);
      else group.push(item);
    }
  }
  return groups;
}

function sortedGroups(
  items: readonly TimelineItem[],
  keysOf: (item: TimelineItem) => readonly string[],
  labelOf: (key: string) => string,
): TimelineGroup[] {
  const groups = collect(items, keysOf);
  return [...groups.keys()].sort().map((key) => ({ key, label: labelOf(key), items: groups.get(key)! }));
}

/** Groups in the order of the workspace's records, then unknown ids, then `""`. */
function recordGroups(
  items: readonly TimelineItem[],
  records: readonly { readonly id: string; readonly name: string }[],
  keysOf: (item: TimelineItem) => readonly string[],
  noneLabel: string,
): TimelineGroup[] {
  const groups = collect(items, keysOf);
  const out: TimelineGroup[] = [];
  const known = new Set<string>();
  for (const record of records) {
    known.add(record.id);
    const group = groups.get(record.id);
    if (group !== undefined) out.push({ key: record.id, label: record.name, items: group });
  }
  const unknown = [...groups.keys()].filter((key) => key !== "" && !known.has(key)).sort();
  for (const key of unknown) out.push({ key, label: key, items: groups.get(key)! });
  const none = groups.get("");
  if (none !== undefined) out.push({ key: "", label: noneLabel, items: none });
  return out;
}

/** The days a list of items covers. */
export interface TimelineBounds {
  /** The earliest `date`. */
  readonly first: IsoDate;
  /** The latest `endDate` (or `date` where there is none). */
  readonly last: IsoDate;
}

/**
 * The first and last day of a list of items (an item spanning days counts to its end), or `null` for an
 * empty list. Linear; the items need not be sorted.
 *
 * @example
 * getTimelineBounds(getTimeline(ws, { forumIds: ["f-lchnv"], to: "2025-12-31" })); // { first: "2025-02-07", last: "2025-11-21" }
 */
export function getTimelineBounds(items: readonly TimelineItem[]): TimelineBounds | null {
  let first: string | null = null;
  let last: string | null = null;
  for (const item of items) {
    const end = item.endDate ?? item.date;
    if (first === null || item.date < first) first = item.date;
    if (last === null || end > last) last = end;
  }
  return first === null || last === null ? null : { first, last };
}
