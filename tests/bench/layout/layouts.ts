/**
 * Bench of the system map's layouts: `pnpm exec tsx --tsconfig tests/bench/tsconfig.json tests/bench/layout/layouts.ts`
 * (or as a suite of `pnpm bench` once tests/bench/suites/ re-exports `suite`). Seeded random layered graphs of
 * 500, 2,000 and 5,000 nodes with about 1.5 edges a node (tests/react/system-map/layout/graphs.ts).
 *
 * - layered (system and hierarchy views) and radial (perspective view): budget 500 ms at 5,000 nodes; they
 *   run on the main thread, so their time is the map's first paint.
 * - force: the synchronous run at its default ticks (what the worker, or the main thread in 8 ms slices,
 *   does off the critical path), beside the same simulation with d3-force's own `forceManyBody` instead of
 *   the sliceable one, so the two many-body forces are compared at equal work.
 * Timings are reported, never asserted (docs/quality.md R1).
 */
import { pathToFileURL } from "node:url";
import { defaultForceIterations, layoutForce } from "../../../packages/react/src/system-map/layout/force.js";
import { countLayerCrossings, layoutLayered } from "../../../packages/react/src/system-map/layout/layered.js";
import { layoutRadial } from "../../../packages/react/src/system-map/layout/radial.js";
import type { LayoutGraph } from "../../../packages/react/src/system-map/layout/types.js";
import { d3Force } from "../../react/system-map/layout/d3-force.js";
import { drawnOrder, randomLayeredGraph } from "../../react/system-map/layout/graphs.js";
import { compare, formatGroup, type BenchSuite, type GroupRow } from "../harness.js";

const SEED = 20261122;
const SIZES = [500, 2000, 5000] as const;
const STRUCTURED_BUDGET_MS = 500;

/** The force layout with d3-force's own many-body force, at the same settings and ticks as {@link layoutForce}. */
function forceWithD3ManyBody(graph: LayoutGraph, iterations: number): Float64Array {
  const index = new Map(graph.nodes.map((node, i) => [node.id, i]));
  let state = SEED >>> 0;
  const random = () => (state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 4294967296;
  const side = 48 * Math.sqrt(graph.nodes.length);
  const nodes = graph.nodes.map(() => ({ x: (random() - 0.5) * side, y: (random() - 0.5) * side, vx: 0, vy: 0 }));
  const links = graph.edges
    .filter((edge) => index.has(edge.source) && index.has(edge.target))
    .map((edge) => ({ source: index.get(edge.source)!, target: index.get(edge.target)! }));
  const simulation = d3Force
    .forceSimulation(nodes)
    .randomSource(random)
    .alphaDecay(1 - 0.001 ** (1 / iterations))
    .force("link", d3Force.forceLink(links).distance(48))
    .force("charge", d3Force.forceManyBody().strength(-90).theta(0.9))
    .force("x", d3Force.forceX(0).strength(0.04))
    .force("y", d3Force.forceY(0).strength(0.04))
    .stop();
  simulation.tick(iterations);
  return Float64Array.from(nodes.flatMap((node) => [node.x, node.y]));
}

function run(): GroupRow[][] {
  const groups: GroupRow[][] = [];
  for (const size of SIZES) {
    const graph = randomLayeredGraph(size, { seed: SEED });
    // The perspective view's input: distances from the first node (the radial layout counts them itself).
    const perspective: LayoutGraph = {
      ...graph,
      nodes: graph.nodes.map((node) => ({ id: node.id, level: node.level })),
    };
    const structured = compare(
      [
        { name: `layoutLayered, ${size} nodes`, fn: () => layoutLayered(graph) },
        { name: `layoutRadial, ${size} nodes`, fn: () => layoutRadial(perspective) },
      ],
      { warmup: 2, iterations: 10 },
    );
    const rows: GroupRow[] = structured.map((result) => ({ result, budgetMs: STRUCTURED_BUDGET_MS }));
    const before = countLayerCrossings(
      graph,
      graph.nodes.map((_, i) => i),
    );
    const after = countLayerCrossings(graph, drawnOrder(layoutLayered(graph).positions));
    console.log(
      formatGroup(
        `Structured layouts, ${size} nodes, ${graph.edges.length} edges (layered crossings: input order ${before}, laid out ${after})`,
        rows,
      ),
    );
    groups.push(rows);

    const ticks = defaultForceIterations(size);
    const force = compare(
      [
        { name: `layoutForce, ${ticks} ticks (sliceable many-body)`, fn: () => layoutForce(graph, { seed: SEED }) },
        { name: `same with d3's forceManyBody`, fn: () => forceWithD3ManyBody(graph, ticks) },
      ],
      { warmup: 1, iterations: size >= 5000 ? 3 : 5 },
    );
    const forceRows: GroupRow[] = force.map((result) => ({ result }));
    console.log(
      formatGroup(
        `Force layout, ${size} nodes (${(force[0]!.medianMs / ticks).toFixed(1)} ms a tick; runs in a worker)`,
        forceRows,
      ),
    );
    groups.push(forceRows);
  }
  return groups;
}

/** The layouts as a `pnpm bench` suite. */
export const suite: BenchSuite = { name: "layout", run };

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) run();
