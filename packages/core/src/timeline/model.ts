/**
 * The timeline's items: one time-ordered list of everything that happened or is planned in a workspace,
 * as plain data for any view (the React kit's `Timeline`, a table, a CSV file). Each item points back to
 * the record it comes from, so a view can open the meeting, the decision or the plan activity behind it.
 */
import type { AgendaItemKind, MeetingMode } from "../meetings/schema.js";
import type { TimelineEventKind, TimelineEventScope } from "./schema.js";

/**
 * What an item is:
 * - `meeting`: a meeting of a forum (with its agenda in `agenda`);
 * - `agenda-item`: one item of a meeting's agenda, by kind (Information / Beslut / Workshop / Rapport / Dialog), as
 *   *Regional årsrapport 2025*, Bilaga 2, lists them;
 * - `decision`: a decision in the decisions log (approved notes);
 * - `event`: an activity or event outside the forums' meetings (a network day, an information forum, the system leadership day);
 * - `activity`: a plan activity (from its start to its due date);
 * - `check-in`: a recorded check-in of a plan (a follow-up milestone).
 */
export type TimelineItemKind = "meeting" | "agenda-item" | "decision" | "event" | "activity" | "check-in";

/** Every kind, in the order a view lists them. */
export const TIMELINE_ITEM_KINDS: readonly TimelineItemKind[] = [
  "meeting",
  "agenda-item",
  "decision",
  "event",
  "activity",
  "check-in",
];

/** The record an item comes from: its collection, its id, and its path in the workspace document. */
export interface TimelineSource {
  readonly collection: "meetings" | "decisionLog" | "events" | "plans" | "checkIns";
  readonly id: string;
  /** The exact path, e.g. `meetings[12].agenda[1]` or `plans[0].activities[3]`. */
  readonly path: string;
}

/** One agenda item as a meeting item lists it. */
export interface TimelineAgendaEntry {
  readonly id: string;
  readonly kind: AgendaItemKind;
  readonly title: string;
}

/** One item of the timeline. Plain data; `null` where a field does not apply. */
export interface TimelineItem {
  /**
   * Unique in the timeline and stable across calls: `<kind>:<source id>` (agenda items `<meeting id>/<item id>`,
   * plan activities `<plan id>/<activity id>`, as their ids are unique only within their meeting or plan).
   */
  readonly id: string;
  readonly kind: TimelineItemKind;
  /** The day, `YYYY-MM-DD`, in Europe/Stockholm: the sort key. */
  readonly date: string;
  /** The last day when the item spans days (an activity, a two-day event); `null` for one day. */
  readonly endDate: string | null;
  /** The start instant when it is known (a meeting), ISO 8601 with offset; `null` otherwise. */
  readonly start: string | null;
  /** What the item is called: the meeting's title or forum's name, the agenda item's title, the decision's first words, the event's or activity's title. */
  readonly title: string;
  /** For agenda items and decisions: the kind of agenda item. */
  readonly agendaKind: AgendaItemKind | null;
  readonly forumId: string | null;
  readonly leadershipId: string | null;
  readonly meetingId: string | null;
  /** The status of the record: a meeting's (`planned`, `approved`, `cancelled`, …), an activity's, a check-in's RAG; `null` when it has none. */
  readonly status: string | null;
  /** A longer text: the decision's text, the agenda item's notes or description, the event's purpose. */
  readonly description: string | null;
  readonly diarienummer: string | null;
  /** For a meeting: its agenda, in order. Empty for other kinds. */
  readonly agenda: readonly TimelineAgendaEntry[];
  readonly source: TimelineSource;
  // Added after the contract was fixed: optional, so that items written by hand stay valid; `getTimeline` always sets them.
  /** The end instant when it is known (a meeting, an event with an end), ISO 8601 with offset; `null` otherwise. */
  readonly end?: string | null;
  /**
   * Every leadership the item concerns: a meeting's (and its items' and decisions') forum's leadership, a plan
   * activity's plan and owner leadership, a check-in's leadership, an event's leaderships and its forum's
   * leadership. `leadershipId` is the one leadership when there is exactly one, else the forum's or the plan's.
   */
  readonly leadershipIds?: readonly string[];
  /** How a meeting or an event is held; `null` when not known or not a meeting or event. */
  readonly mode?: MeetingMode | null;
  /** Where a meeting or an event is held, in free text; `null` when not given. */
  readonly location?: string | null;
  /** For an event: its kind (`network`, `information-forum`, `leadership-day`, …); `null` for other kinds. */
  readonly eventKind?: TimelineEventKind | null;
  /** For an event: whose it is (`regional`, `local`, `national`); `null` for other kinds. */
  readonly eventScope?: TimelineEventScope | null;
  /** A remark beside the description: an event's notes, the reason a meeting or an event was cancelled; `null` when none. */
  readonly note?: string | null;
}
