/**
 * The timeline: swimlanes per forum or leadership over a year, a quarter or a month, with a table
 * alternative; and its pure layout, for hosts that draw their own.
 * @module
 */
export { Timeline, type TimelineLane, type TimelinePeriodChange, type TimelineProps } from "./timeline.js";
export {
  getTimelineWindow,
  layoutTimelineLanes,
  shiftTimelineWindow,
  TIMELINE_ZOOMS,
  type LayoutOptions,
  type PlacedEntry,
  type PlacedLane,
  type TimelineTick,
  type TimelineWindow,
  type TimelineZoom,
} from "./layout.js";
