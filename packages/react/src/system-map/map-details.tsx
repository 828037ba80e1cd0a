/**
 * The details of a part of the map: its kind and level, what it lacks (a representation gap), its
 * connections (each a button that moves the map's focus there), and the workshop's marks and texts on it.
 * A panel under the map, not a modal; Close (or Esc) gives focus back to the part on the map.
 */
import type { SystemEdgeKind, SystemGraph } from "@systemledning/core/system-map";
import type { Workspace } from "@systemledning/core/workspace";
import { useEffect, useId, useRef, type KeyboardEvent, type ReactNode } from "react";
import { MapRecordFacts } from "./map-record-facts.js";
import type { MapMarks } from "./marks.js";
import { connectionsText, edgeKindText, levelText, nodeKindText } from "./words.js";
import type { MapTools } from "./messages.js";

/** Props of {@link MapDetails}. */
export interface MapDetailsProps {
  readonly graph: SystemGraph;
  readonly index: number;
  readonly neighbours: readonly number[];
  readonly marks: MapMarks;
  readonly tools: MapTools;
  readonly headingLevel: 3 | 4 | 5 | 6;
  readonly onClose: () => void;
  readonly onGoTo: (index: number) => void;
  /** The workspace the graph comes from: a forum's members and a forum's or leadership's representation. */
  readonly workspace?: Workspace | undefined;
  readonly children?: ReactNode;
}

/** The details panel of a part of the map. */
export function MapDetails({
  graph,
  index,
  neighbours,
  marks,
  tools,
  headingLevel,
  onClose,
  onGoTo,
  workspace,
  children,
}: MapDetailsProps) {
  const { t } = tools;
  const node = graph.nodes[index]!;
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const Heading = `h${headingLevel}` as const;
  useEffect(() => headingRef.current?.focus(), [index]);
  const counts = marks.nodes.get(node.id);
  // The kind of the first edge (in the graph's order) to each neighbour, from one pass over the edges.
  const kindTo = new Map<string, SystemEdgeKind>();
  for (const edge of graph.edges) {
    const other = edge.source === node.id ? edge.target : edge.target === node.id ? edge.source : null;
    if (other !== null && !kindTo.has(other)) kindTo.set(other, edge.kind);
  }
  const relation = (other: number): string => {
    const kind = kindTo.get(graph.nodes[other]!.id);
    return kind === undefined ? "" : edgeKindText(kind, tools);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key === "Escape") {
      event.preventDefault();
      onClose();
    }
  };
  return (
    <section className="sl-map-details" aria-labelledby={headingId} onKeyDown={onKeyDown}>
      <Heading id={headingId} ref={headingRef} tabIndex={-1} className="sl-map-details-title sl-text">
        {node.label}
      </Heading>
      <p className="sl-map-details-meta">
        {nodeKindText(node.kind, tools)} · {levelText(graph, node, tools)} · {connectionsText(neighbours.length, tools)}
        {node.distance !== null && node.distance > 0
          ? ` · ${t("mapDistance", { distance: tools.number(node.distance) })}`
          : node.distance === 0
            ? ` · ${t("mapFocused")}`
            : ""}
      </p>
      {node.missing === null ? null : (
        <p className="sl-status sl-text" data-status="missing">
          {tools.text(node.missing.message)}
        </p>
      )}
      {workspace === undefined || graph.asOf === undefined ? null : (
        <MapRecordFacts node={node} workspace={workspace} asOf={graph.asOf} tools={tools} />
      )}
      <p className="sl-map-details-label">{t("mapNeighbours")}</p>
      {neighbours.length === 0 ? (
        <p>{t("mapNoNeighbours")}</p>
      ) : (
        <ul className="sl-map-details-list">
          {neighbours.map((other) => (
            <li key={other}>
              <span className="sl-map-relation">{relation(other)}</span>{" "}
              <button
                type="button"
                className="sl-button sl-button-small sl-button-link sl-text"
                onClick={() => onGoTo(other)}
              >
                {graph.nodes[other]!.label}
              </button>
            </li>
          ))}
        </ul>
      )}
      <p className="sl-map-details-label">{t("mapAnnotations")}</p>
      {counts === undefined ||
      counts.texts.length + counts.worksWell + counts.needsImprovement + counts.positions === 0 ? (
        <p>{t("mapNoAnnotations")}</p>
      ) : (
        <ul className="sl-map-details-list">
          {counts.texts.map((entry, i) => (
            <li key={i} className="sl-text">
              <span className="sl-map-mark-word" data-kind={entry.kind}>
                {entry.kind === "works-well"
                  ? t("mapAnnotationWorksWell")
                  : entry.kind === "needs-improvement"
                    ? t("mapAnnotationNeedsImprovement")
                    : entry.kind === "position"
                      ? t("mapAnnotationPosition")
                      : t("mapAnnotationNote")}
              </span>
              {entry.role === undefined ? "" : ` (${entry.role})`}
              {entry.text === "" ? "" : `: ${entry.text}`}
            </li>
          ))}
        </ul>
      )}
      {children}
      <div className="sl-map-details-actions">
        <button type="button" className="sl-button sl-button-small" onClick={onClose}>
          {t("mapClose")}
        </button>
      </div>
    </section>
  );
}
