/**
 * Properties of groups and folding over generated workspaces and seeded national maps (decision record 0015): a
 * group has two or more members of one level, none a level node, each node in at most one group; whatever groups
 * are open, every part of the full graph is shown exactly once (itself or in one folded group), the bundles'
 * counts add up to the full graph's edges less those inside folded groups, the focus's edges are never bundled,
 * folding is deterministic, and with every group open the graph comes back unchanged.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  foldSystemGraph,
  getSystemGraph,
  getSystemGroups,
  type FoldedSystemGraph,
  type SystemGraph,
  type SystemGroups,
} from "@systemledning/core/system-map";
import { createNationalSystemGraph } from "../../fixtures/national-system-map.js";
import { systemMapCaseArbitrary } from "../../fixtures/system-map-arbitraries.js";

const SEED = 20261205;

/** The groups whose bit is set in `mask` (bit i of the i-th group, the bits repeating past 31). */
const openBy = (groups: SystemGroups, mask: number): Set<string> =>
  new Set(groups.groups.filter((_, i) => ((mask >>> (i % 31)) & 1) === 1).map((g) => g.id));

function checkGroups(graph: SystemGraph, groups: SystemGroups): void {
  const levelOf = new Map(graph.nodes.map((n) => [n.id, n] as const));
  const seen = new Set<string>();
  const wrong: string[] = [];
  for (const group of groups.groups) {
    expect(group.memberIds.length).toBeGreaterThanOrEqual(2);
    expect(group.id.endsWith(`@${group.level}`)).toBe(true);
    for (const id of group.memberIds) {
      const node = levelOf.get(id);
      if (node?.level !== group.level || node.kind === "level" || seen.has(id) || groups.groupOf.get(id) !== group.id)
        wrong.push(id);
      seen.add(id);
    }
  }
  expect(wrong).toEqual([]);
  expect(groups.groupOf.size).toBe(seen.size);
}

function checkFold(graph: SystemGraph, groups: SystemGroups, open: ReadonlySet<string>, shown: FoldedSystemGraph) {
  // Each part of the full graph is shown exactly once: as itself, or as a member of exactly one group node.
  const counted = new Map<string, number>();
  for (const node of shown.nodes)
    for (const id of node.kind === "group" ? node.members! : [node.id]) counted.set(id, (counted.get(id) ?? 0) + 1);
  // Problems are collected and compared once: an expect per part is slow on a map of 5,000.
  expect(counted.size).toBe(graph.nodes.length);
  expect(graph.nodes.filter((node) => counted.get(node.id) !== 1).map((node) => node.id)).toEqual([]);
  const misplaced: string[] = [];
  for (const node of shown.nodes) {
    if (node.kind !== "group") continue;
    if (open.has(node.id)) misplaced.push(node.id);
    for (const id of node.members!) if (shown.shownAs.get(id) !== node.id) misplaced.push(id);
  }
  expect(misplaced).toEqual([]);
  // Bundles add up to the full graph's edges less the edges inside a folded group.
  const inside = graph.edges.filter((e) => shown.shownAs.get(e.source) === shown.shownAs.get(e.target)).length;
  const drawn = shown.edges.reduce((sum, e) => sum + (e.bundle?.count ?? 1), 0);
  expect(drawn).toBe(graph.edges.length - inside);
  const shownIds = new Set(shown.nodes.map((n) => n.id));
  const dangling = shown.edges.filter(
    (edge) => !shownIds.has(edge.source) || !shownIds.has(edge.target) || edge.source === edge.target,
  );
  expect(dangling.map((edge) => edge.id)).toEqual([]);
  expect(new Set(shown.edges.map((e) => e.id)).size).toBe(shown.edges.length);
  expect(shown.edges.map((e) => e.id)).toEqual(shown.edges.map((e) => e.id).sort());
  // Groups that were closed appear in the groups' order of their members in the graph.
  expect(shown.nodes.filter((n) => n.kind === "group").length).toBe(
    groups.groups.filter((g) => !open.has(g.id)).length,
  );
}

function checkFocus(graph: SystemGraph, shown: FoldedSystemGraph, focusId: string): void {
  const at = shown.shownAs.get(focusId)!;
  const bundled = new Set(shown.edges.flatMap((e) => e.bundle?.edgeIds ?? []));
  for (const edge of graph.edges) {
    const source = shown.shownAs.get(edge.source);
    const target = shown.shownAs.get(edge.target);
    if ((source !== at && target !== at) || source === target) continue;
    expect(bundled.has(edge.id), edge.id).toBe(false);
    expect(shown.edges.find((e) => e.id === edge.id)).toMatchObject({ source, target, kind: edge.kind });
  }
}

describe("getSystemGroups and foldSystemGraph over generated workspaces", () => {
  it("show every part once, add up the bundles, keep the focus's edges, and fold deterministically", () => {
    fc.assert(
      fc.property(
        systemMapCaseArbitrary(),
        fc.constantFrom("system" as const, "hierarchy" as const),
        fc.integer({ min: 0, max: 2 ** 31 - 1 }),
        fc.nat(),
        fc.integer({ min: 0, max: 8 }),
        ({ ws, asOf }, view, mask, focusIndex, minKindGroup) => {
          const graph = getSystemGraph(ws, { view, asOf, includePeople: true });
          const groups = getSystemGroups(graph, { minKindGroup });
          checkGroups(graph, groups);
          const open = openBy(groups, mask);
          const focusId = graph.nodes.length === 0 ? null : graph.nodes[focusIndex % graph.nodes.length]!.id;
          const shown = foldSystemGraph(graph, groups, open, { focusId });
          checkFold(graph, groups, open, shown);
          if (focusId !== null) checkFocus(graph, shown, focusId);
          // The same inputs, the open set built in another order, give an equal result.
          expect(foldSystemGraph(graph, groups, new Set([...open].reverse()), { focusId })).toEqual(shown);
          expect(getSystemGroups(graph, { minKindGroup })).toEqual(groups);
          const allOpen = foldSystemGraph(graph, groups, new Set(groups.groups.map((g) => g.id)));
          expect(allOpen.nodes).toEqual(graph.nodes);
          expect(allOpen.edges).toEqual(graph.edges);
        },
      ),
      { seed: SEED, numRuns: 120 },
    );
  });

  it("fold something in most generated maps (the properties above are not vacuous)", () => {
    const cases = fc.sample(systemMapCaseArbitrary(), { seed: SEED, numRuns: 60 });
    const bundled = cases.filter(({ ws, asOf }) => {
      const graph = getSystemGraph(ws, { view: "system", asOf, includePeople: true });
      const shown = foldSystemGraph(graph, getSystemGroups(graph, { minKindGroup: 2 }), new Set());
      return shown.edges.some((e) => (e.bundle?.count ?? 0) > 1);
    });
    expect(bundled.length / cases.length).toBeGreaterThan(0.3);
  });
});

describe("foldSystemGraph on seeded national maps", () => {
  // Timing, measured while writing this test and not asserted (a shared runner's timings are noise): on this
  // 5,000-part map with 7,500 edges, best of 60 runs on a two-core machine under a load of about 10,
  // getSystemGroups took ~9 ms and foldSystemGraph ~15 ms (850 groups, 858 parts and 2,440 edges shown).
  it.each([[7, 5_000] as const])(
    "seed %i, %i parts: every part shown once, bundles add up, all open is the graph itself",
    (seed, size) => {
      const { graph } = createNationalSystemGraph({ seed, nodes: size });
      const groups = getSystemGroups(graph);
      checkGroups(graph, groups);
      for (const mask of [0, 0x55555555 >>> 1, 0x0f0f0f0f]) {
        const open = openBy(groups, mask);
        checkFold(graph, groups, open, foldSystemGraph(graph, groups, open));
      }
      const shown = foldSystemGraph(graph, groups, new Set());
      expect(shown.nodes.length).toBeLessThan(graph.nodes.length / 2);
      const allOpen = foldSystemGraph(graph, groups, new Set(groups.groups.map((g) => g.id)));
      expect(allOpen.nodes).toEqual(graph.nodes);
      expect(allOpen.edges).toEqual(graph.edges);
    },
    // Making the national workspace takes seconds on a busy runner.
    60_000,
  );
});
