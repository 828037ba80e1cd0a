/**
 * The poster's shapes, as the map draws them (map-canvas.tsx `NodeShape`, system-map.css): a shape per kind of
 * part, a line pattern per kind of connection, and the workshop's marks (a green circle with +, a red square
 * with !, a dashed ring where someone stands). Shared by the map on the poster and its legend, so they match.
 */
import type { SystemEdgeKind, SystemNodeKind } from "@systemledning/core/system-map";
import {
  POSTER_COLOURS as C,
  type PosterItem,
  type PosterLayer,
  type PosterPaint,
  type PosterPathStep,
} from "./paper.js";

/** The ratio of a circle's Bézier control distance to its radius (four arcs make a circle within 0.03 %). */
export const BEZIER_CIRCLE = 0.5522847498;

/** How far a part's shape reaches below its centre, as a share of its radius (labels go under it). */
export function shapeDepth(kind: SystemNodeKind): number {
  return kind === "forum" || kind === "group" ? 0.75 : 1;
}

/** The primitives of one part's shape, centred on (x, y), `r` its radius in millimetres. */
export function partShape(kind: SystemNodeKind, x: number, y: number, r: number, unit: number): PosterItem[] {
  const edge: PosterPaint = { stroke: C.paper, strokeWidth: 0.35 * unit };
  const layer: PosterLayer = "parts";
  switch (kind) {
    case "leadership":
      return [
        {
          type: "path",
          layer,
          steps: [["M", x, y - r], ["L", x + r, y], ["L", x, y + r], ["L", x - r, y], ["Z"]],
          fill: C.accent,
          ...edge,
        },
      ];
    case "forum":
      return [
        {
          type: "rect",
          layer,
          x: x - r,
          y: y - 0.75 * r,
          width: 2 * r,
          height: 1.5 * r,
          radius: 0.28 * r,
          fill: C.half,
          ...edge,
        },
      ];
    case "sector": {
      const steps: PosterPathStep[] = [];
      for (let i = 0; i < 6; i++) {
        const angle = (Math.PI / 3) * i;
        steps.push([i === 0 ? "M" : "L", x + r * Math.cos(angle), y + r * Math.sin(angle)]);
      }
      return [{ type: "path", layer, steps: [...steps, ["Z"]], fill: C.muted2, ...edge }];
    }
    case "citizen-group":
      return [
        { type: "circle", layer, cx: x, cy: y, r, fill: C.highlight, ...edge },
        { type: "circle", layer, cx: x, cy: y, r: 0.45 * r, fill: C.paper },
      ];
    case "missing":
      return [
        {
          type: "rect",
          layer,
          x: x - r,
          y: y - r,
          width: 2 * r,
          height: 2 * r,
          radius: 0.2 * r,
          fill: C.paper,
          stroke: C.missing,
          strokeWidth: 0.35 * unit,
          dash: [1.2 * unit, 0.9 * unit],
        },
      ];
    case "group":
      // A folded group: a box wider than a part, outlined twice, so it reads as "several inside".
      return [
        {
          type: "rect",
          layer,
          x: x - 1.3 * r,
          y: y - 0.75 * r,
          width: 2.6 * r,
          height: 1.5 * r,
          radius: 0.3 * r,
          fill: C.band,
          stroke: C.accent,
          strokeWidth: 0.5 * unit,
        },
        {
          type: "rect",
          layer,
          x: x - 1.3 * r + 0.9 * unit,
          y: y - 0.75 * r + 0.9 * unit,
          width: 2.6 * r - 1.8 * unit,
          height: 1.5 * r - 1.8 * unit,
          radius: 0.2 * r,
          stroke: C.accent,
          strokeWidth: 0.25 * unit,
        },
      ];
    case "person":
      return [{ type: "circle", layer, cx: x, cy: y, r, fill: C.muted2, ...edge }];
    default:
      return [{ type: "circle", layer, cx: x, cy: y, r, fill: C.accent, ...edge }];
  }
}

/** A connection's paint by kind (system-map.css `.sl-map-edge[data-kind]`), widths in millimetres at `unit` 1. */
export function edgePaint(
  kind: SystemEdgeKind,
  unit: number,
): { readonly stroke: string; readonly strokeWidth: number; readonly dash?: readonly number[] } {
  const mm = (values: readonly number[]) => values.map((value) => value * 0.3 * unit);
  switch (kind) {
    case "reports-to":
      return { stroke: C.accent, strokeWidth: 0.5 * unit, dash: mm([10, 4]) };
    case "collaborates":
      return { stroke: C.accent, strokeWidth: 0.5 * unit, dash: mm([2, 3]) };
    case "covers":
      return { stroke: C.muted2, strokeWidth: 0.3 * unit, dash: mm([6, 3]) };
    case "hierarchy":
      return { stroke: C.text, strokeWidth: 0.6 * unit };
    case "concerns":
      return { stroke: C.highlight, strokeWidth: 0.3 * unit, dash: mm([8, 3, 2, 3]) };
    case "missing":
      return { stroke: C.missing, strokeWidth: 0.3 * unit, dash: mm([4, 4]) };
    default:
      return { stroke: C.muted2, strokeWidth: 0.3 * unit };
  }
}

/** The gap between two parts the workshop marked: a dotted line in the warning colour. */
export function gapPaint(unit: number): PosterPaint {
  return { stroke: C.warning, strokeWidth: 0.7 * unit, dash: [0.3 * unit, 1.4 * unit] };
}

/** A green circle with "+n" (works well) or a red square with "!n" (needs improvement), centred on (x, y). */
export function markBadge(
  kind: "good" | "bad",
  x: number,
  y: number,
  text: string,
  unit: number,
  layer: PosterLayer = "marks",
): PosterItem[] {
  const b = 2.4 * unit;
  const edge: PosterPaint = { stroke: C.paper, strokeWidth: 0.3 * unit };
  const shape: PosterItem =
    kind === "good"
      ? { type: "circle", layer, cx: x, cy: y, r: b, fill: C.ok, ...edge }
      : { type: "rect", layer, x: x - b, y: y - b, width: 2 * b, height: 2 * b, fill: C.missing, ...edge };
  if (text === "") return [shape];
  const size = 2.9 * unit;
  return [
    shape,
    { type: "text", layer, x, y: y + 0.36 * size, text, size, bold: true, anchor: "middle", fill: C.paper },
  ];
}

/** The dashed ring of "I am here" around a part of radius `r`. */
export function positionRing(x: number, y: number, r: number, unit: number, layer: PosterLayer = "marks"): PosterItem {
  return {
    type: "circle",
    layer,
    cx: x,
    cy: y,
    r: r + 1.4 * unit,
    stroke: C.text,
    strokeWidth: 0.45 * unit,
    dash: [0.9 * unit, 0.6 * unit],
  };
}
