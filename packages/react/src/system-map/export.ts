/**
 * The map as a file for a report or a slide. SVG: a copy of the map's SVG with the look of each element
 * written onto it (the stylesheet does not travel with the file), serialised with `XMLSerializer` — never
 * through an HTML string. PNG: drawn again from the layout on a canvas (an SVG drawn into a canvas would need
 * `img-src blob:` and break a strict CSP), twice the size for print.
 */
import type { SystemAnnotation, SystemGraph } from "@systemledning/core/system-map";
import { csvFileName, downloadBlob, downloadText } from "../primitives/csv.js";
import type { GraphLayout } from "./layout/types.js";
import { mapLabel, NODE_RADIUS } from "./map-canvas.js";
import type { MapTools } from "./messages.js";
import { downloadMapPoster, type MapPosterChoice } from "./poster-download.js";

const STYLE_PROPERTIES = [
  "fill",
  "fill-opacity",
  "stroke",
  "stroke-width",
  "stroke-dasharray",
  "stroke-opacity",
  "opacity",
  "font-size",
  "font-family",
  "font-weight",
  "display",
  "visibility",
] as const;

const fileName = (title: string, extension: string) => csvFileName(title).replace(/\.csv$/, `.${extension}`);

/** Download the map as an SVG file: what is on screen now (zoom included), with its look written on. Returns the file name. */
export function exportMapSvg(
  svg: SVGSVGElement,
  title: string,
  viewport: { readonly width: number; readonly height: number },
): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const originals = svg.querySelectorAll<SVGElement>("*");
  const copies = copy.querySelectorAll<SVGElement>("*");
  originals.forEach((original, i) => {
    const target = copies[i];
    if (target === undefined) return;
    const style = getComputedStyle(original);
    for (const property of STYLE_PROPERTIES) {
      const value = style.getPropertyValue(property);
      if (value !== "") target.setAttribute(property, value);
    }
    target.removeAttribute("tabindex");
    target.removeAttribute("class");
  });
  copy.setAttribute("xmlns", "http://www.w3.org/2000/svg");
  copy.setAttribute("width", String(viewport.width));
  copy.setAttribute("height", String(viewport.height));
  const titleElement = document.createElementNS("http://www.w3.org/2000/svg", "title");
  titleElement.textContent = title;
  copy.insertBefore(titleElement, copy.firstChild);
  const name = fileName(title, "svg");
  downloadText(new XMLSerializer().serializeToString(copy), name, "image/svg+xml");
  return name;
}

/** Colours of the PNG (a file has no theme): the light theme's tokens. */
const PNG_COLOURS = {
  background: "#ffffff",
  band: "#f3f5f7",
  edge: "#7b838d",
  node: "#00558f",
  missing: "#b3261e",
  text: "#1a1d21",
} as const;

/** Download the map as a PNG drawn from the layout (the whole map, twice the size). Returns the file name. */
export async function exportMapPng(
  graph: SystemGraph,
  layout: GraphLayout,
  title: string,
  tools: MapTools,
): Promise<string> {
  const { minX, minY, maxX, maxY } = layout.bounds;
  const margin = 60;
  const scale = Math.min(2, 4000 / Math.max(1, maxX - minX + 2 * margin));
  const canvas = document.createElement("canvas");
  canvas.width = Math.ceil((maxX - minX + 2 * margin) * scale);
  canvas.height = Math.ceil((maxY - minY + 2 * margin) * scale);
  const context = canvas.getContext("2d");
  if (context === null) return "";
  context.scale(scale, scale);
  context.translate(margin - minX, margin - minY);
  context.fillStyle = PNG_COLOURS.background;
  context.fillRect(minX - margin, minY - margin, maxX - minX + 2 * margin, maxY - minY + 2 * margin);
  for (const band of layout.bands) {
    if (band.level % 2 === 1) continue;
    context.fillStyle = PNG_COLOURS.band;
    context.fillRect(minX - margin, band.y, maxX - minX + 2 * margin, band.height);
    context.fillStyle = PNG_COLOURS.text;
    context.font = "bold 13px system-ui, sans-serif";
    const level = graph.levels[band.level];
    if (level !== undefined) context.fillText(tools.text(level.label), minX - margin + 8, band.y + 18);
  }
  const at = (id: string) => {
    const index = layout.indexById.get(id);
    return index === undefined ? null : [layout.positions[2 * index]!, layout.positions[2 * index + 1]!];
  };
  context.strokeStyle = PNG_COLOURS.edge;
  context.lineWidth = 1;
  context.beginPath();
  for (const edge of graph.edges) {
    const a = at(edge.source);
    const b = at(edge.target);
    if (a === null || b === null) continue;
    context.moveTo(a[0]!, a[1]!);
    context.lineTo(b[0]!, b[1]!);
  }
  context.stroke();
  context.font = "11px system-ui, sans-serif";
  context.textAlign = "center";
  graph.nodes.forEach((node, index) => {
    if (node.kind === "level") return;
    const x = layout.positions[2 * index]!;
    const y = layout.positions[2 * index + 1]!;
    const radius = NODE_RADIUS[node.kind];
    context.fillStyle = node.kind === "missing" ? PNG_COLOURS.missing : PNG_COLOURS.node;
    context.beginPath();
    context.arc(x, y, radius, 0, 2 * Math.PI);
    context.fill();
    context.fillStyle = PNG_COLOURS.text;
    context.fillText(mapLabel(node), x, y + radius + 12);
  });
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, "image/png"));
  if (blob === null) return "";
  const name = fileName(title, "png");
  downloadBlob(blob, name);
  return name;
}

/** What {@link downloadMap} draws from: the map as it is on screen. */
export interface MapDownloadSource {
  /** The map's SVG element (null before it is drawn). */
  readonly svg: SVGSVGElement | null;
  /** The graph the map shows (folded or not) and its layout (null while it is computed). */
  readonly graph: SystemGraph;
  readonly layout: GraphLayout | null;
  readonly title: string;
  readonly viewport: { readonly width: number; readonly height: number };
  readonly tools: MapTools;
  readonly annotations?: readonly SystemAnnotation[] | undefined;
}

/**
 * Download the map as SVG, PNG or a poster (whose code comes with the first poster asked for, poster-download.ts,
 * never with the map). Returns the words to announce, or null when there is no map drawn yet.
 *
 * @example
 * const said = await downloadMap("svg", { svg, graph, layout, title, viewport, tools });
 */
export async function downloadMap(
  format: "svg" | "png" | MapPosterChoice,
  source: MapDownloadSource,
): Promise<string | null> {
  const { svg, graph, layout, title, viewport, tools } = source;
  if (typeof format === "object") {
    const { file, warnings } = await downloadMapPoster(graph, format, {
      title,
      locale: tools.locale,
      annotations: source.annotations,
    });
    return [tools.t("mapExported", { file }), ...warnings].join(" ");
  }
  if (layout === null || svg === null) return null;
  const file = format === "svg" ? exportMapSvg(svg, title, viewport) : await exportMapPng(graph, layout, title, tools);
  return tools.t("mapExported", { file });
}
