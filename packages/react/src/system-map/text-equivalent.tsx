/**
 * The map in words and in numbers (docs/quality.md A2, A4): the takeaway of the figure, the table alternative (one row
 * per part, with its kind, level, connections and marks), and the text equivalent — one line per part,
 * "Länschefsnätverket samverkar med Välfärdsrådet, …", from the core's `describeSystemGraph`, which names
 * every connection. The lines are built only when a reader opens them: a national map has thousands.
 */
import { describeSystemGraph, type SystemGraph, type SystemNode } from "@systemledning/core/system-map";
import { useState } from "react";
import type { DataTableColumn } from "../primitives/data-table/types.js";
import type { MapMarks } from "./marks.js";
import { levelText, nodeKindText } from "./words.js";
import type { MapTools } from "./messages.js";

/** A row of the map's table. */
export interface MapTableRow {
  readonly node: SystemNode;
  readonly kind: string;
  readonly level: string;
  readonly connections: number;
  readonly worksWell: number;
  readonly needsImprovement: number;
}

/** The table's rows: every part of the map but the level bands. */
export function mapTableRows(
  graph: SystemGraph,
  degree: readonly number[],
  marks: MapMarks,
  tools: MapTools,
): MapTableRow[] {
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
          },
        ],
  );
}

/** The table's columns. */
export function mapTableColumns(tools: MapTools): DataTableColumn<MapTableRow>[] {
  const { t } = tools;
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
  ];
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

/** The map as text, folded until opened. */
export function MapTextEquivalent({ graph, tools }: { readonly graph: SystemGraph; readonly tools: MapTools }) {
  const [open, setOpen] = useState(false);
  return (
    <details className="sl-map-text" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{tools.t("mapTextEquivalent")}</summary>
      {open ? (
        <ul>
          {describeSystemGraph(graph, tools.locale).map((line, index) => (
            <li key={index} className="sl-text">
              {line}
            </li>
          ))}
        </ul>
      ) : null}
    </details>
  );
}
