/**
 * The map's poster downloads (A3 and A1, PDF and SVG). The poster's code is loaded with a dynamic import when
 * a reader asks for one, so a page that only shows the map never downloads it (a chunk of its own in a host's
 * bundle; `dist/system-map/poster/` in the package).
 */
import type { SystemAnnotation, SystemGraph } from "@systemledning/core/system-map";
import type { KitLocale } from "../i18n/format.js";
import { csvFileName, downloadBlob, downloadText } from "../primitives/csv.js";

/** The poster's module: `renderMapPoster`, `renderMapPosterPdf`, `posterLayout` and the scene behind them. */
export type MapPosterModule = typeof import("./poster/index.js");

/**
 * Load the poster's code (a chunk of its own): the one way in, so no bundler puts it in a page's first load.
 *
 * @example
 * const { posterLayout, renderMapPosterPdf } = await loadMapPoster();
 */
export function loadMapPoster(): Promise<MapPosterModule> {
  return import("./poster/index.js");
}

/** A poster the map offers: its paper and its file format. */
export interface MapPosterChoice {
  readonly paper: "A3" | "A1";
  readonly format: "pdf" | "svg";
}

/** The posters in the order the toolbar offers them. */
export const MAP_POSTER_CHOICES: readonly MapPosterChoice[] = [
  { paper: "A3", format: "pdf" },
  { paper: "A3", format: "svg" },
  { paper: "A1", format: "pdf" },
  { paper: "A1", format: "svg" },
];

/**
 * Draw the shown graph as a poster and offer it as a download. Returns the file name and the poster's warnings
 * (labels the room could not hold at the poster's size), for the map to announce.
 */
export async function downloadMapPoster(
  shown: SystemGraph,
  choice: MapPosterChoice,
  options: {
    readonly title: string;
    readonly locale: KitLocale;
    readonly annotations?: readonly SystemAnnotation[] | undefined;
  },
): Promise<{ readonly file: string; readonly warnings: readonly string[] }> {
  const poster = await loadMapPoster();
  const layout = poster.posterLayout(shown, choice.paper);
  const posterOptions = {
    paper: choice.paper,
    title: options.title,
    locale: options.locale,
    annotations: options.annotations,
  };
  const base = csvFileName(options.title).replace(/\.csv$/, "");
  const file = `${base}-${choice.paper.toLowerCase()}.${choice.format}`;
  const scene = poster.buildPosterScene(shown, layout, posterOptions);
  if (choice.format === "pdf")
    downloadBlob(
      new Blob([poster.writePosterPdf(scene) as Uint8Array<ArrayBuffer>], { type: "application/pdf" }),
      file,
    );
  else downloadText(poster.writePosterSvg(scene), file, "image/svg+xml");
  return { file, warnings: scene.warnings };
}
