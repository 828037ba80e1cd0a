/**
 * The layered layout of the graph the map shows (the full graph folded by its open groups): every part as wide
 * as its label, rows as wide as the frame's shape asks, so that the picture fitted to the frame is as large as
 * it can be and no two labels of a row overlap. Also the estimate of that fit from the bands' widths alone,
 * which the auto fold (fit-folds.ts) runs once per trial instead of a whole layout.
 */
import { toLayoutGraph, type SystemGraphShape } from "./from-system-graph.js";
import { groupLabel, MAP_LABEL_FONT_PX, measureMapLabel } from "./labels.js";
import { layoutLayered, type LayeredLayoutOptions } from "./layered.js";
import { bandRows } from "./rows.js";
import type { GraphLayout, LayoutGraph, LayoutNode } from "./types.js";

/**
 * Room the map's fit keeps around the parts' centres, in map units: the band labels left of a layered map, half
 * a label beside the outer parts, the marks above the top row and a label's lines below the bottom one. The
 * same as `SystemMapFigure`'s fit, so the estimate is the fit the reader sees.
 */
export const MAP_FIT_MARGIN = { left: 200, right: 70, top: 36, bottom: 44 } as const;

/** The fit's scale is at most this, and leaves this share of the frame free (`useMapZoom`). */
const FIT_MAX_SCALE = 4;
const FIT_SHARE = 0.95;

/** The widest shape a part is drawn with (a leadership's ◆, radius 22): no part is narrower. */
const SHAPE_WIDTH = 44;

/** A shown graph as {@link layoutShownGraph} reads it: the layout's shape, with the labels to measure. */
export interface ShownGraphShape extends SystemGraphShape {
  readonly nodes: readonly (SystemGraphShape["nodes"][number] & {
    readonly label: string;
    readonly members?: readonly string[] | undefined;
  })[];
}

/** Options of {@link layoutShownGraph}. */
export interface ShownLayoutOptions {
  /** Font size of the parts' labels in map units. @default MAP_LABEL_FONT_PX (12) */
  readonly fontPx?: number | undefined;
  /** The frame the map is fitted into, in CSS px: rows wrap to come near its shape. @default 1280 × 800 */
  readonly viewport?: { readonly width: number; readonly height: number } | undefined;
  /** Clear room between two labels of a row. @default 12 */
  readonly gap?: number | undefined;
}

/** The spacing the shown graph is laid out with: room for two lines of label under each row. */
const ROW_SPACING = 84;
const BAND_PADDING = 44;
/** Rows wrap by width; the count limit is only there so no row of tiny parts runs away. */
const MAX_ROW_NODES = 400;

/** The width a part takes in its row: its label's (see {@link groupLabel}) or its shape's, the wider. */
export function shownNodeWidth(node: ShownGraphShape["nodes"][number], fontPx: number = MAP_LABEL_FONT_PX): number {
  return Math.max(SHAPE_WIDTH, measureMapLabel(groupLabel(node), fontPx).width);
}

/** The scale at which a box of `width` × `height` map units, with the fit's margins, fits `viewport`. */
export function fitScale(
  width: number,
  height: number,
  viewport: { readonly width: number; readonly height: number },
): number {
  const fullWidth = Math.max(1, width + MAP_FIT_MARGIN.left + MAP_FIT_MARGIN.right);
  const fullHeight = Math.max(1, height + MAP_FIT_MARGIN.top + MAP_FIT_MARGIN.bottom);
  return Math.min(FIT_MAX_SCALE, FIT_SHARE * Math.min(viewport.width / fullWidth, viewport.height / fullHeight));
}

/** What {@link estimateBandsFit} finds: the row width to lay out with, and the fit it gives. */
export interface BandsFit {
  readonly maxRowWidth: number;
  /** Estimated extent of the parts' centres, in map units, and the fit's scale. */
  readonly width: number;
  readonly height: number;
  readonly scale: number;
}

/**
 * The best fit of bands whose parts have `bandWidths` (per band, the parts' widths in order; an empty band keeps
 * its height) into `viewport`: tries row widths from the widest band's down by a sixth at a time, sizes every
 * band's rows as the layout will ({@link bandRows}), and keeps the row width whose picture fits largest (the
 * widest of equals). Linear in the parts per trial, a few dozen trials: no layout is run.
 *
 * @example
 * estimateBandsFit([[80, 90], [70, 70, 70]], { width: 1280, height: 800 }).scale
 */
export function estimateBandsFit(
  bandWidths: readonly ArrayLike<number>[],
  viewport: { readonly width: number; readonly height: number },
  gap = 12,
): BandsFit {
  const rules = (maxRowWidth: number, widths: ArrayLike<number>) => ({
    widths,
    spacing: 0,
    gap,
    maxRowNodes: MAX_ROW_NODES,
    maxRowWidth,
  });
  let widest = 0;
  let widestNode = SHAPE_WIDTH;
  for (const widths of bandWidths) {
    let sum = 0;
    for (let i = 0; i < widths.length; i++) {
      sum += widths[i]! + (i > 0 ? gap : 0);
      widestNode = Math.max(widestNode, widths[i]!);
    }
    widest = Math.max(widest, sum);
  }
  const measure = (maxRowWidth: number): BandsFit => {
    let width = 0;
    let height = 0;
    for (const widths of bandWidths) {
      const rows = bandRows(widths.length, rules(maxRowWidth, widths));
      for (const span of rows.span) width = Math.max(width, span);
      height += 2 * BAND_PADDING + Math.max(0, rows.span.length - 1) * ROW_SPACING;
    }
    return { maxRowWidth, width, height, scale: fitScale(width, height, viewport) };
  };
  let best = measure(Math.max(widest, widestNode));
  for (let rowWidth = widest / 1.2; rowWidth >= widestNode; rowWidth /= 1.2) {
    const trial = measure(rowWidth);
    if (trial.scale > best.scale) best = trial;
  }
  return best;
}

/** The layout graph and options {@link layoutShownGraph} lays out: for running it elsewhere (a worker). */
export interface ShownLayoutPlan {
  readonly graph: LayoutGraph;
  readonly options: LayeredLayoutOptions;
  /** The estimated fit of the result. */
  readonly fit: BandsFit;
}

/**
 * The layout graph of a shown graph with every part's width, and the options that wrap its bands for the
 * viewport: what {@link layoutShownGraph} runs, for a caller that runs it in a worker (`runLayeredLayout`).
 *
 * @example
 * const plan = planShownLayout(shown, { viewport: { width: 1280, height: 800 } });
 * const task = runLayeredLayout(plan.graph, plan.options);
 */
export function planShownLayout(shown: ShownGraphShape, options: ShownLayoutOptions = {}): ShownLayoutPlan {
  const fontPx = options.fontPx ?? MAP_LABEL_FONT_PX;
  const gap = options.gap ?? 12;
  const base = toLayoutGraph(shown);
  const nodes = base.nodes.map((node, index): LayoutNode => {
    const shownNode = shown.nodes[index]!;
    return node.band === true ? node : { ...node, width: shownNodeWidth(shownNode, fontPx) };
  });
  const bandCount = Math.max(shown.levels.length, ...nodes.map((node) => Math.floor(node.level) + 1));
  const bandWidths: number[][] = Array.from({ length: Math.max(0, bandCount) }, () => []);
  for (const node of nodes) {
    if (node.band !== true && node.level >= 0 && node.level < bandCount)
      bandWidths[Math.floor(node.level)]!.push(node.width!);
  }
  const fit = estimateBandsFit(bandWidths, options.viewport ?? { width: 1280, height: 800 }, gap);
  return {
    graph: { ...base, nodes },
    options: {
      rowSpacing: ROW_SPACING,
      bandPadding: BAND_PADDING,
      gap,
      maxRowWidth: fit.maxRowWidth,
      maxRowNodes: MAX_ROW_NODES,
    },
    fit,
  };
}

/**
 * The layered layout of a shown graph (the map's and the poster's): each part as wide as its label at `fontPx`
 * (two lines at most, {@link measureMapLabel}), no two labels of a row closer than `gap`, and bands wrapped
 * into rows so the picture fitted to `viewport` is as large as it can be. Deterministic.
 *
 * @example
 * const layout = layoutShownGraph(foldSystemGraph(graph, groups, open), { fontPx: 12 });
 */
export function layoutShownGraph(shown: ShownGraphShape, options: ShownLayoutOptions = {}): GraphLayout {
  const plan = planShownLayout(shown, options);
  return layoutLayered(plan.graph, plan.options);
}
