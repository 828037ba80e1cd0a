/**
 * The graph builder behind `getSystemGraph`: it owns the nodes and edges while a view adds them, makes each
 * node and each edge once, and finishes the graph (lists sorted, edge labels joined, edges by id). It knows
 * nothing of views, records or filters: the views decide what to add, `getSystemGraph` what to keep.
 */
import { compareIds } from "../common/ids.js";
import type { SystemEdge, SystemEdgeKind, SystemNode } from "./model.js";

/** A node while the graph is built: the node itself, its lists still growing (sorted when it is finished). */
export type DraftNode = { -readonly [K in keyof SystemNode]: SystemNode[K] } & {
  municipalityCodes: string[];
  sectorIds: string[];
};

/** An edge while the graph is built: the edge itself, its label set when it is finished. */
type DraftEdge = { -readonly [K in keyof SystemEdge]: SystemEdge[K] };

/** What a view gives for a new node: the node without its distance, lists and leadership optional. */
export type NewNode = Omit<DraftNode, "distance" | "municipalityCodes" | "sectorIds" | "leadershipId"> & {
  readonly municipalityCodes?: readonly string[];
  readonly sectorIds?: readonly string[];
  readonly leadershipId?: string;
};

/** The nodes the filters kept and the edges between them. */
export interface FinishedGraph {
  /** In the order they were added: `getSystemGraph` orders them last, after a perspective's cut. */
  readonly nodes: SystemNode[];
  /** By id, code unit by code unit. */
  readonly edges: SystemEdge[];
}

/** Add `value` to a short list unless it is there. */
const addOnce = (list: string[], value: string): void => {
  if (!list.includes(value)) list.push(value);
};

/**
 * Collects the nodes and edges of one graph. Nodes are found by id, so a record reached from two views or
 * two forums is one node (the first description wins); edges are found by kind and ends.
 *
 * @example
 * const graph = new GraphBuilder(index.sectorPosition);
 * const leadership = graph.addNode({ id: "leadership:ls-regional", kind: "leadership", label: "Regional systemledning", shortLabel: "RSL", level: 0, missing: null, source: null });
 * const forum = graph.addNode({ id: "forum:f-lchnv", kind: "forum", label: "Länschefsnätverket", shortLabel: "LCHNV", level: 1, missing: null, source: null });
 * graph.addEdge("member-of", forum, leadership);
 * graph.finish(() => true).edges.map((edge) => edge.id); // ["member-of:forum:f-lchnv>leadership:ls-regional"]
 */
export class GraphBuilder {
  readonly #nodes = new Map<string, DraftNode>();
  /** The edges from each node, found by a scan: a node has few (an agency in many forums a few hundred at most). */
  readonly #edgesFrom = new Map<DraftNode, DraftEdge[]>();
  /** The words an edge stands for (a citizen group's contacts), joined into its label when it is finished. */
  readonly #edgeLabels = new Map<DraftEdge, string[]>();
  /** Nodes whose seats span leaderships: they belong to none in particular. */
  readonly #ofManyLeaderships = new Set<DraftNode>();
  readonly #sectorPosition: ReadonlyMap<string, number>;

  /** @param sectorPosition each sector's position in the profile's catalogue: a node lists its sectors in that order. */
  constructor(sectorPosition: ReadonlyMap<string, number>) {
    this.#sectorPosition = sectorPosition;
  }

  /** Add a node unless one with its id is there; return the one that is. Its lists are copied without repeats. */
  addNode(node: NewNode): DraftNode {
    const existing = this.#nodes.get(node.id);
    if (existing !== undefined) return existing;
    // The properties in the order of `SystemNode`, which is the order a serialised graph shows them in.
    const built: DraftNode = {
      id: node.id,
      kind: node.kind,
      label: node.label,
      shortLabel: node.shortLabel,
      level: node.level,
      municipalityCodes: node.municipalityCodes === undefined ? [] : [...new Set(node.municipalityCodes)],
      sectorIds: node.sectorIds === undefined ? [] : [...new Set(node.sectorIds)],
      leadershipId: node.leadershipId ?? null,
      distance: null,
      missing: node.missing,
      source: node.source,
    };
    this.#nodes.set(built.id, built);
    return built;
  }

  /** Add a municipality or region code to a node's codes unless it is there. */
  addCode(node: DraftNode, code: string): void {
    addOnce(node.municipalityCodes, code);
  }

  /** Add a sector to a node's sectors unless it is there. */
  addSector(node: DraftNode, sectorId: string): void {
    addOnce(node.sectorIds, sectorId);
  }

  /** Note that `node` belongs to the leadership `leadershipId`; a node of two leaderships belongs to none. */
  noteLeadership(node: DraftNode, leadershipId: string): void {
    if (this.#ofManyLeaderships.has(node)) return;
    if (node.leadershipId === null) node.leadershipId = leadershipId;
    else if (node.leadershipId !== leadershipId) {
      node.leadershipId = null;
      this.#ofManyLeaderships.add(node);
    }
  }

  /**
   * Add an edge of `kind` from `source` to `target` unless there is one; `label`, when given, joins the
   * edge's words (each once, in the order given). Its id is `<kind>:<source id>><target id>`.
   */
  addEdge(kind: SystemEdgeKind, source: DraftNode, target: DraftNode, label?: string): void {
    // A symmetric kind has one edge whichever end comes first: the smaller id is its source.
    const swap = kind === "collaborates" && target.id < source.id;
    const from = swap ? target : source;
    const to = swap ? source : target;
    const edge = this.#edgeBetween(kind, from, to);
    if (label === undefined) return;
    const labels = this.#edgeLabels.get(edge);
    if (labels === undefined) this.#edgeLabels.set(edge, [label]);
    else if (!labels.includes(label)) labels.push(label);
  }

  /** The edge of `kind` from `from` to `to`, made the first time it is asked for. */
  #edgeBetween(kind: SystemEdgeKind, from: DraftNode, to: DraftNode): DraftEdge {
    let list = this.#edgesFrom.get(from);
    if (list === undefined) this.#edgesFrom.set(from, (list = []));
    for (const existing of list) {
      if (existing.target === to.id && existing.kind === kind) return existing;
    }
    const edge: DraftEdge = { id: `${kind}:${from.id}>${to.id}`, source: from.id, target: to.id, kind };
    list.push(edge);
    return edge;
  }

  /**
   * Finish the graph: sort each node's codes (by code) and sectors (in catalogue order, sectors the catalogue
   * lacks last by id), keep the nodes `keep` keeps, join each edge's words into its label, and keep the
   * edges whose ends are both kept, by id.
   */
  finish(keep: (node: SystemNode) => boolean): FinishedGraph {
    const rank = (id: string): number => this.#sectorPosition.get(id) ?? Number.MAX_SAFE_INTEGER;
    const nodes: SystemNode[] = [];
    const kept = new Set<string>();
    for (const node of this.#nodes.values()) {
      if (node.municipalityCodes.length > 1) node.municipalityCodes.sort();
      if (node.sectorIds.length > 1) node.sectorIds.sort((a, b) => rank(a) - rank(b) || compareIds(a, b));
      if (!keep(node)) continue;
      nodes.push(node);
      kept.add(node.id);
    }
    for (const [edge, labels] of this.#edgeLabels) edge.label = labels.join(", ");
    const edges: SystemEdge[] = [];
    for (const [node, list] of this.#edgesFrom) {
      if (!kept.has(node.id)) continue;
      for (const edge of list) if (kept.has(edge.target)) edges.push(edge);
    }
    // Each id was made once, when its edge was: no two edges compare equal.
    edges.sort((a, b) => compareIds(a.id, b.id));
    return { nodes, edges };
  }
}
