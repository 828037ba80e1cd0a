/**
 * The layered layout with widths: labels of a row never closer than their half widths and the gap, rows within
 * `maxRowWidth`, and today's coordinates when no node has a width.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { layoutLayered } from "../../../../packages/react/src/system-map/layout/layered.js";
import { bandRows } from "../../../../packages/react/src/system-map/layout/rows.js";
import type { GraphLayout, LayoutGraph } from "../../../../packages/react/src/system-map/layout/types.js";
import { arbitraryLayeredGraph, randomLayeredGraph } from "./graphs.js";

const SEED = 20261205;

/** Per row (same y), the nodes left to right. */
function rowsOf(graph: LayoutGraph, layout: GraphLayout): number[][] {
  const byY = new Map<number, number[]>();
  graph.nodes.forEach((node, i) => {
    if (node.band === true) return;
    const y = layout.positions[2 * i + 1]!;
    byY.set(y, [...(byY.get(y) ?? []), i]);
  });
  return [...byY.values()].map((row) => row.sort((a, b) => layout.positions[2 * a]! - layout.positions[2 * b]!));
}

const withWidths = fc
  .tuple(arbitraryLayeredGraph, fc.array(fc.integer({ min: 10, max: 200 }), { minLength: 40, maxLength: 40 }))
  .map(([graph, widths]): LayoutGraph => ({
    ...graph,
    nodes: graph.nodes.map((node, i) => ({ ...node, width: widths[i]! })),
  }));

describe("layoutLayered with widths", () => {
  it("keeps every two neighbours of a row at least their half widths and the gap apart", () => {
    fc.assert(
      fc.property(withWidths, fc.integer({ min: 0, max: 40 }), fc.boolean(), (graph, gap, wrap) => {
        const layout = layoutLayered(graph, { gap, ...(wrap ? { maxRowWidth: 400 } : {}) });
        for (const row of rowsOf(graph, layout)) {
          for (let k = 0; k + 1 < row.length; k++) {
            const [a, b] = [row[k]!, row[k + 1]!];
            const apart = layout.positions[2 * b]! - layout.positions[2 * a]!;
            expect(apart).toBeGreaterThanOrEqual((graph.nodes[a]!.width! + graph.nodes[b]!.width!) / 2 + gap - 1e-9);
          }
        }
      }),
      { seed: SEED, numRuns: 200 },
    );
  });

  it("wraps a band into rows no wider than maxRowWidth, box edge to box edge", () => {
    fc.assert(
      fc.property(withWidths, fc.integer({ min: 150, max: 900 }), (graph, maxRowWidth) => {
        const layout = layoutLayered(graph, { maxRowWidth });
        for (const row of rowsOf(graph, layout)) {
          if (row.length < 2) continue;
          const first = row[0]!;
          const last = row[row.length - 1]!;
          const extent =
            layout.positions[2 * last]! -
            layout.positions[2 * first]! +
            (graph.nodes[first]!.width! + graph.nodes[last]!.width!) / 2;
          expect(extent).toBeLessThanOrEqual(maxRowWidth + 1e-9);
        }
      }),
      { seed: SEED, numRuns: 150 },
    );
  });

  it("wraps by width: narrow parts share a row that wide parts would fill", () => {
    const nodes = (width: number) => Array.from({ length: 10 }, (_, i) => ({ id: `n${i}`, level: 0, width }));
    const rows = (width: number) =>
      new Set(
        Array.from(layoutLayered({ nodes: nodes(width), edges: [] }, { maxRowWidth: 600 }).positions).filter(
          (_, i) => i % 2 === 1,
        ),
      ).size;
    expect(rows(40)).toBe(1);
    expect(rows(140)).toBe(3);
  });

  it("gives today's coordinates, bit for bit, when no node has a width, whatever the gap", () => {
    const graph = randomLayeredGraph(300, { seed: SEED });
    expect(layoutLayered(graph, { gap: 40 })).toEqual(layoutLayered(graph));
    // Widths as wide as the spacing leaves the same distances as no widths at all.
    const wide: LayoutGraph = { ...graph, nodes: graph.nodes.map((node) => ({ ...node, width: 56 - 12 })) };
    const a = layoutLayered(wide).positions;
    const b = layoutLayered(graph).positions;
    a.forEach((value, i) => expect(value).toBeCloseTo(b[i]!, 6));
  });

  it("is deterministic with widths", () => {
    fc.assert(
      fc.property(withWidths, (graph) => {
        const copy = JSON.parse(JSON.stringify(graph)) as LayoutGraph;
        expect(layoutLayered(copy, { maxRowWidth: 500 }).positions).toEqual(
          layoutLayered(graph, { maxRowWidth: 500 }).positions,
        );
      }),
      { seed: SEED, numRuns: 100 },
    );
  });
});

describe("bandRows", () => {
  it("offsets nodes by their half widths and the gap", () => {
    const rows = bandRows(3, { widths: [80, 100, 60], spacing: 56, gap: 12, maxRowNodes: 64, maxRowWidth: Infinity });
    expect(Array.from(rows.offset)).toEqual([0, 102, 194]);
    expect(Array.from(rows.span)).toEqual([194]);
  });

  it("splits into equal counts with no width limit, as the layout always did", () => {
    const rows = bandRows(100, { widths: null, spacing: 10, gap: 0, maxRowNodes: 64, maxRowWidth: Infinity });
    expect(Array.from(rows.start)).toEqual([0, 50, 100]);
  });

  it("gives a part wider than the limit a row of its own", () => {
    const rows = bandRows(3, { widths: [50, 500, 50], spacing: 0, gap: 10, maxRowNodes: 64, maxRowWidth: 200 });
    expect(rows.span.length).toBe(3);
  });
});
