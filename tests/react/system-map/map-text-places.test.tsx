// @vitest-environment jsdom
/**
 * placeMapTexts on Dalarna's system view as the auto fold draws it in 1280 × 800, with the workshop's marks: every
 * count and badge is drawn at the labels' size, none covers a part's label, a level's name or another, a count
 * sits on its own bundle, and a text is left off only when no candidate place is free.
 */
import { renderHook } from "@testing-library/react";
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
} from "@systemledning/core/system-map";
import { describe, expect, it } from "vitest";
import { useKitLocale } from "../../../packages/react/src/i18n/locale.js";
import { chooseOpenGroups } from "../../../packages/react/src/system-map/layout/fit-folds.js";
import {
  estimateLabelWidth,
  groupLabel,
  MAP_LABEL_FONT_PX,
  measureMapLabel,
} from "../../../packages/react/src/system-map/layout/labels.js";
import { layoutShownGraph } from "../../../packages/react/src/system-map/layout/shown-layout.js";
import { boxesOverlap, type TextBox } from "../../../packages/react/src/system-map/layout/text-placement.js";
import { badgesWidth, BADGE_HEIGHT } from "../../../packages/react/src/system-map/map-badges.js";
import { NODE_RADIUS } from "../../../packages/react/src/system-map/map-canvas.js";
import { LABEL_BASELINE_GAP, placeMapTexts } from "../../../packages/react/src/system-map/map-text-places.js";
import { MAP_VIEW_MESSAGES } from "../../../packages/react/src/system-map/messages.js";

const viewport = { width: 1280, height: 800 };
const system = getSystemGraph(createDalarnaSampleWorkspace(), { view: "system", asOf: DALARNA_SAMPLE_AS_OF });
const groups = getSystemGroups(system, { locale: "sv" });
const shown = foldSystemGraph(system, groups, chooseOpenGroups(system, groups, viewport));
const layout = layoutShownGraph(shown, { viewport });
const marks = aggregateAnnotations(foldAnnotationTargets(DALARNA_WORKSHOP_ANNOTATIONS, shown), shown);
const tools = renderHook(() => useKitLocale("sv", MAP_VIEW_MESSAGES)).result.current;
const radius = (node: { readonly kind: keyof typeof NODE_RADIUS }) => NODE_RADIUS[node.kind];
const places = placeMapTexts(shown, layout, marks, tools, radius);

/** The parts' label boxes, as the canvas draws them. */
const labelBoxes: TextBox[] = shown.nodes.flatMap((node, index) => {
  if (node.kind === "level") return [];
  const label = measureMapLabel(groupLabel(node), MAP_LABEL_FONT_PX);
  const x = layout.positions[2 * index]!;
  const baseline = layout.positions[2 * index + 1]! + NODE_RADIUS[node.kind] + LABEL_BASELINE_GAP;
  return [{ x: x - label.width / 2, y: baseline - MAP_LABEL_FONT_PX, width: label.width, height: label.height }];
});
const countBox = (count: { x: number; y: number; text: string }): TextBox => ({
  x: count.x - 4,
  y: count.y - MAP_LABEL_FONT_PX / 2,
  width: 8,
  height: MAP_LABEL_FONT_PX,
});
const badgeBox = (place: (typeof places.badges)[number]): TextBox => ({
  x: place.x,
  y: place.y,
  width: badgesWidth(place.badges),
  height: BADGE_HEIGHT,
});

describe("placeMapTexts on Dalarna's system view fitted to 1280 × 800", () => {
  it("draws counts and badges, and leaves off fewer than a tenth of the counts", () => {
    const bundles = shown.edges.filter((edge) => (edge.bundle?.count ?? 1) > 1);
    expect(bundles.length).toBeGreaterThan(0);
    expect(places.counts.length).toBeGreaterThanOrEqual(bundles.length * 0.9);
    expect(places.badges.length).toBeGreaterThan(0);
  });

  it("puts no count or badge over a part's label or over another", () => {
    const placed = [...places.counts.map(countBox), ...places.badges.map(badgeBox)];
    for (const [a, box] of placed.entries()) {
      for (const label of labelBoxes) expect(boxesOverlap(box, label)).toBe(false);
      for (const other of placed.slice(a + 1)) expect(boxesOverlap(box, other)).toBe(false);
    }
  });

  it("puts each count on its own bundle, between a fifth and four fifths of the way", () => {
    const edgeById = new Map(shown.edges.map((edge) => [edge.id, edge]));
    for (const count of places.counts) {
      const edge = edgeById.get(count.id)!;
      expect(count.text).toBe(tools.number(edge.bundle!.count));
      const a = layout.indexById.get(edge.source)!;
      const b = layout.indexById.get(edge.target)!;
      const [ax, ay, bx, by] = [
        layout.positions[2 * a]!,
        layout.positions[2 * a + 1]!,
        layout.positions[2 * b]!,
        layout.positions[2 * b + 1]!,
      ];
      const length = Math.hypot(bx - ax, by - ay);
      const t = length === 0 ? 0.5 : ((count.x - ax) * (bx - ax) + (count.y - ay) * (by - ay)) / length ** 2;
      expect(t).toBeGreaterThanOrEqual(0.2 - 1e-9);
      expect(t).toBeLessThanOrEqual(0.8 + 1e-9);
      // On the segment itself, not beside it.
      expect(Math.abs((count.x - ax) * (by - ay) - (count.y - ay) * (bx - ax)) / Math.max(1, length)).toBeLessThan(
        1e-6,
      );
    }
  });

  it("keeps the badges off the reader's words above their part", () => {
    const readerIndex = shown.nodes.findIndex((node) => marks.nodes.has(node.id));
    expect(readerIndex).toBeGreaterThanOrEqual(0);
    const reader = shown.nodes[readerIndex]!;
    const words = estimateLabelWidth(tools.t("mapReaderHere"), 13, { bold: true });
    const baseline = layout.positions[2 * readerIndex + 1]! - NODE_RADIUS[reader.kind] - LABEL_BASELINE_GAP;
    // The words at 13 map units and their 3 px halo below the baseline.
    const box = { x: layout.positions[2 * readerIndex]! - words / 2, y: baseline - 13, width: words, height: 18 };
    const withReader = placeMapTexts(shown, layout, marks, tools, radius, readerIndex);
    expect(withReader.badges.some((place) => place.key === `node:${reader.id}`)).toBe(true);
    for (const place of withReader.badges) expect(boxesOverlap(badgeBox(place), box)).toBe(false);
  });

  it("gives the same places for the same inputs", () => {
    expect(placeMapTexts(shown, layout, marks, tools, radius)).toEqual(places);
  });
});
