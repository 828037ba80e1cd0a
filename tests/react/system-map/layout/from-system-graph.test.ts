import { describe, expect, it } from "vitest";
import {
  toLayoutGraph,
  type SystemGraphShape,
} from "../../../../packages/react/src/system-map/layout/from-system-graph.js";
import { layoutLayered } from "../../../../packages/react/src/system-map/layout/layered.js";

/** A slice of Dalarna's system view: two levels, their level nodes, a forum and a municipality. */
const graph: SystemGraphShape = {
  levels: [{ key: "lansgemensam" }, { key: "direktorer" }, { key: "verksamhet" }],
  nodes: [
    { id: "level:lansgemensam", kind: "level", level: 0, distance: null },
    { id: "forum:f-lchnv", kind: "forum", level: 0, distance: null },
    { id: "level:direktorer", kind: "level", level: 1, distance: null },
    { id: "organisation:2080", kind: "organisation", level: 1, distance: null },
  ],
  edges: [{ source: "organisation:2080", target: "forum:f-lchnv" }],
};

describe("toLayoutGraph", () => {
  it("keeps every node in order, marks level nodes as bands and carries the level count", () => {
    const layoutGraph = toLayoutGraph(graph);
    expect(layoutGraph.nodes.map((node) => node.id)).toEqual(graph.nodes.map((node) => node.id));
    expect(layoutGraph.nodes.map((node) => node.band === true)).toEqual([true, false, true, false]);
    expect(layoutGraph.edges).toEqual([{ source: "organisation:2080", target: "forum:f-lchnv" }]);
    expect(layoutGraph.levelCount).toBe(3);
    // An empty third level still gets its band.
    expect(layoutLayered(layoutGraph).bands).toHaveLength(3);
  });

  it("gives the same object for the same graph, so a hook keyed on it does not run again", () => {
    expect(toLayoutGraph(graph)).toBe(toLayoutGraph(graph));
    expect(toLayoutGraph({ ...graph })).not.toBe(toLayoutGraph(graph));
  });
});
