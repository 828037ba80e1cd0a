/**
 * The system-map bench's data: the national system maps of tests/fixtures/national-system-map.ts (the system view
 * of the national synthetic workspace with its people, cut by a seeded walk to about 500, 2,000 and 5,000 nodes,
 * six of them the level bands, and thinned to 1.5 edges a node), laid out once with our `layoutLayered` and the
 * map's own options; and the very same nodes and edges at the very same positions for @xyflow/react (default
 * nodes labelled as our map labels them, straight edges as ours draws them; the bands are ours alone). The same
 * seed always gives the same graphs.
 */
import type { SystemGraph, SystemNode } from "@systemledning/core/system-map";
import { layoutLayered } from "../../../packages/react/src/system-map/layout/layered.js";
import { toLayoutGraph } from "../../../packages/react/src/system-map/layout/from-system-graph.js";
import type { GraphLayout } from "../../../packages/react/src/system-map/layout/types.js";
import { createNationalSystemGraph, NATIONAL_SYSTEM_MAP_EDGES_PER_NODE } from "../../fixtures/national-system-map.js";
import { mapLayeredOptions } from "./layout-options.js";
import type { OursMapData, XyflowMapData } from "./protocol.js";

/** Edges per node (the issue's ~1.5), as the fixture thins its maps. */
export const EDGES_PER_NODE = NATIONAL_SYSTEM_MAP_EDGES_PER_NODE;

/** Labels longer than this are drawn as the node's short label (map-canvas.tsx, `LONG_LABEL`). */
const LONG_LABEL = 26;

/** The label our map draws for a node: its label, or its short label when the label is long. */
export const drawnLabel = (node: Pick<SystemNode, "label" | "shortLabel">): string =>
  node.label.length > LONG_LABEL ? node.shortLabel : node.label;

/** Our map's layered layout of `graph`, as the map itself would compute it (same options, same input). */
export function layoutSystemMapGraph(graph: SystemGraph): GraphLayout {
  const layoutGraph = toLayoutGraph(graph);
  return layoutLayered(layoutGraph, mapLayeredOptions(layoutGraph.nodes.length));
}

/** Both pages' data at one size. */
export interface SystemMapSizeData {
  /** The size asked of the fixture: nodes with the level bands. */
  readonly size: number;
  /** Nodes drawn as nodes (the graph's nodes but its level bands). */
  readonly drawn: number;
  readonly ours: OursMapData;
  /** xyflow's, without the drawing area (the suite adds it once our SVG has been measured on the page). */
  readonly xyflow: Omit<XyflowMapData, "width" | "height">;
  readonly byKind: Readonly<Record<string, number>>;
  readonly edgesByKind: Readonly<Record<string, number>>;
  readonly bands: number;
  /** The layout's extent in map units. */
  readonly extent: { readonly width: number; readonly height: number };
}

/**
 * The national maps of every size, laid out, for both pages.
 *
 * @example
 * const [small] = createSystemMapData(20261122, [500]);
 * small.xyflow.nodes.length // 494: 500 less the six level bands
 */
export function createSystemMapData(seed: number, sizes: readonly number[]): SystemMapSizeData[] {
  return sizes.map((size) => {
    const { graph } = createNationalSystemGraph({ seed, nodes: size });
    const layout = layoutSystemMapGraph(graph);
    const nodes = graph.nodes.flatMap((node, index) =>
      node.kind === "level"
        ? []
        : [
            {
              id: node.id,
              position: { x: layout.positions[2 * index]!, y: layout.positions[2 * index + 1]! },
              data: { label: drawnLabel(node) },
            },
          ],
    );
    const edges = graph.edges.map((edge) => ({
      id: edge.id,
      source: edge.source,
      target: edge.target,
      type: "straight" as const,
    }));
    const byKind: Record<string, number> = {};
    for (const node of graph.nodes) if (node.kind !== "level") byKind[node.kind] = (byKind[node.kind] ?? 0) + 1;
    const edgesByKind: Record<string, number> = {};
    for (const edge of graph.edges) edgesByKind[edge.kind] = (edgesByKind[edge.kind] ?? 0) + 1;
    const { bounds } = layout;
    return {
      size,
      drawn: nodes.length,
      ours: {
        size: nodes.length,
        graph,
        layout: { positions: Array.from(layout.positions), bounds, bands: layout.bands },
      },
      xyflow: { size: nodes.length, nodes, edges },
      byKind,
      edgesByKind,
      bands: layout.bands.length,
      extent: { width: bounds.maxX - bounds.minX, height: bounds.maxY - bounds.minY },
    };
  });
}
