/**
 * From the core's `SystemGraph` to what the layouts take. Kept beside the layouts so they depend on nothing
 * but a minimal graph, and can be benchmarked and tested on synthetic data.
 */
import type { LayoutGraph, LayoutNode } from "./types.js";

/**
 * The parts of the core's `SystemGraph` (`@systemledning/core`, system-map module) a layout reads. Declared
 * here by shape rather than imported, so a `SystemGraph` fits as it is and the layouts build before and
 * apart from the core's module.
 */
export interface SystemGraphShape {
  readonly levels: readonly unknown[];
  readonly nodes: readonly {
    readonly id: string;
    readonly kind: string;
    readonly level: number;
    readonly distance: number | null;
  }[];
  readonly edges: readonly { readonly source: string; readonly target: string }[];
}

const cache = new WeakMap<SystemGraphShape, LayoutGraph>();

/**
 * The layout graph of a system graph: one layout node per graph node, in the same order (so
 * `positions[2 * i]` is the x of `graph.nodes[i]`), `level` nodes marked as `band` (a band is drawn as a
 * band, never as a dot), every edge, and `levelCount` from the graph's levels so an empty level keeps its band.
 *
 * The same graph object gives the same layout graph object (a weak cache), so a hook that runs a layout when
 * its graph changes does not run again on a re-render.
 *
 * @example
 * const layout = layoutLayered(toLayoutGraph(getSystemGraph(workspace, { view: "system" })));
 */
export function toLayoutGraph(graph: SystemGraphShape): LayoutGraph {
  const cached = cache.get(graph);
  if (cached !== undefined) return cached;
  const nodes = graph.nodes.map((node): LayoutNode =>
    node.kind === "level"
      ? { id: node.id, level: node.level, distance: node.distance, band: true }
      : { id: node.id, level: node.level, distance: node.distance },
  );
  const edges = graph.edges.map((edge) => ({ source: edge.source, target: edge.target }));
  const layoutGraph: LayoutGraph = { nodes, edges, levelCount: graph.levels.length };
  cache.set(graph, layoutGraph);
  return layoutGraph;
}
