/**
 * Where the system map's parts stand: the layout of the folded graph the map draws (bands, rings or forces), or
 * positions a host gave for the full graph with each folded group at the middle of its members; and the
 * neighbours and degrees the keyboard and the names use. Kept out of system-map.tsx so the figure reads as what
 * it shows.
 */
import type { SystemGraph } from "@systemledning/core/system-map";
import { useMemo } from "react";
import {
  LAYERED_OFF_MAIN_THREAD_FROM,
  layoutLayered,
  layoutRadial,
  planShownLayout,
  toLayoutGraph,
  useForceLayout,
  useLayeredLayout,
} from "./layout/index.js";
import type { GraphLayout } from "./layout/types.js";

const NO_OPTIONS = {};

/** What {@link useMapLayout} gives: the layout (null while a worker computes it) and why it may be null. */
export interface MapLayoutState {
  readonly layout: GraphLayout | null;
  /** `"layered-worker"` while a large map's bands are computed off the main thread. */
  readonly kind: "given" | "radial" | "layered" | "layered-worker" | "force";
  /** The force layout's progress 0–1. */
  readonly progress: number;
}

/**
 * The layout of `graph` (the folded graph without a focus, so a focus change never moves a part).
 *
 * @example
 * const { layout } = useMapLayout(folds.base, { given: props.layout, mode: "structured" });
 */
export function useMapLayout(
  graph: SystemGraph,
  options: {
    readonly given: GraphLayout | undefined;
    readonly mode: "structured" | "force";
    /** The frame the bands are wrapped for (CSS px). */
    readonly viewport: { readonly width: number; readonly height: number };
  },
): MapLayoutState {
  const { given, mode, viewport } = options;
  const layoutGraph = useMemo(() => toLayoutGraph(graph), [graph]);
  const kind: MapLayoutState["kind"] =
    given !== undefined
      ? "given"
      : mode === "force"
        ? "force"
        : graph.view === "perspective"
          ? "radial"
          : layoutGraph.nodes.length >= LAYERED_OFF_MAIN_THREAD_FROM
            ? "layered-worker"
            : "layered";
  // Bands: every part as wide as its label, rows wrapped for the frame (layoutShownGraph's plan).
  const plan = useMemo(
    () => (kind === "layered" || kind === "layered-worker" ? planShownLayout(graph, { viewport }) : null),
    [kind, graph, viewport],
  );
  const structured = useMemo(() => {
    if (kind === "radial") return layoutRadial(layoutGraph, { ringSpacing: 150 });
    return kind === "layered" && plan !== null ? layoutLayered(plan.graph, plan.options) : null;
  }, [kind, layoutGraph, plan]);
  const offMainThread = useLayeredLayout(
    kind === "layered-worker" && plan !== null ? plan.graph : null,
    plan?.options ?? NO_OPTIONS,
  );
  const force = useForceLayout(kind === "force" ? layoutGraph : null);
  const placed = useMemo(() => (given === undefined ? null : placeOnGiven(graph, given)), [graph, given]);
  const layout =
    placed ?? structured ?? (kind === "layered-worker" ? offMainThread : kind === "force" ? force.layout : null);
  return { layout, kind, progress: force.progress };
}

/**
 * A given layout (positions of the full graph's parts) for a folded graph: each shown part where it was given,
 * each folded group at the mean of its members' positions; bands and bounds as given.
 */
export function placeOnGiven(graph: SystemGraph, given: GraphLayout): GraphLayout {
  if (graph.nodes.every((node, index) => given.indexById.get(node.id) === index)) return given;
  const positions = new Float64Array(2 * graph.nodes.length);
  const indexById = new Map<string, number>();
  graph.nodes.forEach((node, index) => {
    indexById.set(node.id, index);
    const ids = node.members ?? [node.id];
    let x = 0;
    let y = 0;
    let count = 0;
    for (const id of ids) {
      const at = given.indexById.get(id);
      if (at === undefined) continue;
      x += given.positions[2 * at]!;
      y += given.positions[2 * at + 1]!;
      count++;
    }
    positions[2 * index] = count === 0 ? 0 : x / count;
    positions[2 * index + 1] = count === 0 ? 0 : y / count;
  });
  return { ...given, positions, indexById };
}

/** Room around the parts' centres that the fit keeps in view, in map units (see `NODE_RADIUS` and the labels). */
const FIT_MARGIN = { side: 70, top: 36, bottom: 44 } as const;

/**
 * What the map's fit takes in: what stands around the parts' centres (their shapes and labels, half a label's width
 * to each side and a label's line below), the marks above them, and the band labels left of a layered map.
 *
 * @example
 * const bounds = useMemo(() => fitBounds(layout), [layout]);
 */
export function fitBounds(layout: GraphLayout | null): { minX: number; minY: number; maxX: number; maxY: number } {
  if (layout === null) return { minX: 0, minY: 0, maxX: 1, maxY: 1 };
  const { minX, minY, maxX, maxY } = layout.bounds;
  return {
    minX: minX - (layout.bands.length > 0 ? 200 : FIT_MARGIN.side),
    minY: minY - FIT_MARGIN.top,
    maxX: maxX + FIT_MARGIN.side,
    maxY: maxY + FIT_MARGIN.bottom,
  };
}

/** Neighbours by index (both directions, each once) and degrees (edges of the full graph, a bundle's count). */
export interface MapNeighbours {
  readonly neighbours: readonly (readonly number[])[];
  readonly degree: readonly number[];
}

/**
 * The neighbours and degrees of a graph's nodes. A bundle counts as the edges it stands for, so a part's degree is
 * the same whether its connections are bundled or drawn one by one (the focus changes nothing in its name).
 *
 * @example
 * const { neighbours, degree } = mapNeighbours(folds.base);
 */
export function mapNeighbours(graph: SystemGraph): MapNeighbours {
  const sets = graph.nodes.map(() => new Set<number>());
  const edgeCount = graph.nodes.map(() => 0);
  const indexOf = new Map(graph.nodes.map((node, index) => [node.id, index]));
  for (const edge of graph.edges) {
    const a = indexOf.get(edge.source);
    const b = indexOf.get(edge.target);
    if (a === undefined || b === undefined) continue;
    sets[a]!.add(b);
    sets[b]!.add(a);
    const count = edge.bundle?.count ?? 1;
    edgeCount[a]! += count;
    edgeCount[b]! += count;
  }
  return { neighbours: sets.map((set) => [...set]), degree: edgeCount };
}
