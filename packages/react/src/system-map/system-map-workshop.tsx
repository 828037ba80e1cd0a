/**
 * The system map in workshop mode (*Att leda hela systemet*, Hälsolabb, the workshop): the map as `SystemMap`
 * draws it, with a toggle that lets participants open a part and mark where they are, where governance works
 * well, where it needs improvement, or the gap between two parts. Each mark is validated against the workspace
 * by the core's `addAnnotation` before it goes to the host, so this component brings the core's door (and zod)
 * with it; a page that only shows the map uses `SystemMap` and carries none of it.
 */
import type { Workspace } from "@systemledning/core/workspace";
import { Widget } from "../primitives/widget.js";
import type { KitChangeHandler } from "../store/change.js";
import { AnnotationPanel, type AnnotationChangeContext, type AnnotationSubmit } from "./annotation-panel.js";
import { SystemMapFigure, type SystemMapProps } from "./system-map.js";

/** Props of {@link SystemMapWorkshop}: the map's, with the workspace the marks are checked against and where they go. */
export interface SystemMapWorkshopProps extends SystemMapProps {
  /** The workspace the graph comes from: every mark is validated against it. */
  readonly workspace: Workspace;
  /** Receives each mark the core accepted, with the workspace it was added to. A host that saves through `onChange` need not pass it. */
  readonly onAnnotate?: AnnotationSubmit | undefined;
  /**
   * Receives each mark the core accepted as the change that adds it (`addAnnotation` with the mark), for the host
   * to apply to what its store holds now: `updateWorkspace(store, change)`, or `useWorkspaceUpdates`'s `apply`.
   * A refusal in its answer shows beside the form; the mark's text is cleared only once it is saved.
   */
  readonly onChange?: KitChangeHandler<AnnotationChangeContext> | undefined;
}

/**
 * The system map with workshop mode: a participant opens a part and adds a mark, which comes out validated.
 *
 * @example
 * const graph = getSystemGraph(workspace, { view: "system", asOf: "2026-05-13" });
 * <SystemMapWorkshop graph={graph} annotations={workspace.annotations} workspace={workspace} onChange={updates.apply} />
 */
export function SystemMapWorkshop(props: SystemMapWorkshopProps) {
  const { workspace, onAnnotate, onChange } = props;
  return (
    <Widget
      locale={props.locale}
      theme={props.theme}
      className={props.className}
      onError={props.onError}
      resetKey={props.graph}
    >
      <SystemMapFigure
        {...props}
        workshopForm={({ graph, nodeIndex, neighbours, tools }) => (
          <AnnotationPanel
            graph={graph}
            nodeIndex={nodeIndex}
            neighbours={neighbours}
            workspace={workspace}
            tools={tools}
            onAnnotate={onAnnotate}
            onChange={onChange}
          />
        )}
      />
    </Widget>
  );
}
