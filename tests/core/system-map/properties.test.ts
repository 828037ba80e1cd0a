/**
 * Properties of the system map over generated workspaces (hostile text, bodies under the principals, profile
 * parts of their own, annotations): every generated workspace passes the door; in every view both ends of
 * every edge are nodes and ids are unique; the graph does not depend on the order of the collections; the text
 * equivalent names every edge on the lines of both its ends (docs/quality.md A4); the neighbours are the edges seen
 * from both ends; a perspective's distances are breadth-first distances from the focus.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  describeSystemGraph,
  getSystemGraph,
  getSystemNeighbours,
  type SystemGraph,
} from "@systemledning/core/system-map";
import { parseWorkspace, safeParseWorkspace, serializeWorkspace, type Workspace } from "@systemledning/core/workspace";
import { systemMapCaseArbitrary } from "../../fixtures/system-map-arbitraries.js";

const SEED = 20261122;
const VIEWS = ["system", "hierarchy"] as const;

/** A copy of `ws` with every collection (and every list a graph reads) in another order. */
function shuffled(ws: Workspace, random: () => number): Workspace {
  const shuffle = <T>(items: readonly T[]): T[] => {
    const out = items.slice();
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [out[i], out[j]] = [out[j]!, out[i]!];
    }
    return out;
  };
  return {
    ...ws,
    organisations: shuffle(ws.organisations),
    people: shuffle(ws.people),
    leaderships: shuffle(ws.leaderships),
    forums: shuffle(ws.forums),
    memberships: shuffle(ws.memberships),
    annotations: shuffle(ws.annotations),
  };
}

/** Steps from `start` to every node, over the graph's edges in either direction (a plain reference BFS). */
function referenceDistances(graph: SystemGraph, start: string): Map<string, number> {
  const distances = new Map([[start, 0]]);
  const queue = [start];
  while (queue.length > 0) {
    const id = queue.shift()!;
    for (const edge of graph.edges) {
      const other = edge.source === id ? edge.target : edge.target === id ? edge.source : null;
      if (other !== null && !distances.has(other)) {
        distances.set(other, distances.get(id)! + 1);
        queue.push(other);
      }
    }
  }
  return distances;
}

/** The graph without the paths of its nodes' sources: a path is an index into a collection, which a reorder changes. */
function withoutPaths(graph: SystemGraph): unknown {
  return {
    ...graph,
    nodes: graph.nodes.map((node) => ({
      ...node,
      source: node.source === null ? null : { collection: node.source.collection, id: node.source.id },
    })),
  };
}

/** Every node's source path points at the record it names. */
function checkSources(ws: Workspace, graph: SystemGraph): void {
  for (const node of graph.nodes) {
    if (node.source === null) continue;
    const segments = node.source.path.split(/[.[\]]+/u).filter((s) => s !== "");
    let value: unknown = ws;
    for (const segment of segments) value = (value as Record<string, unknown>)[segment];
    const id = node.kind === "missing" ? node.missing?.sectorId : node.source.id;
    const record = value as { id?: string; key?: string } | string;
    expect(typeof record === "string" ? record : (record.id ?? record.key), `${node.id} ${node.source.path}`).toBe(id);
  }
}

function checkShape(graph: SystemGraph): void {
  const ids = graph.nodes.map((n) => n.id);
  expect(new Set(ids).size).toBe(ids.length);
  expect(new Set(graph.edges.map((e) => e.id)).size).toBe(graph.edges.length);
  const known = new Set(ids);
  for (const edge of graph.edges) {
    expect(known.has(edge.source), edge.id).toBe(true);
    expect(known.has(edge.target), edge.id).toBe(true);
    expect(edge.id).toBe(`${edge.kind}:${edge.source}>${edge.target}`);
  }
  for (const node of graph.nodes) expect(graph.levels[node.level], node.id).toBeDefined();
  // Edges by id, nodes by level first.
  expect(graph.edges.map((e) => e.id)).toEqual([...graph.edges.map((e) => e.id)].sort());
  for (let i = 1; i < graph.nodes.length; i++)
    expect(graph.nodes[i]!.level).toBeGreaterThanOrEqual(graph.nodes[i - 1]!.level);
}

describe("systemMapCaseArbitrary", () => {
  it("makes workspaces the door accepts as they are, annotations and profile parts included", () => {
    fc.assert(
      fc.property(systemMapCaseArbitrary(), ({ ws }) => {
        const result = safeParseWorkspace(JSON.parse(serializeWorkspace(ws)));
        expect(result.success ? [] : result.error.issues.slice(0, 3)).toEqual([]);
      }),
      { seed: SEED, numRuns: 150 },
    );
  });
});

describe("systemMapCaseArbitrary's reach", () => {
  it("draws cases with hierarchy lines, gaps, people, profile parts of their own, citizen groups and marks of every target", () => {
    const cases = fc.sample(systemMapCaseArbitrary(), { seed: SEED, numRuns: 150 });
    const share = (test: (c: (typeof cases)[number]) => boolean) => cases.filter(test).length / cases.length;
    expect(share(({ ws, asOf }) => getSystemGraph(ws, { view: "hierarchy", asOf }).edges.length > 0)).toBeGreaterThan(
      0.3,
    );
    expect(
      share(({ ws, asOf }) => getSystemGraph(ws, { view: "system", asOf }).nodes.some((n) => n.kind === "missing")),
    ).toBeGreaterThan(0.2);
    expect(
      share(({ ws, asOf }) =>
        getSystemGraph(ws, { view: "system", asOf, includePeople: true }).nodes.some((n) => n.kind === "person"),
      ),
    ).toBeGreaterThan(0.2);
    expect(share(({ ws }) => ws.profile.systemMap !== undefined)).toBeGreaterThan(0.2);
    expect(share(({ ws }) => (ws.profile.systemMap?.citizenGroups.length ?? 0) > 0)).toBeGreaterThan(0.1);
    for (const type of ["node", "edge", "gap"])
      expect(
        share(({ ws }) => ws.annotations.some((a) => a.target.type === type)),
        type,
      ).toBeGreaterThan(0.2);
  });
});

describe("getSystemGraph over generated workspaces", () => {
  it("has both ends of every edge among its nodes, unique ids, levels that exist, and its stable order, in every view with and without people", () => {
    fc.assert(
      fc.property(systemMapCaseArbitrary(), fc.boolean(), ({ ws, asOf }, includePeople) => {
        for (const view of VIEWS) {
          const graph = getSystemGraph(ws, { view, asOf, includePeople });
          checkShape(graph);
          checkSources(ws, graph);
        }
      }),
      { seed: SEED, numRuns: 150 },
    );
  });

  it("gives the same graph whatever the order of the workspace's collections", () => {
    fc.assert(
      fc.property(systemMapCaseArbitrary(), fc.integer({ min: 1, max: 2 ** 31 - 1 }), ({ ws, asOf }, seed) => {
        let state = seed;
        const random = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
        const other = shuffled(ws, random);
        for (const view of VIEWS) {
          const reordered = getSystemGraph(other, { view, asOf, includePeople: true });
          expect(withoutPaths(reordered)).toEqual(
            withoutPaths(getSystemGraph(ws, { view, asOf, includePeople: true })),
          );
          checkSources(other, reordered);
        }
        const focus = getSystemGraph(ws, { view: "system", asOf }).nodes.find((n) => n.kind !== "level")?.id;
        if (focus !== undefined)
          expect(withoutPaths(getSystemGraph(other, { view: "perspective", asOf, focus }))).toEqual(
            withoutPaths(getSystemGraph(ws, { view: "perspective", asOf, focus })),
          );
      }),
      { seed: SEED, numRuns: 100 },
    );
  });

  it("never changes the workspace it reads", () => {
    fc.assert(
      fc.property(systemMapCaseArbitrary(), ({ ws, asOf }) => {
        const before = serializeWorkspace(ws);
        for (const view of VIEWS) getSystemGraph(ws, { view, asOf, includePeople: true });
        expect(serializeWorkspace(ws)).toBe(before);
      }),
      { seed: SEED, numRuns: 40 },
    );
  });
});

describe("describeSystemGraph over generated workspaces", () => {
  it("has one line per node and names every edge on the lines of both its ends, in Swedish and English", () => {
    fc.assert(
      fc.property(systemMapCaseArbitrary(), fc.constantFrom("sv" as const, "en" as const), ({ ws, asOf }, locale) => {
        for (const view of VIEWS) {
          const graph = getSystemGraph(ws, { view, asOf, includePeople: true, locale });
          const lines = describeSystemGraph(graph, locale);
          expect(lines).toHaveLength(graph.nodes.length);
          const lineOf = new Map(graph.nodes.map((node, i) => [node.id, lines[i]!] as const));
          const labelOf = new Map(graph.nodes.map((node) => [node.id, node.label] as const));
          for (const edge of graph.edges) {
            const sourceLine = lineOf.get(edge.source)!;
            const targetLine = lineOf.get(edge.target)!;
            // Each end's line starts with its own label and names the other end after it.
            expect(sourceLine.startsWith(labelOf.get(edge.source)!)).toBe(true);
            expect(sourceLine.slice(labelOf.get(edge.source)!.length)).toContain(labelOf.get(edge.target)!);
            expect(targetLine.slice(labelOf.get(edge.target)!.length)).toContain(labelOf.get(edge.source)!);
          }
        }
      }),
      { seed: SEED, numRuns: 100 },
    );
  });
});

describe("getSystemNeighbours over generated workspaces", () => {
  it("gives every edge from both its ends, with its kind and its direction", () => {
    fc.assert(
      fc.property(systemMapCaseArbitrary(), ({ ws, asOf }) => {
        const graph = getSystemGraph(ws, { view: "system", asOf, includePeople: true });
        const neighbours = getSystemNeighbours(graph);
        let ends = 0;
        for (const node of graph.nodes) ends += neighbours.get(node.id)!.length;
        expect(ends).toBe(graph.edges.length * 2);
        for (const node of graph.nodes) {
          for (const neighbour of neighbours.get(node.id)!) {
            const edge = graph.edges.find((e) => e.id === neighbour.edgeId)!;
            expect(neighbour.direction === "out" ? [edge.source, edge.target] : [edge.target, edge.source]).toEqual([
              node.id,
              neighbour.nodeId,
            ]);
            expect(neighbour.kind).toBe(edge.kind);
          }
        }
      }),
      { seed: SEED, numRuns: 100 },
    );
  });
});

describe("getSystemGraph perspective over generated workspaces", () => {
  it("gives every node its breadth-first distance from the focus, keeps every node within maxDistance and the edges among them", () => {
    fc.assert(
      fc.property(systemMapCaseArbitrary(), fc.nat({ max: 4 }), fc.nat(), ({ ws, asOf }, maxDistance, pickFocus) => {
        // The full perspective (far enough to reach everything) is the reference graph.
        const candidates = getSystemGraph(ws, { view: "system", asOf, includePeople: true }).nodes.filter(
          (n) => n.kind !== "level",
        );
        if (candidates.length === 0) return;
        const focus = candidates[pickFocus % candidates.length]!.id;
        const whole = getSystemGraph(ws, {
          view: "perspective",
          asOf,
          focus,
          includePeople: true,
          maxDistance: 10_000,
        });
        const reference = referenceDistances(whole, focus);
        const near = getSystemGraph(ws, { view: "perspective", asOf, focus, includePeople: true, maxDistance });
        checkShape(near);
        expect(near.focusId).toBe(focus);
        expect(near.nodes.map((n) => [n.id, n.distance]).sort()).toEqual(
          [...reference].filter(([, distance]) => distance <= maxDistance).sort(),
        );
        // Distances within the perspective itself are breadth-first distances too.
        const own = referenceDistances(near, focus);
        for (const node of near.nodes) expect(own.get(node.id)).toBe(node.distance);
        const kept = new Set(near.nodes.map((n) => n.id));
        expect(near.edges.map((e) => e.id)).toEqual(
          whole.edges.filter((e) => kept.has(e.source) && kept.has(e.target)).map((e) => e.id),
        );
      }),
      { seed: SEED, numRuns: 100 },
    );
  });
});

describe("counter examples", () => {
  it("parses a generated workspace to an equal one (the arbitrary's output is what the door returns)", () => {
    const [sample] = fc.sample(systemMapCaseArbitrary(), { seed: SEED, numRuns: 1 });
    expect(parseWorkspace(sample!.ws)).toEqual(sample!.ws);
  });
});
