/**
 * The system map: who is in the system, how they connect, and where a workshop found that governance works or
 * has gaps; with its layouts for hosts that draw their own.
 * @module
 */
export { SystemMap, type SystemMapProps } from "./system-map.js";
export type { MapFolding } from "./use-map-folds.js";
export { SystemMapWorkshop, type SystemMapWorkshopProps } from "./system-map-workshop.js";
export type { AnnotationChangeContext, AnnotationSubmit } from "./annotation-panel.js";
export { markBalance, NO_MARKS, type MapMarkCounts, type MapMarkKind, type MapMarks } from "./marks.js";
export { stepInDirection, stepLevel, type MapDirection } from "./navigation.js";
export * from "./layout/index.js";
export { loadMapPoster, type MapPosterModule } from "./poster-download.js";
export type { MapPosterOptions, MapPosterSvg, PosterPaper } from "./poster/index.js";
