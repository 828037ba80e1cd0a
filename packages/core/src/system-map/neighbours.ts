/**
 * Adjacency of a system graph: for each node, the nodes it is joined to in either direction, with the edge
 * and its kind. What a keyboard walks (docs/quality.md A4: node → neighbours) and what the text equivalent reads.
 */
import { compareIds } from "../common/ids.js";
import type { SystemEdgeKind, SystemGraph } from "./model.js";

/** One neighbour of a node: the node at the other end, the edge, its kind and which way it points. */
export interface SystemNeighbour {
  readonly nodeId: string;
  readonly edgeId: string;
  readonly kind: SystemEdgeKind;
  /** `out` when the edge goes from this node to the neighbour, `in` when it comes from the neighbour. */
  readonly direction: "out" | "in";
}

/**
 * The neighbours of every node of `graph`, by node id, in both directions. Every node has an entry (empty
 * when it has no edge); each list follows the graph's node order, then edge id. Linear in the graph plus
 * sorting each list.
 *
 * @example
 * const neighbours = getSystemNeighbours(graph);
 * neighbours.get("forum:f-lchnv")?.map((n) => `${n.kind} ${n.direction} ${n.nodeId}`);
 * // ["member-of out leadership:ls-regional", "collaborates out forum:f-vfr", …]
 */
export function getSystemNeighbours(graph: SystemGraph): ReadonlyMap<string, readonly SystemNeighbour[]> {
  const position = new Map<string, number>();
  const lists = new Map<string, SystemNeighbour[]>();
  graph.nodes.forEach((node, i) => {
    position.set(node.id, i);
    lists.set(node.id, []);
  });
  for (const edge of graph.edges) {
    lists.get(edge.source)?.push({ nodeId: edge.target, edgeId: edge.id, kind: edge.kind, direction: "out" });
    lists.get(edge.target)?.push({ nodeId: edge.source, edgeId: edge.id, kind: edge.kind, direction: "in" });
  }
  const rank = (id: string): number => position.get(id) ?? Number.MAX_SAFE_INTEGER;
  for (const list of lists.values()) {
    if (list.length > 1)
      list.sort(
        (a, b) =>
          rank(a.nodeId) - rank(b.nodeId) ||
          compareIds(a.edgeId, b.edgeId) ||
          (a.direction === b.direction ? 0 : a.direction === "out" ? -1 : 1),
      );
  }
  return lists;
}
