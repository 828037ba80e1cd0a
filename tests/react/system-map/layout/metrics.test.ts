/** measureMapLegibility on hand-made layouts, where every number can be counted by eye. */
import { describe, expect, it } from "vitest";
import { measureMapLabel } from "../../../../packages/react/src/system-map/layout/labels.js";
import { measureMapLegibility } from "../../../../packages/react/src/system-map/layout/metrics.js";
import type { GraphLayout } from "../../../../packages/react/src/system-map/layout/types.js";

type Node = { id: string; kind: string; label: string; members?: string[] };

/** A layout of `nodes` at the given centres. */
function layoutOf(nodes: readonly Node[], centres: readonly [number, number][]): GraphLayout {
  return {
    positions: Float64Array.from(centres.flat()),
    indexById: new Map(nodes.map((node, i) => [node.id, i])),
    bounds: { minX: 0, minY: 0, maxX: 1000, maxY: 1000 },
    bands: [],
  };
}

const part = (id: string, label = id): Node => ({ id, kind: "organisation", label });
const square = [part("a"), part("b"), part("c"), part("d")];
const corners: [number, number][] = [
  [0, 0],
  [400, 400],
  [400, 0],
  [0, 400],
];

describe("measureMapLegibility", () => {
  it("counts two crossing segments as one crossing, and their drawn length at the scale", () => {
    const graph = {
      nodes: square,
      edges: [
        { source: "a", target: "b" },
        { source: "c", target: "d" },
      ],
    };
    const result = measureMapLegibility(graph, layoutOf(square, corners), { scale: 0.5 });
    expect(result.edgeCrossings).toBe(1);
    expect(result.drawnEdgeLength).toBeCloseTo(2 * Math.hypot(400, 400) * 0.5, 6);
  });

  it("counts no crossing for segments that only meet at a shared end, or do not meet", () => {
    const graph = {
      nodes: square,
      edges: [
        { source: "a", target: "b" },
        { source: "a", target: "c" },
        { source: "c", target: "b" },
      ],
    };
    expect(measureMapLegibility(graph, layoutOf(square, corners)).edgeCrossings).toBe(0);
  });

  it("counts a bundle once: one line, whatever number of connections it stands for", () => {
    const group: Node = { id: "g", kind: "group", label: "Falun", members: ["x", "y", "z"] };
    const nodes = [group, part("b"), part("c"), part("d")];
    const bundle = { source: "g", target: "b", bundle: { count: 5, edgeIds: ["1", "2", "3", "4", "5"], kinds: [] } };
    const graph = { nodes, edges: [bundle, { source: "c", target: "d" }] };
    const result = measureMapLegibility(graph, layoutOf(nodes, corners));
    expect(result.edgeCrossings).toBe(1);
    expect(result.partsFolded).toBe(3);
    expect(result.partsShown).toBe(3);
  });

  it("counts two overlapping labels as one overlap, and labels apart as none", () => {
    const nodes = [part("a", "Mora kommun"), part("b", "Orsa kommun"), part("c", "Rättviks kommun")];
    const width = measureMapLabel("Mora kommun").width;
    const overlapping = measureMapLegibility(
      { nodes, edges: [] },
      layoutOf(nodes, [
        [0, 0],
        [width / 2, 0],
        [0, 300],
      ]),
    );
    expect(overlapping.labelOverlaps).toBe(1);
    const apart = measureMapLegibility(
      { nodes, edges: [] },
      layoutOf(nodes, [
        [0, 0],
        [width + 10, 0],
        [0, 300],
      ]),
    );
    expect(apart.labelOverlaps).toBe(0);
  });

  it("gives the label size on screen, and leaves level nodes and unknown ends out", () => {
    const nodes: Node[] = [{ id: "level:0", kind: "level", label: "Nivå" }, part("a"), part("b")];
    const graph = {
      nodes,
      edges: [
        { source: "a", target: "nowhere" },
        { source: "level:0", target: "b" },
      ],
    };
    const result = measureMapLegibility(
      graph,
      layoutOf(nodes, [
        [0, 0],
        [0, 0],
        [100, 0],
      ]),
      { fontPx: 12, scale: 0.75 },
    );
    expect(result.smallestLabelPx).toBe(9);
    expect(result.drawnEdgeLength).toBe(0);
    expect(result.partsShown).toBe(2);
  });
});
