/**
 * `sl-timeline`: the workspace's meetings, decisions and events (getTimeline) in one lane per kind
 * (groupTimeline), or one forum's meetings and decisions; the period starts at `as-of`.
 */
import { getTimeline, groupTimeline } from "@systemledning/core/timeline";
import { Timeline, type TimelineZoom } from "@systemledning/react";
import type { ElementRenderer } from "../element/render-context.js";

/** Renders `sl-timeline`. */
export const renderTimeline: ElementRenderer = ({ workspace, values, asOf, widget }) => {
  const forumId = values["forumId"];
  const items = getTimeline(
    workspace,
    typeof forumId === "string" && forumId !== "" ? { forumIds: [forumId], kinds: ["meeting", "decision"] } : {},
  );
  const lanes = groupTimeline(workspace, items, { by: "kind", locale: widget.locale });
  return (
    <Timeline {...widget} lanes={lanes} asOf={asOf} defaultAnchor={asOf} defaultZoom={values["zoom"] as TimelineZoom} />
  );
};
