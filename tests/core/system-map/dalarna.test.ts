/**
 * The system map of the Dalarna sample in each view: the levels of *Att leda hela systemet* (Hälsolabb, the
 * picture of the two logics) in order, the regional forums where the annual report places them,
 * Västerbergslagen's forum and the sample's representation gaps on its reference day, the hierarchy of
 * Ludvika (kommunfullmäktige → nämnder → förvaltningar → verksamheter), and perspectives from the same
 * slides' family and from a person, with distances. The slides' words come from the fixture of their facts
 * (`tests/fixtures/sources/att-leda-hela-systemet.ts`), which the sources check proves against the slides.
 */
import { describe, expect, it } from "vitest";
import {
  DALARNA_FAMILY_GROUP_ID,
  DALARNA_SAMPLE_AS_OF,
  DALARNA_WORKSHOP_ID,
  createDalarnaSampleWorkspace,
} from "@systemledning/core/profiles/dalarna";
import {
  addAnnotation,
  aggregateAnnotations,
  describeSystemGraph,
  getSystemGraph,
  getSystemNeighbours,
  type SystemGraph,
  type SystemNode,
} from "@systemledning/core/system-map";
import { FAMILY_PERSPECTIVE, HIERARCHY_LEVELS, SYSTEM_LOGIC_LEVELS } from "../../fixtures/sources/index.js";

const ws = createDalarnaSampleWorkspace();
const system = getSystemGraph(ws, { view: "system", asOf: DALARNA_SAMPLE_AS_OF });
const node = (graph: SystemGraph, id: string): SystemNode => {
  const found = graph.nodes.find((n) => n.id === id);
  if (found === undefined) throw new Error(`no node ${id}`);
  return found;
};
const levelKey = (graph: SystemGraph, id: string): string => graph.levels[node(graph, id).level]!.key;
const edgesOf = (graph: SystemGraph, id: string) => graph.edges.filter((e) => e.source === id || e.target === id);

describe("getSystemGraph on the Dalarna sample: the system view", () => {
  it("has the levels of the system logic of Att leda hela systemet, top to bottom, each in the slides' words and as a level node", () => {
    expect(system.levels.map((l) => l.label.sv)).toEqual([
      "Länsgemensam politisk nivå",
      "Kommun- och regiondirektörer",
      "Social-, hälso- och sjukvård- och skolchefer",
      "Processgrupper",
      "Verksamhetsutvecklare",
      "Verksamhet",
    ]);
    expect(system.levels.map((l) => l.label.sv)).toEqual(SYSTEM_LOGIC_LEVELS.map((label) => label.phrase));
    expect(system.levels.map((l) => l.index)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(system.nodes.filter((n) => n.kind === "level").map((n) => [n.id, n.level])).toEqual(
      system.levels.map((l) => [`level:${l.key}`, l.index]),
    );
    expect(system.levels.every((l) => l.label.en !== undefined)).toBe(true);
  });

  it("places the regional forums as the annual report describes them: politicians at the top, LGRS with the directors, the networks of heads below", () => {
    expect(levelKey(system, "forum:f-vfr")).toBe("lansgemensam-politisk-niva");
    expect(levelKey(system, "forum:f-bdu")).toBe("lansgemensam-politisk-niva");
    expect(levelKey(system, "forum:f-vardradet")).toBe("lansgemensam-politisk-niva");
    expect(levelKey(system, "forum:f-lgrs")).toBe("kommun-och-regiondirektorer");
    expect(levelKey(system, "forum:f-lchnv")).toBe("sektorschefer");
    expect(levelKey(system, "forum:f-schnv")).toBe("sektorschefer");
    expect(levelKey(system, "forum:f-falun-pol")).toBe("lansgemensam-politisk-niva");
    expect(levelKey(system, "leadership:ls-regional")).toBe("lansgemensam-politisk-niva");
    expect(levelKey(system, "organisation:org-rss-dalarna")).toBe("verksamhetsutvecklare");
    expect(levelKey(system, "organisation:org-ludvika")).toBe("kommun-och-regiondirektorer");
    expect(levelKey(system, "sector:politiker")).toBe("lansgemensam-politisk-niva");
    expect(levelKey(system, "sector:socialtjanst")).toBe("verksamhet");
  });

  it("shows Västerbergslagen's forum in its leadership, with the three principals and the others who sit in it, the sectors they represent, and no gap on the reference day", () => {
    const forum = node(system, "forum:f-vasterbergslagen");
    expect(forum).toMatchObject({
      kind: "forum",
      label: "Systemledning Västerbergslagen",
      leadershipId: "ls-vasterbergslagen",
      municipalityCodes: ["0020", "2061", "2085"],
      missing: null,
      source: { collection: "forums", id: "f-vasterbergslagen" },
    });
    expect(levelKey(system, forum.id)).toBe("sektorschefer");
    const edges = edgesOf(system, forum.id);
    expect(
      edges
        .filter((e) => e.kind === "member-of" && e.target === forum.id)
        .map((e) => e.source)
        .sort(),
    ).toEqual(
      [
        "org-arbetsformedlingen",
        "org-finsam-vasterbergslagen",
        "org-frivarden-falun",
        "org-ludvika",
        "org-region-dalarna",
        "org-rss-dalarna",
        "org-smedjebacken",
      ].map((id) => `organisation:${id}`),
    );
    expect(edges.filter((e) => e.kind === "member-of" && e.source === forum.id).map((e) => e.target)).toEqual([
      "leadership:ls-vasterbergslagen",
    ]);
    const represented = edges.filter((e) => e.kind === "represents").map((e) => e.target.replace("sector:", ""));
    for (const required of ws.forums.find((f) => f.id === "f-vasterbergslagen")!.requiredSectorIds)
      expect(represented).toContain(required);
    // The charter says so too: "Ja, alla sektorer vi kräver finns med."
    expect(edges.filter((e) => e.kind === "missing")).toEqual([]);
    expect(system.edges).toContainEqual({
      id: "reports-to:leadership:ls-vasterbergslagen>leadership:ls-regional",
      source: "leadership:ls-vasterbergslagen",
      target: "leadership:ls-regional",
      kind: "reports-to",
    });
    expect(
      system.edges
        .filter((e) => e.source === "leadership:ls-vasterbergslagen" && e.kind === "covers")
        .map((e) => e.target)
        .sort(),
    ).toEqual(["organisation:org-ludvika", "organisation:org-region-dalarna", "organisation:org-smedjebacken"]);
  });

  it("shows every required sector of Västerbergslagen's forum as a gap before its members' term began (2023-12-31)", () => {
    const early = getSystemGraph(ws, { view: "system", asOf: "2023-12-31", leadershipIds: ["ls-vasterbergslagen"] });
    const gaps = early.nodes.filter((n) => n.kind === "missing");
    expect(gaps.map((n) => n.missing?.sectorId).sort()).toEqual(
      [...ws.forums.find((f) => f.id === "f-vasterbergslagen")!.requiredSectorIds].sort(),
    );
    for (const gap of gaps)
      expect(early.edges).toContainEqual({
        id: `missing:forum:f-vasterbergslagen>${gap.id}`,
        source: "forum:f-vasterbergslagen",
        target: gap.id,
        kind: "missing",
      });
  });

  it("shows the sample's four representation gaps on the reference day as missing nodes beside their forums, with messages in Swedish and English", () => {
    const gaps = system.nodes.filter((n) => n.kind === "missing");
    expect(gaps.map((n) => n.id).sort()).toEqual([
      "missing:f-alvdalen/specialistvard",
      "missing:f-avesta/elevhalsa",
      "missing:f-gagnef/primarvard",
      "missing:f-vansbro/skolchef",
    ]);
    const gagnef = node(system, "missing:f-gagnef/primarvard");
    expect(gagnef).toMatchObject({
      label: "Saknas: Primärvård",
      shortLabel: "Primärvård",
      level: node(system, "forum:f-gagnef").level,
      leadershipId: "ls-gagnef",
      sectorIds: ["primarvard"],
      missing: {
        forumId: "f-gagnef",
        sectorId: "primarvard",
        message: {
          sv: "Primärvård saknas i Systemledning Gagnef den 2026-05-13: sektorn ska vara representerad men ingen ledamot företräder den. Utse en ledamot som företräder sektorn.",
          en: "Primary care is missing in Systemledning Gagnef on 2026-05-13: the sector should be represented but no member represents it. Appoint a member who represents it.",
        },
      },
      source: {
        collection: "forums",
        id: "f-gagnef",
        path: `forums[${ws.forums.findIndex((f) => f.id === "f-gagnef")}].requiredSectorIds[3]`,
      },
    });
    expect(ws.forums.find((f) => f.id === "f-gagnef")!.requiredSectorIds[3]).toBe("primarvard");
    expect(edgesOf(system, gagnef.id)).toEqual([
      {
        id: "missing:forum:f-gagnef>missing:f-gagnef/primarvard",
        source: "forum:f-gagnef",
        target: gagnef.id,
        kind: "missing",
      },
    ]);
    // From 1 September 2026 the successor sits: the gap is gone.
    expect(getSystemGraph(ws, { view: "system", asOf: "2026-09-01" }).nodes.some((n) => n.id === gagnef.id)).toBe(
      false,
    );
  });

  it("describes the map in words: each forum with its leadership, its peers and its members, each gap with its message", () => {
    const lines = describeSystemGraph(system, "sv");
    expect(lines[0]).toBe("Länsgemensam politisk nivå (nivå 1 av 6).");
    const lchnv = lines.find((l) => l.startsWith("Länschefsnätverket (forum): "))!;
    expect(lchnv).toContain("ingår i Regional systemledning för God och nära vård i Dalarna");
    expect(lchnv).toContain(
      "samverkar med Beredningsgrupp för Dalarnas utveckling, Vårdrådet, Välfärdsrådet, Ledningsgrupp för regional samverkan och Socialchefsnätverket",
    );
    const vasterbergslagen = lines.find((l) => l.startsWith("Lokal systemledning Västerbergslagen (systemledning): "))!;
    expect(vasterbergslagen).toContain("rapporterar till Regional systemledning för God och nära vård i Dalarna");
    expect(lines.find((l) => l.startsWith("Saknas: Primärvård"))).toBe(
      "Saknas: Primärvård (saknas): saknas i Systemledning Gagnef. Primärvård saknas i Systemledning Gagnef den 2026-05-13: sektorn ska vara representerad men ingen ledamot företräder den. Utse en ledamot som företräder sektorn.",
    );
    const english = describeSystemGraph(
      getSystemGraph(ws, { view: "system", asOf: DALARNA_SAMPLE_AS_OF, locale: "en" }),
      "en",
    );
    expect(english[0]).toBe("County-wide political level (level 1 of 6).");
    expect(english.find((l) => l.startsWith("Missing: Primary care"))).toContain(
      "(missing): is missing in Systemledning Gagnef.",
    );
  });

  it("adds the people who hold a seat that day, each on the level of their title and seats, with their forums, organisations and sectors", () => {
    const withPeople = getSystemGraph(ws, { view: "system", asOf: DALARNA_SAMPLE_AS_OF, includePeople: true });
    const people = withPeople.nodes.filter((n) => n.kind === "person");
    const seated = new Set(
      ws.memberships
        .filter((m) => m.from <= DALARNA_SAMPLE_AS_OF && (m.to === undefined || DALARNA_SAMPLE_AS_OF <= m.to))
        .map((m) => m.personId),
    );
    expect(people.map((p) => p.id.replace("person:", "")).sort()).toEqual([...seated].sort());
    expect(levelKey(withPeople, "person:p-rd-rdir")).toBe("kommun-och-regiondirektorer");
    expect(levelKey(withPeople, "person:p-ludvika-kd")).toBe("kommun-och-regiondirektorer");
    expect(levelKey(withPeople, "person:p-ludvika-soc")).toBe("sektorschefer");
    expect(levelKey(withPeople, "person:p-ludvika-sn")).toBe("lansgemensam-politisk-niva");
    expect(levelKey(withPeople, "person:p-rss-ul2")).toBe("processgrupper");
    expect(levelKey(withPeople, "person:p-ludvika-utv")).toBe("verksamhetsutvecklare");
    expect(levelKey(withPeople, "person:p-inv-leksand-1")).toBe("verksamhet");
    const socialchef = node(withPeople, "person:p-ludvika-soc");
    expect(socialchef).toMatchObject({
      municipalityCodes: ["2085"],
      leadershipId: null,
      source: { collection: "people", id: "p-ludvika-soc" },
    });
    expect(edgesOf(withPeople, socialchef.id).map((e) => e.id)).toEqual([
      "member-of:person:p-ludvika-soc>forum:f-lchnv",
      "member-of:person:p-ludvika-soc>forum:f-schnv",
      "member-of:person:p-ludvika-soc>forum:f-vasterbergslagen",
      "represents:person:p-ludvika-soc>organisation:org-ludvika",
      "represents:person:p-ludvika-soc>sector:socialtjanst",
      "represents:person:p-ludvika-soc>sector:vard-och-omsorg",
    ]);
    // The map without people is the same map minus the people and their edges.
    const peopleIds = new Set(people.map((p) => p.id));
    expect(withPeople.nodes.filter((n) => !peopleIds.has(n.id))).toEqual(system.nodes);
    expect(withPeople.edges.filter((e) => !peopleIds.has(e.source))).toEqual(system.edges);
  });
});

describe("getSystemGraph on the Dalarna sample: the hierarchy view", () => {
  const ludvika = getSystemGraph(ws, { view: "hierarchy", asOf: DALARNA_SAMPLE_AS_OF, municipalityCodes: ["2085"] });

  it("has the levels of the hierarchy of Att leda hela systemet, top to bottom, the last one shared with the system logic", () => {
    expect(ludvika.levels.map((l) => l.label.sv)).toEqual([
      "Kommunfullmäktige",
      "Nämndspolitik",
      "Förvaltningshierarki",
      "Verksamhet",
    ]);
    expect(ludvika.levels.map((l) => l.label.sv)).toEqual(HIERARCHY_LEVELS.map((label) => label.phrase));
    expect(ludvika.levels.at(-1)!.key).toBe(system.levels.at(-1)!.key);
  });

  it("draws Ludvika kommun with its council, committees, administrations and operations, one line of the hierarchy each", () => {
    const bodies = ludvika.nodes.filter((n) => n.kind === "organisation");
    expect(bodies.map((n) => `${ludvika.levels[n.level]!.key}: ${n.shortLabel}`)).toEqual([
      "kommunfullmaktige: Kommunfullmäktige",
      "kommunfullmaktige: Ludvika",
      "namndspolitik: Barn- och utbildningsnämnden",
      "namndspolitik: Kommunstyrelsen",
      "namndspolitik: Socialnämnden",
      "forvaltningshierarki: Barn- och utbildningsförvaltningen",
      "forvaltningshierarki: Socialförvaltningen",
      "verksamhet: Elevhälsan",
      "verksamhet: Grundskolan",
      "verksamhet: Hemtjänsten",
      "verksamhet: Individ- och familjeomsorgen",
      "verksamhet: LSS",
    ]);
    expect(bodies.every((n) => n.municipalityCodes.join() === "2085")).toBe(true);
    expect(ludvika.edges.every((e) => e.kind === "hierarchy")).toBe(true);
    expect(ludvika.edges).toHaveLength(bodies.length - 1);
    const line = (from: string, to: string) => `hierarchy:organisation:${from}>organisation:${to}`;
    expect(ludvika.edges.map((e) => e.id)).toEqual(
      expect.arrayContaining([
        line("org-ludvika", "org-ludvika-kf"),
        line("org-ludvika-kf", "org-ludvika-sn"),
        line("org-ludvika-sn", "org-ludvika-sof"),
        line("org-ludvika-sof", "org-ludvika-ifo"),
        line("org-ludvika-buf", "org-ludvika-elevhalsa"),
      ]),
    );
    expect(describeSystemGraph(ludvika, "sv")).toContain(
      "Socialnämnden, Ludvika kommun (organisation): har under sig Socialförvaltningen, Ludvika kommun; lyder under Kommunfullmäktige, Ludvika kommun.",
    );
  });

  it("draws Region Dalarna's and Smedjebacken's hierarchies beside Ludvika's when asked for the principals of Västerbergslagen", () => {
    const three = getSystemGraph(ws, {
      view: "hierarchy",
      asOf: DALARNA_SAMPLE_AS_OF,
      leadershipIds: ["ls-vasterbergslagen"],
    });
    const roots = three.nodes
      .filter((n) => n.kind === "organisation" && !three.edges.some((e) => e.target === n.id))
      .map((n) => n.id);
    expect(roots.sort()).toEqual([
      "organisation:org-ludvika",
      "organisation:org-region-dalarna",
      "organisation:org-smedjebacken",
    ]);
    expect(three.edges).toContainEqual(
      expect.objectContaining({
        source: "organisation:org-rd-hsf",
        target: "organisation:org-rd-habiliteringen",
        kind: "hierarchy",
      }),
    );
    expect(three.nodes.some((n) => n.kind === "forum" || n.kind === "person")).toBe(false);
  });
});

describe("getSystemGraph on the Dalarna sample: perspectives", () => {
  it("follows the family of Att leda hela systemet in Ludvika: its contacts one step away, the forums and bodies behind them two steps away", () => {
    const family = getSystemGraph(ws, {
      view: "perspective",
      asOf: DALARNA_SAMPLE_AS_OF,
      focus: `citizen-group:${DALARNA_FAMILY_GROUP_ID}`,
    });
    expect(family.focusId).toBe(`citizen-group:${DALARNA_FAMILY_GROUP_ID}`);
    expect(family.levels.map((l) => l.key).at(-1)).toBe("invanare");
    const focus = node(family, family.focusId!);
    expect(focus).toMatchObject({
      distance: 0,
      kind: "citizen-group",
      label: "En familjs kontakter kring ett barn med funktionsvariationer",
      level: family.levels.length - 1,
      municipalityCodes: ["2085"],
    });
    expect(focus.label).toBe(FAMILY_PERSPECTIVE.phrase);
    const near = family.nodes.filter((n) => n.distance === 1).map((n) => n.id);
    expect(near).toEqual(
      expect.arrayContaining([
        "organisation:org-rd-habiliteringen",
        "organisation:org-ludvika-grundskola",
        "organisation:org-ludvika-elevhalsa",
        "organisation:org-rd-hc-ludvika",
        "organisation:org-forsakringskassan",
        "sector:skolchef",
        "sector:primarvard",
        "sector:socialtjanst",
      ]),
    );
    const habilitation = family.edges.find((e) => e.target === "organisation:org-rd-habiliteringen")!;
    expect(habilitation).toEqual({
      id: `concerns:citizen-group:${DALARNA_FAMILY_GROUP_ID}>organisation:org-rd-habiliteringen`,
      source: focus.id,
      target: "organisation:org-rd-habiliteringen",
      kind: "concerns",
      label: "Habilitering",
    });
    expect(family.edges.find((e) => e.target === "sector:specialistvard")?.label).toBe(
      "Habilitering, Barn- och ungdomspsykiatri",
    );
    // Two steps: the administration above the habilitation, the forums where primary care sits.
    expect(node(family, "organisation:org-rd-hsf").distance).toBe(2);
    expect(node(family, "forum:f-vasterbergslagen").distance).toBe(2);
    expect(family.nodes.every((n) => n.distance !== null && n.distance <= 2)).toBe(true);
    expect(family.nodes.some((n) => n.kind === "level")).toBe(false);
  });

  it("sees the system from Ludvika's socialchef: the forums, the municipality and the sectors at one step, their leaderships and other members at two", () => {
    const seen = getSystemGraph(ws, { view: "perspective", asOf: DALARNA_SAMPLE_AS_OF, focus: "person:p-ludvika-soc" });
    const at = (distance: number) =>
      seen.nodes
        .filter((n) => n.distance === distance)
        .map((n) => n.id)
        .sort();
    expect(at(0)).toEqual(["person:p-ludvika-soc"]);
    expect(at(1)).toEqual([
      "forum:f-lchnv",
      "forum:f-schnv",
      "forum:f-vasterbergslagen",
      "organisation:org-ludvika",
      "sector:socialtjanst",
      "sector:vard-och-omsorg",
    ]);
    expect(at(2)).toEqual(
      expect.arrayContaining([
        "leadership:ls-regional",
        "leadership:ls-vasterbergslagen",
        "person:p-smedjebacken-soc",
        "organisation:org-ludvika-kf",
        "person:p-rd-pv-vbl",
      ]),
    );
    expect(Math.max(...seen.nodes.map((n) => n.distance!))).toBe(2);
    const further = getSystemGraph(ws, {
      view: "perspective",
      asOf: DALARNA_SAMPLE_AS_OF,
      focus: "person:p-ludvika-soc",
      maxDistance: 3,
    });
    expect(further.nodes.length).toBeGreaterThan(seen.nodes.length);
    expect(
      getSystemGraph(ws, {
        view: "perspective",
        asOf: DALARNA_SAMPLE_AS_OF,
        focus: "person:p-ludvika-soc",
        maxDistance: 0,
      }).nodes.map((n) => n.id),
    ).toEqual(["person:p-ludvika-soc"]);
    const lines = describeSystemGraph(seen, "sv");
    expect(lines.find((l) => l.startsWith("Ludvika kommun (organisation, 1 steg bort): "))).toBeDefined();
    expect(lines.find((l) => l.includes("(person, fokus)"))).toMatch(
      /^Ingrid Westman \(person, fokus\): sitter i Länschefsnätverket, Socialchefsnätverket och Systemledning Västerbergslagen; företräder /u,
    );
  });

  it("gives the neighbours of a node in the graph's order, in both directions", () => {
    const neighbours = getSystemNeighbours(system).get("forum:f-vasterbergslagen")!;
    expect(neighbours[0]).toEqual({
      nodeId: "sector:politiker",
      edgeId: "represents:forum:f-vasterbergslagen>sector:politiker",
      kind: "represents",
      direction: "out",
    });
    expect(neighbours.find((n) => n.nodeId === "organisation:org-ludvika")).toEqual({
      nodeId: "organisation:org-ludvika",
      edgeId: "member-of:organisation:org-ludvika>forum:f-vasterbergslagen",
      kind: "member-of",
      direction: "in",
    });
    expect(getSystemNeighbours(system).get("level:processgrupper")).toEqual([]);
  });
});

describe("the system map as the README's System map section shows it", () => {
  it("gives the figures the README prints for the Dalarna sample", () => {
    const graph = getSystemGraph(ws, { view: "system", asOf: "2026-05-13" });
    expect(graph.levels.map((l) => l.label.sv)[1]).toBe("Kommun- och regiondirektörer");
    expect(levelKey(graph, "forum:f-lgrs")).toBe(graph.levels[1]!.key);
    expect([graph.nodes.length, graph.edges.length]).toEqual([91, 335]);
    expect(graph.nodes.filter((n) => n.kind === "missing").map((n) => n.label)).toEqual([
      "Saknas: Elevhälsa",
      "Saknas: Primärvård",
      "Saknas: Skolchef",
      "Saknas: Specialistvård",
    ]);
    expect(graph.nodes.find((n) => n.id === "missing:f-gagnef/primarvard")?.missing?.message.en).toMatch(
      /^Primary care is missing in Systemledning Gagnef on 2026-05-13: the sector should be represented but no member represents it\. /u,
    );
    expect(
      describeSystemGraph(graph, "sv").find((line) => line.startsWith("Lokal systemledning Västerbergslagen")),
    ).toBe(
      "Lokal systemledning Västerbergslagen (systemledning): rapporterar till Regional systemledning för God och nära vård i Dalarna; har forumen Systemledning Västerbergslagen; omfattar Ludvika kommun, Region Dalarna och Smedjebackens kommun.",
    );
    expect(getSystemNeighbours(graph).get("leadership:ls-vasterbergslagen")).toHaveLength(5);
    const ludvika = getSystemGraph(ws, { view: "hierarchy", asOf: "2026-05-13", municipalityCodes: ["2085"] });
    expect(ludvika.nodes.filter((n) => n.kind === "organisation")).toHaveLength(12);
    const family = getSystemGraph(ws, {
      view: "perspective",
      asOf: "2026-05-13",
      focus: `citizen-group:${DALARNA_FAMILY_GROUP_ID}`,
    });
    expect(family.nodes.filter((n) => n.distance === 1)).toHaveLength(19);
    const marks = aggregateAnnotations(ws.annotations, graph);
    expect(marks.nodes.get("forum:f-lgrs")?.needsImprovement).toBe(2);
    expect(marks.totals).toEqual({ positions: 6, worksWell: 7, needsImprovement: 6, notes: 3, total: 22, places: 19 });
    expect(marks.outside.map((place) => place.key)).toEqual([
      "organisation:org-rd-hsf",
      "forum:f-vasterbergslagen|organisation:org-ludvika-sn",
    ]);
    const next = addAnnotation(ws, {
      id: "plupp-25",
      workshopId: DALARNA_WORKSHOP_ID,
      kind: "needs-improvement",
      target: { type: "gap", between: ["forum:f-lchnv", "forum:f-vfr"] },
      text: "Besluten i LCHNV når inte Välfärdsrådet i tid.",
      createdAt: "2025-02-07T10:50:00+01:00",
    });
    expect(next.ok).toBe(true);
  });
});
