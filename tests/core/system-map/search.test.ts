/**
 * Finding parts of the map and the reader on it (decision record 0015): `searchSystemGraph` on the Dalarna sample
 * is case- and accent-insensitive, puts a name that starts with the query first and names each hit's group; over
 * any string it never throws, finds nothing for a blank query, and finds every part by its own name.
 * `findReaderNode` finds a person's node, else their organisation, else a forum they sit in.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DALARNA_SAMPLE_AS_OF, createDalarnaSampleWorkspace } from "@systemledning/core/profiles/dalarna";
import {
  findReaderNode,
  getSystemGraph,
  getSystemGroups,
  normaliseSearchText,
  searchSystemGraph,
} from "@systemledning/core/system-map";

const SEED = 20261206;
const ws = createDalarnaSampleWorkspace();
const system = getSystemGraph(ws, { view: "system", asOf: DALARNA_SAMPLE_AS_OF });
const groups = getSystemGroups(system);

describe("searchSystemGraph on the Dalarna sample", () => {
  it("finds Mora kommun first for 'mora', whatever the case, then the names with a word starting so, then infixes", () => {
    const hits = searchSystemGraph(system, "mora", { groups });
    expect(hits[0]).toEqual({
      nodeId: "organisation:org-mora",
      label: "Mora kommun",
      kind: "organisation",
      groupId: "group:kind:organisation@1",
      score: 4,
    });
    expect(hits.map((h) => h.label)).toEqual([
      "Mora kommun",
      "Lokal systemledning Mora",
      "Svenska kyrkan i Mora",
      "Systemledning Mora",
      "Hedemora kommun",
      "Lokal systemledning Hedemora–Säter",
      "Systemledning Hedemora–Säter",
    ]);
    expect(searchSystemGraph(system, "  MORA ", { groups })).toEqual(hits);
    expect(hits.map((h) => h.score)).toEqual([...hits.map((h) => h.score)].sort((a, b) => b - a));
  });

  it("ignores accents: 'alvdalen' finds Älvdalen, and 'älvdalen' the same", () => {
    const hits = searchSystemGraph(system, "alvdalen");
    expect(hits.map((h) => h.nodeId)).toEqual([
      "organisation:org-alvdalen",
      "leadership:ls-alvdalen",
      "forum:f-alvdalen",
    ]);
    expect(hits.every((h) => h.groupId === null)).toBe(true);
    expect(searchSystemGraph(system, "ÄLVDALEN")).toEqual(hits);
  });

  it("limits the hits, and never finds the level bands", () => {
    expect(searchSystemGraph(system, "kommun", { limit: 3 })).toHaveLength(3);
    expect(searchSystemGraph(system, "kommun", { limit: 0 })).toEqual([]);
    expect(searchSystemGraph(system, "processgrupper")).toEqual([]);
  });

  it("finds nothing for an empty or blank query", () => {
    expect(searchSystemGraph(system, "")).toEqual([]);
    expect(searchSystemGraph(system, " \t\n")).toEqual([]);
  });

  it("never throws on any string, and every hit holds the query in its name", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: "grapheme" }), fc.string({ unit: "binary" })), (query) => {
        const hits = searchSystemGraph(system, query, { groups });
        const wanted = normaliseSearchText(query).split(" ");
        for (const hit of hits) {
          const node = system.nodes.find((n) => n.id === hit.nodeId)!;
          const names = [normaliseSearchText(node.label), normaliseSearchText(node.shortLabel)];
          expect(wanted.every((word) => names.some((name) => name.includes(word)))).toBe(true);
        }
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it("finds every part by its own label, accents and case aside", () => {
    fc.assert(
      fc.property(fc.constantFrom(...system.nodes.filter((n) => n.kind !== "level")), fc.boolean(), (node, upper) => {
        const query = normaliseSearchText(node.label);
        const hits = searchSystemGraph(system, upper ? query.toUpperCase() : query, { limit: 1_000 });
        expect(hits.map((h) => h.nodeId)).toContain(node.id);
        expect(hits[0]?.score).toBe(4);
      }),
      { seed: SEED, numRuns: 100 },
    );
  });
});

describe("findReaderNode on the Dalarna sample", () => {
  it("finds a person's node when people are drawn", () => {
    const withPeople = getSystemGraph(ws, { view: "system", asOf: DALARNA_SAMPLE_AS_OF, includePeople: true });
    expect(findReaderNode(withPeople, { personId: "p-vansbro-soc" }, ws)).toBe("person:p-vansbro-soc");
    expect(findReaderNode(withPeople, { personId: "p-vansbro-soc" })).toBe("person:p-vansbro-soc");
  });

  it("finds the organisation a person represents when people are not drawn, and needs the workspace for it", () => {
    expect(findReaderNode(system, { personId: "p-vansbro-soc" }, ws)).toBe("organisation:org-vansbro");
    expect(findReaderNode(system, { personId: "p-vansbro-soc" })).toBeNull();
  });

  it("finds a forum the person sits in when their organisation is not on the map", () => {
    const heads = getSystemGraph(ws, { view: "system", asOf: DALARNA_SAMPLE_AS_OF, levels: ["sektorschefer"] });
    expect(heads.nodes.some((n) => n.id === "organisation:org-vansbro")).toBe(false);
    expect(findReaderNode(heads, { personId: "p-vansbro-soc" }, ws)).toBe("forum:f-lchnv");
  });

  it("finds an organisation by its id, and null for what is not on the map", () => {
    expect(findReaderNode(system, { organisationId: "org-mora" })).toBe("organisation:org-mora");
    expect(findReaderNode(system, { organisationId: "org-ludvika-bun" })).toBeNull();
    expect(findReaderNode(system, { personId: "nobody" }, ws)).toBeNull();
    const hierarchy = getSystemGraph(ws, { view: "hierarchy", asOf: DALARNA_SAMPLE_AS_OF });
    expect(findReaderNode(hierarchy, { personId: "p-rss-chef" }, ws)).toBeNull();
  });
});
