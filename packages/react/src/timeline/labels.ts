/**
 * How the timeline words its items: the kind, the status, the short label beside a marker and the full
 * accessible name of an item's button. Kind and status words come from the core's label tables, so the
 * timeline, the meeting views and the annual report say the same thing.
 */
import { AGENDA_KIND_LABELS } from "@systemledning/core/meetings";
import { ACTIVITY_STATUS_LABELS, RAG_LABELS } from "@systemledning/core/plan";
import {
  TIMELINE_DECISION_STATUS_LABELS,
  TIMELINE_ITEM_KIND_LABELS,
  type TimelineItem,
} from "@systemledning/core/timeline";
import { formatLocaleDate } from "../i18n/format.js";
import { MEETING_STATUS_KEYS } from "../meetings/shared.js";
import type { TimelineTools } from "./messages.js";

type Labels = Readonly<Record<string, { readonly sv: string; readonly en?: string } | undefined>>;

/** The word for an item's kind ("Möte", "Beslut", …); an agenda item says its own kind ("Information"). */
export function kindText(item: TimelineItem, tools: TimelineTools): string {
  if (item.kind === "agenda-item" && item.agendaKind !== null) return tools.text(AGENDA_KIND_LABELS[item.agendaKind]);
  return tools.text(TIMELINE_ITEM_KIND_LABELS[item.kind]);
}

/** The word for an item's status, or `null` when it has none. */
export function statusText(item: TimelineItem, tools: TimelineTools): string | null {
  if (item.status === null) return null;
  const { status } = item;
  // The meeting views' words for a meeting's status, so the timeline and the meeting page agree.
  if (status === "cancelled") return tools.t("meetingsStatusCancelled");
  if (item.kind === "meeting" || item.kind === "agenda-item") {
    const key = (
      MEETING_STATUS_KEYS as Readonly<
        Record<string, (typeof MEETING_STATUS_KEYS)[keyof typeof MEETING_STATUS_KEYS] | undefined>
      >
    )[status];
    return key === undefined ? status : tools.t(key);
  }
  const table: Labels =
    item.kind === "activity"
      ? ACTIVITY_STATUS_LABELS
      : item.kind === "check-in"
        ? RAG_LABELS
        : item.kind === "decision"
          ? TIMELINE_DECISION_STATUS_LABELS
          : {};
  const label = table[status];
  return label === undefined ? status : tools.text(label);
}

/** "14 mars" / "14 March": a day without its year, for labels inside a period that names the year. */
export function shortDate(isoDate: string, tools: TimelineTools): string {
  return formatLocaleDate(isoDate, tools.locale).replace(/\s\d{4}$/, "");
}

/** The words beside a marker: an agenda item or decision says its kind first, as Bilaga 2 does ("Beslut: …"). */
export function markerLabel(item: TimelineItem, laneLabel: string, tools: TimelineTools): string {
  if (item.kind === "agenda-item" || item.kind === "decision") return `${kindText(item, tools)}: ${item.title}`;
  // A meeting named like its lane (the forum) is told by its day instead.
  if (item.kind === "meeting" && item.title === laneLabel) return shortDate(item.date, tools);
  return item.title;
}

/** Labels worded once per item, lane and language (kept while the item lives), not again on every period change. */
const labelCache = new WeakMap<TimelineItem, Map<string, string>>();

/** {@link markerLabel}, worded once per item, lane and language. */
export function cachedMarkerLabel(item: TimelineItem, laneLabel: string, tools: TimelineTools): string {
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

/** The full date of an item, with its last day when it spans days. */
export function dateText(item: TimelineItem, tools: TimelineTools): string {
  const first = formatLocaleDate(item.date, tools.locale);
  return item.endDate === null || item.endDate === item.date
    ? first
    : `${first}–${formatLocaleDate(item.endDate, tools.locale)}`;
}
