/**
 * The system map at national size (docs/quality.md R1): the system view of the national synthetic workspace with its
 * ~5,000 people is a valid graph, and the national map generator (tests/fixtures/national-system-map.ts, the
 * data of the SystemMap component's story and benchmark) cuts it to about 500, 2,000 and 5,000 nodes with
 * 1.5 edges per node, the same for the same seed, with workshop marks the door accepts. Timings are reported
 * by the benchmarks, not asserted here.
 */
import { describe, expect, it } from "vitest";
import { aggregateAnnotations, describeSystemGraph, type SystemGraph } from "@systemledning/core/system-map";
import { safeParseWorkspace } from "@systemledning/core/workspace";
import {
  NATIONAL_SYSTEM_MAP_EDGES_PER_NODE,
  NATIONAL_SYSTEM_MAP_SIZES,
  createNationalAnnotations,
  createNationalSystemGraph,
} from "../../fixtures/national-system-map.js";

const SEED = 20261122;

function expectValid(graph: SystemGraph): void {
  const ids = new Set(graph.nodes.map((n) => n.id));
  expect(ids.size).toBe(graph.nodes.length);
  for (const edge of graph.edges) {
    expect(ids.has(edge.source)).toBe(true);
    expect(ids.has(edge.target)).toBe(true);
  }
  const edgeIds = graph.edges.map((e) => e.id);
  expect(edgeIds).toEqual([...edgeIds].sort());
  for (let i = 1; i < graph.nodes.length; i++)
    expect(graph.nodes[i]!.level).toBeGreaterThanOrEqual(graph.nodes[i - 1]!.level);
}

describe("the national system map", () => {
  const { whole } = createNationalSystemGraph({ seed: SEED, nodes: 500 });

  it("has the ~300 leaderships, their forums, ~5,000 people and their organisations and sectors, every edge's ends among its nodes", () => {
    const count = (kind: string) => whole.nodes.filter((n) => n.kind === kind).length;
    expect(count("leadership")).toBeGreaterThan(250);
    expect(count("person")).toBeGreaterThan(4_000);
    expect(count("forum")).toBeGreaterThan(350);
    expect(count("organisation")).toBeGreaterThan(300);
    expect(whole.nodes.length).toBeGreaterThan(5_000);
    expectValid(whole);
    expect(describeSystemGraph(whole, "sv")).toHaveLength(whole.nodes.length);
  });
});

describe("createNationalSystemGraph", () => {
  it.each(NATIONAL_SYSTEM_MAP_SIZES)(
    "cuts a valid map of %i nodes with 1.5 edges per node, level bands included",
    (size) => {
      const { graph, whole } = createNationalSystemGraph({ seed: SEED, nodes: size });
      expect(graph.nodes).toHaveLength(size);
      expect(graph.edges).toHaveLength(Math.round(size * NATIONAL_SYSTEM_MAP_EDGES_PER_NODE));
      expectValid(graph);
      expect(graph.levels).toEqual(whole.levels);
      expect(graph.nodes.filter((n) => n.kind === "level")).toHaveLength(whole.levels.length);
      // Every node but the bands hangs together with the rest: the walk's tree is kept.
      const linked = new Set(graph.edges.flatMap((e) => [e.source, e.target]));
      expect(graph.nodes.filter((n) => n.kind !== "level" && !linked.has(n.id))).toEqual([]);
      expect(new Set(graph.nodes.map((n) => n.kind))).toEqual(
        new Set(["level", "leadership", "forum", "organisation", "sector", "person", "missing"]),
      );
    },
  );

  it("keeps a small map to about one county: its leaderships, forums, members and principals", () => {
    const { graph } = createNationalSystemGraph({ seed: SEED, nodes: 500 });
    const regions = new Set(
      graph.nodes
        .filter((n) => n.kind === "leadership")
        .map((n) => n.municipalityCodes.find((code) => code.startsWith("00"))),
    );
    expect(regions.size).toBeLessThanOrEqual(3);
  });

  it("gives the same map for the same seed and size, and another for another seed", () => {
    const first = createNationalSystemGraph({ seed: SEED, nodes: 2_000 }).graph;
    expect(createNationalSystemGraph({ seed: SEED, nodes: 2_000 }).graph).toEqual(first);
    expect(createNationalSystemGraph({ seed: SEED + 1, nodes: 2_000 }).graph.edges).not.toEqual(first.edges);
  });
});

describe("createNationalAnnotations", () => {
  it("makes marks of every kind on the map's nodes, edges and gaps that the door accepts and the aggregation counts", () => {
    const { graph, workspace } = createNationalSystemGraph({ seed: SEED, nodes: 2_000 });
    const annotations = createNationalAnnotations(graph, { seed: SEED, count: 400 });
    expect(annotations).toHaveLength(400);
    expect(new Set(annotations.map((a) => a.kind))).toEqual(
      new Set(["position", "works-well", "needs-improvement", "note"]),
    );
    expect(new Set(annotations.map((a) => a.target.type))).toEqual(new Set(["node", "edge", "gap"]));
    const parsed = safeParseWorkspace({ ...workspace, annotations });
    expect(parsed.success ? [] : parsed.error.issues.slice(0, 3)).toEqual([]);
    const summary = aggregateAnnotations(annotations, graph);
    expect(summary.outside).toEqual([]);
    expect(summary.totals.total).toBe(400);
    expect(createNationalAnnotations(graph, { seed: SEED, count: 400 })).toEqual(annotations);
  });
});
