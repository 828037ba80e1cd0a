/**
 * The map in words and in numbers (docs/quality.md A2, A4): the takeaway of the figure, the table alternative (one row
 * per part, with its kind, level, connections and marks), and the text equivalent — one line per part,
 * "Länschefsnätverket samverkar med Välfärdsrådet, …", from the core's `describeSystemGraph`, which names
 * every connection. The lines are built only when a reader opens them: a national map has thousands.
 * Both say exactly what the map shows, folded or not: a folded group's row and line name every part in it, and a
 * bundle of connections says how many it stands for and of which kinds, so no part is hidden from a reader who
 * does not see the picture.
 */
import { describeSystemGraph, type SystemGraph, type SystemNode } from "@systemledning/core/system-map";
import { useState } from "react";
import type { DataTableColumn } from "../primitives/data-table/types.js";
import type { MapMarks } from "./marks.js";
import { bundleText, edgeKindsById, levelText, nodeKindText } from "./words.js";
import type { MapTools } from "./messages.js";

/** The labels of a folded group's parts, looked up in the full graph, joined by commas; "" for any other node. */
function memberLabels(node: SystemNode, labelOf: ReadonlyMap<string, string>): string {
  return (node.members ?? []).map((id) => labelOf.get(id) ?? id).join(", ");
}

/** Every node's label by its id. */
function labelsById(graph: SystemGraph): ReadonlyMap<string, string> {
  return new Map(graph.nodes.map((node) => [node.id, node.label]));
}

/** A row of the map's table. */
export interface MapTableRow {
  readonly node: SystemNode;
  readonly kind: string;
  readonly level: string;
  readonly connections: number;
  readonly worksWell: number;
  readonly needsImprovement: number;
  /** A folded group's parts, "Falu kommun, Länschefsnätverket, …"; "" for a part shown on its own. */
  readonly members: string;
}

/**
 * The table's rows: every part of the map (the graph it shows, folded or not) but the level bands. `full` is the graph
 * a folded one was folded from, where a group's parts are named.
 */
export function mapTableRows(
  graph: SystemGraph,
  degree: readonly number[],
  marks: MapMarks,
  tools: MapTools,
  full: SystemGraph = graph,
): MapTableRow[] {
  const labelOf = labelsById(full);
  return graph.nodes.flatMap((node, index) =>
    node.kind === "level"
      ? []
      : [
          {
            node,
            kind: nodeKindText(node.kind, tools),
            level: levelText(graph, node, tools),
            connections: degree[index] ?? 0,
            worksWell: marks.nodes.get(node.id)?.worksWell ?? 0,
            needsImprovement: marks.nodes.get(node.id)?.needsImprovement ?? 0,
            members: memberLabels(node, labelOf),
          },
        ],
  );
}

/** The table's columns; with `withMembers` (the map shows folded groups) also the parts of each group. */
export function mapTableColumns(tools: MapTools, withMembers = false): DataTableColumn<MapTableRow>[] {
  const { t } = tools;
  const members: DataTableColumn<MapTableRow>[] = withMembers
    ? [{ id: "members", header: t("mapTableMembers"), value: (row) => row.members }]
    : [];
  return [
    { id: "name", header: t("mapName"), value: (row) => row.node.label, isRowHeader: true },
    { id: "kind", header: t("mapKind"), value: (row) => row.kind },
    { id: "level", header: t("mapLevel"), value: (row) => row.level },
    { id: "connections", header: t("mapConnectionCount"), value: (row) => row.connections, kind: "number" },
    { id: "works-well", header: t("mapWorksWellCount"), value: (row) => row.worksWell, kind: "number" },
    {
      id: "needs-improvement",
      header: t("mapNeedsImprovementCount"),
      value: (row) => row.needsImprovement,
      kind: "number",
    },
    ...members,
  ];
}

/** The map's own title, by its view: "Systemkarta", the hierarchy's, or the perspective of its focus. */
export function mapTitle(graph: SystemGraph, tools: MapTools): string {
  if (graph.view === "perspective")
    return tools.t("mapTitlePerspective", {
      focus: graph.nodes.find((node) => node.id === graph.focusId)?.label ?? "",
    });
  return graph.view === "hierarchy" ? tools.t("mapTitleHierarchy") : tools.t("mapTitle");
}

/** The figure's takeaway: parts, connections, levels, gaps, and the workshop's marks when there are any. */
export function mapTakeaway(graph: SystemGraph, marks: MapMarks, tools: MapTools): string {
  const parts = graph.nodes.filter((node) => node.kind !== "level");
  const usedLevels = new Set(parts.map((node) => node.level)).size;
  const gaps = parts.filter((node) => node.kind === "missing").length;
  const good = marks.totals.worksWell;
  const bad = marks.totals.needsImprovement;
  const sentences = [
    tools.t("mapTakeaway", {
      nodes: tools.number(parts.length),
      edges: tools.number(graph.edges.length),
      levels: tools.number(usedLevels),
    }),
  ];
  if (gaps > 0) sentences.push(tools.t("mapTakeawayGaps", { count: tools.number(gaps) }));
  if (good + bad > 0)
    sentences.push(tools.t("mapTakeawayAnnotations", { good: tools.number(good), bad: tools.number(bad) }));
  return sentences.join(" ");
}

/**
 * The text equivalent's lines for the graph the map shows: the core's `describeSystemGraph`, a bundle named with its
 * count and kinds ("Falun (5 förbindelser (ingår i ×3, företräder ×2))"), and a folded group's line ending with its
 * parts ("Delar: Falu kommun, Länschefsnätverket."). `full` is the graph a folded one was folded from.
 */
export function mapTextLines(graph: SystemGraph, tools: MapTools, full: SystemGraph = graph): string[] {
  const edgeKinds = edgeKindsById(full);
  // The bundle's words ride on the edge's label, which the core's description already names after the other end.
  const worded: SystemGraph = graph.edges.some((edge) => edge.bundle !== undefined)
    ? {
        ...graph,
        edges: graph.edges.map((edge) => {
          const words = bundleText(edge, edgeKinds, tools);
          return words === null ? edge : { ...edge, label: words };
        }),
      }
    : graph;
  const labelOf = labelsById(full);
  return describeSystemGraph(worded, tools.locale).map((line, index) => {
    const members = memberLabels(graph.nodes[index]!, labelOf);
    return members === "" ? line : `${line} ${tools.t("mapTextMembers", { members })}`;
  });
}

/** Props of {@link MapTextEquivalent}. */
export interface MapTextEquivalentProps {
  /** The graph the map shows (folded or not). */
  readonly graph: SystemGraph;
  readonly tools: MapTools;
  /** The graph a folded `graph` was folded from: where a group's parts and a bundle's edges are looked up. */
  readonly full?: SystemGraph | undefined;
}

/** The map as text, folded until opened. */
export function MapTextEquivalent({ graph, tools, full }: MapTextEquivalentProps) {
  const [open, setOpen] = useState(false);
  return (
    <details className="sl-map-text" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{tools.t("mapTextEquivalent")}</summary>
      {open ? (
        <ul>
          {mapTextLines(graph, tools, full).map((line, index) => (
            <li key={index} className="sl-text">
              {line}
            </li>
          ))}
        </ul>
      ) : null}
    </details>
  );
}
