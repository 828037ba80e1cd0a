import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { layoutRadial } from "../../../../packages/react/src/system-map/layout/radial.js";
import type {
  GraphLayout,
  LayoutEdge,
  LayoutGraph,
  LayoutNode,
} from "../../../../packages/react/src/system-map/layout/types.js";

const SEED = 20261122;
const TAU = 2 * Math.PI;

/** A connected graph seen from node 0: a random tree (each node hangs from an earlier one) plus extra edges, with BFS distances. */
const arbitraryPerspective: fc.Arbitrary<LayoutGraph> = fc
  .record({
    // A percentage per node says how far back its parent is: 0 % the node just before, 99 % the first.
    parents: fc.array(fc.integer({ min: 0, max: 99 }), { maxLength: 60 }),
    extra: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 20 }),
  })
  .map(({ parents, extra }) => {
    const count = parents.length + 1;
    const edges: LayoutEdge[] = parents.map((back, i) => ({
      source: `p${i + 1}`,
      target: `p${i - Math.floor((back * (i + 1)) / 100)}`,
    }));
    for (const [a, b] of extra) edges.push({ source: `p${a % count}`, target: `p${b % count}` });
    const neighbours: number[][] = Array.from({ length: count }, () => []);
    for (const edge of edges) {
      const a = Number(edge.source.slice(1));
      const b = Number(edge.target.slice(1));
      neighbours[a]!.push(b);
      neighbours[b]!.push(a);
    }
    const distance = new Array<number>(count).fill(-1);
    distance[0] = 0;
    const queue = [0];
    while (queue.length > 0) {
      const node = queue.shift()!;
      for (const other of neighbours[node]!) {
        if (distance[other] !== -1) continue;
        distance[other] = distance[node]! + 1;
        queue.push(other);
      }
    }
    const nodes: LayoutNode[] = distance.map((d, i) => ({ id: `p${i}`, level: 0, distance: d }));
    return { nodes, edges };
  });

const at = (layout: GraphLayout, i: number) => [layout.positions[2 * i]!, layout.positions[2 * i + 1]!] as const;
const radiusOf = (layout: GraphLayout, i: number) => Math.hypot(...at(layout, i));
/** Clockwise angle from twelve o'clock, in [0, 2π). */
const angleOf = (layout: GraphLayout, i: number) => {
  const [x, y] = at(layout, i);
  return (Math.atan2(x, -y) + TAU) % TAU;
};

describe("layoutRadial", () => {
  it("gives identical coordinates for identical input, and for a copy of it", () => {
    fc.assert(
      fc.property(arbitraryPerspective, (graph) => {
        const first = layoutRadial(graph);
        expect(layoutRadial(graph).positions).toEqual(first.positions);
        expect(layoutRadial(JSON.parse(JSON.stringify(graph)) as LayoutGraph).positions).toEqual(first.positions);
      }),
      { seed: SEED, numRuns: 150 },
    );
  });

  it("puts the focus in the centre and each node on the ring of its distance, rings growing outwards", () => {
    fc.assert(
      fc.property(arbitraryPerspective, (graph) => {
        const layout = layoutRadial(graph, { ringSpacing: 100 });
        expect(at(layout, 0)).toEqual([0, 0]);
        const rings = layout.rings!;
        expect(rings[0]).toEqual({ distance: 0, radius: 0 });
        for (let d = 1; d < rings.length; d++) {
          expect(rings[d]!.distance).toBe(d);
          expect(rings[d]!.radius).toBeGreaterThanOrEqual(rings[d - 1]!.radius + 100);
        }
        graph.nodes.forEach((node, i) => expect(radiusOf(layout, i)).toBeCloseTo(rings[node.distance!]!.radius, 6));
      }),
      { seed: SEED, numRuns: 150 },
    );
  });

  it("keeps every two nodes of a ring at least the node spacing apart", () => {
    fc.assert(
      fc.property(arbitraryPerspective, (graph) => {
        const layout = layoutRadial(graph, { nodeSpacing: 40 });
        for (let a = 1; a < graph.nodes.length; a++) {
          for (let b = a + 1; b < graph.nodes.length; b++) {
            if (graph.nodes[a]!.distance !== graph.nodes[b]!.distance) continue;
            const [ax, ay] = at(layout, a);
            const [bx, by] = at(layout, b);
            expect(Math.hypot(ax - bx, ay - by)).toBeGreaterThanOrEqual(40 - 1e-6);
          }
        }
      }),
      { seed: SEED, numRuns: 150 },
    );
  });

  it("keeps branches together: around each ring, the children of one parent stand side by side, in the parents' order", () => {
    fc.assert(
      fc.property(arbitraryPerspective, (graph) => {
        const layout = layoutRadial(graph);
        const index = new Map(graph.nodes.map((node, i) => [node.id, i]));
        const distance = (i: number) => graph.nodes[i]!.distance!;
        // The parent as the layout defines it: the neighbour one ring in with the smallest index.
        const parent = graph.nodes.map((_, i) => {
          let best = -1;
          for (const edge of graph.edges) {
            const a = index.get(edge.source)!;
            const b = index.get(edge.target)!;
            const other = a === i ? b : b === i ? a : -1;
            if (other !== -1 && distance(other) === distance(i) - 1 && (best === -1 || other < best)) best = other;
          }
          return best;
        });
        const deepest = Math.max(...graph.nodes.map((_, i) => distance(i)));
        for (let d = 2; d <= deepest; d++) {
          const ring = graph.nodes.map((_, i) => i).filter((i) => distance(i) === d);
          const parentsInOrder = graph.nodes
            .map((_, i) => i)
            .filter((i) => distance(i) === d - 1)
            .sort((a, b) => angleOf(layout, a) - angleOf(layout, b));
          const sequence = ring.sort((a, b) => angleOf(layout, a) - angleOf(layout, b)).map((i) => parent[i]!);
          // Runs of equal parents, read round the circle (the first and last run may be one).
          const runs = sequence.filter((p, k) => k === 0 || p !== sequence[k - 1]);
          if (runs.length > 1 && runs[0] === runs[runs.length - 1]) runs.pop();
          expect(new Set(runs).size).toBe(runs.length);
          // The runs follow the parents' circular order: a rotation of it, restricted to parents with children.
          const withChildren = parentsInOrder.filter((p) => runs.includes(p));
          const start = withChildren.indexOf(runs[0]!);
          expect([...withChildren.slice(start), ...withChildren.slice(0, start)]).toEqual(runs);
        }
      }),
      { seed: SEED, numRuns: 150 },
    );
  });

  it("counts distances from focusId along the edges when it is given", () => {
    const graph: LayoutGraph = {
      nodes: ["a", "b", "c", "d"].map((id) => ({ id, level: 0, distance: null })),
      edges: [
        { source: "a", target: "b" },
        { source: "b", target: "c" },
        { source: "c", target: "d" },
      ],
    };
    const layout = layoutRadial(graph, { focusId: "c" });
    expect(at(layout, 2)).toEqual([0, 0]);
    expect(radiusOf(layout, 1)).toBeCloseTo(radiusOf(layout, 3), 9);
    expect(radiusOf(layout, 0)).toBeGreaterThan(radiusOf(layout, 1));
  });

  it("puts nodes the focus does not reach on one more ring outside, marked distance null", () => {
    const graph: LayoutGraph = {
      nodes: [
        { id: "familj", level: 0, distance: 0 },
        { id: "vardcentral", level: 0, distance: 1 },
        { id: "okand", level: 0, distance: null },
      ],
      edges: [{ source: "familj", target: "vardcentral" }],
    };
    const layout = layoutRadial(graph);
    const rings = layout.rings!;
    expect(rings[rings.length - 1]!.distance).toBeNull();
    expect(radiusOf(layout, 2)).toBeCloseTo(rings[rings.length - 1]!.radius, 9);
    expect(radiusOf(layout, 2)).toBeGreaterThan(radiusOf(layout, 1));
  });

  it("counts from the first node when no node has distance 0, and sets several foci on a small ring", () => {
    const chain: LayoutGraph = {
      nodes: ["a", "b", "c"].map((id) => ({ id, level: 0 })),
      edges: [
        { source: "a", target: "b" },
        { source: "b", target: "c" },
      ],
    };
    expect(at(layoutRadial(chain), 0)).toEqual([0, 0]);
    const twin = layoutRadial(
      {
        nodes: [
          { id: "a", level: 0, distance: 0 },
          { id: "b", level: 0, distance: 0 },
        ],
        edges: [],
      },
      { nodeSpacing: 50 },
    );
    expect(Math.hypot(twin.positions[0]! - twin.positions[2]!, twin.positions[1]! - twin.positions[3]!)).toBeCloseTo(
      50,
      6,
    );
  });

  it("leaves band nodes at the centre, outside the rings, and lays out an empty graph as nothing", () => {
    const layout = layoutRadial({
      nodes: [
        { id: "level:x", level: 0, band: true },
        { id: "f", level: 0, distance: 0 },
        { id: "g", level: 0, distance: 1 },
      ],
      edges: [
        { source: "f", target: "g" },
        { source: "f", target: "level:x" },
      ],
    });
    expect(at(layout, 0)).toEqual([0, 0]);
    expect(layout.rings!.map((ring) => ring.distance)).toEqual([0, 1]);
    const empty = layoutRadial({ nodes: [], edges: [] });
    expect(empty.positions.length).toBe(0);
    expect(empty.bounds).toEqual({ minX: 0, minY: 0, maxX: 0, maxY: 0 });
  });
});
