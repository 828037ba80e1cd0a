/**
 * The poster's legend and its empty ring key. The legend names each kind of part and connection that is on the
 * poster by its shape and line (shapes.ts, so it matches the map), the marks (green: governance works well; red:
 * it needs improvement) and, for a workshop at the table, a box with an empty dashed ring: "Här finns jag —
 * ringa in din del och skriv din roll", with lines to write the role on (*Att leda hela systemet*, the
 * workshop's Övning 1: each participant marks where they are).
 */
import type { SystemEdgeKind, SystemNodeKind } from "@systemledning/core/system-map";
import { EDGE_KEYS, EDGE_KINDS, KIND_KEYS, NODE_KINDS } from "../words.js";
import { wrapHelvetica } from "./helvetica.js";
import { MM_PER_PT, POSTER_COLOURS as C, type PosterBox, type PosterItem, type PosterPaint } from "./paper.js";
import { edgePaint, gapPaint, markBadge, partShape, positionRing } from "./shapes.js";
import { mapWord, posterWord, type PosterLocale } from "./words.js";

/** What the legend has to explain: the kinds present on the poster and whether it has bundles, gaps, rings. */
export interface PosterLegendContent {
  readonly nodeKinds: ReadonlySet<SystemNodeKind>;
  readonly edgeKinds: ReadonlySet<SystemEdgeKind>;
  readonly bundles: boolean;
  readonly gaps: boolean;
  readonly positions: boolean;
}

/** Height of the ring key at `unit` 1 (A3), in millimetres. */
const RING_KEY_HEIGHT = 66;

/** The legend drawn in `box` (the ring key at its foot), the ring key's box, and whether rows had to be left out. */
export function posterLegend(
  box: PosterBox,
  content: PosterLegendContent,
  locale: PosterLocale,
  unit: number,
): { readonly items: PosterItem[]; readonly ringKey: PosterBox; readonly cut: boolean } {
  const items: PosterItem[] = [];
  const textSize = 12 * MM_PER_PT * unit;
  const sample = 12 * unit;
  const ringKey: PosterBox = {
    x: box.x,
    y: box.y + box.height - RING_KEY_HEIGHT * unit,
    width: box.width,
    height: RING_KEY_HEIGHT * unit,
  };
  const title = 16 * MM_PER_PT * unit;
  items.push(text(posterWord("legend", locale), box.x, box.y + title, title, true, "legend"));
  let y = box.y + title + 4 * unit;
  let cut = false;
  const row = (draw: (cx: number, cy: number) => PosterItem[], words: string) => {
    const wrapped = wrapHelvetica(words, box.width - sample - 2 * unit, textSize, false, 2);
    const height = Math.max(7 * unit, wrapped.lines.length * textSize * 1.2 + 2 * unit);
    if (y + height > ringKey.y - 4 * unit) {
      cut = true;
      return;
    }
    const centre = y + height / 2;
    items.push(...draw(box.x + sample / 2, centre));
    const first = centre - ((wrapped.lines.length - 1) * textSize * 1.2) / 2 + 0.35 * textSize;
    wrapped.lines.forEach((line, i) =>
      items.push(text(line, box.x + sample + 2 * unit, first + i * textSize * 1.2, textSize, false, "legend")),
    );
    y += height;
  };
  const legendOnly = (drawn: PosterItem[]) => drawn.map((item) => ({ ...item, layer: "legend" as const }));
  for (const kind of [...NODE_KINDS, "group" as const]) {
    if (!content.nodeKinds.has(kind)) continue;
    const words = kind === "group" ? posterWord("group", locale) : mapWord(KIND_KEYS[kind], locale);
    row((cx, cy) => legendOnly(partShape(kind, cx, cy, (kind === "group" ? 3.2 : 3.6) * unit, unit)), words);
  }
  for (const kind of EDGE_KINDS) {
    if (!content.edgeKinds.has(kind)) continue;
    row(
      (cx, cy) => [line(cx - sample / 2 + unit, cy, cx + sample / 2 - unit, cy, edgePaint(kind, unit))],
      mapWord(EDGE_KEYS[kind], locale),
    );
  }
  if (content.bundles)
    row(
      (cx, cy) => [
        line(cx - sample / 2 + unit, cy, cx + sample / 2 - unit, cy, {
          ...edgePaint("member-of", unit),
          strokeWidth: unit,
        }),
      ],
      posterWord("bundle", locale),
    );
  if (content.gaps)
    row(
      (cx, cy) => [line(cx - sample / 2 + unit, cy, cx + sample / 2 - unit, cy, gapPaint(unit))],
      posterWord("gap", locale),
    );
  row((cx, cy) => markBadge("good", cx, cy, "+", unit, "legend"), posterWord("worksWell", locale));
  row((cx, cy) => markBadge("bad", cx, cy, "!", unit, "legend"), posterWord("needsImprovement", locale));
  if (content.positions)
    row((cx, cy) => [positionRing(cx, cy, 2.4 * unit, unit, "legend")], posterWord("position", locale));
  items.push(...ringKeyItems(ringKey, locale, unit));
  return { items, ringKey, cut };
}

/** The empty ring key: a framed box with the instruction, an empty dashed ring, and lines to write the role on. */
function ringKeyItems(box: PosterBox, locale: PosterLocale, unit: number): PosterItem[] {
  const pad = 4 * unit;
  const heading = 14 * MM_PER_PT * unit;
  const items: PosterItem[] = [
    {
      type: "rect",
      layer: "ring-key",
      ...box,
      radius: 2 * unit,
      stroke: C.text,
      strokeWidth: 0.4 * unit,
      fill: C.paper,
    },
  ];
  const wrapped = wrapHelvetica(posterWord("ringKey", locale), box.width - 2 * pad, heading, true, 3);
  wrapped.lines.forEach((words, i) =>
    items.push(text(words, box.x + pad, box.y + pad + heading * (0.8 + 1.2 * i), heading, true, "ring-key")),
  );
  const ringY = box.y + pad + heading * 1.2 * wrapped.lines.length + 10 * unit;
  items.push({
    type: "circle",
    layer: "ring-key",
    cx: box.x + pad + 8 * unit,
    cy: ringY,
    r: 8 * unit,
    stroke: C.text,
    strokeWidth: 0.6 * unit,
    dash: [1.6 * unit, 1.1 * unit],
  });
  const roleSize = 12 * MM_PER_PT * unit;
  const writeX = box.x + pad + 20 * unit;
  items.push(text(posterWord("role", locale), writeX, ringY - 4 * unit, roleSize, false, "ring-key"));
  for (let y = ringY + 4 * unit; y <= box.y + box.height - pad; y += 9 * unit)
    items.push(line(writeX, y, box.x + box.width - pad, y, { stroke: C.writing, strokeWidth: 0.3 * unit }, "ring-key"));
  return items;
}

function text(
  words: string,
  x: number,
  y: number,
  size: number,
  bold: boolean,
  layer: "legend" | "ring-key",
): PosterItem {
  return { type: "text", layer, x, y, text: words, size, bold, anchor: "start", fill: C.text };
}

function line(
  x1: number,
  y1: number,
  x2: number,
  y2: number,
  paint: PosterPaint,
  layer: "legend" | "ring-key" = "legend",
): PosterItem {
  return {
    type: "path",
    layer,
    steps: [
      ["M", x1, y1],
      ["L", x2, y2],
    ],
    ...paint,
  };
}
