/**
 * The label estimate against Chromium: every label of the Dalarna and Kalmar samples' system and hierarchy
 * views, drawn in an SVG `<text>` with the kit's stylesheet (its font stack), is never wider than
 * `estimateLabelWidth` says, at the map's font size, regular and bold.
 */
import { createDalarnaSampleWorkspace, DALARNA_SAMPLE_AS_OF } from "@systemledning/core/profiles/dalarna";
import { createKalmarSampleWorkspace, KALMAR_SAMPLE_AS_OF } from "@systemledning/core/profiles/kalmar";
import { getSystemGraph } from "@systemledning/core/system-map";
import { afterEach, describe, expect, it } from "vitest";
import {
  estimateLabelWidth,
  MAP_LABEL_FONT_PX,
  MAP_LABEL_MIN_PX,
  mapLabelLines,
} from "../../../../packages/react/src/system-map/layout/labels.js";
import "../../../../packages/react/src/styles.css";

const SVG = "http://www.w3.org/2000/svg";
const samples = [
  [createDalarnaSampleWorkspace(), DALARNA_SAMPLE_AS_OF],
  [createKalmarSampleWorkspace(), KALMAR_SAMPLE_AS_OF],
] as const;
const labels = [
  ...new Set(
    samples.flatMap(([workspace, asOf]) =>
      (["system", "hierarchy"] as const).flatMap((view) =>
        getSystemGraph(workspace, { view, asOf }).nodes.flatMap((node) => [node.label, node.shortLabel]),
      ),
    ),
  ),
];

let host: HTMLDivElement | null = null;
afterEach(() => host?.remove());

/** Chromium's widths of `texts` drawn as map labels at `fontPx`. */
function drawnWidths(texts: readonly string[], fontPx: number, bold: boolean): number[] {
  host = document.createElement("div");
  host.className = "sl-root";
  const svg = document.createElementNS(SVG, "svg");
  svg.setAttribute("class", "sl-map-svg");
  svg.setAttribute("width", "4000");
  svg.setAttribute("height", "200");
  host.append(svg);
  document.body.append(host);
  const nodes = texts.map((text) => {
    const node = document.createElementNS(SVG, "text");
    node.setAttribute("class", "sl-map-label");
    node.style.fontSize = `${fontPx}px`;
    if (bold) node.style.fontWeight = "700";
    node.textContent = text;
    svg.append(node);
    return node;
  });
  return nodes.map((node) => node.getComputedTextLength());
}

describe("estimateLabelWidth in Chromium", () => {
  it("draws in the kit's font stack", () => {
    const svgText = drawnWidths(["Mora"], MAP_LABEL_FONT_PX, false);
    expect(svgText[0]).toBeGreaterThan(0);
    expect(labels.length).toBeGreaterThan(100);
  });

  for (const fontPx of [MAP_LABEL_MIN_PX, MAP_LABEL_FONT_PX, 14]) {
    for (const bold of [false, true]) {
      it(`is never below the drawn width of a sample's label at ${fontPx} px${bold ? ", bold" : ""}`, () => {
        const widths = drawnWidths(labels, fontPx, bold);
        const under = labels.filter((label, i) => estimateLabelWidth(label, fontPx, { bold }) < widths[i]!);
        expect(under).toEqual([]);
        // Conservative, yet not wildly so: the room given stays near the room drawn.
        const ratios = labels.map((label, i) => estimateLabelWidth(label, fontPx, { bold }) / widths[i]!);
        expect(Math.max(...ratios)).toBeLessThan(1.2);
      });
    }
  }

  it("keeps every line of a broken label within its width as drawn", () => {
    const lines = labels.flatMap((label) => mapLabelLines(label, 138, MAP_LABEL_FONT_PX));
    const widths = drawnWidths(lines, MAP_LABEL_FONT_PX, false);
    expect(lines.filter((line, i) => [...line].length > 1 && widths[i]! > 138)).toEqual([]);
  });
});
