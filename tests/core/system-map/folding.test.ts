/**
 * Groups and folding on the Dalarna and Kalmar samples (decision record 0015): the system view groups each local
 * leadership with its forum and gaps, the regional networks by the regional leadership, and the crowded levels by
 * kind; the hierarchy view groups a principal's bodies level by level under its name; the folded graph shows each
 * group as one node where its first member stood, bundles the edges between two shown nodes with their count, and
 * keeps the focus's edges one by one; a workshop's marks on hidden parts land on their group.
 */
import { describe, expect, it } from "vitest";
import {
  DALARNA_FAMILY_GROUP_ID,
  DALARNA_SAMPLE_AS_OF,
  DALARNA_WORKSHOP_ID,
  createDalarnaSampleWorkspace,
} from "@systemledning/core/profiles/dalarna";
import { KALMAR_SAMPLE_AS_OF, createKalmarSampleWorkspace } from "@systemledning/core/profiles/kalmar";
import {
  aggregateAnnotations,
  foldAnnotationTargets,
  foldSystemGraph,
  getSystemGraph,
  getSystemGroups,
  type SystemAnnotation,
  type SystemGraph,
  type SystemGroups,
} from "@systemledning/core/system-map";

const dalarna = createDalarnaSampleWorkspace();
const system = getSystemGraph(dalarna, { view: "system", asOf: DALARNA_SAMPLE_AS_OF });
const hierarchy = getSystemGraph(dalarna, { view: "hierarchy", asOf: DALARNA_SAMPLE_AS_OF });
const groupsOf = (graph: SystemGraph, groups: SystemGroups, id: string) => {
  const group = groups.groups.find((g) => g.id === id);
  if (group === undefined) throw new Error(`no group ${id} in ${graph.view}`);
  return group;
};

describe("getSystemGroups on the Dalarna sample", () => {
  const groups = getSystemGroups(system);

  it("groups a local leadership with its forum and its gaps on their level, named after the leadership", () => {
    expect(groupsOf(system, groups, "group:leadership:ls-falun@2")).toEqual({
      id: "group:leadership:ls-falun@2",
      label: "Lokal systemledning Falun",
      shortLabel: "Falun",
      level: 2,
      basis: "leadership",
      memberIds: ["leadership:ls-falun", "forum:f-falun"],
    });
    expect(groupsOf(system, groups, "group:leadership:ls-avesta@2").memberIds).toEqual([
      "leadership:ls-avesta",
      "forum:f-avesta",
      "missing:f-avesta/elevhalsa",
    ]);
    // Falun's political group stands alone on the top level: a group of one is no group.
    expect(groups.groupOf.has("forum:f-falun-pol")).toBe(false);
  });

  it("groups the regional networks on the heads' level by the regional leadership, which stands on another level", () => {
    expect(groupsOf(system, groups, "group:leadership:ls-regional@2")).toMatchObject({
      label: "Regional systemledning för God och nära vård i Dalarna",
      memberIds: ["forum:f-lchnv", "forum:f-schnv"],
    });
    expect(groupsOf(system, groups, "group:leadership:ls-regional@0").memberIds).toEqual([
      "leadership:ls-regional",
      "forum:f-bdu",
      "forum:f-vardradet",
      "forum:f-vfr",
    ]);
  });

  it("groups what is left of a crowded level by kind, in the reader's language, and never a level node", () => {
    expect(groupsOf(system, groups, "group:kind:sector@5")).toMatchObject({ label: "Sektorer", basis: "kind" });
    expect(groupsOf(system, groups, "group:kind:sector@5").memberIds).toHaveLength(17);
    expect(groupsOf(system, groups, "group:kind:organisation@1").memberIds).toHaveLength(16);
    const english = getSystemGroups(system, { locale: "en" });
    expect(groupsOf(system, english, "group:kind:sector@5").label).toBe("Sectors");
    // A higher threshold leaves the 16 organisations of level 1 ungrouped but groups the 17 sectors.
    const strict = getSystemGroups(system, { minKindGroup: 16 });
    expect(strict.groups.map((g) => g.id)).toContain("group:kind:sector@5");
    expect(strict.groups.map((g) => g.id)).not.toContain("group:kind:organisation@1");
    for (const node of system.nodes.filter((n) => n.kind === "level")) expect(groups.groupOf.has(node.id)).toBe(false);
  });

  it("lists groups by level, then by their first member's place, each member once", () => {
    const position = new Map(system.nodes.map((n, i) => [n.id, i] as const));
    const keys = groups.groups.map((g) => [g.level, position.get(g.memberIds[0]!)!] as const);
    expect(keys).toEqual([...keys].sort((a, b) => a[0] - b[0] || a[1] - b[1]));
    const members = groups.groups.flatMap((g) => g.memberIds);
    expect(new Set(members).size).toBe(members.length);
    expect(groups.groupOf.size).toBe(members.length);
  });

  it("puts people into the organisation they represent when people are drawn", () => {
    const withPeople = getSystemGraph(dalarna, { view: "system", asOf: DALARNA_SAMPLE_AS_OF, includePeople: true });
    const people = getSystemGroups(withPeople);
    const falun = groupsOf(withPeople, people, "group:organisation:org-falun@1");
    expect(falun).toMatchObject({ label: "Falu kommun", shortLabel: "Falun", basis: "organisation" });
    expect(falun.memberIds[0]).toBe("organisation:org-falun");
    for (const id of falun.memberIds.slice(1)) {
      expect(id.startsWith("person:")).toBe(true);
      expect(withPeople.edges.some((e) => e.id === `represents:${id}>organisation:org-falun`)).toBe(true);
    }
  });

  it("groups the hierarchy's bodies under the principal their code names, level by level", () => {
    const principal = getSystemGroups(hierarchy);
    expect(groupsOf(hierarchy, principal, "group:principal:2085@1")).toEqual({
      id: "group:principal:2085@1",
      label: "Ludvika kommun",
      shortLabel: "Ludvika",
      level: 1,
      basis: "principal",
      memberIds: ["organisation:org-ludvika-bun", "organisation:org-ludvika-ks", "organisation:org-ludvika-sn"],
    });
    expect(groupsOf(hierarchy, principal, "group:principal:0020@3").label).toBe("Region Dalarna");
    // The system view has no principal groups: there organisations group by kind.
    expect(getSystemGroups(system).groups.some((g) => g.basis === "principal")).toBe(false);
  });
});

describe("foldSystemGraph on the Dalarna sample", () => {
  const groups = getSystemGroups(system);

  it("shows a closed group as one node where its first member stood, with the members' places and common leadership", () => {
    const shown = foldSystemGraph(system, groups, new Set());
    const falun = shown.nodes.find((n) => n.id === "group:leadership:ls-falun@2")!;
    expect(falun).toMatchObject({
      kind: "group",
      label: "Lokal systemledning Falun",
      level: 2,
      members: ["leadership:ls-falun", "forum:f-falun"],
      leadershipId: "ls-falun",
      municipalityCodes: ["0020", "2080"],
      missing: null,
      source: null,
      distance: null,
    });
    expect(shown.nodes.find((n) => n.id === "group:kind:sector@5")?.leadershipId).toBeNull();
    const firstMember = system.nodes.findIndex((n) => n.id === "leadership:ls-falun");
    const before = system.nodes.slice(0, firstMember).map((n) => shown.shownAs.get(n.id));
    expect(shown.nodes.findIndex((n) => n.id === falun.id)).toBe(new Set(before).size);
    expect(shown.shownAs.get("forum:f-falun")).toBe(falun.id);
    expect(shown.shownAs.get("forum:f-falun-pol")).toBe("forum:f-falun-pol");
  });

  it("bundles the edges between two shown nodes with their count and kinds, and drops the edges inside a group", () => {
    const shown = foldSystemGraph(system, groups, new Set());
    const lgrs = shown.edges.find((e) => e.id === "bundle:forum:f-lgrs|group:kind:organisation@1")!;
    expect(lgrs.bundle?.count).toBe(16);
    expect(lgrs.kind).toBe("member-of");
    expect(lgrs.bundle?.kinds).toEqual(["member-of"]);
    expect(lgrs.bundle?.edgeIds).toContain("member-of:organisation:org-falun>forum:f-lgrs");
    expect(shown.edges.some((e) => e.id === "member-of:forum:f-falun>leadership:ls-falun")).toBe(false);
    expect(shown.shownEdgeAs.has("member-of:forum:f-falun>leadership:ls-falun")).toBe(false);
    expect(shown.edges.map((e) => e.id)).toEqual(shown.edges.map((e) => e.id).sort());
  });

  it("keeps the edges of the part in focus one by one, with their ids, between the shown ends", () => {
    const shown = foldSystemGraph(system, groups, new Set(["group:leadership:ls-regional@0"]), {
      focusId: "forum:f-bdu",
    });
    const bduEdges = system.edges.filter((e) => e.source === "forum:f-bdu" || e.target === "forum:f-bdu");
    for (const edge of bduEdges) {
      const kept = shown.edges.find((e) => e.id === edge.id);
      expect(kept, edge.id).toBeDefined();
      expect(kept?.bundle).toBeUndefined();
      expect(kept?.source).toBe(shown.shownAs.get(edge.source));
      expect(kept?.target).toBe(shown.shownAs.get(edge.target));
    }
  });

  it("gives a group in a perspective the least distance of its members, and keeps the focus's edges", () => {
    const seen = getSystemGraph(dalarna, {
      view: "perspective",
      asOf: DALARNA_SAMPLE_AS_OF,
      focus: `citizen-group:${DALARNA_FAMILY_GROUP_ID}`,
    });
    const shown = foldSystemGraph(seen, getSystemGroups(seen, { minKindGroup: 2 }), new Set(), {
      focusId: seen.focusId,
    });
    const distanceOf = new Map(seen.nodes.map((n) => [n.id, n.distance] as const));
    const folded = shown.nodes.filter((n) => n.kind === "group");
    expect(folded.length).toBeGreaterThan(0);
    for (const group of folded)
      expect(group.distance, group.id).toBe(Math.min(...group.members!.map((id) => distanceOf.get(id)!)));
    expect(shown.focusId).toBe(seen.focusId);
    const focusEdges = seen.edges.filter((e) => e.source === seen.focusId || e.target === seen.focusId);
    expect(focusEdges.length).toBeGreaterThan(0);
    for (const edge of focusEdges) expect(shown.edges.find((e) => e.id === edge.id)?.bundle, edge.id).toBeUndefined();
    for (const edge of focusEdges)
      expect(
        shown.edges.some((e) => e.id === edge.id),
        edge.id,
      ).toBe(true);
  });

  it("with every group open gives the graph back", () => {
    const shown = foldSystemGraph(system, groups, new Set(groups.groups.map((g) => g.id)));
    expect(shown.nodes).toEqual(system.nodes);
    expect(shown.edges).toEqual(system.edges);
    expect(shown.full).toBe(system);
  });

  it("moves a workshop's marks on hidden parts onto their group, and keeps marks on shown parts", () => {
    const marks = dalarna.annotations.filter((a) => a.workshopId === DALARNA_WORKSHOP_ID);
    const shown = foldSystemGraph(system, groups, new Set());
    const folded = aggregateAnnotations(foldAnnotationTargets(marks, shown), shown);
    const full = aggregateAnnotations(marks, system);
    // Nothing is lost: every mark on the full map is on the folded one.
    expect(folded.totals.total).toBe(full.totals.total);
    for (const place of full.nodes.values()) {
      const at = shown.shownAs.get(place.key)!;
      expect(folded.nodes.get(at)?.annotationIds, place.key).toEqual(expect.arrayContaining([...place.annotationIds]));
    }
    const allOpen = foldSystemGraph(system, groups, new Set(groups.groups.map((g) => g.id)));
    expect(foldAnnotationTargets(marks, allOpen)).toEqual(marks);
  });
});

describe("foldAnnotationTargets", () => {
  const groups = getSystemGroups(system);
  const shown = foldSystemGraph(system, groups, new Set(["group:leadership:ls-regional@0"]));
  const mark = (id: string, target: SystemAnnotation["target"]): SystemAnnotation => ({
    id,
    kind: "needs-improvement",
    target,
    createdAt: "2025-02-07T10:40:00+01:00",
  });

  it("moves marks on a hidden part, an edge inside a group, a bundled edge and a gap onto what is shown", () => {
    const moved = foldAnnotationTargets(
      [
        mark("a-node", { type: "node", nodeId: "forum:f-mora" }),
        mark("a-inside", { type: "edge", edgeId: "member-of:forum:f-falun>leadership:ls-falun" }),
        mark("a-bundled", { type: "edge", edgeId: "member-of:organisation:org-falun>forum:f-lgrs" }),
        mark("a-gap", { type: "gap", between: ["forum:f-bdu", "forum:f-lchnv"] }),
        mark("a-gap-inside", { type: "gap", between: ["leadership:ls-mora", "forum:f-mora"] }),
        mark("a-shown", { type: "node", nodeId: "forum:f-lgrs" }),
        mark("a-elsewhere", { type: "node", nodeId: "forum:f-not-on-this-map" }),
      ],
      shown,
    );
    expect(moved.map((m) => [m.id, m.target])).toEqual([
      ["a-node", { type: "node", nodeId: "group:leadership:ls-mora@2" }],
      ["a-inside", { type: "node", nodeId: "group:leadership:ls-falun@2" }],
      ["a-bundled", { type: "edge", edgeId: "bundle:forum:f-lgrs|group:kind:organisation@1" }],
      // The regional group of the top level is open: the forum stays, its partner's group stands in.
      ["a-gap", { type: "gap", between: ["forum:f-bdu", "group:leadership:ls-regional@2"] }],
      ["a-gap-inside", { type: "node", nodeId: "group:leadership:ls-mora@2" }],
      ["a-shown", { type: "node", nodeId: "forum:f-lgrs" }],
      ["a-elsewhere", { type: "node", nodeId: "forum:f-not-on-this-map" }],
    ]);
    const marks = aggregateAnnotations(moved, shown);
    expect(marks.nodes.get("group:leadership:ls-mora@2")?.annotationIds).toEqual(["a-gap-inside", "a-node"]);
    expect(marks.outside.map((place) => place.key)).toEqual(["forum:f-not-on-this-map"]);
  });
});

describe("groups and folding on the Kalmar sample", () => {
  const kalmar = createKalmarSampleWorkspace();
  for (const view of ["system", "hierarchy"] as const) {
    it(`folds the ${view} view into fewer parts, each part of the map shown once`, () => {
      const graph = getSystemGraph(kalmar, { view, asOf: KALMAR_SAMPLE_AS_OF, includePeople: view === "system" });
      const groups = getSystemGroups(graph);
      expect(groups.groups.length).toBeGreaterThan(0);
      const shown = foldSystemGraph(graph, groups, new Set());
      expect(shown.nodes.length).toBeLessThan(graph.nodes.length);
      const shownIds = new Set(shown.nodes.map((n) => n.id));
      for (const node of graph.nodes) expect(shownIds.has(shown.shownAs.get(node.id)!), node.id).toBe(true);
      for (const group of groups.groups)
        for (const id of group.memberIds) expect(graph.nodes.find((n) => n.id === id)?.level).toBe(group.level);
    });
  }
});
