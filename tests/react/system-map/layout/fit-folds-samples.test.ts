/**
 * The auto fold on the bundled samples, laid out for real: fitted to 1280 × 800, every label at 11 px or more,
 * no two labels overlapping, every part drawn or folded into a drawn group, and on Dalarna's system view at most
 * half of today's edge crossings (the aim of "The system map legible at a county's scale").
 */
import { createDalarnaSampleWorkspace, DALARNA_SAMPLE_AS_OF } from "@systemledning/core/profiles/dalarna";
import { createKalmarSampleWorkspace, KALMAR_SAMPLE_AS_OF } from "@systemledning/core/profiles/kalmar";
import { foldSystemGraph, getSystemGraph, getSystemGroups, type SystemGraph } from "@systemledning/core/system-map";
import { describe, expect, it } from "vitest";
import { chooseOpenGroups } from "../../../../packages/react/src/system-map/layout/fit-folds.js";
import { toLayoutGraph } from "../../../../packages/react/src/system-map/layout/from-system-graph.js";
import { layoutLayered } from "../../../../packages/react/src/system-map/layout/layered.js";
import { mapLayeredOptions } from "../../../../packages/react/src/system-map/layout/map-options.js";
import { measureMapLegibility } from "../../../../packages/react/src/system-map/layout/metrics.js";
import { fitScale, layoutShownGraph } from "../../../../packages/react/src/system-map/layout/shown-layout.js";
import type { GraphLayout } from "../../../../packages/react/src/system-map/layout/types.js";

const viewport = { width: 1280, height: 800 };
const fitted = (layout: GraphLayout) =>
  fitScale(layout.bounds.maxX - layout.bounds.minX, layout.bounds.maxY - layout.bounds.minY, viewport);
const dalarna = createDalarnaSampleWorkspace();
const kalmar = createKalmarSampleWorkspace();
const samples: [string, SystemGraph][] = [
  ["Dalarna system", getSystemGraph(dalarna, { view: "system", asOf: DALARNA_SAMPLE_AS_OF })],
  ["Dalarna hierarchy", getSystemGraph(dalarna, { view: "hierarchy", asOf: DALARNA_SAMPLE_AS_OF })],
  ["Kalmar system", getSystemGraph(kalmar, { view: "system", asOf: KALMAR_SAMPLE_AS_OF })],
  ["Kalmar hierarchy", getSystemGraph(kalmar, { view: "hierarchy", asOf: KALMAR_SAMPLE_AS_OF })],
];

/** The map as the auto fold draws it in the viewport. */
function autoFolded(graph: SystemGraph) {
  const groups = getSystemGroups(graph);
  const open = chooseOpenGroups(graph, groups, viewport);
  const shown = foldSystemGraph(graph, groups, open);
  const layout = layoutShownGraph(shown, { viewport });
  return { groups, open, shown, layout, legibility: measureMapLegibility(shown, layout, { scale: fitted(layout) }) };
}

describe("the auto fold on the samples, fitted to 1280 × 800", () => {
  for (const [name, graph] of samples) {
    it(`keeps ${name}'s labels at 11 px or more, none overlapping, every part drawn or folded`, () => {
      const { legibility } = autoFolded(graph);
      expect(legibility.smallestLabelPx).toBeGreaterThanOrEqual(11);
      expect(legibility.labelOverlaps).toBe(0);
      const parts = graph.nodes.filter((node) => node.kind !== "level").length;
      expect(legibility.partsShown + legibility.partsFolded).toBe(parts);
    });
  }

  it("at least halves the edge crossings of Dalarna's system view", () => {
    const [, graph] = samples[0]!;
    const layoutGraph = toLayoutGraph(graph);
    const today = layoutLayered(layoutGraph, mapLayeredOptions(layoutGraph.nodes.length));
    const before = measureMapLegibility(graph, today, { scale: fitted(today) });
    const after = autoFolded(graph).legibility;
    expect(after.edgeCrossings).toBeLessThanOrEqual(before.edgeCrossings / 2);
  });

  it("opens more of Dalarna's groups in a larger frame, and keeps a group the reader closed folded", () => {
    const [, graph] = samples[0]!;
    const groups = getSystemGroups(graph);
    const small = chooseOpenGroups(graph, groups, viewport);
    const large = chooseOpenGroups(graph, groups, { width: 2560, height: 1600 });
    expect(large.size).toBeGreaterThan(small.size);
    const first = [...small][0]!;
    expect(chooseOpenGroups(graph, groups, { ...viewport, closed: [first] }).has(first)).toBe(false);
  });
});
