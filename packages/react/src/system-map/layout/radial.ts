/**
 * The radial layout of the perspective view: the system seen from one node. The focus stands in the centre,
 * the nodes one step away on the first ring, two steps on the second, and so on.
 *
 * Each node on a ring hangs from a parent on the ring inside it (its neighbour there with the smallest index:
 * a choice that does not depend on positions, so a node added elsewhere does not re-hang the others). The
 * circle is then divided as in a radial tree: every node gets a sector proportional to the size of the branch
 * it carries, inside its parent's sector, and wants to stand in the middle of it. So a branch stays together
 * and a child stands near its parent's angle. On each ring those wanted angles are spread, in order, to at
 * least the node spacing (isotonic regression, as in the layered layout), and each ring is wide enough to hold
 * its nodes evenly spaced, never closer than the ring inside plus `ringSpacing`.
 */
import { boundsOf, indexGraph, spreadInOrder } from "./graph.js";
import type { GraphLayout, LayoutGraph } from "./types.js";

/** Options of {@link layoutRadial}. */
export interface RadialLayoutOptions {
  /** Least distance between two nodes on one ring. @default 56 */
  readonly nodeSpacing?: number | undefined;
  /** Least distance between two rings. @default 120 */
  readonly ringSpacing?: number | undefined;
  /**
   * The node seen from. When given, distances are counted from it along the edges (either direction) and the
   * nodes' own `distance` is ignored. Without it the nodes' `distance` is used; when no node has distance 0,
   * distances are counted from the first node.
   */
  readonly focusId?: string | undefined;
}

const TAU = 2 * Math.PI;

function positive(value: number | undefined, fallback: number): number {
  return value !== undefined && Number.isFinite(value) && value > 0 ? value : fallback;
}

/** Steps from `start` along edges, either direction; −1 where it does not reach. */
function breadthFirst(
  start: number,
  nodeCount: number,
  neighbourStart: Int32Array,
  neighbours: Int32Array,
): Int32Array {
  const distance = new Int32Array(nodeCount).fill(-1);
  const queue = new Int32Array(nodeCount);
  let head = 0;
  let tail = 0;
  distance[start] = 0;
  queue[tail++] = start;
  while (head < tail) {
    const node = queue[head++]!;
    for (let k = neighbourStart[node]!; k < neighbourStart[node + 1]!; k++) {
      const other = neighbours[k]!;
      if (distance[other] !== -1) continue;
      distance[other] = distance[node]! + 1;
      queue[tail++] = other;
    }
  }
  return distance;
}

/** The radius at which `count` evenly spaced nodes stand `spacing` apart (chord length). */
function radiusFor(count: number, spacing: number): number {
  return count < 2 ? 0 : spacing / (2 * Math.sin(Math.PI / count));
}

/**
 * Angles for the nodes of one ring: their wanted angles (in ring order) spread to at least `gap` apart around
 * the circle. The circle is cut at the widest empty arc between wanted angles, where pushing is least likely
 * to wrap round; if the spread still would not close without overlap, the ring is evenly spaced, turned to
 * stay as near to the wanted angles as it can.
 */
function ringAngles(wanted: Float64Array, gap: number): Float64Array {
  const count = wanted.length;
  if (count < 2) return Float64Array.from(wanted);
  let cut = 0;
  let widest = -1;
  for (let i = 0; i < count; i++) {
    const next = i + 1 < count ? wanted[i + 1]! : wanted[0]! + TAU;
    if (next - wanted[i]! > widest) {
      widest = next - wanted[i]!;
      cut = (i + 1) % count;
    }
  }
  const unrolled = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    const j = (cut + i) % count;
    unrolled[i] = wanted[j]! + (j < cut ? TAU : 0);
  }
  let spread = spreadInOrder(unrolled, gap);
  if (spread[count - 1]! - spread[0]! > TAU - gap + 1e-9) {
    const step = TAU / count;
    let offset = 0;
    for (let i = 0; i < count; i++) offset += unrolled[i]! - i * step;
    offset /= count;
    spread = Float64Array.from(unrolled, (_, i) => offset + i * step);
  }
  const angles = new Float64Array(count);
  for (let i = 0; i < count; i++) angles[(cut + i) % count] = spread[i]!;
  return angles;
}

/**
 * Lay a graph out in rings around a focus: distance 0 in the centre, each ring one step further out, a
 * node's place on its ring following its parent on the ring inside, so branches stay together.
 *
 * Deterministic (docs/quality.md R4). Nodes the focus does not reach (no distance) stand on one more ring outside the
 * rest, in input order. Several nodes at distance 0 share a small ring round the centre. Band nodes stand at
 * the centre and take no place. `rings` gives each ring's radius for drawing guides; `bands` is empty;
 * `bounds` holds the outermost ring.
 *
 * @example
 * const layout = layoutRadial({
 *   nodes: [{ id: "familj", level: 0, distance: 0 }, { id: "vc-falun", level: 0, distance: 1 }, { id: "skola", level: 0, distance: 1 }],
 *   edges: [{ source: "familj", target: "vc-falun" }, { source: "familj", target: "skola" }],
 * });
 * layout.positions.slice(0, 2); // Float64Array [0, 0]: the focus
 */
export function layoutRadial(graph: LayoutGraph, options: RadialLayoutOptions = {}): GraphLayout {
  const spacing = positive(options.nodeSpacing, 56);
  const ringSpacing = positive(options.ringSpacing, 120);
  const indexed = indexGraph(graph);
  const { nodeCount, isBand, neighbourStart, neighbours } = indexed;
  const positions = new Float64Array(2 * nodeCount);

  let distance: Int32Array = new Int32Array(nodeCount).fill(-1);
  const focus = options.focusId === undefined ? undefined : indexed.indexById.get(options.focusId);
  if (focus !== undefined && isBand[focus] === 0) distance = breadthFirst(focus, nodeCount, neighbourStart, neighbours);
  else {
    let hasFocus = false;
    for (let i = 0; i < nodeCount; i++) {
      const given = graph.nodes[i]!.distance;
      // No step count exceeds the node count: a larger one is corrupt and is capped, not allocated rings for.
      if (isBand[i] === 0 && typeof given === "number" && Number.isFinite(given) && given >= 0)
        distance[i] = Math.min(nodeCount, Math.floor(given));
      if (distance[i] === 0) hasFocus = true;
    }
    const first = isBand.indexOf(0);
    if (!hasFocus && first !== -1) distance = breadthFirst(first, nodeCount, neighbourStart, neighbours);
  }
  for (let i = 0; i < nodeCount; i++) if (isBand[i] === 1) distance[i] = -1;

  let deepest = -1;
  for (let i = 0; i < nodeCount; i++) deepest = Math.max(deepest, distance[i]!);
  const rings: number[][] = Array.from({ length: deepest + 1 }, () => []);
  const unreached: number[] = [];
  for (let i = 0; i < nodeCount; i++) {
    if (isBand[i] === 1) continue;
    if (distance[i]! >= 0) rings[distance[i]!]!.push(i);
    else unreached.push(i);
  }

  // Parents: the neighbour one ring in with the smallest index; −1 for the centre and for orphans (a given
  // distance with no neighbour one ring in), which hang from the whole circle like the centre's nodes.
  const parent = new Int32Array(nodeCount).fill(-1);
  for (let i = 0; i < nodeCount; i++) {
    if (distance[i]! < 1) continue;
    for (let k = neighbourStart[i]!; k < neighbourStart[i + 1]!; k++) {
      const other = neighbours[k]!;
      if (distance[other] === distance[i]! - 1 && (parent[i] === -1 || other < parent[i]!)) parent[i] = other;
    }
  }
  // Branch sizes, outermost ring first so a node's size is complete before it is added to its parent's.
  const weight = new Float64Array(nodeCount).fill(1);
  for (let d = deepest; d >= 1; d--)
    for (const node of rings[d]!)
      if (parent[node] !== -1) weight[parent[node]!] = weight[parent[node]!]! + weight[node]!;

  // Children in index order (what the sectors are cut in), as lists; the roots are the centre's nodes and orphans.
  const children: number[][] = Array.from({ length: nodeCount }, () => []);
  const roots: number[] = [];
  for (const ring of rings)
    for (const node of ring) (parent[node] === -1 ? roots : children[parent[node]!]!).push(node);

  // Sectors, top-down: each node's share of its parent's sector is its branch's share of the siblings'.
  const wanted = new Float64Array(nodeCount);
  const sectorStart = new Float64Array(nodeCount);
  const sectorSize = new Float64Array(nodeCount);
  const share = (nodes: readonly number[], start: number, size: number) => {
    let total = 0;
    for (const node of nodes) total += weight[node]!;
    let at = start;
    for (const node of nodes) {
      const part = (size * weight[node]!) / total;
      wanted[node] = at + part / 2;
      sectorStart[node] = at;
      sectorSize[node] = part;
      at += part;
    }
  };
  share(roots, 0, TAU);
  for (const ring of rings)
    for (const node of ring)
      if (children[node]!.length > 0) share(children[node]!, sectorStart[node]!, sectorSize[node]!);

  const ringRadii: { distance: number | null; radius: number }[] = [];
  let radius = 0;
  rings.forEach((ring, d) => {
    const alone = d === 0 && ring.length === 1;
    radius = alone
      ? 0
      : Math.max(d === 0 ? 0 : radius + ringSpacing, radiusFor(ring.length, spacing), d === 0 ? spacing / 2 : 0);
    ringRadii.push({ distance: d, radius });
    if (ring.length === 0 || radius === 0) return; // a lone focus stays at the origin
    const ordered = ring.slice().sort((a, b) => wanted[a]! - wanted[b]! || a - b);
    // The angle at which two nodes on this ring stand `spacing` apart; at most 2π / count by the radius chosen.
    const gap = 2 * Math.asin(Math.min(1, spacing / (2 * radius)));
    const angles = ringAngles(
      Float64Array.from(ordered, (node) => wanted[node]!),
      gap,
    );
    ordered.forEach((node, position) => {
      // Angle 0 at twelve o'clock, growing clockwise on screen (y points down).
      positions[2 * node] = radius * Math.sin(angles[position]!);
      positions[2 * node + 1] = -radius * Math.cos(angles[position]!);
    });
  });
  if (unreached.length > 0) {
    radius = Math.max(rings.length === 0 ? 0 : radius + ringSpacing, radiusFor(unreached.length, spacing));
    ringRadii.push({ distance: null, radius });
    unreached.forEach((node, position) => {
      const angle = (TAU * (position + 0.5)) / unreached.length;
      positions[2 * node] = radius * Math.sin(angle);
      positions[2 * node + 1] = -radius * Math.cos(angle);
    });
  }
  const outer = ringRadii.reduce((most, ring) => Math.max(most, ring.radius), 0);
  const bounds =
    nodeCount === 0
      ? boundsOf(positions, isBand)
      : boundsOf(positions, isBand, { minX: -outer, minY: -outer, maxX: outer, maxY: outer });
  return { positions, indexById: indexed.indexById, bounds, bands: [], rings: ringRadii };
}
