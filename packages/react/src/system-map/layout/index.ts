/**
 * The system map's layouts, as pure functions over a minimal graph (ids, levels, distances, edges): layered
 * bands for the system and hierarchy views, rings for the perspective view, and a seeded force layout run in
 * a Web Worker. Every one is deterministic: the same input gives the same coordinates (docs/quality.md R4).
 * @module
 */
export type { GraphLayout, LayoutEdge, LayoutGraph, LayoutNode } from "./types.js";
export { toLayoutGraph, type SystemGraphShape } from "./from-system-graph.js";
export { countLayerCrossings, layoutLayered, type LayeredLayoutOptions } from "./layered.js";
export { layoutRadial, type RadialLayoutOptions } from "./radial.js";
export { defaultForceIterations, layoutForce, type ForceLayoutOptions } from "./force.js";
export {
  createForceLayoutWorker,
  type ForceLayoutRunner,
  type ForceLayoutTask,
  type ForceLayoutWorkerOptions,
} from "./force-runner.js";
export { useForceLayout, type ForceLayoutState, type UseForceLayoutOptions } from "./use-force-layout.js";
export { runLayeredLayout, type LayeredLayoutTask, type LayeredRunOptions } from "./layered-runner.js";
export { LAYERED_OFF_MAIN_THREAD_FROM, useLayeredLayout } from "./use-layered-layout.js";
export { mapLayeredOptions } from "./map-options.js";
export {
  estimateLabelWidth,
  groupLabel,
  MAP_LABEL_FONT_PX,
  MAP_LABEL_LINE_EM,
  MAP_LABEL_MAX_EM,
  MAP_LABEL_MIN_PX,
  mapLabelLines,
  measureMapLabel,
  type LabelWidthOptions,
  type MapLabelBox,
} from "./labels.js";
export {
  estimateBandsFit,
  fitScale,
  layoutShownGraph,
  MAP_FIT_MARGIN,
  planShownLayout,
  shownNodeWidth,
  type BandsFit,
  type ShownGraphShape,
  type ShownLayoutOptions,
  type ShownLayoutPlan,
} from "./shown-layout.js";
export {
  measureMapLegibility,
  type LegibilityGraphShape,
  type LegibilityOptions,
  type MapLegibility,
} from "./metrics.js";
export { chooseOpenGroups, type ChooseOpenGroupsOptions, type SystemGroupsShape } from "./fit-folds.js";
