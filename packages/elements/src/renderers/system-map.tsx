/**
 * `sl-system-map`: the graph of the chosen view from the workspace (getSystemGraph, as the dashboard's map
 * view builds it), shown by SystemMap, or by SystemMapWorkshop when `workshop` is set, whose saved marks come
 * out as `sl-change`.
 */
import { getSystemGraph, type SystemMapView } from "@systemledning/core/system-map";
import { SystemMap, SystemMapWorkshop } from "@systemledning/react";
import type { ElementRenderer } from "../element/render-context.js";

/** Renders `sl-system-map`. */
export const renderSystemMap: ElementRenderer = ({ workspace, values, asOf, widget, emitChange }) => {
  const focus = values["focusId"];
  const graph = getSystemGraph(workspace, {
    view: values["view"] as SystemMapView,
    asOf,
    locale: widget.locale,
    ...(typeof focus === "string" && focus !== "" ? { focus } : {}),
  });
  if (values["workshop"] === true)
    return (
      <SystemMapWorkshop
        {...widget}
        graph={graph}
        workspace={workspace}
        annotations={workspace.annotations}
        onAnnotate={(annotation, next) => emitChange(next, { annotation })}
      />
    );
  return <SystemMap {...widget} graph={graph} annotations={workspace.annotations} />;
};
