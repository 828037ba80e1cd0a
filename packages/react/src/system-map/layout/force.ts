/**
 * The force layout: a d3-force simulation run for a fixed number of ticks from seeded positions with a seeded random
 * source, so the same graph and seed give the same coordinates (docs/quality.md R4), with no timer: the simulation is
 * stopped at once and ticked by hand. The same stepper runs the synchronous {@link layoutForce}, the Web Worker and the
 * main-thread fallback, which may stop between any two slices of a tick; all three give identical positions.
 */
import {
  forceLink,
  forceSimulation,
  forceX,
  forceY,
  type Force,
  type SimulationLinkDatum,
  type SimulationNodeDatum,
} from "d3-force";
import { boundsOf, createRandom, indexGraph, type IndexedGraph } from "./graph.js";
import { createManyBody } from "./many-body.js";
import type { GraphLayout, LayoutGraph } from "./types.js";

/** Options of {@link layoutForce}, the worker and {@link useForceLayout}. */
export interface ForceLayoutOptions {
  /** Seed of the starting positions and of d3-force's random source. @default 1 */
  readonly seed?: number | undefined;
  /** Ticks to run. @default {@link defaultForceIterations} of the node count (300 down to 60) */
  readonly iterations?: number | undefined;
  /** Called with the fraction done (0–1, rising), every `progressEvery` ticks and once with 1 at the end. */
  readonly onProgress?: ((progress: number) => void) | undefined;
  /** Ticks between two progress reports. @default 10 */
  readonly progressEvery?: number | undefined;
  /** Length links pull towards. @default 48 */
  readonly linkDistance?: number | undefined;
  /** Repulsion between every two nodes (negative repels). @default -90 */
  readonly chargeStrength?: number | undefined;
  /** Barnes–Hut accuracy; larger is faster and coarser. @default 0.9 */
  readonly theta?: number | undefined;
  /** Pull of every node towards the origin, so parts not linked to the rest do not drift away. @default 0.04 */
  readonly gravity?: number | undefined;
}

/** The options that decide positions, with defaults filled in: what the worker is sent. @internal */
export interface ForceSettings {
  readonly seed: number;
  readonly iterations: number;
  readonly progressEvery: number;
  readonly linkDistance: number;
  readonly chargeStrength: number;
  readonly theta: number;
  readonly gravity: number;
}

/** Ticks for graphs up to this size: d3-force's own default of 300 ticks. */
const SMALL_GRAPH = 500;

/**
 * Default ticks for a graph of `nodeCount` nodes: 300 up to 500 nodes, then falling with the work of a tick,
 * to at least 60.
 *
 * Why it falls: a tick costs O(n log n) (Barnes–Hut) plus O(edges), so d3-force's 300 ticks took 3 s at
 * 2,000 nodes and 10 s at 5,000 on the two-core machines measured here (about 4 s at 5,000 with this
 * module's faster many-body force). The ticks are scaled so the total work stays near that of 300 ticks at
 * 500 nodes: half a second to a second on such a machine (tests/bench/layout), in a worker or in
 * main-thread slices. Little is lost: the simulation cools geometrically over however many ticks it has
 * (alpha from 1 to 0.001), most untangling happens in the first hot ticks, and the seeded start is already
 * spread at the density the forces settle at. Measured at 5,000 nodes, 300 ticks instead of 60 shorten the
 * mean edge by 6 % for four times the time. Below 60 ticks the cooling gets too abrupt.
 *
 * @example
 * defaultForceIterations(500);  // 300
 * defaultForceIterations(5000); // 60
 */
export function defaultForceIterations(nodeCount: number): number {
  if (!(nodeCount > SMALL_GRAPH)) return 300;
  const work = (n: number) => n * Math.log2(n);
  return Math.max(60, Math.min(300, Math.round((300 * work(SMALL_GRAPH)) / work(nodeCount))));
}

function finite(value: number | undefined, fallback: number): number {
  return value !== undefined && Number.isFinite(value) ? value : fallback;
}

/** Fill in the defaults (and repair nonsense: a negative tick count is 0, a zero theta is d3's 0.9). @internal */
export function resolveForceSettings(nodeCount: number, options: ForceLayoutOptions = {}): ForceSettings {
  const theta = finite(options.theta, 0.9);
  return {
    seed: Math.trunc(finite(options.seed, 1)),
    iterations: Math.max(0, Math.floor(finite(options.iterations, defaultForceIterations(nodeCount)))),
    progressEvery: Math.max(1, Math.floor(finite(options.progressEvery, 10))),
    linkDistance: Math.max(1, finite(options.linkDistance, 48)),
    chargeStrength: finite(options.chargeStrength, -90),
    theta: theta > 0 ? theta : 0.9,
    gravity: Math.max(0, finite(options.gravity, 0.04)),
  };
}

/** The graph as a worker receives it: counts and index arrays, no strings. @internal */
export interface ForceInput {
  readonly nodeCount: number;
  readonly isBand: Uint8Array;
  readonly source: Int32Array;
  readonly target: Int32Array;
}

/** A force layout in progress, advanced slice by slice. @internal */
export interface ForceStepper {
  readonly settings: ForceSettings;
  /** Ticks done so far. */
  readonly ticks: number;
  /**
   * Work until done or until `shouldYield()` says stop (it is asked between chunks of 64 nodes of a tick's
   * many-body force and between ticks). Returns `true` when every tick is done.
   */
  advance(shouldYield: () => boolean): boolean;
  /** x and y by input index (band nodes at the origin), as they stand now. */
  positions(): Float64Array;
}

interface Body extends SimulationNodeDatum {
  x: number;
  y: number;
  vx: number;
  vy: number;
}

/** Nodes of the many-body force summed between two looks at the clock. */
const CHUNK = 64;

/**
 * Set up the simulation: seeded positions in a square whose area grows with the node count (so the start is
 * about as dense as the result, and no random start is a tight knot to untangle); d3's link force and
 * centring forces; the sliceable many-body force; cooling from alpha 1 to 0.001 in exactly `iterations` ticks.
 * @internal
 */
export function createForceStepper(
  input: ForceInput,
  settings: ForceSettings,
  onProgress?: (progress: number) => void,
): ForceStepper {
  const simIndex = new Int32Array(input.nodeCount).fill(-1);
  const original: number[] = [];
  for (let i = 0; i < input.nodeCount; i++) {
    if (input.isBand[i] === 1) continue;
    simIndex[i] = original.length;
    original.push(i);
  }
  const count = original.length;
  const random = createRandom(settings.seed);
  const side = settings.linkDistance * Math.sqrt(Math.max(1, count));
  const nodes: Body[] = original.map(() => ({ x: (random() - 0.5) * side, y: (random() - 0.5) * side, vx: 0, vy: 0 }));
  const links: SimulationLinkDatum<Body>[] = [];
  for (let e = 0; e < input.source.length; e++) {
    const a = simIndex[input.source[e]!]!;
    const b = simIndex[input.target[e]!]!;
    if (a !== -1 && b !== -1) links.push({ source: a, target: b });
  }
  const body = createManyBody(
    count,
    { strength: settings.chargeStrength, theta: settings.theta, distanceMin: 1 },
    random,
  );
  // The many-body sums were computed (in slices) before the tick; the tick adds them at its own alpha.
  const charge: Force<Body, SimulationLinkDatum<Body>> = (alpha: number) => {
    for (let k = 0; k < count; k++) {
      const node = nodes[k]!;
      node.vx += body.fx[k]! * alpha;
      node.vy += body.fy[k]! * alpha;
    }
  };
  const alphaMin = 0.001;
  const simulation = forceSimulation(nodes)
    .randomSource(random)
    .alpha(1)
    .alphaMin(alphaMin)
    .alphaDecay(settings.iterations > 0 ? 1 - alphaMin ** (1 / settings.iterations) : 0)
    .velocityDecay(0.4)
    .force("link", forceLink<Body, SimulationLinkDatum<Body>>(links).distance(settings.linkDistance))
    .force("charge", charge)
    .force("x", forceX<Body>(0).strength(settings.gravity))
    .force("y", forceY<Body>(0).strength(settings.gravity))
    // No timer: d3 starts one on creation; stopping it at once leaves the ticks to us, a fixed number of them.
    .stop();

  const xs = new Float64Array(count);
  const ys = new Float64Array(count);
  let ticks = 0;
  let prepared = false;
  let cursor = 0;
  let finished = false;

  const report = () => {
    if (onProgress === undefined) return;
    if (ticks === settings.iterations) onProgress(1);
    else if (ticks % settings.progressEvery === 0) onProgress(ticks / settings.iterations);
  };

  return {
    settings,
    get ticks() {
      return ticks;
    },
    advance(shouldYield) {
      if (finished) return true;
      while (ticks < settings.iterations) {
        if (!prepared) {
          for (let k = 0; k < count; k++) {
            xs[k] = nodes[k]!.x;
            ys[k] = nodes[k]!.y;
          }
          body.prepare(xs, ys);
          prepared = true;
          cursor = 0;
        }
        while (cursor < count) {
          const end = Math.min(count, cursor + CHUNK);
          body.apply(cursor, end);
          cursor = end;
          if (cursor < count && shouldYield()) return false;
        }
        simulation.tick();
        ticks++;
        prepared = false;
        report();
        if (ticks < settings.iterations && shouldYield()) return false;
      }
      if (settings.iterations === 0) onProgress?.(1);
      finished = true;
      return true;
    },
    positions() {
      const positions = new Float64Array(2 * input.nodeCount);
      original.forEach((index, k) => {
        positions[2 * index] = nodes[k]!.x;
        positions[2 * index + 1] = nodes[k]!.y;
      });
      return positions;
    },
  };
}

/** The numbers a force run needs from an indexed graph. @internal */
export function forceInputOf(indexed: IndexedGraph): ForceInput {
  return { nodeCount: indexed.nodeCount, isBand: indexed.isBand, source: indexed.source, target: indexed.target };
}

/** A finished force layout from its positions. @internal */
export function forceLayoutOf(indexed: IndexedGraph, positions: Float64Array): GraphLayout {
  return { positions, indexById: indexed.indexById, bounds: boundsOf(positions, indexed.isBand), bands: [] };
}

/**
 * Lay a graph out with a seeded force simulation (d3-force), synchronously: links pull, every node repels
 * every other, a weak pull to the origin keeps parts together. Levels and distances are ignored.
 *
 * Deterministic (docs/quality.md R4): the same graph, seed and options give the same coordinates, bit for bit,
 * here, in the worker and in the main-thread fallback. This blocks for as long as it runs (about a second at
 * 5,000 nodes): in a page, use {@link useForceLayout} or {@link createForceLayoutWorker}, which run it off the
 * main thread. Band nodes stay at the origin.
 *
 * @example
 * const layout = layoutForce(graph, { seed: 7, iterations: 200, onProgress: (p) => console.log(p) });
 */
export function layoutForce(graph: LayoutGraph, options: ForceLayoutOptions = {}): GraphLayout {
  const indexed = indexGraph(graph);
  const settings = resolveForceSettings(indexed.nodeCount, options);
  const stepper = createForceStepper(forceInputOf(indexed), settings, options.onProgress);
  stepper.advance(() => false);
  return forceLayoutOf(indexed, stepper.positions());
}
