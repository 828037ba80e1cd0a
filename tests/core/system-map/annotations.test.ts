/**
 * Workshop annotations (the workspace's `annotations`, version 3): the Dalarna workshop's marks, the door's
 * refusals with exact paths and both languages, the commands `addAnnotation` and `removeAnnotation`, the
 * aggregation per node, edge and gap, and the migration of version 1 and 2 documents to empty annotations.
 */
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  DALARNA_SAMPLE_AS_OF,
  DALARNA_WORKSHOP_ANNOTATIONS,
  DALARNA_WORKSHOP_AS_OF,
  DALARNA_WORKSHOP_ID,
  createDalarnaSampleWorkspace,
} from "@systemledning/core/profiles/dalarna";
import {
  addAnnotation,
  aggregateAnnotations,
  gapKey,
  getSystemGraph,
  removeAnnotation,
  safeParseSystemAnnotation,
  type SystemAnnotation,
} from "@systemledning/core/system-map";
import {
  CURRENT_WORKSPACE_VERSION,
  parseWorkspace,
  safeParseWorkspace,
  serializeWorkspace,
  type RawDocument,
  type ValidationIssue,
} from "@systemledning/core/workspace";
import { deepFreeze } from "../../fixtures/deep-freeze.js";
import { systemMapCaseArbitrary } from "../../fixtures/system-map-arbitraries.js";

const SEED = 20261122;
const ws = createDalarnaSampleWorkspace();
const codesAndPaths = (issues: readonly ValidationIssue[]) => issues.map((i) => [i.path, i.code]);

/** The door's issues for the sample with its first annotation replaced by `annotation`. */
function atTheDoor(annotation: Record<string, unknown>): ValidationIssue[] {
  const doc = JSON.parse(serializeWorkspace(ws)) as { annotations: unknown[] };
  doc.annotations[0] = annotation;
  const result = safeParseWorkspace(doc);
  return result.success ? [] : [...result.error.issues];
}

const base = {
  id: "ny-markering",
  kind: "works-well",
  target: { type: "node", nodeId: "forum:f-lchnv" },
  createdAt: "2025-02-07T10:50:00+01:00",
};

describe("the Dalarna workshop's annotations", () => {
  it("are in the sample workspace, marked as one workshop on LCHNV's meeting day, and pass the door", () => {
    expect(ws.annotations).toEqual(DALARNA_WORKSHOP_ANNOTATIONS);
    expect(ws.annotations).toHaveLength(24);
    expect(
      ws.annotations.every(
        (a) => a.workshopId === DALARNA_WORKSHOP_ID && a.createdAt.startsWith(DALARNA_WORKSHOP_AS_OF),
      ),
    ).toBe(true);
    expect(
      ws.meetings.some((m) => m.id === "mt-lchnv-2025-02-07" && m.agenda.some((item) => item.kind === "workshop")),
    ).toBe(true);
    expect(parseWorkspace(JSON.parse(serializeWorkspace(ws))).annotations).toEqual(ws.annotations);
  });

  it("hold seven positions with roles, seven green and seven red dots (three in gaps) and three notes, on nodes, edges and gaps", () => {
    const count = (kind: string) => ws.annotations.filter((a) => a.kind === kind).length;
    expect([count("position"), count("works-well"), count("needs-improvement"), count("note")]).toEqual([7, 7, 7, 3]);
    expect(
      ws.annotations
        .filter((a) => a.kind === "position")
        .every((a) => a.role !== undefined && a.target.type === "node"),
    ).toBe(true);
    expect(ws.annotations.filter((a) => a.kind === "needs-improvement" && a.target.type === "gap")).toHaveLength(3);
    expect(new Set(ws.annotations.map((a) => a.target.type))).toEqual(new Set(["node", "edge", "gap"]));
  });

  it("are made by the sample's people, and some dots have no author", () => {
    // That these names occur in no source document is the sources check's (tests/sources/fictitious-people.test.ts).
    const names = new Set(ws.people.map((p) => p.name));
    const authors = [...new Set(ws.annotations.flatMap((a) => (a.author === undefined ? [] : [a.author])))];
    expect(authors.length).toBeGreaterThanOrEqual(5);
    for (const author of authors) expect(names.has(author), author).toBe(true);
    expect(ws.annotations.some((a) => a.author === undefined)).toBe(true);
  });
});

describe("SystemAnnotation at the door", () => {
  it.each([
    [
      "a node whose record does not exist",
      { ...base, target: { type: "node", nodeId: "forum:f-finns-inte" } },
      "annotations[0].target.nodeId",
      "annotation_unknown_node",
    ],
    [
      "a node id of the wrong form",
      { ...base, target: { type: "node", nodeId: "forum f-lchnv" } },
      "annotations[0].target.nodeId",
      "annotation_invalid_node_id",
    ],
    [
      "an edge id of the wrong form",
      { ...base, target: { type: "edge", edgeId: "forum:f-lchnv>leadership:ls-regional" } },
      "annotations[0].target.edgeId",
      "annotation_invalid_edge_id",
    ],
    [
      "an edge whose kind never joins such nodes",
      { ...base, target: { type: "edge", edgeId: "covers:forum:f-lchnv>sector:politiker" } },
      "annotations[0].target.edgeId",
      "annotation_edge_shape",
    ],
    [
      "an edge with an end that does not exist",
      { ...base, target: { type: "edge", edgeId: "member-of:forum:f-lchnv>leadership:ls-ingen" } },
      "annotations[0].target.edgeId",
      "annotation_unknown_node",
    ],
    [
      "a gap between a node and itself",
      { ...base, target: { type: "gap", between: ["forum:f-vfr", "forum:f-vfr"] } },
      "annotations[0].target.between[1]",
      "annotation_gap_same_node",
    ],
    [
      "a gap with an end that does not exist",
      { ...base, target: { type: "gap", between: ["level:ingen-niva", "forum:f-vfr"] } },
      "annotations[0].target.between[0]",
      "annotation_unknown_node",
    ],
    [
      "a gap that is not a pair",
      { ...base, target: { type: "gap", between: ["forum:f-vfr"] } },
      "annotations[0].target.between",
      "too_small",
    ],
    ["a position without a role", { ...base, kind: "position" }, "annotations[0].role", "annotation_role_missing"],
    [
      "a position on a gap",
      {
        ...base,
        kind: "position",
        role: "Socialchef",
        target: { type: "gap", between: ["forum:f-vfr", "forum:f-bdu"] },
      },
      "annotations[0].target.type",
      "annotation_position_target",
    ],
    ["a role on a green dot", { ...base, role: "Socialchef" }, "annotations[0].role", "annotation_role_not_allowed"],
    ["a note without a text", { ...base, kind: "note", text: "  " }, "annotations[0].text", "annotation_text_missing"],
    [
      "a missing sector the forum does not require",
      { ...base, target: { type: "node", nodeId: "missing:f-lchnv/skolchef" } },
      "annotations[0].target.nodeId",
      "annotation_sector_not_required",
    ],
    [
      "a citizen group the profile does not have",
      { ...base, target: { type: "node", nodeId: "citizen-group:pensionarer" } },
      "annotations[0].target.nodeId",
      "annotation_unknown_node",
    ],
    ["an unknown kind", { ...base, kind: "blue-dot" }, "annotations[0].kind", "invalid_value"],
    ["an unknown field", { ...base, colour: "grön" }, "annotations[0].colour", "unknown_field"],
    [
      "a time without an offset",
      { ...base, createdAt: "2025-02-07T10:50:00" },
      "annotations[0].createdAt",
      "invalid_format",
    ],
  ])("refuses %s, at its exact path, in Swedish and English", (_what, annotation, path, code) => {
    const issues = atTheDoor(annotation);
    expect(codesAndPaths(issues)).toContainEqual([path, code]);
    const issue = issues.find((i) => i.path === path && i.code === code)!;
    expect(issue.message.sv.length).toBeGreaterThan(10);
    expect(issue.message.en.length).toBeGreaterThan(10);
    expect(issue.message.sv).not.toBe(issue.message.en);
  });

  it("says which record is missing and how to fix it", () => {
    const [issue] = atTheDoor({ ...base, target: { type: "node", nodeId: "forum:f-x" } });
    expect(issue?.message).toEqual({
      sv: 'Noden "forum:f-x" pekar på "f-x", som inte finns i forums. Ange en nod som finns på kartan.',
      en: 'The node "forum:f-x" points to "f-x", which is not in forums. Give a node that is on the map.',
    });
    const [shape] = atTheDoor({ ...base, target: { type: "edge", edgeId: "covers:forum:f-lchnv>sector:politiker" } });
    expect(shape?.message.en).toContain(
      'An edge of kind "covers" never goes from a node of kind "forum" to one of kind "sector" (allowed: leadership → organisation)',
    );
  });

  it("refuses an id used twice, naming the first use", () => {
    const doc = JSON.parse(serializeWorkspace(ws)) as { annotations: { id: string }[] };
    doc.annotations[5]!.id = doc.annotations[2]!.id;
    const result = safeParseWorkspace(doc);
    expect(!result.success && codesAndPaths(result.error.issues)).toEqual([["annotations[5].id", "duplicate_id"]]);
    expect(!result.success && result.error.issues[0]?.message.sv).toContain("första gången vid annotations[2]");
  });

  it("accepts marks on the levels of both logics, the citizen groups, the bodies of the hierarchy and a gap between the two logics", () => {
    for (const nodeId of [
      "level:namndspolitik",
      "level:verksamhet",
      "level:invanare",
      "citizen-group:skora-aldre",
      "organisation:org-ludvika-sn",
      "missing:f-gagnef/primarvard",
      "person:p-ludvika-soc",
      "sector:finsam",
    ]) {
      expect(atTheDoor({ ...base, target: { type: "node", nodeId } }), nodeId).toEqual([]);
    }
    expect(
      atTheDoor({
        ...base,
        target: { type: "edge", edgeId: "hierarchy:organisation:org-ludvika-sn>organisation:org-ludvika-sof" },
      }),
    ).toEqual([]);
    expect(
      atTheDoor({
        ...base,
        target: {
          type: "edge",
          edgeId: "concerns:citizen-group:familj-barn-med-funktionsvariation>organisation:org-rd-habiliteringen",
        },
      }),
    ).toEqual([]);
  });
});

describe("addAnnotation and removeAnnotation", () => {
  const frozen = deepFreeze(createDalarnaSampleWorkspace());

  it("adds a mark at the end, leaving the workspace it was given unchanged", () => {
    const result = addAnnotation(frozen, {
      ...base,
      kind: "needs-improvement",
      target: { type: "gap", between: ["forum:f-vfr", "forum:f-lchnv"] },
      text: "Besluten når inte Välfärdsrådet i tid.",
      author: "Monica Olsson",
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.annotations).toHaveLength(frozen.annotations.length + 1);
    expect(result.value.annotations.at(-1)).toEqual({
      ...base,
      kind: "needs-improvement",
      target: { type: "gap", between: ["forum:f-vfr", "forum:f-lchnv"] },
      text: "Besluten når inte Välfärdsrådet i tid.",
      author: "Monica Olsson",
    });
    expect(frozen.annotations).toHaveLength(24);
    expect(parseWorkspace(JSON.parse(serializeWorkspace(result.value))).annotations.at(-1)?.id).toBe("ny-markering");
  });

  it("refuses what the door refuses, with paths into the intent and both languages, and an id already used", () => {
    const refused = addAnnotation(frozen, {
      ...base,
      kind: "position",
      target: { type: "gap", between: ["forum:f-vfr", "forum:f-finns-inte"] },
    });
    expect(!refused.ok && refused.error.reason).toBe("invalidInput");
    expect(!refused.ok && codesAndPaths(refused.error.issues).sort()).toEqual([
      ["role", "annotation_role_missing"],
      ["target.type", "annotation_position_target"],
    ]);
    const dangling = addAnnotation(frozen, {
      ...base,
      target: { type: "gap", between: ["forum:f-vfr", "forum:f-finns-inte"] },
    });
    expect(!dangling.ok && codesAndPaths(dangling.error.issues)).toEqual([
      ["target.between[1]", "annotation_unknown_node"],
    ]);
    expect(!dangling.ok && dangling.error.messageSv).toContain("target.between[1]");
    const again = addAnnotation(frozen, { ...base, id: frozen.annotations[0]!.id });
    expect(!again.ok && codesAndPaths(again.error.issues)).toEqual([["id", "duplicate_id"]]);
    const notAnObject = addAnnotation(frozen, "grön plupp");
    expect(!notAnObject.ok && codesAndPaths(notAnObject.error.issues)).toEqual([["", "invalid_type"]]);
  });

  it("checks a mark without adding it (safeParseSystemAnnotation)", () => {
    const checked = safeParseSystemAnnotation(frozen, base);
    expect(checked).toEqual({ ok: true, value: base });
  });

  it("removes a mark by id, and refuses an id that is not there", () => {
    const id = frozen.annotations[3]!.id;
    const removed = removeAnnotation(frozen, id);
    expect(removed.ok && removed.value.annotations.map((a) => a.id)).toEqual(
      frozen.annotations.map((a) => a.id).filter((x) => x !== id),
    );
    const unknown = removeAnnotation(frozen, "finns-inte");
    expect(!unknown.ok && codesAndPaths(unknown.error.issues)).toEqual([["annotationId", "dangling_reference"]]);
    expect(!unknown.ok && unknown.error.issues[0]?.message).toEqual({
      sv: 'Hänvisningen "finns-inte" pekar inte på någon post i annotations.',
      en: 'The reference "finns-inte" points to no record in annotations.',
    });
  });
});

describe("aggregateAnnotations", () => {
  it("counts the Dalarna workshop's marks per node, edge and gap, with the texts oldest first, and the totals", () => {
    const all = aggregateAnnotations(ws.annotations);
    expect(all.totals).toEqual({ positions: 7, worksWell: 7, needsImprovement: 7, notes: 3, total: 24, places: 21 });
    expect(all.outside).toEqual([]);
    const lgrs = all.nodes.get("forum:f-lgrs")!;
    expect(lgrs).toMatchObject({
      type: "node",
      key: "forum:f-lgrs",
      between: null,
      positions: 0,
      worksWell: 0,
      needsImprovement: 2,
      notes: 0,
      total: 2,
    });
    expect(lgrs.texts).toEqual([
      {
        annotationId: "workshop-2025-02-07-15",
        kind: "needs-improvement",
        text: "Oklart hur LGRS hänger ihop med God och nära vård; kommundirektörerna deltar sällan i dialogen.",
        author: "Monica Olsson",
        workshopId: DALARNA_WORKSHOP_ID,
        createdAt: "2025-02-07T10:31:00+01:00",
      },
    ]);
    expect(lgrs.annotationIds).toEqual(["workshop-2025-02-07-15", "workshop-2025-02-07-21"]);
    const lchnv = all.nodes.get("forum:f-lchnv")!;
    expect([lchnv.positions, lchnv.worksWell, lchnv.texts[0]?.role]).toEqual([
      1,
      1,
      "Ordförande i Länschefsnätverket, vård- och omsorgschef i Falu kommun",
    ]);
    expect(lchnv.texts[0]?.text).toBe("");
    const gap = all.gaps.get(gapKey("forum:f-bdu", "forum:f-lchnv"))!;
    expect(gap).toMatchObject({
      type: "gap",
      key: "forum:f-bdu|forum:f-lchnv",
      between: ["forum:f-bdu", "forum:f-lchnv"],
      needsImprovement: 1,
    });
    expect(all.edges.get("reports-to:leadership:ls-vasterbergslagen>leadership:ls-regional")?.worksWell).toBe(1);
    expect(all.places.map((p) => p.type)).toEqual(
      [...all.places.map((p) => p.type)].sort(
        (a, b) => ["node", "edge", "gap"].indexOf(a) - ["node", "edge", "gap"].indexOf(b),
      ),
    );
  });

  it("keys a gap by its two nodes sorted: a gap named either way round is one place", () => {
    const marks: SystemAnnotation[] = [
      {
        id: "a",
        kind: "needs-improvement",
        target: { type: "gap", between: ["forum:f-vfr", "forum:f-lchnv"] },
        createdAt: "2025-02-07T10:00:00+01:00",
      },
      {
        id: "b",
        kind: "works-well",
        target: { type: "gap", between: ["forum:f-lchnv", "forum:f-vfr"] },
        createdAt: "2025-02-07T09:00:00+01:00",
      },
    ];
    const summary = aggregateAnnotations(marks);
    expect([...summary.gaps.keys()]).toEqual(["forum:f-lchnv|forum:f-vfr"]);
    expect(summary.gaps.get("forum:f-lchnv|forum:f-vfr")).toMatchObject({
      worksWell: 1,
      needsImprovement: 1,
      total: 2,
      annotationIds: ["b", "a"],
    });
  });

  it("with a graph, counts only the places on it and returns the others apart", () => {
    const system = getSystemGraph(ws, { view: "system", asOf: DALARNA_WORKSHOP_AS_OF });
    const shown = aggregateAnnotations(ws.annotations, system);
    expect(shown.outside.map((p) => p.key)).toEqual([
      "organisation:org-rd-hsf",
      "forum:f-vasterbergslagen|organisation:org-ludvika-sn",
    ]);
    expect(shown.totals.total + shown.outside.reduce((sum, p) => sum + p.total, 0)).toBe(24);
    const hierarchy = getSystemGraph(ws, { view: "hierarchy", asOf: DALARNA_SAMPLE_AS_OF });
    const inHierarchy = aggregateAnnotations(ws.annotations, hierarchy);
    expect(inHierarchy.nodes.get("organisation:org-rd-hsf")?.positions).toBe(1);
    expect(inHierarchy.nodes.has("level:verksamhet")).toBe(false);
    expect(inHierarchy.gaps.has("level:processgrupper|level:verksamhet")).toBe(false);
    // Seen from Västerbergslagen's forum, three steps reach Ludvika's social committee: the gap between the logics is on the map.
    const perspective = getSystemGraph(ws, {
      view: "perspective",
      asOf: DALARNA_SAMPLE_AS_OF,
      focus: "forum:f-vasterbergslagen",
      maxDistance: 3,
    });
    expect(
      aggregateAnnotations(ws.annotations, perspective).gaps.get("forum:f-vasterbergslagen|organisation:org-ludvika-sn")
        ?.needsImprovement,
    ).toBe(1);
  });

  it("gives zeros for no marks, and the same summary whatever the order of the marks", () => {
    expect(aggregateAnnotations([])).toEqual({
      places: [],
      nodes: new Map(),
      edges: new Map(),
      gaps: new Map(),
      totals: { positions: 0, worksWell: 0, needsImprovement: 0, notes: 0, total: 0, places: 0 },
      outside: [],
    });
    fc.assert(
      fc.property(systemMapCaseArbitrary(), fc.func(fc.integer()), ({ ws: generated }, order) => {
        const shuffled = [...generated.annotations].sort((a, b) => order(a.id) - order(b.id));
        const summary = aggregateAnnotations(generated.annotations);
        expect(aggregateAnnotations(shuffled)).toEqual(summary);
        expect(summary.totals.total).toBe(generated.annotations.length);
        expect(summary.places.reduce((sum, p) => sum + p.total, 0)).toBe(generated.annotations.length);
      }),
      { seed: SEED, numRuns: 100 },
    );
  });
});

describe("annotations in older documents", () => {
  const read = (name: string) =>
    JSON.parse(readFileSync(new URL(`../../fixtures/documents/${name}`, import.meta.url), "utf8")) as RawDocument;

  it("migrates the stored version 1 and version 2 documents to the current version with no annotations", () => {
    for (const name of ["workspace.v1.kalmar.json", "workspace.v2.dalarna.json"]) {
      const stored = deepFreeze(read(name));
      const parsed = parseWorkspace(stored);
      expect(parsed.version).toBe(CURRENT_WORKSPACE_VERSION);
      expect(parsed.annotations).toEqual([]);
      expect("annotations" in stored).toBe(false);
    }
  });

  it("keeps the annotations a version 2 document already holds, and lets the schema and the references judge them", () => {
    const v2 = read("workspace.v2.dalarna.json");
    const mark = {
      id: "tidig",
      kind: "works-well",
      target: { type: "node", nodeId: "forum:f-lchnv" },
      createdAt: "2025-02-07T10:00:00+01:00",
    };
    expect(parseWorkspace({ ...v2, annotations: [mark] }).annotations).toEqual([mark]);
    const bad = safeParseWorkspace({
      ...v2,
      annotations: [{ ...mark, target: { type: "node", nodeId: "forum:f-borta" } }],
    });
    expect(!bad.success && codesAndPaths(bad.error.issues)).toEqual([
      ["annotations[0].target.nodeId", "annotation_unknown_node"],
    ]);
  });
});
