/**
 * The input and output of the system map's layouts. A layout sees only ids, levels and edges (so it can be
 * benchmarked and run in a worker on plain data) and returns positions in map units; the map draws them
 * and pans and zooms over them without laying out again.
 */

/** A node as a layout sees it. */
export interface LayoutNode {
  readonly id: string;
  /** The band the node stands in (0 = top) for layered layouts; ignored by the force layout. */
  readonly level: number;
  /** Distance from the focus, for the radial layout (0 = the focus); ignored elsewhere. */
  readonly distance?: number | null;
  /**
   * `true` for a node that stands for a band itself (a `level` node of the core's graph, never drawn as a dot):
   * it keeps its index, so positions stay one-to-one with the input, but takes no place among the others and
   * no part in crossing reduction, rings or forces. Layered layouts put it at the band's left edge, where a
   * band label goes; the others at the origin.
   * @default false
   */
  readonly band?: boolean | undefined;
  /**
   * The width of what is drawn for the node (its shape or its label, the wider), in map units: the layered
   * layout keeps two neighbours of a row at least `(wa + wb) / 2 + gap` apart, so their labels never overlap.
   * @default the layout's uniform `nodeSpacing`
   */
  readonly width?: number | undefined;
}

/** An edge as a layout sees it (direction does not matter to the layouts). */
export interface LayoutEdge {
  readonly source: string;
  readonly target: string;
}

/** What a layout takes. Nodes and edges in a stable order: the same input gives the same positions. */
export interface LayoutGraph {
  readonly nodes: readonly LayoutNode[];
  readonly edges: readonly LayoutEdge[];
  /**
   * How many levels the picture has, so a level with no node still gets its (empty) band and band indices
   * stay those of the graph's `levels`. Layered layouts draw `max(levelCount, highest level + 1)` bands.
   */
  readonly levelCount?: number | undefined;
}

/** A laid-out map: a position per node id, in map units, and the box that holds them all. */
export interface GraphLayout {
  /** x and y of each node, by its index in the input's `nodes` (2 numbers a node: x0, y0, x1, y1, …). */
  readonly positions: Float64Array;
  /** Node id → index into `positions / 2`. */
  readonly indexById: ReadonlyMap<string, number>;
  readonly bounds: { readonly minX: number; readonly minY: number; readonly maxX: number; readonly maxY: number };
  /** For layered layouts: each band's y and height, top to bottom (empty for others). */
  readonly bands: readonly { readonly level: number; readonly y: number; readonly height: number }[];
  /**
   * For the radial layout: each ring's distance from the focus and radius, inside out (`distance: null` for the
   * outer ring of nodes the focus does not reach). Absent for other layouts.
   */
  readonly rings?: readonly { readonly distance: number | null; readonly radius: number }[] | undefined;
}
