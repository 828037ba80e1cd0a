/**
 * layoutShownGraph on the bundled samples: every part as wide as its label, no two labels of a row overlap,
 * and the fit estimated from the bands' widths is the fit of the layout it gives.
 */
import { createDalarnaSampleWorkspace, DALARNA_SAMPLE_AS_OF } from "@systemledning/core/profiles/dalarna";
import { createKalmarSampleWorkspace, KALMAR_SAMPLE_AS_OF } from "@systemledning/core/profiles/kalmar";
import { getSystemGraph, type SystemGraph } from "@systemledning/core/system-map";
import { describe, expect, it } from "vitest";
import { groupLabel, measureMapLabel } from "../../../../packages/react/src/system-map/layout/labels.js";
import {
  estimateBandsFit,
  fitScale,
  layoutShownGraph,
  planShownLayout,
  shownNodeWidth,
} from "../../../../packages/react/src/system-map/layout/shown-layout.js";

const graphs: [string, SystemGraph][] = [
  ["Dalarna system", getSystemGraph(createDalarnaSampleWorkspace(), { view: "system", asOf: DALARNA_SAMPLE_AS_OF })],
  [
    "Dalarna hierarchy",
    getSystemGraph(createDalarnaSampleWorkspace(), { view: "hierarchy", asOf: DALARNA_SAMPLE_AS_OF }),
  ],
  ["Kalmar system", getSystemGraph(createKalmarSampleWorkspace(), { view: "system", asOf: KALMAR_SAMPLE_AS_OF })],
];

describe("layoutShownGraph", () => {
  for (const [name, graph] of graphs) {
    it(`keeps the labels of ${name} apart in every row`, () => {
      const layout = layoutShownGraph(graph, { fontPx: 12 });
      const drawn = graph.nodes.map((node, i) => ({ node, i })).filter(({ node }) => node.kind !== "level");
      for (const a of drawn) {
        for (const b of drawn) {
          if (a.i >= b.i) continue;
          const [ax, ay] = [layout.positions[2 * a.i]!, layout.positions[2 * a.i + 1]!];
          const [bx, by] = [layout.positions[2 * b.i]!, layout.positions[2 * b.i + 1]!];
          if (ay !== by) continue;
          const room = (measureMapLabel(groupLabel(a.node)).width + measureMapLabel(groupLabel(b.node)).width) / 2;
          expect(Math.abs(ax - bx)).toBeGreaterThanOrEqual(room + 12 - 1e-9);
        }
      }
    });

    it(`estimates the fit of ${name} as the layout gives it`, () => {
      const viewport = { width: 1280, height: 800 };
      const plan = planShownLayout(graph, { viewport });
      const layout = layoutShownGraph(graph, { viewport });
      const { minX, minY, maxX, maxY } = layout.bounds;
      const real = fitScale(maxX - minX, maxY - minY, viewport);
      // Rows are sized in the input's order, laid out after crossing reduction: near, if not always equal.
      expect(plan.fit.scale).toBeGreaterThan(real * 0.9);
      expect(plan.fit.scale).toBeLessThan(real * 1.1);
    });
  }

  it("gives a folded group the room of its label with the count", () => {
    const group = {
      id: "g",
      kind: "group",
      level: 0,
      distance: null,
      label: "Sektorer",
      members: ["a", "b"],
    };
    const part = { ...group, kind: "leadership", members: undefined };
    expect(shownNodeWidth(group)).toBeGreaterThan(shownNodeWidth(part));
  });

  it("is deterministic", () => {
    const [, graph] = graphs[0]!;
    expect(layoutShownGraph(graph).positions).toEqual(
      layoutShownGraph({ ...graph, nodes: [...graph.nodes] }).positions,
    );
  });
});

describe("estimateBandsFit", () => {
  it("wraps a long band to fit a wide frame larger than one long row would", () => {
    const long = [Array.from({ length: 60 }, () => 100)];
    const fit = estimateBandsFit(long, { width: 1280, height: 800 });
    expect(fit.maxRowWidth).toBeLessThan(60 * 112);
    expect(fit.scale).toBeGreaterThan(fitScale(60 * 112 - 112, 88, { width: 1280, height: 800 }));
  });

  it("fits a frame's shape: a tall frame takes narrower rows than a wide one", () => {
    const bands = [Array.from({ length: 40 }, () => 90), Array.from({ length: 10 }, () => 90)];
    const wide = estimateBandsFit(bands, { width: 1600, height: 500 });
    const tall = estimateBandsFit(bands, { width: 600, height: 1200 });
    expect(tall.maxRowWidth).toBeLessThan(wide.maxRowWidth);
  });
});
