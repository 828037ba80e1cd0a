/**
 * The system map as a poster for a workshop table (*Att leda hela systemet*, Hälsolabb, the workshop's Övning 1):
 * landscape A3 or A1, as SVG or as a vector PDF written without a dependency. The map loads this module only when
 * a reader asks for a poster (a dynamic import), so a page that only shows the map never downloads it.
 * @module
 */
import type { SystemGraph } from "@systemledning/core/system-map";
import { layoutShownGraph, type ShownGraphShape } from "../layout/shown-layout.js";
import type { GraphLayout } from "../layout/types.js";
import type { PosterPaper } from "./paper.js";
import { writePosterPdf } from "./pdf.js";
import { buildPosterScene, posterBoxes, type MapPosterOptions } from "./scene.js";
import { writePosterSvg } from "./svg.js";

export { buildPosterScene, POSTER_LABEL_PT, posterBoxes, type MapPosterOptions } from "./scene.js";
export { PAPER_MM, type PosterPaper, type PosterScene } from "./paper.js";
export type { PosterLocale } from "./words.js";
export { writePosterPdf } from "./pdf.js";
export { writePosterSvg } from "./svg.js";

/** A poster as SVG, and what it could not do as asked. */
export interface MapPosterSvg {
  /** A standalone SVG document, `width`/`height` in millimetres. */
  readonly svg: string;
  /** E.g. labels that the room between parts could not hold at 14 pt and were shortened. */
  readonly warnings: readonly string[];
}

/**
 * The shown graph as a poster in SVG: title, the levels as named bands, the parts and connections at the
 * layout's positions, the workshop's marks, the legend and an empty ring key, the source and the day.
 *
 * @example
 * const { svg } = renderMapPoster(graph, layoutLayered(toLayoutGraph(graph), mapLayeredOptions(graph.nodes.length)),
 *   { paper: "A3", title: "Systemkarta Dalarna", annotations: workspace.annotations });
 */
export function renderMapPoster(shown: SystemGraph, layout: GraphLayout, options: MapPosterOptions): MapPosterSvg {
  const scene = buildPosterScene(shown, layout, options);
  return { svg: writePosterSvg(scene), warnings: scene.warnings };
}

/**
 * The same poster as a one-page vector PDF (PDF 1.4, Helvetica, WinAnsi text), ready to print.
 *
 * @example
 * downloadBlob(new Blob([renderMapPosterPdf(graph, layout, { paper: "A1", title: "Systemkarta" })], { type: "application/pdf" }), "systemkarta.pdf");
 */
export function renderMapPosterPdf(shown: SystemGraph, layout: GraphLayout, options: MapPosterOptions): Uint8Array {
  return writePosterPdf(buildPosterScene(shown, layout, options));
}

/**
 * The label size the poster's layout gives each part room for, in map units: larger than the map's 12, because
 * the poster sets labels larger against the picture (14 pt on A3); measured on Dalarna, 16 leaves the fewest
 * labels shortened.
 */
const POSTER_LAYOUT_FONT_PX = 16;

/**
 * The shown graph laid out for a poster: the map's layered layout (`layoutShownGraph`, each part as wide as its
 * label) with its bands wrapped to the shape of the poster's map area rather than a screen's.
 *
 * @example
 * const pdf = renderMapPosterPdf(shown, posterLayout(shown, "A3"), { paper: "A3", title: "Systemkarta" });
 */
export function posterLayout(shown: ShownGraphShape, paper: PosterPaper): GraphLayout {
  const { map } = posterBoxes(paper, true);
  return layoutShownGraph(shown, { fontPx: POSTER_LAYOUT_FONT_PX, viewport: { width: map.width, height: map.height } });
}
