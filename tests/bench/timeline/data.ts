/**
 * The timeline-view bench's data: a year of the national synthetic timeline (tests/fixtures/national-timeline.ts:
 * the 42 regional forums' meetings and agenda items, their decisions, the counties' and SKR's events, the
 * national plan's activities and check-ins) as `getTimeline` and `groupTimeline(…, { by: "forum" })` give it,
 * whole and as a seeded sample of 1,000 items in the same lanes; and the very same items for vis-timeline,
 * one group per lane, labelled as our timeline labels them. Seeded, so every run draws the same timelines.
 */
import { getTimeline, groupTimeline, type TimelineItem } from "@systemledning/core/timeline";
import { localize } from "@systemledning/core/workspace";
import { formatLocaleNumber, formatLocalePercent } from "../../../packages/react/src/i18n/format.js";
import type { KitLocaleTools } from "../../../packages/react/src/i18n/locale.js";
import { KIT_MESSAGES } from "../../../packages/react/src/i18n/messages.js";
import { fillTemplate } from "../../../packages/react/src/i18n/template.js";
import { markerLabel } from "../../../packages/react/src/timeline/labels.js";
import { createRandom } from "../../fixtures/national.js";
import {
  createNationalTimelineWorkspace,
  NATIONAL_TIMELINE_AS_OF,
  NATIONAL_TIMELINE_YEAR,
} from "../../fixtures/national-timeline.js";
import type { OursTimelineData, VisGroupData, VisItemData, VisTimelineData } from "./protocol.js";

/** Both pages' data at one size. */
export interface TimelineSizeData {
  /** Items in the year (the sample's size, or the whole year's). */
  readonly size: number;
  readonly ours: OursTimelineData;
  readonly vis: VisTimelineData;
  /** Items spanning more than one day (vis-timeline ranges). */
  readonly spans: number;
  readonly byKind: Readonly<Record<string, number>>;
}

/** The kit's Swedish texts outside React, built as `useKitLocale` builds them, for the labels vis-timeline gets. */
const SV_TOOLS: KitLocaleTools = {
  locale: "sv",
  t: (key, params) => fillTemplate(localize(KIT_MESSAGES[key], "sv"), params),
  number: (value, options) => formatLocaleNumber(value, "sv", options),
  percent: (share) => formatLocalePercent(share, "sv"),
  text: (text) => localize(text, "sv"),
};

/** vis-data takes `""` as no id: the lane of the items without a forum gets a key of its own there. */
const visGroupId = (key: string): string => (key === "" ? "no-forum" : key);

function dayAfter(isoDate: string): string {
  const next = new Date(`${isoDate}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10);
}

const spans = (item: TimelineItem): boolean => item.endDate !== null && item.endDate !== item.date;

function sizeData(lanes: ReturnType<typeof groupTimeline>, size: number): TimelineSizeData {
  const anchor = `${NATIONAL_TIMELINE_YEAR}-01-01`;
  const ours: OursTimelineData = { items: size, asOf: NATIONAL_TIMELINE_AS_OF, anchor, lanes };
  const groups: VisGroupData[] = lanes.map((lane) => ({ id: visGroupId(lane.key), content: lane.label }));
  const items: VisItemData[] = lanes.flatMap((lane) =>
    lane.items.map((item): VisItemData => {
      const base = {
        id: item.id,
        group: visGroupId(lane.key),
        start: item.date,
        content: markerLabel(item, lane.label, SV_TOOLS),
      };
      return spans(item) ? { ...base, end: dayAfter(item.endDate!), type: "range" } : { ...base, type: "point" };
    }),
  );
  const byKind: Record<string, number> = {};
  let spanCount = 0;
  for (const lane of lanes) {
    for (const item of lane.items) {
      byKind[item.kind] = (byKind[item.kind] ?? 0) + 1;
      if (spans(item)) spanCount++;
    }
  }
  return { size, ours, vis: { items, groups, asOf: NATIONAL_TIMELINE_AS_OF, anchor }, spans: spanCount, byKind };
}

/**
 * The whole year of the national timeline, and a seeded sample of `small` of its items (kept in date order,
 * in the same lanes: a smaller region's year, not a shorter one).
 *
 * @example
 * const [small, large] = await createTimelineData(20261122, 1000);
 * small.size // 1000
 */
export async function createTimelineData(
  seed: number,
  small: number,
): Promise<readonly [TimelineSizeData, TimelineSizeData]> {
  const ws = await createNationalTimelineWorkspace({ seed });
  const items = getTimeline(ws, { from: `${NATIONAL_TIMELINE_YEAR}-01-01`, to: `${NATIONAL_TIMELINE_YEAR}-12-31` });
  // Selection sampling (Knuth's algorithm S): exactly `small` items, each equally likely, in their order.
  const random = createRandom(seed ^ 0x7173);
  const sample: TimelineItem[] = [];
  items.forEach((item, index) => {
    if (random.next() * (items.length - index) < small - sample.length) sample.push(item);
  });
  return [
    sizeData(groupTimeline(ws, sample, { by: "forum" }), sample.length),
    sizeData(groupTimeline(ws, items, { by: "forum" }), items.length),
  ];
}
