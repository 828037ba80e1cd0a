/**
 * Where the map's small texts go: every bundle's count and every place's mark badges, chosen once per layout (and
 * set of marks) with `placeTexts`, so that none covers a part, a part's label, a level's name or another of them.
 * They are as large as the parts' labels, so the auto fold's guarantee for the labels (at least 11 CSS px at a
 * fit) holds for them too. A text with no free place is left off the map rather than drawn over another: a
 * bundle's count is also in its connection's accessible words, the table and the text equivalent; a part's marks
 * in its accessible name and the workshop's panel.
 */
import type { SystemGraph, SystemNode } from "@systemledning/core/system-map";
import {
  estimateLabelWidth,
  groupLabel,
  MAP_LABEL_FONT_PX,
  MAP_LABEL_MIN_PX,
  measureMapLabel,
} from "./layout/labels.js";
import { centredBox, placeTexts, SEGMENT_FRACTIONS, type TextBox } from "./layout/text-placement.js";
import type { GraphLayout } from "./layout/types.js";
import { badgesWidth, BADGE_HEIGHT, markBadges, type MarkBadge } from "./map-badges.js";
import type { MapMarks } from "./marks.js";
import type { MapTools } from "./messages.js";

/** A bundle's count as drawn: its text centred on (x, y). */
export interface PlacedCount {
  readonly id: string;
  readonly text: string;
  readonly x: number;
  readonly y: number;
}

/** A place's badges as drawn: side by side from the top-left corner (x, y). */
export interface PlacedBadges {
  readonly key: string;
  readonly x: number;
  readonly y: number;
  readonly badges: readonly MarkBadge[];
}

/** The small texts of the map that found a free place. */
export interface MapTextPlaces {
  readonly counts: readonly PlacedCount[];
  readonly badges: readonly PlacedBadges[];
}

/** The offset of a part's label's first baseline below its centre, past its shape (the canvas draws it there). */
export const LABEL_BASELINE_GAP = 14;

/**
 * The largest a level's name is drawn, in map units, while the parts' labels are legible: the stylesheet keeps it
 * at 12.5 CSS px on screen, so it grows as the scale falls, and the auto fold keeps the scale at least
 * `MAP_LABEL_MIN_PX / MAP_LABEL_FONT_PX` at a fit.
 */
const BAND_LABEL_FONT = Math.max(13, 12.5 / (MAP_LABEL_MIN_PX / MAP_LABEL_FONT_PX));

/** The largest the reader's words ("Här finns jag") are drawn, in map units, for the same reason (12 CSS px). */
const READER_LABEL_FONT = Math.max(12, 12 / (MAP_LABEL_MIN_PX / MAP_LABEL_FONT_PX));

/** A count's box is its text's, and the halo (paint-order stroke) around it. */
const HALO = 2;

/** The parts' shapes, the parts' labels and the levels' names: what the small texts must keep clear of. */
function obstacleBoxes(
  graph: SystemGraph,
  layout: GraphLayout,
  radius: (node: SystemNode) => number,
  tools: MapTools,
): TextBox[] {
  const boxes: TextBox[] = [];
  graph.nodes.forEach((node, index) => {
    if (node.kind === "level") return;
    const x = layout.positions[2 * index]!;
    const y = layout.positions[2 * index + 1]!;
    const r = radius(node);
    boxes.push(centredBox(x, y, 2 * r, 2 * r));
    const label = measureMapLabel(groupLabel(node), MAP_LABEL_FONT_PX);
    const baseline = y + r + LABEL_BASELINE_GAP;
    const top = baseline - MAP_LABEL_FONT_PX;
    boxes.push({ x: x - label.width / 2 - HALO, y: top, width: label.width + 2 * HALO, height: label.height + 4 });
  });
  for (const band of layout.bands) {
    const level = graph.levels[band.level];
    if (level === undefined) continue;
    const width = estimateLabelWidth(tools.text(level.label), BAND_LABEL_FONT, { bold: true });
    boxes.push({ x: layout.bounds.minX - 190, y: band.y + 8, width, height: BAND_LABEL_FONT * 1.3 });
  }
  return boxes;
}

/** The point at `fraction` of the way from one shown node to another, or null when either is not laid out. */
function along(layout: GraphLayout, from: string, to: string, fraction: number): readonly [number, number] | null {
  const a = layout.indexById.get(from);
  const b = layout.indexById.get(to);
  if (a === undefined || b === undefined) return null;
  const ax = layout.positions[2 * a]!;
  const ay = layout.positions[2 * a + 1]!;
  return [ax + (layout.positions[2 * b]! - ax) * fraction, ay + (layout.positions[2 * b + 1]! - ay) * fraction];
}

/** Boxes of `width` × `height` centred along a segment, the middle first (`SEGMENT_FRACTIONS`). */
function segmentCandidates(layout: GraphLayout, from: string, to: string, width: number, height: number): TextBox[] {
  return SEGMENT_FRACTIONS.flatMap((fraction) => {
    const point = along(layout, from, to, fraction);
    return point === null ? [] : [centredBox(point[0], point[1], width, height)];
  });
}

/** Boxes of `width` × `height` at the corners around a part of radius `r` at (x, y): upper right first. */
function cornerCandidates(x: number, y: number, r: number, width: number, height: number): TextBox[] {
  const right = x + r + 2;
  const left = x - r - 2 - width;
  const upper = y - r - height / 2;
  const middle = y - height / 2;
  const lower = y + r - height / 2;
  return [
    { x: right, y: upper, width, height },
    { x: left, y: upper, width, height },
    { x: right, y: middle, width, height },
    { x: left, y: middle, width, height },
    { x: right, y: lower, width, height },
    { x: left, y: lower, width, height },
  ];
}

/**
 * Where each bundle's count and each place's mark badges are drawn, or left off when no free place is near them.
 * The marks go first (they are what the workshop said), then the counts, the larger bundles first. Computed once
 * per graph, layout, marks and locale (the canvas memoises it), never per frame.
 */
export function placeMapTexts(
  graph: SystemGraph,
  layout: GraphLayout,
  marks: MapMarks,
  tools: MapTools,
  radius: (node: SystemNode) => number,
  readerIndex: number | null = null,
): MapTextPlaces {
  const items: { readonly place: (box: TextBox) => void; readonly candidates: readonly TextBox[] }[] = [];
  const counts: PlacedCount[] = [];
  const badges: PlacedBadges[] = [];
  const addBadges = (key: string, shown: readonly MarkBadge[], candidates: TextBox[]) => {
    items.push({ candidates, place: (box) => badges.push({ key, x: box.x, y: box.y, badges: shown }) });
  };
  graph.nodes.forEach((node, index) => {
    const counted = node.kind === "level" ? undefined : marks.nodes.get(node.id);
    if (counted === undefined) return;
    const shown = markBadges(counted, tools);
    if (shown.length === 0) return;
    const x = layout.positions[2 * index]!;
    const y = layout.positions[2 * index + 1]!;
    addBadges(`node:${node.id}`, shown, cornerCandidates(x, y, radius(node), badgesWidth(shown), BADGE_HEIGHT));
  });
  const edgeById = new Map(graph.edges.map((edge) => [edge.id, edge]));
  for (const [edgeId, counted] of marks.edges) {
    const edge = edgeById.get(edgeId);
    const shown = markBadges(counted, tools);
    if (edge === undefined || shown.length === 0) continue;
    addBadges(
      `edge:${edgeId}`,
      shown,
      segmentCandidates(layout, edge.source, edge.target, badgesWidth(shown), BADGE_HEIGHT),
    );
  }
  for (const [key, gap] of marks.gaps) {
    const shown = markBadges(gap, tools);
    if (gap.between === null || shown.length === 0) continue;
    addBadges(
      `gap:${key}`,
      shown,
      segmentCandidates(layout, gap.between[0], gap.between[1], badgesWidth(shown), BADGE_HEIGHT),
    );
  }
  const bundles = graph.edges
    .filter((edge) => (edge.bundle?.count ?? 1) > 1)
    .sort((a, b) => b.bundle!.count - a.bundle!.count || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const edge of bundles) {
    const text = tools.number(edge.bundle!.count);
    const width = estimateLabelWidth(text, MAP_LABEL_FONT_PX, { bold: true }) + 2 * HALO;
    const height = MAP_LABEL_FONT_PX * 1.2;
    items.push({
      candidates: segmentCandidates(layout, edge.source, edge.target, width, height),
      place: (box) => counts.push({ id: edge.id, text, x: box.x + box.width / 2, y: box.y + box.height / 2 }),
    });
  }
  const obstacles = obstacleBoxes(graph, layout, radius, tools);
  const reader = readerIndex === null ? undefined : graph.nodes[readerIndex];
  if (reader !== undefined) {
    // "Här finns jag" above the reader's part (map-reader.tsx), its baseline `r + 14` over the centre, bold, at
    // most READER_LABEL_FONT map units while the labels are legible.
    const width = estimateLabelWidth(tools.t("mapReaderHere"), READER_LABEL_FONT, { bold: true }) + 2 * HALO;
    const baseline = layout.positions[2 * readerIndex! + 1]! - radius(reader) - LABEL_BASELINE_GAP;
    const x = layout.positions[2 * readerIndex!]!;
    obstacles.push({ x: x - width / 2, y: baseline - READER_LABEL_FONT, width, height: READER_LABEL_FONT * 1.3 });
  }
  const chosen = placeTexts(obstacles, items);
  items.forEach((item, index) => {
    const at = chosen[index];
    if (at !== null && at !== undefined) item.place(item.candidates[at]!);
  });
  return { counts, badges };
}
