// @vitest-environment jsdom
/**
 * The poster as SVG and as a scene: well-formed XML sized in millimetres with a title and a description, labels
 * at 14 pt or more on A3 (a warning, never smaller type, when the room between parts is too small), bundles
 * thicker with their count, the workshop's green and red marks, the level names in the source's words, and
 * English with `locale: "en"`.
 */
import {
  createDalarnaSampleWorkspace,
  DALARNA_SAMPLE_AS_OF,
  DALARNA_WORKSHOP_ANNOTATIONS,
} from "@systemledning/core/profiles/dalarna";
import {
  aggregateAnnotations,
  foldAnnotationTargets,
  foldSystemGraph,
  getSystemGraph,
  getSystemGroups,
  type SystemGraph,
  type SystemNode,
} from "@systemledning/core/system-map";
import { describe, expect, it } from "vitest";
import {
  layoutLayered,
  mapLayeredOptions,
  toLayoutGraph,
} from "../../../../packages/react/src/system-map/layout/index.js";
import {
  buildPosterScene,
  posterLayout,
  renderMapPoster,
} from "../../../../packages/react/src/system-map/poster/index.js";
import { MM_PER_PT, type PosterItem } from "../../../../packages/react/src/system-map/poster/paper.js";

const workspace = createDalarnaSampleWorkspace();
const full = getSystemGraph(workspace, { view: "system", asOf: DALARNA_SAMPLE_AS_OF });
const shown = foldSystemGraph(full, getSystemGroups(full), new Set());

const parse = (svg: string) => new DOMParser().parseFromString(svg, "image/svg+xml");
const texts = (items: readonly PosterItem[], layer: PosterItem["layer"]) =>
  items.flatMap((item) => (item.type === "text" && item.layer === layer ? [item] : []));

function node(id: string, label: string, kind: SystemNode["kind"] = "organisation"): SystemNode {
  return {
    id,
    kind,
    label,
    shortLabel: label,
    level: 0,
    municipalityCodes: [],
    sectorIds: [],
    leadershipId: null,
    distance: null,
    missing: null,
    source: null,
  };
}

/** Three parts on one level: a bundle of eight connections to one, a single connection to the other. */
const small: SystemGraph = {
  view: "system",
  levels: [{ key: "niva", label: { sv: "Nivån", en: "The level" }, index: 0 }],
  nodes: [node("a", "Mora"), node("b", "Orsa"), node("c", "Rättvik")],
  edges: [
    {
      id: "bundle:a|b",
      source: "a",
      target: "b",
      kind: "member-of",
      bundle: { count: 8, edgeIds: ["1", "2", "3", "4", "5", "6", "7", "8"], kinds: ["member-of"] },
    },
    { id: "member-of:a>c", source: "a", target: "c", kind: "member-of" },
  ],
  focusId: null,
  asOf: "2026-05-13",
};

describe("renderMapPoster", () => {
  it("writes well-formed SVG sized in millimetres, with a title and a description", () => {
    const { svg } = renderMapPoster(shown, posterLayout(shown, "A3"), {
      paper: "A3",
      title: "Systemkarta <Dalarna> & co",
    });
    const document = parse(svg);
    expect(document.getElementsByTagName("parsererror")).toHaveLength(0);
    const root = document.documentElement;
    expect(root.getAttribute("width")).toBe("420mm");
    expect(root.getAttribute("height")).toBe("297mm");
    expect(root.getAttribute("viewBox")).toBe("0 0 420 297");
    expect(root.getElementsByTagName("title")[0]!.textContent).toBe("Systemkarta <Dalarna> & co");
    const parts = full.nodes.filter((n) => n.kind !== "level").length;
    expect(root.getElementsByTagName("desc")[0]!.textContent).toContain(`${full.edges.length} förbindelser`);
    expect(parts).toBeGreaterThan(shown.nodes.length - full.levels.length);
    const a1 = parse(
      renderMapPoster(shown, posterLayout(shown, "A1"), { paper: "A1", title: "A1" }).svg,
    ).documentElement;
    expect(a1.getAttribute("width")).toBe("841mm");
    expect(a1.getAttribute("viewBox")).toBe("0 0 841 594");
  });

  it("names every level in the source's words, every part's label at 14 pt or more on A3", () => {
    const scene = buildPosterScene(shown, posterLayout(shown, "A3"), { paper: "A3", title: "Systemkarta" });
    const bandText = texts(scene.items, "bands")
      .map((item) => item.text)
      .join(" ");
    for (const level of full.levels) expect(bandText).toContain(level.label.sv);
    const labels = texts(scene.items, "labels");
    expect(labels.length).toBeGreaterThanOrEqual(shown.nodes.length - full.levels.length);
    for (const label of labels) expect(label.size).toBeGreaterThanOrEqual(14 * MM_PER_PT - 1e-9);
    const svgLabels = parse(
      renderMapPoster(shown, posterLayout(shown, "A3"), { paper: "A3", title: "x" }).svg,
    ).querySelectorAll(".poster-labels text");
    expect(svgLabels.length).toBe(labels.length);
  });

  it("warns, and keeps 14 pt, when the layout leaves labels less room than that", () => {
    const crowded = layoutLayered(toLayoutGraph(full), mapLayeredOptions(toLayoutGraph(full).nodes.length));
    const scene = buildPosterScene(full, crowded, { paper: "A3", title: "x" });
    expect(scene.warnings.join(" ")).toMatch(/^\d+ av 85 etiketter skulle behöva mindre text än 14 pt/);
    for (const label of texts(scene.items, "labels")) expect(label.size).toBeCloseTo(14 * MM_PER_PT, 9);
    expect(buildPosterScene(small, posterLayout(small, "A3"), { paper: "A3", title: "x" }).warnings).toEqual([]);
  });

  it("draws a bundle thicker with its count, and says the count", () => {
    const scene = buildPosterScene(small, posterLayout(small, "A3"), { paper: "A3", title: "x" });
    const edges = scene.items.flatMap((item) => (item.type === "path" && item.layer === "edges" ? [item] : []));
    expect(edges).toHaveLength(2);
    const [bundle, single] = edges.map((edge) => edge.strokeWidth!);
    expect(bundle).toBeCloseTo(single! * 4, 9);
    expect(texts(scene.items, "edges").map((item) => item.text)).toEqual(["×8"]);
  });

  it("puts the workshop's green and red marks on the parts that show them, folded parts' on their groups", () => {
    const scene = buildPosterScene(shown, posterLayout(shown, "A3"), {
      paper: "A3",
      title: "x",
      annotations: DALARNA_WORKSHOP_ANNOTATIONS,
    });
    const marks = aggregateAnnotations(foldAnnotationTargets(DALARNA_WORKSHOP_ANNOTATIONS, shown), shown);
    const sum = (sign: string) =>
      texts(scene.items, "marks")
        .filter((item) => item.text.startsWith(sign))
        .reduce((total, item) => total + Number(item.text.slice(1)), 0);
    expect(marks.totals.worksWell).toBeGreaterThan(0);
    expect(sum("+")).toBe(marks.totals.worksWell);
    expect(sum("!")).toBe(marks.totals.needsImprovement);
    const rings = scene.items.filter(
      (item) => item.type === "circle" && item.layer === "marks" && item.dash !== undefined,
    );
    expect(rings).toHaveLength([...marks.nodes.values()].filter((place) => place.positions > 0).length);
  });

  it("has a legend and an empty ring key with lines to write on, in Swedish and in English", () => {
    const sv = buildPosterScene(shown, posterLayout(shown, "A3"), { paper: "A3", title: "x" });
    expect(texts(sv.items, "legend").map((item) => item.text)).toContain("Teckenförklaring");
    expect(
      texts(sv.items, "ring-key")
        .map((item) => item.text)
        .join(" "),
    ).toBe("Här finns jag — ringa in din del och skriv din roll Min roll:");
    const lines = sv.items.filter((item) => item.type === "path" && item.layer === "ring-key");
    expect(lines.length).toBeGreaterThanOrEqual(3);
    const en = buildPosterScene(shown, posterLayout(shown, "A3"), { paper: "A3", title: "x", locale: "en" });
    const words = en.items.flatMap((item) => (item.type === "text" ? [item.text] : [])).join(" ");
    expect(words).toContain("Legend");
    expect(words).toContain("circle your part and write your role");
    expect(words).toContain("Source: Att leda hela systemet (Hälsolabb) · As of 13 May 2026");
    for (const level of full.levels) expect(words.replace(/\s+/g, " ")).toContain(level.label.en);
  });
});
