/**
 * What every layout needs first: the graph as numbers. Ids become indices (the order of the input's `nodes`),
 * edges become two index arrays and a compressed neighbour list, so the layouts loop over typed arrays instead
 * of maps and strings, and a worker receives a few buffers instead of thousands of objects.
 */
import type { GraphLayout, LayoutGraph } from "./types.js";

/** The graph by index: edges whose ends are both known, distinct and not band nodes. @internal */
export interface IndexedGraph {
  readonly nodeCount: number;
  readonly indexById: ReadonlyMap<string, number>;
  /** `true` at the index of a band node (it takes no part in the layout). */
  readonly isBand: Uint8Array;
  /** Ends of each kept edge, in input order. */
  readonly source: Int32Array;
  readonly target: Int32Array;
  /** Neighbours of node `i` are `neighbours[neighbourStart[i] .. neighbourStart[i + 1])`, in edge order. */
  readonly neighbourStart: Int32Array;
  readonly neighbours: Int32Array;
}

/**
 * Index a layout graph. Edges to an unknown id, loops and edges touching a band node are left out, rather
 * than thrown on: a map drawn from a half-edited workspace should still show what it can. When two nodes
 * share an id, the first keeps it (both still get a position).
 * @internal
 */
export function indexGraph(graph: LayoutGraph): IndexedGraph {
  const nodeCount = graph.nodes.length;
  const indexById = new Map<string, number>();
  const isBand = new Uint8Array(nodeCount);
  for (let i = 0; i < nodeCount; i++) {
    const node = graph.nodes[i]!;
    if (!indexById.has(node.id)) indexById.set(node.id, i);
    if (node.band === true) isBand[i] = 1;
  }
  const kept: number[] = [];
  for (const edge of graph.edges) {
    const a = indexById.get(edge.source);
    const b = indexById.get(edge.target);
    if (a === undefined || b === undefined || a === b || isBand[a] === 1 || isBand[b] === 1) continue;
    kept.push(a, b);
  }
  const edgeCount = kept.length / 2;
  const source = new Int32Array(edgeCount);
  const target = new Int32Array(edgeCount);
  const degree = new Int32Array(nodeCount);
  for (let e = 0; e < edgeCount; e++) {
    const a = kept[2 * e]!;
    const b = kept[2 * e + 1]!;
    source[e] = a;
    target[e] = b;
    degree[a]!++;
    degree[b]!++;
  }
  const neighbourStart = new Int32Array(nodeCount + 1);
  for (let i = 0; i < nodeCount; i++) neighbourStart[i + 1] = neighbourStart[i]! + degree[i]!;
  const fill = neighbourStart.slice(0, nodeCount);
  const neighbours = new Int32Array(2 * edgeCount);
  for (let e = 0; e < edgeCount; e++) {
    const a = source[e]!;
    const b = target[e]!;
    neighbours[fill[a]!++] = b;
    neighbours[fill[b]!++] = a;
  }
  return { nodeCount, indexById, isBand, source, target, neighbourStart, neighbours };
}

/**
 * The box around every non-band node's position (band nodes sit in margins the renderer owns), widened by
 * `extra` when given; all zeros for an empty layout, never `Infinity`.
 * @internal
 */
export function boundsOf(
  positions: Float64Array,
  isBand: Uint8Array,
  extra?: GraphLayout["bounds"],
): GraphLayout["bounds"] {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (let i = 0; i < isBand.length; i++) {
    if (isBand[i] === 1) continue;
    const x = positions[2 * i]!;
    const y = positions[2 * i + 1]!;
    if (x < minX) minX = x;
    if (x > maxX) maxX = x;
    if (y < minY) minY = y;
    if (y > maxY) maxY = y;
  }
  if (extra !== undefined) {
    minX = Math.min(minX, extra.minX);
    minY = Math.min(minY, extra.minY);
    maxX = Math.max(maxX, extra.maxX);
    maxY = Math.max(maxY, extra.maxY);
  }
  if (minX > maxX || minY > maxY) return { minX: 0, minY: 0, maxX: 0, maxY: 0 };
  return { minX, minY, maxX, maxY };
}

/**
 * The least-squares closest positions to `desired` that keep their order and stand at least `gap` apart.
 *
 * Why: the layered layout wants a node under the mean of its neighbours and the radial layout a child at its
 * parent's angle, but neither may let two nodes overlap. Substituting `y_i = x_i − i·gap` turns "at least gap
 * apart, in order" into "non-decreasing", which the pool-adjacent-violators algorithm solves exactly in
 * linear time: a crowded run of nodes spreads evenly around the mean of what its members want.
 * `desired` must already be in the wanted order (it need not be sorted).
 * @internal
 */
export function spreadInOrder(desired: ArrayLike<number>, gap: number): Float64Array {
  return spreadByOffsets(desired, (i) => i * gap);
}

/**
 * {@link spreadInOrder} with a distance of its own between each two neighbours: node `i` stands at least
 * `offsetAt(i + 1) − offsetAt(i)` left of node `i + 1` (`offsetAt` non-decreasing: the place each node would
 * take packed tight from 0). Why: parts with labels of different widths need different room each.
 * @internal
 */
export function spreadByOffsets(desired: ArrayLike<number>, offsetAt: (index: number) => number): Float64Array {
  const count = desired.length;
  const out = new Float64Array(count);
  const blockStart = new Int32Array(count);
  const blockSum = new Float64Array(count);
  const blockSize = new Int32Array(count);
  let blocks = 0;
  for (let i = 0; i < count; i++) {
    blockStart[blocks] = i;
    blockSum[blocks] = desired[i]! - offsetAt(i);
    blockSize[blocks] = 1;
    blocks++;
    // Merge while the block before wants to stand further right than this one: they must share one mean.
    while (
      blocks > 1 &&
      blockSum[blocks - 2]! * blockSize[blocks - 1]! > blockSum[blocks - 1]! * blockSize[blocks - 2]!
    ) {
      blockSum[blocks - 2] = blockSum[blocks - 2]! + blockSum[blocks - 1]!;
      blockSize[blocks - 2] = blockSize[blocks - 2]! + blockSize[blocks - 1]!;
      blocks--;
    }
  }
  for (let b = 0; b < blocks; b++) {
    const mean = blockSum[b]! / blockSize[b]!;
    const end = blockStart[b]! + blockSize[b]!;
    for (let i = blockStart[b]!; i < end; i++) out[i] = mean + offsetAt(i);
  }
  return out;
}

/**
 * A seeded pseudo-random source in [0, 1) (mulberry32): integer arithmetic only, so the same seed gives the
 * same numbers in every JavaScript engine, in a worker as on the main thread.
 * @internal
 */
export function createRandom(seed: number): () => number {
  let state = (Number.isFinite(seed) ? Math.trunc(seed) : 0) >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
