/**
 * `getSystemGraph` on small workspaces built for each behaviour: the placement rules (first match wins,
 * levels from members with ties upward, the default level), the filters (levels, places, sectors,
 * compositions, leaderships), the hierarchy of bodies without a tier, the order of nodes and the options the
 * function refuses — and on the Dalarna sample, that a shuffled workspace gives the same graph.
 */
import { describe, expect, it } from "vitest";
import { DALARNA_SAMPLE_AS_OF, createDalarnaSampleWorkspace } from "@systemledning/core/profiles/dalarna";
import {
  DEFAULT_SYSTEM_MAP_SETTINGS,
  getSystemGraph,
  labelSortKey,
  type SystemGraph,
  type SystemMapProfileSettings,
} from "@systemledning/core/system-map";
import { isSystemledningError, type Workspace } from "@systemledning/core/workspace";
import { AS_OF, CODES, ORG, createStructureBuilder } from "../../fixtures/structure-builder.js";

const levelOf = (graph: SystemGraph, id: string): string | undefined => {
  const node = graph.nodes.find((n) => n.id === id);
  return node === undefined ? undefined : graph.levels[node.level]?.key;
};
const ids = (graph: SystemGraph, kind?: string): string[] =>
  graph.nodes.filter((n) => kind === undefined || n.kind === kind).map((n) => n.id);

/** Two leaderships of one region: a regional one with a political forum and a local one with a joint forum. */
function twoLeaderships() {
  return createStructureBuilder()
    .leadership({ id: "region", level: "regional", municipalityCodes: [CODES.falun, CODES.ludvika] })
    .leadership({ id: "falun", municipalityCodes: [CODES.falun] })
    .leadership({ id: "ludvika", municipalityCodes: [CODES.ludvika] })
    .forum({ id: "vfr", leadershipId: "region", composition: "politicians", requiredSectorIds: ["politiker"] })
    .forum({
      id: "lchnv",
      leadershipId: "region",
      composition: "officials",
      requiredSectorIds: ["socialtjanst", "primarvard"],
    })
    .forum({
      id: "falun-sl",
      leadershipId: "falun",
      composition: "joint",
      requiredSectorIds: ["socialtjanst", "skolchef"],
    })
    .forum({ id: "ludvika-sl", leadershipId: "ludvika", composition: "officials", requiredSectorIds: ["socialtjanst"] })
    .person({ id: "kd", title: "Kommundirektör" })
    .person({ id: "soc", title: "Socialchef" })
    .person({ id: "pol", title: "Kommunstyrelsens ordförande" })
    .person({ id: "ul", title: "Utvecklingsledare" })
    .membership({
      id: "m1",
      forumId: "vfr",
      organisationId: ORG.falun,
      personId: "pol",
      sectorId: "politiker",
      kind: "politician",
    })
    .membership({ id: "m2", forumId: "lchnv", organisationId: ORG.falun, personId: "soc", sectorId: "socialtjanst" })
    .membership({ id: "m3", forumId: "lchnv", organisationId: ORG.region, personId: "kd" })
    .membership({ id: "m4", forumId: "falun-sl", organisationId: ORG.falun, personId: "soc", sectorId: "socialtjanst" })
    .membership({
      id: "m5",
      forumId: "falun-sl",
      organisationId: ORG.police,
      personId: "ul",
      roles: ["process-leader"],
      sectorId: "polis",
    })
    .membership({
      id: "m6",
      forumId: "ludvika-sl",
      organisationId: ORG.ludvika,
      personId: "soc",
      sectorId: "socialtjanst",
      to: "2024-12-31",
    });
}

const withPart = (ws: Workspace, change: (part: SystemMapProfileSettings) => SystemMapProfileSettings): Workspace => ({
  ...ws,
  profile: {
    ...ws.profile,
    systemMap: change(structuredClone(DEFAULT_SYSTEM_MAP_SETTINGS) as SystemMapProfileSettings),
  },
});

describe("getSystemGraph placement", () => {
  const ws = twoLeaderships().build();
  const graph = getSystemGraph(ws, { view: "system", asOf: AS_OF, includePeople: true });

  it("uses the defaults for a profile without a systemMap part: the levels of Att leda hela systemet and the generic rules", () => {
    expect(graph.levels.map((l) => l.key)).toEqual(DEFAULT_SYSTEM_MAP_SETTINGS.systemLevels.map((l) => l.key));
    expect(levelOf(graph, "forum:vfr")).toBe("lansgemensam-politisk-niva");
    expect(levelOf(graph, "person:pol")).toBe("lansgemensam-politisk-niva");
    expect(levelOf(graph, "person:kd")).toBe("kommun-och-regiondirektorer");
    expect(levelOf(graph, "person:soc")).toBe("sektorschefer");
    expect(levelOf(graph, "person:ul")).toBe("processgrupper");
    expect(levelOf(graph, "organisation:polisen")).toBe("verksamhet");
    expect(levelOf(graph, "organisation:falun")).toBe("kommun-och-regiondirektorer");
    expect(levelOf(graph, "leadership:region")).toBe("lansgemensam-politisk-niva");
    expect(levelOf(graph, "leadership:falun")).toBe("sektorschefer");
    // Level nodes have no source: the defaults are not in the document.
    expect(graph.nodes.filter((n) => n.kind === "level").every((n) => n.source === null)).toBe(true);
  });

  it("places a forum on the level most of its seated members stand on, a tie on the upper one", () => {
    // LCHNV: a socialchef and a kommundirektör, one each: the tie goes to the directors, the upper level.
    expect(levelOf(graph, "forum:lchnv")).toBe("kommun-och-regiondirektorer");
    // Falun's joint local forum: a socialchef and a process leader: the heads' level is upper.
    expect(levelOf(graph, "forum:falun-sl")).toBe("sektorschefer");
    // Ludvika's forum has no one seated on the day: the next rule, the heads' level.
    expect(levelOf(graph, "forum:ludvika-sl")).toBe("sektorschefer");
  });

  it("reads the rules in order, the first whose criteria all hold; a record no rule places stands on the default level", () => {
    const own = withPart(ws, (part) => ({
      ...part,
      defaultLevel: "processgrupper",
      placement: [
        { appliesTo: "forum", level: "verksamhet", forumIds: ["lchnv"] },
        {
          appliesTo: "forum",
          level: "verksamhetsutvecklare",
          compositions: ["officials"],
          leadershipLevels: ["local"],
        },
        { appliesTo: "person", level: "verksamhet", titleIncludes: ["SOCIAL"] },
        { appliesTo: "person", level: "sektorschefer", roles: ["member"], memberKinds: ["politician"] },
        { appliesTo: "organisation", level: "lansgemensam-politisk-niva", organisationKinds: ["state-agency"] },
        { appliesTo: "sector", level: "kommun-och-regiondirektorer", sectorIds: ["polis"] },
      ],
    }));
    const placed = getSystemGraph(own, { view: "system", asOf: AS_OF, includePeople: true });
    expect(levelOf(placed, "forum:lchnv")).toBe("verksamhet");
    expect(levelOf(placed, "forum:ludvika-sl")).toBe("verksamhetsutvecklare");
    expect(levelOf(placed, "forum:falun-sl")).toBe("processgrupper");
    expect(levelOf(placed, "person:soc")).toBe("verksamhet");
    expect(levelOf(placed, "person:pol")).toBe("sektorschefer");
    expect(levelOf(placed, "person:kd")).toBe("processgrupper");
    expect(levelOf(placed, "organisation:polisen")).toBe("lansgemensam-politisk-niva");
    expect(levelOf(placed, "sector:polis")).toBe("kommun-och-regiondirektorer");
    expect(levelOf(placed, "sector:socialtjanst")).toBe("processgrupper");
    const level = placed.nodes.find((n) => n.kind === "level")!;
    expect(level.source).toEqual({
      collection: "profile.systemMap",
      id: "lansgemensam-politisk-niva",
      path: "profile.systemMap.systemLevels[0]",
    });
  });

  it("draws the edges of the system: member of, covers, reports to, collaborates, represents, and a gap for a required sector no one represents", () => {
    const edges = graph.edges.map((e) => e.id);
    expect(edges).toEqual(
      expect.arrayContaining([
        "member-of:forum:vfr>leadership:region",
        "member-of:organisation:falun>forum:vfr",
        "member-of:person:pol>forum:vfr",
        "covers:leadership:falun>organisation:falun",
        "covers:leadership:falun>organisation:region-dalarna",
        "reports-to:leadership:falun>leadership:region",
        "reports-to:leadership:ludvika>leadership:region",
        "collaborates:forum:lchnv>forum:vfr",
        "represents:forum:lchnv>sector:socialtjanst",
        "represents:person:soc>sector:socialtjanst",
        "represents:person:soc>organisation:falun",
        "missing:forum:lchnv>missing:lchnv/primarvard",
        "missing:forum:falun-sl>missing:falun-sl/skolchef",
        "missing:forum:ludvika-sl>missing:ludvika-sl/socialtjanst",
      ]),
    );
    // A co-opted or extra sector represented is an edge too (the police in Falun's forum).
    expect(edges).toContain("represents:forum:falun-sl>sector:polis");
    // Ludvika's member left before the day: no organisation or person edge to that forum.
    expect(edges.some((id) => id.endsWith(">forum:ludvika-sl") && !id.startsWith("missing"))).toBe(false);
  });
});

describe("getSystemGraph filters", () => {
  const ws = twoLeaderships().build();

  it("keeps only the given leaderships and their forums; in the hierarchy view, their principals", () => {
    const graph = getSystemGraph(ws, { view: "system", asOf: AS_OF, leadershipIds: ["falun"] });
    expect(ids(graph, "leadership")).toEqual(["leadership:falun"]);
    expect(ids(graph, "forum")).toEqual(["forum:falun-sl"]);
    expect(graph.edges.some((e) => e.kind === "reports-to")).toBe(false);
    const hierarchy = getSystemGraph(ws, { view: "hierarchy", asOf: AS_OF, leadershipIds: ["falun"] });
    expect(ids(hierarchy, "organisation").sort()).toEqual(["organisation:falun", "organisation:region-dalarna"]);
  });

  it("keeps only forums of the given compositions, and leaves out a leadership none of whose forums is kept", () => {
    const graph = getSystemGraph(ws, { view: "system", asOf: AS_OF, forumCompositions: ["politicians"] });
    expect(ids(graph, "forum")).toEqual(["forum:vfr"]);
    expect(ids(graph, "leadership")).toEqual(["leadership:region"]);
  });

  it("keeps only what concerns the given places: the region counts by its own code, places of no place stay", () => {
    const ludvika = getSystemGraph(ws, { view: "system", asOf: AS_OF, municipalityCodes: [CODES.ludvika] });
    expect(ids(ludvika, "leadership").sort()).toEqual(["leadership:ludvika", "leadership:region"]);
    expect(ids(ludvika, "organisation")).toEqual(["organisation:ludvika"]);
    expect(ids(ludvika, "forum").sort()).toEqual(["forum:lchnv", "forum:ludvika-sl", "forum:vfr"]);
    // The region's code is every leadership's of the region: Falun's forum comes back, with the police
    // who sit in it (of no place in particular), but not Falu kommun.
    const withRegion = getSystemGraph(ws, {
      view: "system",
      asOf: AS_OF,
      municipalityCodes: [CODES.ludvika, CODES.region],
    });
    expect(ids(withRegion, "organisation").sort()).toEqual([
      "organisation:ludvika",
      "organisation:polisen",
      "organisation:region-dalarna",
    ]);
    expect(ids(withRegion, "leadership").sort()).toEqual([
      "leadership:falun",
      "leadership:ludvika",
      "leadership:region",
    ]);
  });

  it("keeps only forums about the given sectors and the nodes of those sectors", () => {
    const graph = getSystemGraph(ws, { view: "system", asOf: AS_OF, sectorIds: ["skolchef"], includePeople: true });
    expect(ids(graph, "forum")).toEqual(["forum:falun-sl"]);
    expect(ids(graph, "missing")).toEqual(["missing:falun-sl/skolchef"]);
    expect(ids(graph, "sector")).toEqual([]);
    // People who represent another sector are left out; the forum's organisations stay (they are of no sector).
    expect(ids(graph, "person")).toEqual([]);
    expect(ids(graph, "organisation").sort()).toEqual([
      "organisation:falun",
      "organisation:polisen",
      "organisation:region-dalarna",
    ]);
  });

  it("keeps only nodes on the given levels, with the edges between them", () => {
    const graph = getSystemGraph(ws, { view: "system", asOf: AS_OF, levels: ["verksamhet"] });
    expect(new Set(graph.nodes.map((n) => graph.levels[n.level]!.key))).toEqual(new Set(["verksamhet"]));
    expect(ids(graph, "sector").length).toBeGreaterThan(0);
    expect(graph.edges).toEqual([]);
    expect(graph.levels).toHaveLength(6);
  });

  it("keeps the focus of a perspective whatever the filters say", () => {
    const graph = getSystemGraph(ws, {
      view: "perspective",
      asOf: AS_OF,
      focus: "forum:falun-sl",
      levels: ["verksamhet"],
    });
    expect(graph.nodes.find((n) => n.id === "forum:falun-sl")?.distance).toBe(0);
    expect(
      graph.nodes.filter((n) => n.id !== "forum:falun-sl").every((n) => graph.levels[n.level]!.key === "verksamhet"),
    ).toBe(true);
  });
});

describe("getSystemGraph hierarchy view", () => {
  it("draws a body without a tier one level below its parent, and never below the last level", () => {
    const ws = createStructureBuilder()
      .organisation({
        id: "kf",
        kind: "municipality",
        tier: "council",
        parentId: ORG.falun,
        name: "Kommunfullmäktige, Falu kommun",
      })
      .organisation({
        id: "sn",
        kind: "municipality",
        tier: "committee",
        parentId: "kf",
        name: "Socialnämnden, Falu kommun",
      })
      .organisation({ id: "projekt", parentId: "sn", name: "Projekt Nära vård" })
      .organisation({ id: "delprojekt", parentId: "projekt", name: "Delprojekt" })
      .organisation({
        id: "ifo",
        kind: "municipality",
        tier: "operation",
        parentId: "sn",
        name: "Individ- och familjeomsorgen, Falu kommun",
      })
      .organisation({ id: "under", parentId: "ifo", name: "Enhet under verksamheten" })
      .build();
    const graph = getSystemGraph(ws, { view: "hierarchy", asOf: AS_OF, municipalityCodes: [CODES.falun] });
    expect(
      Object.fromEntries(
        graph.nodes.filter((n) => n.kind === "organisation").map((n) => [n.id, graph.levels[n.level]!.key]),
      ),
    ).toEqual({
      "organisation:falun": "kommunfullmaktige",
      "organisation:kf": "kommunfullmaktige",
      "organisation:sn": "namndspolitik",
      "organisation:projekt": "forvaltningshierarki",
      "organisation:delprojekt": "verksamhet",
      "organisation:ifo": "verksamhet",
      "organisation:under": "verksamhet",
    });
    expect(graph.edges.map((e) => e.id)).toContain("hierarchy:organisation:projekt>organisation:delprojekt");
    // The police (no principal) is no part of any principal's hierarchy.
    expect(graph.nodes.some((n) => n.id === "organisation:polisen")).toBe(false);
  });
});

describe("getSystemGraph order", () => {
  it("orders nodes by level, kind, then label as a Swedish reader expects, then id", () => {
    const ws = createStructureBuilder()
      .leadership({ id: "l" })
      .forum({ id: "f-o", leadershipId: "l", name: "Örebro forum" })
      .forum({ id: "f-a", leadershipId: "l", name: "Älvdalen forum" })
      .forum({ id: "f-aa", leadershipId: "l", name: "Åre forum" })
      .forum({ id: "f-z", leadershipId: "l", name: "Zeta forum" })
      .forum({ id: "f-10", leadershipId: "l", name: "Forum 10" })
      .forum({ id: "f-2", leadershipId: "l", name: "forum 2" })
      .build();
    const graph = getSystemGraph(ws, { view: "system", asOf: AS_OF });
    expect(graph.nodes.filter((n) => n.kind === "forum").map((n) => n.label)).toEqual([
      "forum 2",
      "Forum 10",
      "Zeta forum",
      "Åre forum",
      "Älvdalen forum",
      "Örebro forum",
    ]);
    expect(labelSortKey("Ärende 7")).toBe(labelSortKey("ärende 7"));
    expect(labelSortKey("é")).toBe(labelSortKey("e"));
  });

  it("gives the same graph for the Dalarna sample with every collection reversed (paths aside), and the same graph twice", () => {
    const ws = createDalarnaSampleWorkspace();
    const reversed: Workspace = {
      ...ws,
      organisations: [...ws.organisations].reverse(),
      people: [...ws.people].reverse(),
      leaderships: [...ws.leaderships].reverse(),
      forums: [...ws.forums].reverse(),
      memberships: [...ws.memberships].reverse(),
    };
    const strip = (graph: SystemGraph) => ({
      ...graph,
      nodes: graph.nodes.map((n) => ({
        ...n,
        source: n.source === null ? null : { collection: n.source.collection, id: n.source.id },
      })),
    });
    for (const view of ["system", "hierarchy"] as const) {
      const first = getSystemGraph(ws, { view, asOf: DALARNA_SAMPLE_AS_OF, includePeople: true });
      expect(getSystemGraph(ws, { view, asOf: DALARNA_SAMPLE_AS_OF, includePeople: true })).toEqual(first);
      expect(strip(getSystemGraph(reversed, { view, asOf: DALARNA_SAMPLE_AS_OF, includePeople: true }))).toEqual(
        strip(first),
      );
    }
  });

  it("gives the same graph from the workspace's kept index as from a copy's new one", () => {
    const ws = createDalarnaSampleWorkspace();
    const first = getSystemGraph(ws, { view: "system", asOf: DALARNA_SAMPLE_AS_OF });
    expect(getSystemGraph(ws, { view: "system", asOf: DALARNA_SAMPLE_AS_OF })).toEqual(first);
    expect(getSystemGraph({ ...ws }, { view: "system", asOf: DALARNA_SAMPLE_AS_OF })).toEqual(first);
  });
});

describe("getSystemGraph options it refuses", () => {
  const ws = twoLeaderships().build();
  const refusal = (options: Parameters<typeof getSystemGraph>[1]) => {
    try {
      getSystemGraph(ws, options);
    } catch (error) {
      if (isSystemledningError(error))
        return {
          reason: error.reason,
          issues: error.issues.map((i) => [i.path, i.code]),
          message: error.issues[0]?.message,
        };
      throw error;
    }
    throw new Error("not refused");
  };

  it("refuses an unknown view and a date that is not one, naming the option", () => {
    expect(refusal({ view: "map" as "system", asOf: AS_OF }).issues).toEqual([["options.view", "invalid_value"]]);
    expect(refusal({ view: "system", asOf: "13 maj 2026" }).issues).toEqual([["options.asOf", "invalid_format"]]);
  });

  it("refuses a perspective without a focus, with a focus not on its map, or with a distance that is not a whole number from 0", () => {
    expect(refusal({ view: "perspective", asOf: AS_OF }).issues).toEqual([["options.focus", "missing_field"]]);
    const notThere = refusal({ view: "perspective", asOf: AS_OF, focus: "forum:no-such-forum" });
    expect(notThere).toMatchObject({
      reason: "invalidInput",
      issues: [["options.focus", "system_map_focus_not_found"]],
    });
    expect(notThere.message?.sv).toContain('Fokus "forum:no-such-forum" finns inte på kartan den 2025-06-01');
    expect(notThere.message?.en).toContain('The focus "forum:no-such-forum" is not on the map on 2025-06-01');
    // A person without a seat on the day is not on the map either.
    expect(refusal({ view: "perspective", asOf: "2020-01-01", focus: "person:soc" }).issues).toEqual([
      ["options.focus", "system_map_focus_not_found"],
    ]);
    expect(refusal({ view: "perspective", asOf: AS_OF, focus: "forum:vfr", maxDistance: -1 }).issues).toEqual([
      ["options.maxDistance", "too_small"],
    ]);
    expect(refusal({ view: "perspective", asOf: AS_OF, focus: "forum:vfr", maxDistance: 1.5 }).issues).toEqual([
      ["options.maxDistance", "invalid_type"],
    ]);
  });

  it("includes the people when the focus is a person, and lets the other views ignore focus and maxDistance", () => {
    const graph = getSystemGraph(ws, { view: "perspective", asOf: AS_OF, focus: "person:soc" });
    expect(graph.nodes.find((n) => n.id === "person:soc")?.distance).toBe(0);
    expect(getSystemGraph(ws, { view: "system", asOf: AS_OF, focus: "nowhere", maxDistance: -3 }).focusId).toBeNull();
  });
});
