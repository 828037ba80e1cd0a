/**
 * Folding a system graph: the groups a reader has not opened become one node each, and the edges between the
 * same two shown nodes become one bundle with a count, except those of the part in focus, which stay one by one
 * (focus + context). The result is an ordinary `SystemGraph`, so everything that reads a graph (layout, keyboard
 * path, details, table, text equivalent) reads the folded one unchanged. Decision record 0015.
 */
import { compareIds } from "../common/ids.js";
import type { SystemEdge, SystemEdgeKind, SystemGraph, SystemNode } from "./model.js";
import type { SystemGroup, SystemGroups } from "./groups.js";
import type { SystemAnnotation } from "./schema.js";

/** A folded graph: the shown graph, the graph it was folded from, and where each of its parts is shown. */
export interface FoldedSystemGraph extends SystemGraph {
  /** The graph that was folded. */
  readonly full: SystemGraph;
  /** Every node id of `full` → the id of the shown node that stands for it (itself, or its folded group). */
  readonly shownAs: ReadonlyMap<string, string>;
  /** Every edge id of `full` → the id of the shown edge that stands for it; absent for edges inside a folded group. */
  readonly shownEdgeAs: ReadonlyMap<string, string>;
}

/** Options of {@link foldSystemGraph}. */
export interface FoldOptions {
  /**
   * The part in focus: a shown node id, or a full graph's node id (its shown node is used). Its edges are never
   * bundled: each stays, with its id, between the shown nodes of its ends.
   */
  readonly focusId?: string | null;
}

/** The node of a folded group: where its members are, what they concern, and no record of its own. */
function groupNode(group: SystemGroup, members: readonly SystemNode[]): SystemNode {
  const codes = new Set<string>();
  const sectors = new Set<string>();
  let leadershipId: string | null | undefined;
  let distance: number | null = null;
  for (const member of members) {
    // Sets only where there is something to add: most parts have no sectors and one code.
    for (let i = 0; i < member.municipalityCodes.length; i++) codes.add(member.municipalityCodes[i]!);
    for (let i = 0; i < member.sectorIds.length; i++) sectors.add(member.sectorIds[i]!);
    // The leadership the members share; null when they differ or one has none.
    leadershipId = leadershipId === undefined || leadershipId === member.leadershipId ? member.leadershipId : null;
    if (member.distance !== null) distance = distance === null ? member.distance : Math.min(distance, member.distance);
  }
  return {
    id: group.id,
    kind: "group",
    label: group.label,
    shortLabel: group.shortLabel,
    level: group.level,
    municipalityCodes: [...codes],
    sectorIds: [...sectors],
    leadershipId: leadershipId ?? null,
    distance,
    missing: null,
    source: null,
    members: members.map((member) => member.id),
  };
}

/** The edge kinds of a bundle by frequency, most first; ties by first appearance (edges are in id order). */
function kindsByFrequency(edges: readonly SystemEdge[]): SystemEdgeKind[] {
  // Most bundles are of one kind (people's seats, a band's organisations): no counting needed.
  const first = edges[0]!.kind;
  if (edges.every((edge) => edge.kind === first)) return [first];
  const counts = new Map<SystemEdgeKind, number>();
  for (const edge of edges) counts.set(edge.kind, (counts.get(edge.kind) ?? 0) + 1);
  // Map keeps first-appearance order and sort is stable, so ties keep it.
  return [...counts].sort((a, b) => b[1] - a[1]).map(([kind]) => kind);
}

/**
 * Fold `graph` by `groups`: each group not in `open` becomes one node of kind `group` (its `members` the full
 * graph's ids, in order; its places and sectors the members' union; its leadership the members' common one or
 * `null`; its distance the least), standing in the node order where its first member stood. Members of open
 * groups and parts of no group are shown as they are.
 *
 * Edges: both ends map to their shown nodes; an edge whose ends fold into one node is dropped (it is inside the
 * group); an edge between two parts shown as themselves stays exactly as it was; the others are grouped by the
 * unordered pair of shown ends into one bundle `bundle:<a>|<b>` (a before b), from and to the ends of its first
 * edge, of the most frequent kind, with `bundle: { count, edgeIds, kinds }` — even a bundle of one, so a drawn
 * edge to a group always says how many it stands for. Edges touching the focus (`options.focusId`) are never
 * bundled. Edges are sorted by id, nodes keep the graph's order.
 *
 * With every group open the result equals `graph` in nodes and edges. Deterministic and linear in the graph
 * (plus sorting the edges): a national map of 5,000 parts and 7,500 edges folds in milliseconds (about 15 ms on
 * a busy two-core runner).
 *
 * Marks of a workshop on hidden parts: {@link foldAnnotationTargets} moves them onto the shown parts for
 * `aggregateAnnotations`.
 *
 * @example
 * const groups = getSystemGroups(graph);
 * const shown = foldSystemGraph(graph, groups, new Set(["group:leadership:ls-falun@2"]), { focusId: "forum:f-falun" });
 * shown.shownAs.get("forum:f-mora"); // "group:leadership:ls-mora@2"
 */
export function foldSystemGraph(
  graph: SystemGraph,
  groups: SystemGroups,
  open: ReadonlySet<string>,
  options: FoldOptions = {},
): FoldedSystemGraph {
  const nodeById = new Map(graph.nodes.map((node) => [node.id, node] as const));
  const shownAs = new Map<string, string>();
  const folded = new Map<string, SystemNode>();
  for (const group of groups.groups) {
    if (open.has(group.id)) continue;
    const members = group.memberIds.map((id) => nodeById.get(id)).filter((node) => node !== undefined);
    // A group of parts this graph lacks (groups of another graph) folds nothing.
    if (members.length === 0) continue;
    folded.set(group.id, groupNode(group, members));
    for (const member of members) shownAs.set(member.id, group.id);
  }
  const nodes: SystemNode[] = [];
  for (const node of graph.nodes) {
    const groupId = shownAs.get(node.id);
    if (groupId === undefined) {
      shownAs.set(node.id, node.id);
      nodes.push(node);
    } else if (nodeById.get(folded.get(groupId)!.members![0]!) === node) nodes.push(folded.get(groupId)!);
  }

  const focus = options.focusId ?? null;
  const focusShown = focus === null ? null : (shownAs.get(focus) ?? focus);
  const edges: SystemEdge[] = [];
  const shownEdgeAs = new Map<string, string>();
  const pairs = new Map<string, SystemEdge[]>();
  for (const edge of graph.edges) {
    const source = shownAs.get(edge.source) ?? edge.source;
    const target = shownAs.get(edge.target) ?? edge.target;
    if (source === target) continue;
    if (!folded.has(source) && !folded.has(target)) {
      edges.push(edge);
      shownEdgeAs.set(edge.id, edge.id);
    } else if (source === focusShown || target === focusShown) {
      edges.push({ ...edge, source, target });
      shownEdgeAs.set(edge.id, edge.id);
    } else {
      const key = source < target ? `bundle:${source}|${target}` : `bundle:${target}|${source}`;
      const list = pairs.get(key);
      if (list === undefined) pairs.set(key, [edge]);
      else list.push(edge);
    }
  }
  for (const [id, list] of pairs) {
    const first = list[0]!;
    const kinds = kindsByFrequency(list);
    const edgeIds = list.map((edge) => edge.id);
    edges.push({
      id,
      source: shownAs.get(first.source) ?? first.source,
      target: shownAs.get(first.target) ?? first.target,
      kind: kinds[0]!,
      bundle: { count: list.length, edgeIds, kinds },
    });
    for (const edgeId of edgeIds) shownEdgeAs.set(edgeId, id);
  }
  edges.sort((a, b) => compareIds(a.id, b.id));
  // Built field by field, so folding a folded graph does not carry the first fold's maps along.
  const shown: FoldedSystemGraph = {
    view: graph.view,
    levels: graph.levels,
    nodes,
    edges,
    focusId: graph.focusId,
    full: graph,
    shownAs,
    shownEdgeAs,
  };
  return graph.asOf === undefined ? shown : { ...shown, asOf: graph.asOf };
}

/**
 * A workshop's marks moved onto the parts a folded graph shows, for `aggregateAnnotations(…, folded)`: a mark on
 * a hidden part goes to its group; on a hidden edge, to the bundle that stands for it (or to the group, when the
 * edge is inside one); on a gap, to the gap between the shown ends (or to the group, when both ends are in it).
 * Marks on what the full graph lacks stay as they are (the aggregate lists them as outside). Ids, kinds, texts
 * and dates are kept, so the aggregate still names each mark.
 *
 * This is a function of its own rather than a change to `aggregateAnnotations`, so the aggregate keeps one
 * meaning (marks per place of the graph it is given) and the folding stays in one module.
 *
 * @example
 * const marks = aggregateAnnotations(foldAnnotationTargets(ws.annotations, shown), shown);
 * marks.nodes.get("group:leadership:ls-mora@2")?.needsImprovement; // the red dots on Mora's forum
 */
export function foldAnnotationTargets(
  annotations: readonly SystemAnnotation[],
  folded: FoldedSystemGraph,
): SystemAnnotation[] {
  const edgeById = new Map(folded.full.edges.map((edge) => [edge.id, edge] as const));
  const node = (nodeId: string) => ({ type: "node" as const, nodeId });
  return annotations.map((annotation): SystemAnnotation => {
    const { target } = annotation;
    if (target.type === "node") {
      const shown = folded.shownAs.get(target.nodeId);
      return shown === undefined || shown === target.nodeId ? annotation : { ...annotation, target: node(shown) };
    }
    if (target.type === "edge") {
      const shown = folded.shownEdgeAs.get(target.edgeId);
      if (shown !== undefined)
        return shown === target.edgeId ? annotation : { ...annotation, target: { type: "edge", edgeId: shown } };
      const edge = edgeById.get(target.edgeId);
      const inside = edge === undefined ? undefined : folded.shownAs.get(edge.source);
      return inside === undefined ? annotation : { ...annotation, target: node(inside) };
    }
    const a = folded.shownAs.get(target.between[0]);
    const b = folded.shownAs.get(target.between[1]);
    if (a === undefined || b === undefined || (a === target.between[0] && b === target.between[1])) return annotation;
    if (a === b) return { ...annotation, target: node(a) };
    return { ...annotation, target: { type: "gap", between: [a, b] } };
  });
}
