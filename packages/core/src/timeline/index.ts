/**
 * `@systemledning/core/timeline`: one time-ordered view of a workspace's meetings, agenda items, decisions,
 * events, plan activities and check-ins (`getTimeline`), grouped into lanes or sections (`groupTimeline`),
 * with the days it covers (`getTimelineBounds`); and the `events` collection of the workspace (version 3):
 * activities outside the forums' meetings, such as the regional network, the information forum and the
 * system leadership day. See the README's section "Timeline".
 * @module
 */
export * from "./schema.js";
export {
  TIMELINE_ITEM_KINDS,
  type TimelineAgendaEntry,
  type TimelineItem,
  type TimelineItemKind,
  type TimelineSource,
} from "./model.js";
export { TIMELINE_ISSUE_MESSAGES, createTimelineIssue, type TimelineIssueCode } from "./issues.js";
export { validateTimelineReferences } from "./references.js";
export {
  TIMELINE_DECISION_STATUS_LABELS,
  TIMELINE_EVENT_KIND_LABELS,
  TIMELINE_EVENT_SCOPE_LABELS,
  TIMELINE_GROUP_MESSAGES,
  TIMELINE_ITEM_KIND_LABELS,
} from "./labels.js";
export { getTimeline, type TimelineOptions } from "./get-timeline.js";
export {
  getTimelineBounds,
  groupTimeline,
  type GroupTimelineOptions,
  type TimelineBounds,
  type TimelineGroup,
  type TimelineGroupBy,
} from "./group.js";
// The kit's timeline counts days with these (its periods, grid columns and week ticks): zod-free, no `Date`.
export { dayNumberOfIso, isoDateOf, isoWeekOf, monthStartOf, weekdayOf } from "../common/day-numbers.js";
