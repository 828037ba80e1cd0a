/**
 * The poster's scene: the shown graph (folded or full) at its layout's positions, scaled onto landscape A3 or A1
 * for a workshop table (*Att leda hela systemet*, Hälsolabb, the workshop's Övning 1). A title and the source
 * with the date at the top; the levels as bands named in the source's words on the left; the map; the legend
 * and an empty ring key on the right. Type is large: the parts' labels are 14 pt on A3 (28 pt on A1, the
 * same poster twice the size). The layout is stretched to the map's area; a label that the room between two
 * parts cannot hold in two lines at that size is shortened, never set smaller, and the result says so in
 * `warnings` (folding more groups, or A1, gives the labels room).
 */
import {
  aggregateAnnotations,
  foldAnnotationTargets,
  type FoldedSystemGraph,
  type SystemAnnotation,
  type SystemGraph,
  type SystemNode,
} from "@systemledning/core/system-map";
import { formatLocaleDate } from "../../i18n/format.js";
import type { GraphLayout } from "../layout/types.js";
import { NODE_RADIUS } from "../map-canvas.js";
import { wrapHelvetica } from "./helvetica.js";
import { posterLegend } from "./legend.js";
import {
  MM_PER_PT,
  PAPER_MM,
  POSTER_COLOURS as C,
  type PosterBox,
  type PosterItem,
  type PosterPaper,
  type PosterScene,
} from "./paper.js";
import { edgePaint, gapPaint, markBadge, partShape, positionRing, shapeDepth } from "./shapes.js";
import { posterWord, type PosterLocale } from "./words.js";

/** What a poster is drawn with besides the graph and its layout. */
export interface MapPosterOptions {
  readonly paper: PosterPaper;
  /** The poster's heading, e.g. "Systemkarta Dalarna". */
  readonly title: string;
  /** @default "sv" */
  readonly locale?: PosterLocale | undefined;
  /** The workshop's marks: green where governance works, red where it must improve, rings where people stand. */
  readonly annotations?: readonly SystemAnnotation[] | undefined;
  /** The day the poster answers for (`YYYY-MM-DD`). @default the graph's `asOf`, else today */
  readonly asOf?: string | undefined;
}

/** The parts' label size on A3 in points: read across a workshop table. */
export const POSTER_LABEL_PT = 14;

/** Millimetres on A3; every length is multiplied by the paper's width over A3's, so A1 is A3 twice the size. */
const A3 = { margin: 12, header: 27, strip: 54, legend: 82, gutter: 5, sidePad: 14, labelRoomMax: 64 } as const;

/** Map units to millimetres of a part's radius: shapes a quarter of the map's, so the labels get the room. */
const RADIUS_MM_PER_UNIT = 0.24;

/**
 * Where the map and the legend go on a paper, in millimetres: the map between the level names (when it has
 * bands) and the legend. `posterLayout` lays the shown graph out to the map's shape.
 */
export function posterBoxes(
  paper: PosterPaper,
  hasBands: boolean,
): { readonly map: PosterBox; readonly legend: PosterBox } {
  const { width, height } = PAPER_MM[paper];
  const mm = (value: number) => (value * width) / PAPER_MM.A3.width;
  const top = mm(A3.margin + A3.header);
  const bottom = height - mm(A3.margin);
  const legend = { x: width - mm(A3.margin + A3.legend), y: top, width: mm(A3.legend), height: bottom - top };
  const mapX = mm(A3.margin) + (hasBands ? mm(A3.strip + A3.gutter) : 0);
  return { map: { x: mapX, y: top, width: legend.x - mm(A3.gutter * 2) - mapX, height: bottom - top }, legend };
}

/** Build the poster's scene: pure, deterministic for the same input (and the same day when `asOf` is absent). */
export function buildPosterScene(graph: SystemGraph, layout: GraphLayout, options: MapPosterOptions): PosterScene {
  const locale = options.locale ?? "sv";
  const { width, height } = PAPER_MM[options.paper];
  const unit = width / PAPER_MM.A3.width;
  const mm = (value: number) => value * unit;
  const items: PosterItem[] = [{ type: "rect", layer: "paper", x: 0, y: 0, width, height, fill: C.paper }];
  const warnings: string[] = [];
  const asOf = options.asOf ?? graph.asOf ?? new Date().toISOString().slice(0, 10);

  // Header: the title, then the source and the day.
  const titleSize = 28 * MM_PER_PT * unit;
  const sourceSize = 14 * MM_PER_PT * unit;
  const top = mm(A3.margin);
  items.push(text(options.title, mm(A3.margin), top + titleSize * 0.8, titleSize, true, "header", C.text));
  items.push(
    text(
      posterWord("source", locale, { date: formatLocaleDate(asOf, locale) }),
      mm(A3.margin),
      top + titleSize * 0.8 + sourceSize * 1.6,
      sourceSize,
      false,
      "header",
      C.muted,
    ),
  );

  const hasBands = layout.bands.length > 0;
  const { map, legend: legendBox } = posterBoxes(options.paper, hasBands);
  const stripX = mm(A3.margin);

  // The layout's extent: the drawn parts across, the bands (or the parts) down.
  const drawn = graph.nodes.flatMap((node, index) => (node.kind === "level" ? [] : [index]));
  const xs = drawn.map((index) => layout.positions[2 * index]!);
  const ys = drawn.map((index) => layout.positions[2 * index + 1]!);
  const minX = xs.length === 0 ? 0 : Math.min(...xs);
  const maxX = xs.length === 0 ? 1 : Math.max(...xs);
  const firstBand = layout.bands[0];
  const lastBand = layout.bands[layout.bands.length - 1];
  const minY = firstBand !== undefined ? firstBand.y : ys.length === 0 ? 0 : Math.min(...ys);
  const maxY = lastBand !== undefined ? lastBand.y + lastBand.height : ys.length === 0 ? 1 : Math.max(...ys);
  const padX = mm(A3.sidePad);
  const padY = hasBands ? 0 : mm(16);
  const scaleX = xs.length < 2 || maxX === minX ? 0 : (map.width - 2 * padX) / (maxX - minX);
  const scaleY = (map.height - 2 * padY) / Math.max(1, maxY - minY);
  const toX = (x: number) => (scaleX === 0 ? map.x + map.width / 2 : map.x + padX + (x - minX) * scaleX);
  const toY = (y: number) => map.y + padY + (y - minY) * scaleY;
  const at = new Map<string, readonly [number, number]>();
  for (const index of drawn)
    at.set(graph.nodes[index]!.id, [toX(layout.positions[2 * index]!), toY(layout.positions[2 * index + 1]!)]);

  // Where marks go: at the parts, and at a level's name for a mark on a level (a gap between two levels).
  const markAt = new Map(at);

  // Bands with their names in the source's words.
  const bandSize = 14 * MM_PER_PT * unit;
  const bands = layout.bands.map((band) => {
    const level = graph.levels[band.level];
    const label = level === undefined ? "" : locale === "en" ? (level.label.en ?? level.label.sv) : level.label.sv;
    const box = { x: stripX, y: toY(band.y), width: map.x + map.width - stripX, height: band.height * scaleY };
    items.push({ type: "rect", layer: "bands", ...box, fill: band.level % 2 === 0 ? C.band : C.paper });
    // 14 pt, or smaller (down to 10 pt) when a long word of the level's name would have to be broken.
    let size = bandSize;
    let wrapped = wrapHelvetica(label, mm(A3.strip) - mm(4), size, true, 4);
    while (wrapped.broken && size > bandSize * (10 / 14)) {
      size *= 0.95;
      wrapped = wrapHelvetica(label, mm(A3.strip) - mm(4), size, true, 4);
    }
    wrapped.lines.forEach((line, i) =>
      items.push(text(line, stripX + mm(2), box.y + mm(3) + size * (0.8 + 1.2 * i), size, true, "bands", C.muted)),
    );
    const levelNode = graph.nodes.find((node) => node.kind === "level" && node.level === band.level);
    if (levelNode !== undefined) markAt.set(levelNode.id, [stripX + mm(A3.strip) - mm(6), box.y + box.height / 2]);
    return { ...box, level: band.level, label };
  });

  // Connections, bundles thicker with their count, then the gaps the workshop marked.
  const marks =
    options.annotations === undefined || options.annotations.length === 0
      ? null
      : aggregateAnnotations(
          isFolded(graph) ? foldAnnotationTargets(options.annotations, graph) : options.annotations,
          graph,
        );
  const countSize = 10 * MM_PER_PT * unit;
  for (const edge of graph.edges) {
    const a = at.get(edge.source);
    const b = at.get(edge.target);
    if (a === undefined || b === undefined) continue;
    const paint = edgePaint(edge.kind, unit);
    const count = edge.bundle?.count ?? 1;
    const strokeWidth = paint.strokeWidth * Math.min(4, 1 + Math.log2(count));
    items.push({
      type: "path",
      layer: "edges",
      steps: [
        ["M", ...a],
        ["L", ...b],
      ],
      ...paint,
      strokeWidth,
    });
    if (count > 1)
      items.push(
        text(`×${count}`, (a[0] + b[0]) / 2, (a[1] + b[1]) / 2 - mm(0.8), countSize, true, "edges", C.muted, C.paper),
      );
  }
  for (const gap of marks?.gaps.values() ?? []) {
    const a = gap.between === null ? undefined : markAt.get(gap.between[0]);
    const b = gap.between === null ? undefined : markAt.get(gap.between[1]);
    if (a !== undefined && b !== undefined)
      items.push({
        type: "path",
        layer: "edges",
        steps: [
          ["M", ...a],
          ["L", ...b],
        ],
        ...gapPaint(unit),
      });
  }

  // Parts, their rings, and their labels in the room between them and their neighbours in the row.
  const radius = (node: SystemNode) => NODE_RADIUS[node.kind] * RADIUS_MM_PER_UNIT * unit;
  const labelPt = POSTER_LABEL_PT * unit;
  const labelSize = labelPt * MM_PER_PT;
  const room = labelRooms(graph, at, map, mm(A3.labelRoomMax));
  let cutLabels = 0;
  for (const node of graph.nodes) {
    const point = at.get(node.id);
    if (point === undefined) continue;
    const [x, y] = point;
    const r = radius(node);
    items.push(...partShape(node.kind, x, y, r, unit));
    if ((marks?.nodes.get(node.id)?.positions ?? 0) > 0) items.push(positionRing(x, y, r, unit));
    // An em of clear space between two labels of a row, so two neighbours never read as one name.
    const maxWidth = Math.max(mm(8), (room.get(node.id) ?? mm(A3.labelRoomMax)) - labelSize);
    const words =
      node.kind === "group"
        ? [`${node.shortLabel} · ${posterWord("groupCount", locale, { count: node.members?.length ?? 0 })}`]
        : [node.label, node.shortLabel];
    // The full name if it fits in two lines without breaking a word; else the short name; never a smaller size.
    let wrapped = wrapHelvetica(words[0]!, maxWidth, labelSize, false, 2);
    if ((wrapped.cut || wrapped.broken) && words[1] !== undefined && words[1] !== words[0])
      wrapped = wrapHelvetica(words[1], maxWidth, labelSize, false, 2);
    if (wrapped.cut || wrapped.broken) cutLabels += 1;
    const baseline = y + shapeDepth(node.kind) * r + mm(1) + labelSize * 0.8;
    wrapped.lines.forEach((line, i) =>
      items.push(text(line, x, baseline + i * labelSize * 1.15, labelSize, false, "labels", C.text, C.paper, "middle")),
    );
  }
  if (cutLabels > 0)
    warnings.push(posterWord("labelsCut", locale, { count: cutLabels, total: at.size, pt: Math.round(labelPt) }));

  // The workshop's green and red marks on parts, connections and gaps.
  const badges = (x: number, y: number, good: number, bad: number) => {
    if (good > 0) items.push(...markBadge("good", x, y, `+${good}`, unit));
    if (bad > 0) items.push(...markBadge("bad", x + (good > 0 ? mm(5.6) : 0), y, `!${bad}`, unit));
  };
  for (const node of graph.nodes) {
    const counts = marks?.nodes.get(node.id);
    const point = markAt.get(node.id);
    if (counts === undefined || point === undefined) continue;
    const r = radius(node);
    // Someone who stands at a level as a whole: the ring goes round the level's place beside its name.
    if (node.kind === "level" && counts.positions > 0) items.push(positionRing(point[0], point[1], mm(2), unit));
    badges(point[0] + r + mm(2.4), point[1] - r, counts.worksWell, counts.needsImprovement);
  }
  const edgeById = new Map(graph.edges.map((edge) => [edge.id, edge]));
  for (const place of [...(marks?.edges.values() ?? []), ...(marks?.gaps.values() ?? [])]) {
    const edge = place.type === "edge" ? edgeById.get(place.key) : undefined;
    const ends = edge !== undefined ? [edge.source, edge.target] : place.between;
    const a = ends === null || ends === undefined ? undefined : markAt.get(ends[0]);
    const b = ends === null || ends === undefined ? undefined : markAt.get(ends[1]);
    if (a !== undefined && b !== undefined)
      badges((a[0] + b[0]) / 2, (a[1] + b[1]) / 2, place.worksWell, place.needsImprovement);
  }

  // The legend and the ring key.
  const legend = posterLegend(
    legendBox,
    {
      nodeKinds: new Set(graph.nodes.filter((node) => at.has(node.id)).map((node) => node.kind)),
      edgeKinds: new Set(graph.edges.map((edge) => edge.kind)),
      bundles: graph.edges.some((edge) => (edge.bundle?.count ?? 1) > 1),
      gaps: (marks?.gaps.size ?? 0) > 0,
      positions: (marks?.totals.positions ?? 0) > 0,
    },
    locale,
    unit,
  );
  items.push(...legend.items);
  if (legend.cut) warnings.push(posterWord("legendLong", locale));

  // The description counts the whole system, the parts inside folded groups too.
  const whole = isFolded(graph) ? graph.full : graph;
  const parts = whole.nodes.filter((node) => node.kind !== "level").length;
  return {
    paper: options.paper,
    width,
    height,
    title: options.title,
    description: posterWord("description", locale, {
      title: options.title,
      parts,
      edges: whole.edges.length,
      levels: whole.levels.length,
    }),
    items,
    regions: { map, legend: legendBox, ringKey: legend.ringKey, bands },
    labelPt,
    warnings,
  };
}

/** Whether a graph is a folded one (`foldSystemGraph`): its hidden parts' marks then go to their groups. */
function isFolded(graph: SystemGraph): graph is FoldedSystemGraph {
  return "shownAs" in graph && "full" in graph;
}

/** Each drawn part's room for its label: the distance to its nearest neighbour in the same row (or the map's edge), at most `max`. */
function labelRooms(
  graph: SystemGraph,
  at: ReadonlyMap<string, readonly [number, number]>,
  map: PosterBox,
  max: number,
): Map<string, number> {
  const rows = new Map<number, { readonly id: string; readonly x: number }[]>();
  for (const node of graph.nodes) {
    const point = at.get(node.id);
    if (point === undefined) continue;
    const key = Math.round(point[1] * 4);
    const row = rows.get(key);
    if (row === undefined) rows.set(key, [{ id: node.id, x: point[0] }]);
    else row.push({ id: node.id, x: point[0] });
  }
  const room = new Map<string, number>();
  for (const row of rows.values()) {
    row.sort((a, b) => a.x - b.x);
    row.forEach((part, i) => {
      // At a row's end the label may reach the map's edge: twice the distance to it is its room on that side.
      const left = i > 0 ? part.x - row[i - 1]!.x : 2 * (part.x - map.x);
      const right = i < row.length - 1 ? row[i + 1]!.x - part.x : 2 * (map.x + map.width - part.x);
      room.set(part.id, Math.min(max, left, right));
    });
  }
  return room;
}

function text(
  words: string,
  x: number,
  y: number,
  size: number,
  bold: boolean,
  layer: PosterItem["layer"],
  fill: string,
  halo?: string,
  anchor: "start" | "middle" = "start",
): PosterItem {
  return { type: "text", layer, x, y, text: words, size, bold, anchor, fill, ...(halo === undefined ? {} : { halo }) };
}
