/**
 * The connections of the system map. Edges are drawn as one path per kind and weight (so thousands of edges are a
 * few DOM nodes); a bundle (the edges between two folded groups, or a group and a part) is drawn wider the more
 * edges it stands for, with its count on it where the count covers no other text (map-text-places.ts). With a part in focus, every other connection is dimmed
 * and the part's own are drawn again on top in full (focus + context, as Kumu does for large maps).
 */
import type { SystemEdge, SystemEdgeKind, SystemGraph } from "@systemledning/core/system-map";
import { memo, useMemo, type ReactNode } from "react";
import type { GraphLayout } from "./layout/types.js";
import type { PlacedCount } from "./map-text-places.js";

/**
 * The stroke class of a bundle of `count` edges: 1 for a single edge, then one more for each doubling, up to 5.
 * A class rather than a width, so the stylesheet sets the widths (no inline style under a strict CSP).
 *
 * @example
 * bundleWeight(1) // 1
 * bundleWeight(6) // 3
 */
export function bundleWeight(count: number): 1 | 2 | 3 | 4 | 5 {
  if (count <= 1) return 1;
  return Math.min(5, 1 + Math.floor(Math.log2(count))) as 2 | 3 | 4 | 5;
}

/** One path: a kind, a weight, and the segments of its edges. */
interface EdgePath {
  readonly key: string;
  readonly kind: SystemEdgeKind;
  readonly weight: number;
  readonly d: string;
}

/** The paths of some edges, one per kind and weight, in a stable order. */
function edgePaths(edges: readonly SystemEdge[], layout: GraphLayout): EdgePath[] {
  const parts = new Map<string, { kind: SystemEdgeKind; weight: number; segments: string[] }>();
  for (const edge of edges) {
    const a = layout.indexById.get(edge.source);
    const b = layout.indexById.get(edge.target);
    if (a === undefined || b === undefined) continue;
    const segment = `M${layout.positions[2 * a]!.toFixed(1)},${layout.positions[2 * a + 1]!.toFixed(1)}L${layout.positions[2 * b]!.toFixed(1)},${layout.positions[2 * b + 1]!.toFixed(1)}`;
    const weight = bundleWeight(edge.bundle?.count ?? 1);
    const key = `${edge.kind}|${weight}`;
    const entry = parts.get(key);
    if (entry === undefined) parts.set(key, { kind: edge.kind, weight, segments: [segment] });
    else entry.segments.push(segment);
  }
  return [...parts].map(([key, { kind, weight, segments }]) => ({ key, kind, weight, d: segments.join("") }));
}

/** The paths of one layer of edges (the context, or the part in focus's own drawn over it). */
function EdgePathList({ paths }: { readonly paths: readonly EdgePath[] }) {
  return paths.map((path) => (
    <path
      key={path.key}
      className="sl-map-edge"
      data-kind={path.kind}
      data-weight={path.weight > 1 ? path.weight : undefined}
      d={path.d}
    />
  ));
}

/** Props of {@link MapEdges}. */
export interface MapEdgesProps {
  readonly graph: SystemGraph;
  readonly layout: GraphLayout;
  /** The id of the part in focus (a shown node), or null for none. */
  readonly focusId: string | null;
  /** The bundles' counts that found a free place (map-text-places.ts); the others are left off the map. */
  readonly counts: readonly PlacedCount[];
  /** Drawn inside the edges' layer, under the parts (the workshop's gaps). */
  readonly children?: ReactNode;
}

/** The map's connections: context (dimmed when a part is in focus), the focus's own, and bundles' counts. */
export const MapEdges = memo(function MapEdges({ graph, layout, focusId, counts, children }: MapEdgesProps) {
  const context = useMemo(() => edgePaths(graph.edges, layout), [graph.edges, layout]);
  const focus = useMemo(
    () =>
      focusId === null
        ? []
        : edgePaths(
            graph.edges.filter((edge) => edge.source === focusId || edge.target === focusId),
            layout,
          ),
    [graph.edges, layout, focusId],
  );
  return (
    <g aria-hidden="true" className="sl-map-edges" data-dimmed={focusId === null ? undefined : ""}>
      <g className="sl-map-edges-context">
        <EdgePathList paths={context} />
      </g>
      {children}
      <g className="sl-map-edges-focus">
        <EdgePathList paths={focus} />
      </g>
      <g className="sl-map-bundle-counts">
        {counts.map((count) => (
          <text key={count.id} className="sl-map-bundle-count" x={count.x} y={count.y} textAnchor="middle" dy="0.35em">
            {count.text}
          </text>
        ))}
      </g>
    </g>
  );
});
