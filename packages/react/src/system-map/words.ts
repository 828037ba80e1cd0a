/**
 * How the system map words its parts: the kind of a node, the relation an edge states, a node's accessible
 * name, and the text equivalent's lines. One place, so the map, its table, its details and its text agree.
 */
import type {
  SystemEdge,
  SystemEdgeKind,
  SystemGraph,
  SystemNode,
  SystemNodeKind,
} from "@systemledning/core/system-map";
import type { MapMessageKey, MapTools } from "./messages.js";

/** The message of each node kind's word (the poster reads it too). */
export const KIND_KEYS: Readonly<Record<SystemNodeKind, MapMessageKey>> = {
  level: "mapKindLevel",
  organisation: "mapKindOrganisation",
  leadership: "mapKindLeadership",
  forum: "mapKindForum",
  sector: "mapKindSector",
  person: "mapKindPerson",
  "citizen-group": "mapKindCitizenGroup",
  missing: "mapKindMissing",
  group: "mapKindGroup",
};

/** The message of each edge kind's words (the poster reads it too). */
export const EDGE_KEYS: Readonly<Record<SystemEdgeKind, MapMessageKey>> = {
  "member-of": "mapEdgeMemberOf",
  covers: "mapEdgeCovers",
  "reports-to": "mapEdgeReportsTo",
  collaborates: "mapEdgeCollaborates",
  hierarchy: "mapEdgeHierarchy",
  represents: "mapEdgeRepresents",
  missing: "mapEdgeMissing",
  concerns: "mapEdgeConcerns",
};

/** Every edge kind, in the legend's order. */
export const EDGE_KINDS: readonly SystemEdgeKind[] = [
  "member-of",
  "reports-to",
  "collaborates",
  "covers",
  "hierarchy",
  "represents",
  "concerns",
  "missing",
];

/** Every node kind drawn as a node, in the legend's order. */
export const NODE_KINDS: readonly SystemNodeKind[] = [
  "leadership",
  "forum",
  "organisation",
  "sector",
  "person",
  "citizen-group",
  "missing",
  "group",
];

/** "Forum", "Sektor", … */
export function nodeKindText(kind: SystemNodeKind, tools: MapTools): string {
  return tools.t(KIND_KEYS[kind]);
}

/** "samverkar med", "rapporterar till", … */
export function edgeKindText(kind: SystemEdgeKind, tools: MapTools): string {
  return tools.t(EDGE_KEYS[kind]);
}

/** The level's name of a node. */
export function levelText(graph: Pick<SystemGraph, "levels">, node: SystemNode, tools: MapTools): string {
  const level = graph.levels[node.level];
  return level === undefined ? "" : tools.text(level.label);
}

/** "3 kopplingar", "1 koppling". */
export function connectionsText(count: number, tools: MapTools): string {
  return count === 1 ? tools.t("mapConnectionsOne") : tools.t("mapConnections", { count: tools.number(count) });
}

/** Every edge's kind by its id: what a bundle's words count its edges by. */
export function edgeKindsById(graph: SystemGraph): ReadonlyMap<string, SystemEdgeKind> {
  return new Map(graph.edges.map((edge) => [edge.id, edge.kind]));
}

/**
 * The words of a bundle of a folded graph: "5 förbindelser (ingår i ×3, företräder ×2)", its kinds in the bundle's
 * order (most frequent first), each counted over the full graph's edges it stands for; `null` for an edge that is no
 * bundle or stands for one edge, which its kind's phrase already says.
 */
export function bundleText(
  edge: SystemEdge,
  edgeKinds: ReadonlyMap<string, SystemEdgeKind>,
  tools: MapTools,
): string | null {
  const bundle = edge.bundle;
  if (bundle === undefined || bundle.count <= 1) return null;
  const counts = new Map<SystemEdgeKind, number>(bundle.kinds.map((kind) => [kind, 0]));
  for (const id of bundle.edgeIds) {
    const kind = edgeKinds.get(id);
    if (kind !== undefined) counts.set(kind, (counts.get(kind) ?? 0) + 1);
  }
  const kinds = [...counts]
    .filter(([, count]) => count > 0)
    .map(([kind, count]) => tools.t("mapBundleKind", { kind: edgeKindText(kind, tools), count: tools.number(count) }))
    .join(", ");
  return tools.t("mapBundleConnections", { count: tools.number(bundle.count), kinds });
}
