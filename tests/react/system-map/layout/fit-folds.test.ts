/**
 * chooseOpenGroups on seeded graphs with hand-made groups: the reader's choices kept, the chosen set fits by the
 * estimate, more room never closes a group, the same inputs give the same set.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  chooseOpenGroups,
  type SystemGroupsShape,
} from "../../../../packages/react/src/system-map/layout/fit-folds.js";
import {
  estimateBandsFit,
  shownNodeWidth,
  type ShownGraphShape,
} from "../../../../packages/react/src/system-map/layout/shown-layout.js";

const SEED = 20261205;
const WANTED = 11 / 12;

interface Case {
  readonly graph: ShownGraphShape;
  readonly groups: SystemGroupsShape;
}

/** A graph of `sizes[level]` parts per level, and groups cutting each level into runs of `runs` members. */
function caseOf(sizes: readonly number[], runs: readonly number[]): Case {
  const nodes: ShownGraphShape["nodes"][number][] = [];
  const groupList: SystemGroupsShape["groups"][number][] = [];
  const groupOf = new Map<string, string>();
  let run = 0;
  sizes.forEach((size, level) => {
    nodes.push({ id: `level:${level}`, kind: "level", level, distance: null, label: `Nivå ${level}` });
    let start = 0;
    while (start < size) {
      const length = runs[run++ % runs.length]!;
      const ids = Array.from({ length: Math.min(length, size - start) }, (_, k) => `p${level}-${start + k}`);
      for (const id of ids)
        nodes.push({ id, kind: "organisation", level, distance: null, label: `Organisation ${id}` });
      if (ids.length >= 2) {
        const id = `group:kind:${level}-${start}@${level}`;
        groupList.push({ id, label: `Grupp ${level}-${start}`, level, memberIds: ids });
        for (const member of ids) groupOf.set(member, id);
      }
      start += length;
    }
  });
  return { graph: { levels: sizes.map(() => ({})), nodes, edges: [] }, groups: { groups: groupList, groupOf } };
}

/** The estimated fit of `graph` with `open` groups open, as the auto fold estimates it. */
function estimatedScale({ graph, groups }: Case, open: ReadonlySet<string>, width: number, height: number): number {
  const bands: number[][] = graph.levels.map(() => []);
  const placed = new Set<string>();
  for (const node of graph.nodes) {
    if (node.kind === "level") continue;
    const group = groups.groupOf.get(node.id);
    if (group === undefined || open.has(group)) bands[node.level]!.push(shownNodeWidth(node));
    else if (!placed.has(group)) {
      placed.add(group);
      const { label, memberIds } = groups.groups.find((candidate) => candidate.id === group)!;
      bands[node.level]!.push(
        shownNodeWidth({ id: group, kind: "group", level: node.level, distance: null, label, members: memberIds }),
      );
    }
  }
  return estimateBandsFit(bands, { width, height }).scale;
}

const arbitraryCase = fc
  .tuple(
    fc.array(fc.integer({ min: 0, max: 40 }), { minLength: 1, maxLength: 6 }),
    fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 1, maxLength: 8 }),
  )
  .map(([sizes, runs]) => caseOf(sizes, runs));
const frame = fc.record({ width: fc.integer({ min: 300, max: 4000 }), height: fc.integer({ min: 200, max: 3000 }) });

describe("chooseOpenGroups", () => {
  it("keeps the reader's open groups open and closed groups closed", () => {
    fc.assert(
      fc.property(arbitraryCase, frame, fc.infiniteStream(fc.nat(3)), (c, { width, height }, picks) => {
        const ids = c.groups.groups.map((group) => group.id);
        const choice = [...picks.take(ids.length)];
        const open = ids.filter((_, i) => choice[i] === 1 || choice[i] === 3);
        const closed = ids.filter((_, i) => choice[i] === 2 || choice[i] === 3);
        const chosen = chooseOpenGroups(c.graph, c.groups, { width, height, open, closed });
        for (const id of closed) expect(chosen.has(id)).toBe(false);
        for (const id of open) if (!closed.includes(id)) expect(chosen.has(id)).toBe(true);
      }),
      { seed: SEED, numRuns: 150 },
    );
  });

  it("opens groups only while the estimated layout keeps labels legible at the fit", () => {
    fc.assert(
      fc.property(arbitraryCase, frame, (c, { width, height }) => {
        const chosen = chooseOpenGroups(c.graph, c.groups, { width, height });
        if (chosen.size > 0) expect(estimatedScale(c, chosen, width, height)).toBeGreaterThanOrEqual(WANTED);
      }),
      { seed: SEED, numRuns: 150 },
    );
  });

  it("never closes, with more room, a group that less room opened", () => {
    fc.assert(
      fc.property(
        arbitraryCase,
        frame,
        fc.integer({ min: 0, max: 2000 }),
        fc.integer({ min: 0, max: 2000 }),
        (c, small, dw, dh) => {
          const less = chooseOpenGroups(c.graph, c.groups, small);
          const more = chooseOpenGroups(c.graph, c.groups, { width: small.width + dw, height: small.height + dh });
          for (const id of less) expect(more.has(id)).toBe(true);
        },
      ),
      { seed: SEED, numRuns: 150 },
    );
  });

  it("gives the same set for the same inputs, and for a copy of them", () => {
    fc.assert(
      fc.property(arbitraryCase, frame, (c, { width, height }) => {
        const copy: Case = {
          graph: JSON.parse(JSON.stringify(c.graph)) as ShownGraphShape,
          groups: {
            groups: JSON.parse(JSON.stringify(c.groups.groups)) as SystemGroupsShape["groups"],
            groupOf: new Map(c.groups.groupOf),
          },
        };
        const first = [...chooseOpenGroups(c.graph, c.groups, { width, height })];
        expect([...chooseOpenGroups(c.graph, c.groups, { width, height })]).toEqual(first);
        expect([...chooseOpenGroups(copy.graph, copy.groups, { width, height })]).toEqual(first);
      }),
      { seed: SEED, numRuns: 100 },
    );
  });

  it("opens every group in a frame large enough, none in one too small, smallest groups first", () => {
    const c = caseOf([12, 30], [2, 5, 3]);
    const all = chooseOpenGroups(c.graph, c.groups, { width: 20_000, height: 20_000 });
    expect(all.size).toBe(c.groups.groups.length);
    expect(chooseOpenGroups(c.graph, c.groups, { width: 200, height: 150 }).size).toBe(0);
    // Somewhere between, what is open is the smallest groups.
    for (let width = 600; width <= 3000; width += 200) {
      const some = chooseOpenGroups(c.graph, c.groups, { width, height: width * 0.6 });
      const openSizes = c.groups.groups.filter((g) => some.has(g.id)).map((g) => g.memberIds.length);
      const closedSizes = c.groups.groups.filter((g) => !some.has(g.id)).map((g) => g.memberIds.length);
      if (openSizes.length > 0 && closedSizes.length > 0)
        expect(Math.max(...openSizes)).toBeLessThanOrEqual(Math.min(...closedSizes));
    }
  });
});
