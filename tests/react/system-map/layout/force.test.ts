import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  createForceStepper,
  defaultForceIterations,
  forceInputOf,
  layoutForce,
  resolveForceSettings,
} from "../../../../packages/react/src/system-map/layout/force.js";
import { createRandom, indexGraph } from "../../../../packages/react/src/system-map/layout/graph.js";
import { createManyBody } from "../../../../packages/react/src/system-map/layout/many-body.js";
import type { LayoutGraph } from "../../../../packages/react/src/system-map/layout/types.js";
import { d3Force } from "./d3-force.js";
import { arbitraryLayeredGraph, randomLayeredGraph } from "./graphs.js";

const SEED = 20261122;

describe("layoutForce", () => {
  it("gives identical coordinates for the same graph and seed, and finite ones", () => {
    fc.assert(
      fc.property(arbitraryLayeredGraph, fc.integer(), (graph, seed) => {
        const first = layoutForce(graph, { seed, iterations: 40 });
        expect(
          layoutForce(JSON.parse(JSON.stringify(graph)) as LayoutGraph, { seed, iterations: 40 }).positions,
        ).toEqual(first.positions);
        expect(Array.from(first.positions).every(Number.isFinite)).toBe(true);
        for (const key of ["minX", "minY", "maxX", "maxY"] as const)
          expect(Number.isFinite(first.bounds[key])).toBe(true);
      }),
      { seed: SEED, numRuns: 60 },
    );
  });

  it("gives other coordinates for another seed", () => {
    const graph = randomLayeredGraph(60, { seed: SEED });
    expect(layoutForce(graph, { seed: 1, iterations: 30 }).positions).not.toEqual(
      layoutForce(graph, { seed: 2, iterations: 30 }).positions,
    );
  });

  it("reports progress every progressEvery ticks, rising, ending with exactly one 1", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 1, max: 25 }), (iterations, progressEvery) => {
        const seen: number[] = [];
        layoutForce(randomLayeredGraph(30, { seed: SEED }), {
          iterations,
          progressEvery,
          onProgress: (p) => seen.push(p),
        });
        expect(seen.at(-1)).toBe(1);
        expect(seen.filter((p) => p === 1)).toHaveLength(1);
        seen.forEach((p, k) => {
          expect(p).toBeGreaterThanOrEqual(0);
          if (k > 0) expect(p).toBeGreaterThan(seen[k - 1]!);
        });
        expect(seen).toHaveLength(iterations === 0 ? 1 : Math.floor((iterations - 1) / progressEvery) + 1);
      }),
      { seed: SEED, numRuns: 60 },
    );
  });

  it("pulls linked nodes closer than unlinked ones", () => {
    const graph = randomLayeredGraph(200, { seed: SEED, edgesPerNode: 1.2 });
    const layout = layoutForce(graph, { seed: 3 });
    const length = (a: number, b: number) =>
      Math.hypot(
        layout.positions[2 * a]! - layout.positions[2 * b]!,
        layout.positions[2 * a + 1]! - layout.positions[2 * b + 1]!,
      );
    const linked = graph.edges.map((edge) =>
      length(layout.indexById.get(edge.source)!, layout.indexById.get(edge.target)!),
    );
    const random = createRandom(5);
    const any = Array.from({ length: 500 }, () => length(Math.floor(random() * 200), Math.floor(random() * 200)));
    const mean = (values: number[]) => values.reduce((sum, v) => sum + v, 0) / values.length;
    expect(mean(linked)).toBeLessThan(mean(any) / 2);
  });

  it("leaves band nodes at the origin and lays out an empty graph as nothing", () => {
    const layout = layoutForce(
      {
        nodes: [
          { id: "level:x", level: 0, band: true },
          { id: "a", level: 0 },
          { id: "b", level: 0 },
        ],
        edges: [{ source: "a", target: "b" }],
      },
      { iterations: 20 },
    );
    expect([layout.positions[0], layout.positions[1]]).toEqual([0, 0]);
    const empty = layoutForce({ nodes: [], edges: [] });
    expect(empty.positions.length).toBe(0);
    expect(empty.bounds).toEqual({ minX: 0, minY: 0, maxX: 0, maxY: 0 });
  });
});

describe("defaultForceIterations", () => {
  it("keeps d3's 300 ticks for small graphs and falls with size to 60", () => {
    expect(defaultForceIterations(0)).toBe(300);
    expect(defaultForceIterations(500)).toBe(300);
    expect(defaultForceIterations(1000)).toBe(135);
    expect(defaultForceIterations(5000)).toBe(60);
    for (let n = 500; n < 6000; n += 250)
      expect(defaultForceIterations(n + 250)).toBeLessThanOrEqual(defaultForceIterations(n));
  });
});

describe("createForceStepper", () => {
  it("gives the same positions however finely a run is sliced", () => {
    const graph = randomLayeredGraph(300, { seed: SEED });
    const indexed = indexGraph(graph);
    const settings = resolveForceSettings(indexed.nodeCount, { seed: 9, iterations: 25 });
    const whole = createForceStepper(forceInputOf(indexed), settings);
    expect(whole.advance(() => false)).toBe(true);
    const sliced = createForceStepper(forceInputOf(indexed), settings);
    let slices = 0;
    while (!sliced.advance(() => true)) slices++;
    // A slice per 64-node chunk of each tick's many-body force, plus one per tick.
    expect(slices).toBeGreaterThan(25 * 4);
    expect(sliced.positions()).toEqual(whole.positions());
  });

  it("stops at the next chunk once asked to yield", () => {
    const indexed = indexGraph(randomLayeredGraph(1000, { seed: SEED }));
    const stepper = createForceStepper(
      forceInputOf(indexed),
      resolveForceSettings(indexed.nodeCount, { iterations: 5 }),
    );
    let asked = 0;
    expect(stepper.advance(() => ++asked >= 3)).toBe(false);
    expect(asked).toBe(3);
    expect(stepper.ticks).toBe(0);
  });
});

describe("createManyBody", () => {
  it("sums the same forces as d3's forceManyBody", () => {
    fc.assert(
      // Distinct points: coincident ones are pushed apart by seeded jiggles, drawn in a different order by each tree.
      fc.property(
        fc.uniqueArray(fc.tuple(fc.integer({ min: -500, max: 500 }), fc.integer({ min: -500, max: 500 })), {
          minLength: 1,
          maxLength: 120,
          selector: ([x, y]) => `${x},${y}`,
        }),
        fc.constantFrom(0.5, 0.9),
        (points, theta) => {
          const d3Nodes: { x: number; y: number; vx: number; vy: number }[] = points.map(([x, y]) => ({
            x,
            y,
            vx: 0,
            vy: 0,
          }));
          // d3 with alpha 1 and no velocity decay's effect: one force call, then read the velocities.
          const force = d3Force.forceManyBody().strength(-30).theta(theta);
          d3Force.forceSimulation(d3Nodes).randomSource(createRandom(1)).force("charge", force).stop();
          force(1);
          const body = createManyBody(points.length, { strength: -30, theta, distanceMin: 1 }, createRandom(1));
          body.prepare(
            points.map(([x]) => x),
            points.map(([, y]) => y),
          );
          body.apply(0, points.length);
          // Same tree (d3-quadtree's root box), same criterion: the sums agree but for rounding, and d3's jiggle
          // of a far cell exactly in line (a nudge of 1e-6).
          d3Nodes.forEach((node, i) => {
            const scale = Math.max(1, Math.hypot(node.vx, node.vy));
            expect(Math.abs(body.fx[i]! - node.vx) / scale).toBeLessThan(1e-6);
            expect(Math.abs(body.fy[i]! - node.vy) / scale).toBeLessThan(1e-6);
          });
        },
      ),
      { seed: SEED, numRuns: 100 },
    );
  });
});
