/**
 * The details of a part of the map: its kind and level, what it lacks (a representation gap), its
 * connections (each a button that moves the map's focus there), and the workshop's marks and texts on it.
 * A panel under the map, not a modal; Close (or Esc) gives focus back to the part on the map.
 * A folded group's details list its parts, each a button that opens the group and moves the focus to that part, and
 * offer to open the group; a part of an open group offers to fold it again ({@link MapDetailsFolding}).
 */
import type { SystemEdgeKind, SystemGraph, SystemGroups } from "@systemledning/core/system-map";
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
  /** The map's groups and how to open and fold them; without it a group's details list no parts. */
  readonly folding?: MapDetailsFolding | undefined;
  readonly children?: ReactNode;
}

/** What a folded map's details need: the full graph, its groups, and the fold state's open and close. */
export interface MapDetailsFolding {
  /** The graph the map's graph was folded from: where a group's parts are named. */
  readonly full: SystemGraph;
  readonly groups: SystemGroups;
  /** Open a group and move the map's focus to `focusId` (a full-graph node id), or to its first part when `null`. */
  readonly onOpenGroup: (groupId: string, focusId: string | null) => void;
  /** Fold a group again; the map's focus goes to the group. */
  readonly onCloseGroup: (groupId: string) => void;
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
  folding,
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
      {folding === undefined ? null : <GroupFacts node={node} folding={folding} tools={tools} />}
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

/**
 * A folded group's parts and "Öppna gruppen"; for a part of an open group, "Fäll ihop <group>". Nothing for a part
 * that belongs to no group.
 */
function GroupFacts({
  node,
  folding,
  tools,
}: {
  readonly node: SystemGraph["nodes"][number];
  readonly folding: MapDetailsFolding;
  readonly tools: MapTools;
}) {
  const { t } = tools;
  if (node.kind === "group") {
    const members = node.members ?? [];
    const labelOf = new Map(folding.full.nodes.map((part) => [part.id, part.label]));
    return (
      <>
        <p className="sl-map-details-label">{t("mapDetailsGroupSize", { count: tools.number(members.length) })}</p>
        <ul className="sl-map-details-list" aria-label={t("mapDetailsGroupMembers")}>
          {members.map((id) => (
            <li key={id}>
              <button
                type="button"
                className="sl-button sl-button-small sl-button-link sl-text"
                onClick={() => folding.onOpenGroup(node.id, id)}
              >
                {labelOf.get(id) ?? id}
              </button>
            </li>
          ))}
        </ul>
        <div className="sl-map-details-actions">
          <button
            type="button"
            className="sl-button sl-button-small"
            onClick={() => folding.onOpenGroup(node.id, null)}
          >
            {t("mapDetailsOpenGroup")}
          </button>
        </div>
      </>
    );
  }
  const groupId = folding.groups.groupOf.get(node.id);
  const group = groupId === undefined ? undefined : folding.groups.groups.find((candidate) => candidate.id === groupId);
  return group === undefined ? null : (
    <div className="sl-map-details-actions">
      <button type="button" className="sl-button sl-button-small" onClick={() => folding.onCloseGroup(group.id)}>
        {t("mapDetailsFoldGroup", { group: group.label })}
      </button>
    </div>
  );
}
