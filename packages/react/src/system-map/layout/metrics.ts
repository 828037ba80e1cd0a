/**
 * How legible a laid-out map is, as numbers a bench can compare before and after: labels that overlap, edges
 * that cross, how much line is drawn, how small the labels get, and how many parts are drawn or folded. It
 * measures what the map draws: straight lines between the parts' centres (a bundle is one line) and label
 * boxes as the layout sized them ({@link measureMapLabel}), under each part's shape.
 */
import { NODE_RADIUS } from "../map-canvas.js";
import { groupLabel, MAP_LABEL_FONT_PX, MAP_LABEL_LINE_EM, measureMapLabel } from "./labels.js";
import type { GraphLayout } from "./types.js";

/** What {@link measureMapLegibility} reads of a (shown) system graph. */
export interface LegibilityGraphShape {
  readonly nodes: readonly {
    readonly id: string;
    readonly kind: string;
    readonly label: string;
    readonly members?: readonly string[] | undefined;
  }[];
  readonly edges: readonly { readonly source: string; readonly target: string }[];
}

/** Options of {@link measureMapLegibility}. */
export interface LegibilityOptions {
  /** Font size of the labels in map units. @default MAP_LABEL_FONT_PX */
  readonly fontPx?: number | undefined;
  /** The scale the map is drawn at (map units to CSS px), e.g. the fit's. @default 1 */
  readonly scale?: number | undefined;
}

/** A map's legibility in numbers. */
export interface MapLegibility {
  /** Pairs of label boxes that overlap. */
  readonly labelOverlaps: number;
  /** Pairs of drawn edges (straight, centre to centre) that cross, edges sharing an end not counted. */
  readonly edgeCrossings: number;
  /** Length of all drawn edges on screen, in CSS px at `scale`. */
  readonly drawnEdgeLength: number;
  /** The smallest label on screen, in CSS px at `scale`. */
  readonly smallestLabelPx: number;
  /** Parts drawn one by one (neither band nor folded group). */
  readonly partsShown: number;
  /** Parts folded into a drawn group (the groups' members). */
  readonly partsFolded: number;
}

/** Offset from a part's centre to its label's first baseline: below its shape, as the canvas draws it. */
function baselineBelow(kind: string): number {
  return (NODE_RADIUS[kind as keyof typeof NODE_RADIUS] ?? 0) + 14;
}

interface Box {
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

/** Pairs of boxes that overlap (touching edges do not), by a sweep over the boxes sorted by their left edge. */
function overlappingPairs(boxes: Box[]): number {
  boxes.sort((a, b) => a.left - b.left);
  let pairs = 0;
  for (let i = 0; i < boxes.length; i++) {
    const a = boxes[i]!;
    for (let j = i + 1; j < boxes.length && boxes[j]!.left < a.right; j++) {
      const b = boxes[j]!;
      if (b.top < a.bottom && a.top < b.bottom) pairs++;
    }
  }
  return pairs;
}

/** Orientation of c against the line a→b: positive, negative or 0. */
function orient(ax: number, ay: number, bx: number, by: number, cx: number, cy: number): number {
  return (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
}

interface Segment {
  readonly a: number;
  readonly b: number;
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
  readonly minX: number;
  readonly maxX: number;
}

/** Whether two segments with no end in common cross (properly: touching or collinear does not count). */
function cross(s: Segment, t: Segment): boolean {
  const d1 = orient(s.x1, s.y1, s.x2, s.y2, t.x1, t.y1);
  const d2 = orient(s.x1, s.y1, s.x2, s.y2, t.x2, t.y2);
  const d3 = orient(t.x1, t.y1, t.x2, t.y2, s.x1, s.y1);
  const d4 = orient(t.x1, t.y1, t.x2, t.y2, s.x2, s.y2);
  return d1 * d2 < 0 && d3 * d4 < 0;
}

/**
 * The legibility of `graph` drawn with `layout` at `scale`: label overlaps, edge crossings (a bundle is one edge,
 * as it is one line), drawn edge length and the smallest label on screen, parts shown and folded. Edges to an
 * unknown id, loops and `level` nodes are left out, as the map leaves them out.
 *
 * @example
 * const { edgeCrossings, labelOverlaps } = measureMapLegibility(shown, layoutShownGraph(shown), { scale: 0.95 });
 */
export function measureMapLegibility(
  graph: LegibilityGraphShape,
  layout: GraphLayout,
  options: LegibilityOptions = {},
): MapLegibility {
  const fontPx = options.fontPx ?? MAP_LABEL_FONT_PX;
  const scale = options.scale ?? 1;
  const boxes: Box[] = [];
  let partsShown = 0;
  let partsFolded = 0;
  graph.nodes.forEach((node, index) => {
    if (node.kind === "level") return;
    if (node.kind === "group") partsFolded += node.members?.length ?? 0;
    else partsShown++;
    const x = layout.positions[2 * index]!;
    const baseline = layout.positions[2 * index + 1]! + baselineBelow(node.kind);
    const label = measureMapLabel(groupLabel(node), fontPx);
    // Ascent and descent of a sans-serif line: about 0.8 and 0.25 of the font size.
    const top = baseline - 0.8 * fontPx;
    const bottom = baseline + (label.lines.length - 1) * MAP_LABEL_LINE_EM * fontPx + 0.25 * fontPx;
    boxes.push({ left: x - label.width / 2, right: x + label.width / 2, top, bottom });
  });

  const drawn = new Set(graph.nodes.flatMap((node) => (node.kind === "level" ? [] : [node.id])));
  const segments: Segment[] = [];
  let length = 0;
  for (const edge of graph.edges) {
    const a = layout.indexById.get(edge.source);
    const b = layout.indexById.get(edge.target);
    if (a === undefined || b === undefined || a === b || !drawn.has(edge.source) || !drawn.has(edge.target)) continue;
    const [x1, y1, x2, y2] = [
      layout.positions[2 * a]!,
      layout.positions[2 * a + 1]!,
      layout.positions[2 * b]!,
      layout.positions[2 * b + 1]!,
    ];
    length += Math.hypot(x2 - x1, y2 - y1);
    segments.push({ a, b, x1, y1, x2, y2, minX: Math.min(x1, x2), maxX: Math.max(x1, x2) });
  }
  // A sweep in x: only segments whose x ranges meet can cross.
  segments.sort((s, t) => s.minX - t.minX);
  let crossings = 0;
  for (let i = 0; i < segments.length; i++) {
    const s = segments[i]!;
    for (let j = i + 1; j < segments.length && segments[j]!.minX <= s.maxX; j++) {
      const t = segments[j]!;
      if (s.a === t.a || s.a === t.b || s.b === t.a || s.b === t.b) continue;
      if (cross(s, t)) crossings++;
    }
  }
  return {
    labelOverlaps: overlappingPairs(boxes),
    edgeCrossings: crossings,
    drawnEdgeLength: length * scale,
    smallestLabelPx: fontPx * scale,
    partsShown,
    partsFolded,
  };
}
