import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { countLayerCrossings, layoutLayered } from "../../../../packages/react/src/system-map/layout/layered.js";
import type { GraphLayout, LayoutGraph } from "../../../../packages/react/src/system-map/layout/types.js";
import { arbitraryLayeredGraph, drawnOrder, inContractOrder, randomLayeredGraph } from "./graphs.js";

const SEED = 20261122;
const inputOrder = (graph: LayoutGraph) => graph.nodes.map((_, index) => index);
const xOf = (layout: GraphLayout, id: string) => layout.positions[2 * layout.indexById.get(id)!]!;
const yOf = (layout: GraphLayout, id: string) => layout.positions[2 * layout.indexById.get(id)! + 1]!;

describe("layoutLayered", () => {
  it("gives identical coordinates for identical input, and for a copy of it", () => {
    fc.assert(
      fc.property(arbitraryLayeredGraph, (graph) => {
        const copy: LayoutGraph = JSON.parse(JSON.stringify(graph)) as LayoutGraph;
        const first = layoutLayered(graph);
        expect(layoutLayered(graph).positions).toEqual(first.positions);
        expect(layoutLayered(copy).positions).toEqual(first.positions);
      }),
      { seed: SEED, numRuns: 150 },
    );
  });

  it("gives identical coordinates for a shuffled input sorted back into the contract's order", () => {
    fc.assert(
      fc.property(arbitraryLayeredGraph, fc.infiniteStream(fc.nat()), (graph, stream) => {
        const noise = [...stream.take(graph.nodes.length + graph.edges.length)];
        const shuffled: LayoutGraph = {
          nodes: graph.nodes
            .map((node, i) => ({ node, k: noise[i]! }))
            .sort((a, b) => a.k - b.k)
            .map(({ node }) => node),
          edges: graph.edges
            .map((edge, i) => ({ edge, k: noise[graph.nodes.length + i]! }))
            .sort((a, b) => a.k - b.k)
            .map(({ edge }) => edge),
        };
        expect(layoutLayered(inContractOrder(shuffled)).positions).toEqual(layoutLayered(graph).positions);
      }),
      { seed: SEED, numRuns: 100 },
    );
  });

  it("puts every node inside its band, and the bands top to bottom in level order", () => {
    fc.assert(
      fc.property(arbitraryLayeredGraph, fc.integer({ min: 1, max: 8 }), (graph, maxRowNodes) => {
        const layout = layoutLayered(graph, { maxRowNodes });
        const highest = Math.max(...graph.nodes.map((node) => node.level));
        expect(layout.bands.map((band) => band.level)).toEqual(Array.from({ length: highest + 1 }, (_, i) => i));
        layout.bands.forEach((band, i) => {
          if (i > 0) expect(band.y).toBeGreaterThanOrEqual(layout.bands[i - 1]!.y + layout.bands[i - 1]!.height);
        });
        graph.nodes.forEach((node) => {
          const band = layout.bands[node.level]!;
          const y = yOf(layout, node.id);
          expect(y).toBeGreaterThan(band.y);
          expect(y).toBeLessThan(band.y + band.height);
          expect(xOf(layout, node.id)).toBeGreaterThanOrEqual(layout.bounds.minX);
          expect(xOf(layout, node.id)).toBeLessThanOrEqual(layout.bounds.maxX);
          expect(y).toBeLessThanOrEqual(layout.bounds.maxY);
        });
      }),
      { seed: SEED, numRuns: 150 },
    );
  });

  it("keeps every two nodes of a band at least the minimum spacing apart, wrapped or not", () => {
    fc.assert(
      fc.property(arbitraryLayeredGraph, fc.integer({ min: 1, max: 50 }), (graph, maxRowNodes) => {
        const layout = layoutLayered(graph, { maxRowNodes, nodeSpacing: 40, rowSpacing: 30 });
        for (let a = 0; a < graph.nodes.length; a++) {
          for (let b = a + 1; b < graph.nodes.length; b++) {
            if (graph.nodes[a]!.level !== graph.nodes[b]!.level) continue;
            const dx = Math.abs(layout.positions[2 * a]! - layout.positions[2 * b]!);
            const dy = Math.abs(layout.positions[2 * a + 1]! - layout.positions[2 * b + 1]!);
            expect(dx >= 40 - 1e-9 || dy >= 30 - 1e-9).toBe(true);
          }
        }
      }),
      { seed: SEED, numRuns: 150 },
    );
  });

  it("never has more crossings than the input's order", () => {
    fc.assert(
      fc.property(
        arbitraryLayeredGraph,
        fc.constantFrom("barycenter" as const, "median" as const),
        (graph, heuristic) => {
          const layout = layoutLayered(graph, { heuristic });
          expect(countLayerCrossings(graph, drawnOrder(layout.positions))).toBeLessThanOrEqual(
            countLayerCrossings(graph, inputOrder(graph)),
          );
        },
      ),
      { seed: SEED, numRuns: 200 },
    );
  });

  it("removes the crossings of a reversed matching, and does well on a seeded system-sized graph", () => {
    const top = ["a0", "a1", "a2", "a3", "a4"];
    const bottom = ["b0", "b1", "b2", "b3", "b4"];
    const graph: LayoutGraph = {
      nodes: [...top.map((id) => ({ id, level: 0 })), ...bottom.map((id) => ({ id, level: 1 }))],
      edges: top.map((id, i) => ({ source: id, target: bottom[4 - i]! })),
    };
    expect(countLayerCrossings(graph, inputOrder(graph))).toBe(10);
    expect(countLayerCrossings(graph, drawnOrder(layoutLayered(graph).positions))).toBe(0);

    const big = randomLayeredGraph(500, { seed: SEED });
    const before = countLayerCrossings(big, inputOrder(big));
    const after = countLayerCrossings(big, drawnOrder(layoutLayered(big).positions));
    expect(after).toBeLessThan(before * 0.75);
  });

  it("keeps the input's order with no sweeps, and centres a band's nodes under their neighbours", () => {
    const graph: LayoutGraph = {
      nodes: [
        { id: "rss", level: 0 },
        { id: "falun", level: 1 },
        { id: "borlange", level: 1 },
        { id: "mora", level: 1 },
      ],
      edges: [
        { source: "falun", target: "rss" },
        { source: "borlange", target: "rss" },
        { source: "mora", target: "rss" },
      ],
    };
    const layout = layoutLayered(graph, { sweeps: 0, transposePasses: 0, nodeSpacing: 50 });
    expect([xOf(layout, "falun"), xOf(layout, "borlange"), xOf(layout, "mora")]).toEqual([0, 50, 100]);
    expect(xOf(layout, "rss")).toBe(50);
  });

  it("draws a band for every level up to levelCount, empty ones too", () => {
    const layout = layoutLayered({ nodes: [{ id: "x", level: 1 }], edges: [], levelCount: 4 });
    expect(layout.bands.map((band) => band.level)).toEqual([0, 1, 2, 3]);
    expect(layout.bands.every((band) => band.height > 0)).toBe(true);
  });

  it("puts band nodes at their band's left edge and keeps them out of the rows", () => {
    const graph: LayoutGraph = {
      nodes: [
        { id: "level:politisk", level: 0, band: true },
        { id: "rss", level: 0 },
        { id: "level:direktorer", level: 1, band: true },
        { id: "lchnv", level: 1 },
      ],
      edges: [
        { source: "lchnv", target: "rss" },
        { source: "rss", target: "level:politisk" },
      ],
    };
    const layout = layoutLayered(graph, { nodeSpacing: 50 });
    expect(xOf(layout, "rss")).toBe(0);
    expect(xOf(layout, "level:politisk")).toBe(-50);
    const band = layout.bands[1]!;
    expect(yOf(layout, "level:direktorer")).toBe(band.y + band.height / 2);
    expect(layout.bounds.minX).toBe(0);
  });

  it("wraps a band longer than maxRowNodes into balanced rows, and the band grows to hold them", () => {
    const nodes = Array.from({ length: 100 }, (_, i) => ({ id: `m${String(i).padStart(3, "0")}`, level: 0 }));
    const layout = layoutLayered({ nodes, edges: [] }, { maxRowNodes: 48, rowSpacing: 40, bandPadding: 30 });
    const rows = new Map<number, number>();
    for (const node of nodes) rows.set(yOf(layout, node.id), (rows.get(yOf(layout, node.id)) ?? 0) + 1);
    expect([...rows.values()]).toEqual([34, 34, 32]);
    expect(layout.bands[0]!.height).toBe(2 * 30 + 2 * 40);
  });

  it("ignores edges to unknown ids and loops, and lays out an empty graph as nothing", () => {
    const graph: LayoutGraph = {
      nodes: [
        { id: "a", level: 0 },
        { id: "b", level: 1 },
      ],
      edges: [
        { source: "a", target: "ghost" },
        { source: "b", target: "b" },
        { source: "a", target: "b" },
      ],
    };
    const layout = layoutLayered(graph);
    expect(Array.from(layout.positions).every(Number.isFinite)).toBe(true);
    const empty = layoutLayered({ nodes: [], edges: [] });
    expect(empty.positions.length).toBe(0);
    expect(empty.bands).toEqual([]);
    expect(empty.bounds).toEqual({ minX: 0, minY: 0, maxX: 0, maxY: 0 });
  });

  it("takes a level that is not a whole number ≥ 0 as level 0", () => {
    const layout = layoutLayered({
      nodes: [
        { id: "a", level: Number.NaN },
        { id: "b", level: -3 },
        { id: "c", level: 1.7 },
      ],
      edges: [],
    });
    expect(yOf(layout, "a")).toBe(yOf(layout, "b"));
    expect(yOf(layout, "c")).toBeGreaterThan(layout.bands[1]!.y);
  });

  it("barely moves the others when a node is added elsewhere", () => {
    // Two sweeps by default for this reason (the module's notes): more sweeps let a small change reorder much of the map.
    for (const seed of [SEED, 1, 2]) {
      const graph = randomLayeredGraph(400, { seed });
      const before = layoutLayered(graph);
      for (const level of [0, 3, 5]) {
        const anchor = graph.nodes.find((node) => node.level === Math.max(0, level - 1))!;
        const grown: LayoutGraph = {
          ...graph,
          nodes: [...graph.nodes, { id: "z-new", level }],
          edges: [...graph.edges, { source: "z-new", target: anchor.id }],
        };
        const after = layoutLayered(grown);
        const moved = graph.nodes.filter(
          (node) =>
            Math.hypot(xOf(after, node.id) - xOf(before, node.id), yOf(after, node.id) - yOf(before, node.id)) > 56,
        ).length;
        expect(moved / graph.nodes.length).toBeLessThan(0.15);
      }
    }
  });
});

describe("countLayerCrossings", () => {
  it("counts crossings between adjacent levels only, for any order", () => {
    const graph: LayoutGraph = {
      nodes: [
        { id: "a", level: 0 },
        { id: "b", level: 0 },
        { id: "c", level: 1 },
        { id: "d", level: 1 },
        { id: "e", level: 2 },
      ],
      edges: [
        { source: "a", target: "d" },
        { source: "b", target: "c" },
        { source: "a", target: "e" },
        { source: "c", target: "d" },
      ],
    };
    expect(countLayerCrossings(graph, [0, 1, 2, 3, 4])).toBe(1);
    expect(countLayerCrossings(graph, [1, 0, 2, 3, 4])).toBe(0);
    expect(countLayerCrossings(graph, [0, 1, 3, 2, 4])).toBe(0);
  });

  it("agrees with counting every pair of edges", () => {
    fc.assert(
      fc.property(arbitraryLayeredGraph, (graph) => {
        const index = new Map(graph.nodes.map((node, i) => [node.id, i]));
        const level = (id: string) => graph.nodes[index.get(id)!]!.level;
        const pairs = graph.edges
          .filter(
            (edge) =>
              index.has(edge.target) &&
              index.has(edge.source) &&
              Math.abs(level(edge.source) - level(edge.target)) === 1,
          )
          .map(
            (edge) =>
              (level(edge.source) < level(edge.target)
                ? [index.get(edge.source)!, index.get(edge.target)!]
                : [index.get(edge.target)!, index.get(edge.source)!]) as [number, number],
          );
        let expected = 0;
        for (let i = 0; i < pairs.length; i++) {
          for (let j = i + 1; j < pairs.length; j++) {
            const [a, b] = pairs[i]!;
            const [c, d] = pairs[j]!;
            if (graph.nodes[a]!.level !== graph.nodes[c]!.level) continue;
            if ((a - c) * (b - d) < 0) expected++;
          }
        }
        expect(countLayerCrossings(graph, inputOrder(graph))).toBe(expected);
      }),
      { seed: SEED, numRuns: 150 },
    );
  });
});
