/**
 * The layered layout of the system and hierarchy views: one horizontal band per level (0 at the top), the
 * nodes of a band ordered so that edges cross as little as a barycenter sweep and a few transpositions manage,
 * then placed under the mean of their neighbours without ever standing closer than the minimum spacing.
 *
 * The steps are those of Sugiyama's method, kept cheap enough for a national map (5,000 nodes, 7,500 edges):
 * 1. order every band by the input's order (the core sorts nodes by level, kind, label and id: a stable key,
 *    so a node added elsewhere leaves the relative order of the others as it was);
 * 2. crossing reduction: sweeps that re-sort each band by the barycenter (or median) of its neighbours'
 *    ranks in the band just swept, ties kept in their current order, alternately down and up; the order
 *    with the fewest crossings seen, the input's included, is kept. Then the transposition heuristic swaps
 *    two neighbours of a band while that removes crossings. Neither step can end worse than the input's
 *    order.
 *    One sweep by default, because further sweeps buy few crossings and cost stability: each sweep feeds
 *    the next, so a small change of the data grows into a reordering of the whole map, whereas a
 *    transposition moves two nodes by one place. Measured on seeded maps of 400 and 2,000 nodes (6 seeds,
 *    one node added at the top, middle or bottom level), as crossings left of the input order's / others
 *    moved by more than a spacing, on average and at worst:
 *    one sweep + transpositions 0.43–0.47 / 2–3 %, worst 12–22 %; two sweeps 0.40 / 7–8 %, worst 30 %;
 *    two sweeps + transpositions 0.36–0.40 / 10–11 %, worst 36 %; eight sweeps 0.31–0.36 / about 60 %.
 *    `sweeps` trades one for the other;
 * 3. coordinates: each band's nodes go under the mean x of their neighbours in other bands, spread by
 *    isotonic regression so no two are closer than `nodeSpacing` (or, when nodes have a `width`, their half
 *    widths and `gap`: labels never overlap), within the width of the widest band; a band longer than
 *    `maxRowNodes` or wider than `maxRowWidth` wraps into rows instead (rows.ts), so one crowded level does not
 *    make the whole map a strip.
 * Long edges (skipping levels) take part in the sweeps through their far end's rank instead of dummy nodes,
 * which keeps the cost linear in the edges.
 */
import { boundsOf, indexGraph, spreadByOffsets, spreadInOrder, type IndexedGraph } from "./graph.js";
import { bandRows, type BandRows } from "./rows.js";
import type { GraphLayout, LayoutGraph } from "./types.js";

/** Options of {@link layoutLayered}. */
export interface LayeredLayoutOptions {
  /** Least distance between the centres of two nodes side by side in a band. @default 56 */
  readonly nodeSpacing?: number | undefined;
  /** Distance between the rows of a band that wraps. @default 48 */
  readonly rowSpacing?: number | undefined;
  /** Room above a band's first row and below its last (a band's label goes in the top padding). @default 36 */
  readonly bandPadding?: number | undefined;
  /** Space between two bands. @default 0 */
  readonly bandGap?: number | undefined;
  /**
   * Crossing-reduction sweeps, alternately down and up; 0 keeps the input's order. More sweeps remove a few
   * more crossings but let a small change of the data reorder much more of the map (see the module's notes).
   * @default 1
   */
  readonly sweeps?: number | undefined;
  /** Passes of the transposition heuristic after the sweeps (each stops early when no swap helps). @default 4 */
  readonly transposePasses?: number | undefined;
  /** How a node's wanted place follows its neighbours while sweeping. @default "barycenter" */
  readonly heuristic?: "barycenter" | "median" | undefined;
  /**
   * Most nodes in one row of a band; a longer band wraps into balanced rows. A constant rather than a
   * function of the graph's size, so adding a node never re-wraps the other bands. @default 64
   */
  readonly maxRowNodes?: number | undefined;
  /**
   * Clear room between the boxes of two neighbours in a row when nodes have a `width`: their centres stand at
   * least `(wa + wb) / 2 + gap` apart. A node with no width (where others have one) is `nodeSpacing − gap` wide.
   * @default 12
   */
  readonly gap?: number | undefined;
  /**
   * Widest a row may be, box edge to box edge (centre to centre for nodes with no width); a wider band wraps
   * into the fewest rows balanced by width that keep within it (and within `maxRowNodes`). @default no limit
   */
  readonly maxRowWidth?: number | undefined;
  /** Passes that move nodes towards their neighbours' x; 0 centres each band's row instead. @default 4 */
  readonly alignPasses?: number | undefined;
}

/** A level beyond this is taken as this: a corrupt level must not allocate millions of empty bands. */
const MAX_LEVEL = 9_999;

/** The band of a node: a whole level ≥ 0 (anything else is level 0, the safe answer for bad data). */
function levelOf(level: number): number {
  return Number.isFinite(level) && level >= 0 ? Math.min(MAX_LEVEL, Math.floor(level)) : 0;
}

/** A positive number from an option, or the default. */
function positive(value: number | undefined, fallback: number): number {
  return value !== undefined && Number.isFinite(value) && value > 0 ? value : fallback;
}

/** A node's width: a finite number ≥ 0, or the default. */
function widthOf(value: number | undefined, fallback: number): number {
  return value !== undefined && Number.isFinite(value) && value >= 0 ? value : fallback;
}

/** A whole count ≥ 0 from an option, or the default. */
function count(value: number | undefined, fallback: number): number {
  return value !== undefined && Number.isFinite(value) && value >= 0 ? Math.floor(value) : fallback;
}

/** The bands as numbers: each node's band, and each band's members in order. */
interface Bands {
  readonly level: Int32Array;
  readonly members: Int32Array[];
  /** Position of each node within its band (0-based). */
  readonly rank: Int32Array;
}

/** Each non-band node's band and the bands' members, ordered by `order` (ties by index). */
function bandsOf(graph: LayoutGraph, indexed: IndexedGraph, order?: ArrayLike<number>): Bands {
  const nodeCount = indexed.nodeCount;
  const level = new Int32Array(nodeCount);
  let highest = -1;
  for (let i = 0; i < nodeCount; i++) {
    level[i] = levelOf(graph.nodes[i]!.level);
    highest = Math.max(highest, level[i]!);
  }
  const bandCount = Math.max(highest + 1, Math.min(MAX_LEVEL + 1, count(graph.levelCount, 0)));
  const lists: number[][] = Array.from({ length: bandCount }, () => []);
  for (let i = 0; i < nodeCount; i++) if (indexed.isBand[i] === 0) lists[level[i]!]!.push(i);
  if (order !== undefined) for (const list of lists) list.sort((a, b) => order[a]! - order[b]! || a - b);
  const members = lists.map((list) => Int32Array.from(list));
  const rank = new Int32Array(nodeCount);
  for (const band of members) band.forEach((node, position) => (rank[node] = position));
  return { level, members, rank };
}

/** The edges between each band and the next, as (upper node, lower node) pairs: what crossings are counted on. */
function adjacentPairs(indexed: IndexedGraph, bands: Bands): Int32Array[] {
  const lists: number[][] = bands.members.map(() => []);
  for (let e = 0; e < indexed.source.length; e++) {
    const a = indexed.source[e]!;
    const b = indexed.target[e]!;
    const la = bands.level[a]!;
    const lb = bands.level[b]!;
    if (la + 1 === lb) lists[la]!.push(a, b);
    else if (lb + 1 === la) lists[lb]!.push(b, a);
  }
  return lists.map((list) => Int32Array.from(list));
}

/**
 * Crossings among the edges between adjacent bands for the current ranks. Each band pair's edges are sorted
 * by (upper rank, lower rank); a crossing is then an inversion of the lower ranks, counted with a Fenwick
 * tree: O(E log V) in all, cheap enough to count after every sweep.
 */
function crossingsOf(pairs: readonly Int32Array[], bands: Bands): number {
  let total = 0;
  for (let upper = 0; upper + 1 < pairs.length; upper++) {
    const list = pairs[upper]!;
    const edges = list.length / 2;
    if (edges < 2) continue;
    const lowerSize = bands.members[upper + 1]!.length;
    const keys = new Float64Array(edges);
    for (let e = 0; e < edges; e++) keys[e] = bands.rank[list[2 * e]!]! * lowerSize + bands.rank[list[2 * e + 1]!]!;
    keys.sort();
    const tree = new Int32Array(lowerSize + 1);
    for (let e = 0; e < edges; e++) {
      const lower = keys[e]! % lowerSize;
      // Edges seen so far whose lower end lies right of this one's: each crosses it.
      let atOrLeft = 0;
      for (let i = lower + 1; i > 0; i -= i & -i) atOrLeft += tree[i]!;
      total += e - atOrLeft;
      for (let i = lower + 1; i <= lowerSize; i += i & -i) tree[i]!++;
    }
  }
  return total;
}

/** Re-number the ranks of a band from its members' order. */
function rerank(band: Int32Array, rank: Int32Array): void {
  for (let position = 0; position < band.length; position++) rank[band[position]!] = position;
}

/** Median of a short list (the mean of the middle two when even). */
function medianOf(values: number[]): number {
  values.sort((a, b) => a - b);
  const middle = values.length >> 1;
  return values.length % 2 === 1 ? values[middle]! : (values[middle - 1]! + values[middle]!) / 2;
}

/**
 * Step 2b, the transposition heuristic (Gansner et al., dot): swap two neighbours of a band when that removes
 * crossings with the bands above and below, pass after pass until none helps. Each swap moves two nodes by
 * one place, so, unlike another sweep, it cannot reorder a whole band because of a change far away.
 */
function transpose(indexed: IndexedGraph, bands: Bands, passes: number): void {
  const { level, members, rank } = bands;
  // Per node, the ranks of its neighbours one level up and one level down, sorted (fixed while one band is
  // worked on: only that band's ranks change).
  const sideRanks = (node: number, side: number): Int32Array => {
    const list: number[] = [];
    for (let k = indexed.neighbourStart[node]!; k < indexed.neighbourStart[node + 1]!; k++) {
      const other = indexed.neighbours[k]!;
      if (level[other] === level[node]! + side) list.push(rank[other]!);
    }
    return Int32Array.from(list).sort();
  };
  // Crossings between the edges of `left` and of `right` on one side when `left` stands left of `right`:
  // pairs (a of left, b of right) with a's rank greater than b's, counted by merging the sorted lists.
  const crossings = (left: Int32Array, right: Int32Array): number => {
    let total = 0;
    let j = 0;
    for (let i = 0; i < left.length; i++) {
      while (j < right.length && right[j]! < left[i]!) j++;
      total += j;
    }
    return total;
  };
  for (let pass = 0; pass < passes; pass++) {
    let improved = false;
    for (const band of members) {
      if (band.length < 2) continue;
      const up = new Map<number, Int32Array>();
      const down = new Map<number, Int32Array>();
      for (const node of band) {
        up.set(node, sideRanks(node, -1));
        down.set(node, sideRanks(node, 1));
      }
      for (let position = 0; position + 1 < band.length; position++) {
        const v = band[position]!;
        const w = band[position + 1]!;
        const asIs = crossings(up.get(v)!, up.get(w)!) + crossings(down.get(v)!, down.get(w)!);
        const swapped = crossings(up.get(w)!, up.get(v)!) + crossings(down.get(w)!, down.get(v)!);
        if (swapped < asIs) {
          band[position] = w;
          band[position + 1] = v;
          rank[w] = position;
          rank[v] = position + 1;
          improved = true;
        }
      }
    }
    if (!improved) break;
  }
}

/** Step 2: sweeps of the barycenter or median heuristic; keeps the order with the fewest crossings seen. */
function reduceCrossings(indexed: IndexedGraph, bands: Bands, sweeps: number, median: boolean): void {
  const { level, members, rank } = bands;
  const bandCount = members.length;
  const pairs = adjacentPairs(indexed, bands);
  let bestCount = crossingsOf(pairs, bands);
  let best = members.map((band) => band.slice());
  const key = new Float64Array(indexed.nodeCount);
  const around: number[] = [];
  for (let sweep = 0; sweep < sweeps && bestCount > 0; sweep++) {
    const down = sweep % 2 === 0;
    for (let step = 1; step < bandCount; step++) {
      const current = down ? step : bandCount - 1 - step;
      const band = members[current]!;
      if (band.length < 2) continue;
      for (const node of band) {
        around.length = 0;
        for (let k = indexed.neighbourStart[node]!; k < indexed.neighbourStart[node + 1]!; k++) {
          const other = indexed.neighbours[k]!;
          const otherLevel = level[other]!;
          // Ranks counted from the left, not rank / band size: a node inserted into a band then shifts only
          // the nodes right of it, by one, so the sweeps' keys change locally and the others keep their order.
          if (down ? otherLevel < current : otherLevel > current) around.push(rank[other]!);
        }
        // A node with no neighbour on the swept side keeps its own rank as its key. (Scaling it to the other
        // band's ranks, to match the keys around it, measured no fewer crossings and twice the reordering.)
        key[node] =
          around.length === 0
            ? rank[node]!
            : median
              ? medianOf(around)
              : around.reduce((sum, value) => sum + value, 0) / around.length;
      }
      band.sort((a, b) => key[a]! - key[b]! || rank[a]! - rank[b]!);
      rerank(band, rank);
    }
    const crossings = crossingsOf(pairs, bands);
    if (crossings < bestCount) {
      bestCount = crossings;
      best = members.map((band) => band.slice());
    }
  }
  best.forEach((band, index) => {
    members[index]!.set(band);
    rerank(members[index]!, rank);
  });
}

/**
 * Lay a graph out in horizontal bands, one per level (0 at the top), with few edge crossings.
 *
 * Deterministic (docs/quality.md R4): the same input gives the same coordinates, bit for bit. Edges to unknown ids
 * and loops are ignored; a level that is not a whole number ≥ 0 counts as 0; band nodes (`band: true`) sit
 * at their band's left edge, outside `bounds`' nodes but inside its box. `bounds` holds every node and every
 * band. `bands` lists every level from 0 to the highest (or `levelCount − 1`), empty ones included.
 *
 * @example
 * const layout = layoutLayered({
 *   nodes: [{ id: "rss", level: 0 }, { id: "lchnv", level: 1 }, { id: "falun", level: 2 }],
 *   edges: [{ source: "lchnv", target: "rss" }, { source: "falun", target: "lchnv" }],
 * });
 * layout.positions[2 * layout.indexById.get("falun")! + 1]; // its y, inside layout.bands[2]
 */
export function layoutLayered(graph: LayoutGraph, options: LayeredLayoutOptions = {}): GraphLayout {
  const spacing = positive(options.nodeSpacing, 56);
  const rowSpacing = positive(options.rowSpacing, 48);
  const padding = count(options.bandPadding, 36);
  const gap = count(options.bandGap, 0);
  const maxRow = Math.max(1, count(options.maxRowNodes, 64));
  const labelGap = count(options.gap, 12);
  const maxRowWidth = positive(options.maxRowWidth, Infinity);
  const indexed = indexGraph(graph);
  const bands = bandsOf(graph, indexed);
  reduceCrossings(indexed, bands, count(options.sweeps, 1), options.heuristic === "median");
  transpose(indexed, bands, count(options.transposePasses, 4));

  const { members, level } = bands;
  const positions = new Float64Array(2 * indexed.nodeCount);
  // Widths only when some node has one: without, the rows and offsets are exactly those of the uniform spacing.
  const hasWidths = graph.nodes.some((node) => node.width !== undefined);
  const defaultWidth = Math.max(0, spacing - labelGap);
  const rowsOf = members.map((band) =>
    bandRows(band.length, {
      widths: hasWidths ? Float64Array.from(band, (node) => widthOf(graph.nodes[node]!.width, defaultWidth)) : null,
      spacing,
      gap: labelGap,
      maxRowNodes: maxRow,
      maxRowWidth,
    }),
  );
  const rowCount = (index: number) => rowsOf[index]!.span.length;
  const width = rowsOf.reduce((most, rows) => rows.span.reduce((wide, span) => Math.max(wide, span), most), 0);
  /** The row of the node at `position` of a band. */
  const rowAt = (rows: BandRows, position: number) => {
    let row = 0;
    while (rows.start[row + 1]! <= position) row++;
    return row;
  };

  // Start from each row centred: rows of a wrapped band balanced (three rows of 34, 33 and 33, not 64, 36).
  members.forEach((band, index) => {
    const rows = rowsOf[index]!;
    band.forEach((node, position) => {
      positions[2 * node] = (width - rows.span[rowAt(rows, position)]!) / 2 + rows.offset[position]!;
    });
  });

  // Step 3: a few Gauss–Seidel passes towards the neighbours' mean x, alternately top-down and bottom-up.
  const passes = count(options.alignPasses, 4);
  for (let pass = 0; pass < passes; pass++) {
    for (let step = 0; step < members.length; step++) {
      const current = pass % 2 === 0 ? step : members.length - 1 - step;
      const band = members[current]!;
      if (rowCount(current) !== 1) continue; // wrapped bands keep their rows
      const { offset, span } = rowsOf[current]!;
      const desired = new Float64Array(band.length);
      band.forEach((node, position) => {
        let sum = 0;
        let seen = 0;
        for (let k = indexed.neighbourStart[node]!; k < indexed.neighbourStart[node + 1]!; k++) {
          const other = indexed.neighbours[k]!;
          if (level[other] === current) continue;
          sum += positions[2 * other]!;
          seen++;
        }
        desired[position] = seen === 0 ? positions[2 * node]! : sum / seen;
      });
      const spread = hasWidths ? spreadByOffsets(desired, (i) => offset[i]!) : spreadInOrder(desired, spacing);
      band.forEach((node, position) => {
        // Clamp into [offset, width − (room the later nodes need)]: both bounds move by exactly the least
        // distance between neighbours, so the room the spread guarantees survives the clamp.
        const low = hasWidths ? offset[position]! : position * spacing;
        const high = hasWidths
          ? width - (span[0]! - offset[position]!)
          : width - (band.length - 1 - position) * spacing;
        positions[2 * node] = Math.min(high, Math.max(low, spread[position]!));
      });
    }
  }

  const bandBoxes: { level: number; y: number; height: number }[] = [];
  let top = 0;
  members.forEach((band, index) => {
    const rows = rowsOf[index]!;
    const height = 2 * padding + Math.max(0, rowCount(index) - 1) * rowSpacing;
    band.forEach((node, position) => (positions[2 * node + 1] = top + padding + rowAt(rows, position) * rowSpacing));
    bandBoxes.push({ level: index, y: top, height });
    top += height + gap;
  });
  const bandBottom =
    bandBoxes.length === 0 ? 0 : bandBoxes[bandBoxes.length - 1]!.y + bandBoxes[bandBoxes.length - 1]!.height;
  const bounds =
    bandBoxes.length === 0
      ? boundsOf(positions, indexed.isBand)
      : boundsOf(positions, indexed.isBand, { minX: 0, minY: 0, maxX: width, maxY: bandBottom });
  // Band nodes: at their band's left edge, mid-height, where the band's label stands.
  for (let i = 0; i < indexed.nodeCount; i++) {
    if (indexed.isBand[i] === 0) continue;
    const box = bandBoxes[level[i]!];
    positions[2 * i] = bounds.minX - spacing;
    positions[2 * i + 1] = box === undefined ? 0 : box.y + box.height / 2;
  }
  return { positions, indexById: indexed.indexById, bounds, bands: bandBoxes };
}

/**
 * How many edges between adjacent levels cross, when the nodes of each band stand in the order of `order`
 * (node index → any number; smaller first, ties by index). Edges that skip a level, stay within one, or touch
 * a band node are not counted. The measure {@link layoutLayered} minimises; for tests and benchmarks.
 *
 * @example
 * const inputOrder = graph.nodes.map((_, index) => index);
 * countLayerCrossings(graph, inputOrder); // crossings of the input's order
 */
export function countLayerCrossings(graph: LayoutGraph, order: ArrayLike<number>): number {
  const indexed = indexGraph(graph);
  const bands = bandsOf(graph, indexed, order);
  return crossingsOf(adjacentPairs(indexed, bands), bands);
}
