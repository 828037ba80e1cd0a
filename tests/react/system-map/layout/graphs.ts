/**
 * Seeded random graphs shaped like a system map, for the layouts' tests and benchmarks: levels that widen
 * downwards (few regional forums, many municipal units), most edges between adjacent levels, some skipping a
 * level, a few within one. Nodes come in the core's stable order (level, then id); edges by id.
 */
import fc from "fast-check";
import { createRandom } from "../../../../packages/react/src/system-map/layout/graph.js";
import type { LayoutEdge, LayoutGraph, LayoutNode } from "../../../../packages/react/src/system-map/layout/types.js";

/** Options of {@link randomLayeredGraph}. */
export interface RandomGraphOptions {
  readonly seed: number;
  readonly levels?: number;
  /** Edges per node, on average. @default 1.5 */
  readonly edgesPerNode?: number;
}

/** Sort nodes and edges into the order the core's contract gives them (level, id; edges by source, target). */
export function inContractOrder(graph: LayoutGraph): LayoutGraph {
  const nodes = [...graph.nodes].sort((a, b) => a.level - b.level || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const key = (edge: LayoutEdge) => `${edge.source}>${edge.target}`;
  const edges = [...graph.edges].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  return { ...graph, nodes, edges };
}

/** A seeded random layered graph of `nodeCount` nodes and about `edgesPerNode · nodeCount` edges. */
export function randomLayeredGraph(nodeCount: number, options: RandomGraphOptions): LayoutGraph {
  const random = createRandom(options.seed);
  const levels = options.levels ?? 6;
  const pick = (n: number) => Math.floor(random() * n);
  // Level weights 1, 2, 3, …: lower levels hold more nodes, as municipalities outnumber regional forums.
  const total = (levels * (levels + 1)) / 2;
  const nodes: LayoutNode[] = [];
  const byLevel: string[][] = Array.from({ length: levels }, () => []);
  for (let i = 0; i < nodeCount; i++) {
    let draw = random() * total;
    let level = 0;
    while (level < levels - 1 && draw >= level + 1) {
      draw -= level + 1;
      level++;
    }
    const id = `n${String(i).padStart(5, "0")}`;
    nodes.push({ id, level });
    byLevel[level]!.push(id);
  }
  const edges: LayoutEdge[] = [];
  const seen = new Set<string>();
  const target = Math.round(nodeCount * (options.edgesPerNode ?? 1.5));
  for (let attempts = 0; edges.length < target && attempts < 20 * target + 20; attempts++) {
    const from = nodes[pick(nodeCount)]!;
    const roll = random();
    const step = roll < 0.75 ? -1 : roll < 0.85 ? -2 : roll < 0.9 ? 0 : 1;
    const band = byLevel[from.level + step];
    if (band === undefined || band.length === 0) continue;
    const to = band[pick(band.length)]!;
    const key = from.id < to ? `${from.id}>${to}` : `${to}>${from.id}`;
    if (to === from.id || seen.has(key)) continue;
    seen.add(key);
    edges.push({ source: from.id, target: to });
  }
  return inContractOrder({ nodes, edges, levelCount: levels });
}

/** fast-check: small random layered graphs (1–40 nodes, 1–6 levels), sometimes with edges to unknown ids. */
export const arbitraryLayeredGraph: fc.Arbitrary<LayoutGraph> = fc
  .record({
    levels: fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 1, maxLength: 40 }),
    edges: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 80 }),
    dangling: fc.boolean(),
  })
  .map(({ levels, edges, dangling }) => {
    const nodes = levels.map((level, i): LayoutNode => ({ id: `n${String(i).padStart(3, "0")}`, level }));
    const list = edges.map(([a, b]): LayoutEdge => ({
      source: nodes[a % nodes.length]!.id,
      target: nodes[b % nodes.length]!.id,
    }));
    if (dangling) list.push({ source: nodes[0]!.id, target: "nowhere" });
    return inContractOrder({ nodes, edges: list });
  });

/** Each node's order within its band, as the layout drew it: rows top to bottom, then left to right. */
export function drawnOrder(positions: Float64Array): number[] {
  return Array.from({ length: positions.length / 2 }, (_, i) => positions[2 * i + 1]! * 1e7 + positions[2 * i]!);
}
