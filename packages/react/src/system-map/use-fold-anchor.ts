/**
 * What keeps the reader's place while the map's folds change (design of issue 20, contract 3): the semantic
 * zoom step (each further zoom of {@link FOLD_ZOOM_STEP} past the last fit gives the folds a larger frame, so more
 * groups open), and the part that stays where it was on screen when a fold changes the layout (a group's first
 * member after Enter opened it: `useMapReveal` asks for it and then focuses the part once it is drawn).
 */
import { zoomIdentity, type ZoomTransform } from "d3-zoom";
import { useCallback, useRef } from "react";
import type { GraphLayout } from "./layout/types.js";
import { FOLD_ZOOM_STEP } from "./use-map-folds.js";

/** A part to keep at a place on screen, taken on the layout it was drawn in. */
interface FoldAnchor {
  readonly id: string;
  readonly screenX: number;
  readonly screenY: number;
  readonly k: number;
  readonly layout: GraphLayout;
}

/** What {@link useFoldAnchor} gives the map. */
export interface FoldAnchoring {
  /** For `useMapZoom`: called on each drawn transform, it moves the step when the zoom passes one. */
  readonly onDraw: (transform: ZoomTransform, fitScale: number) => void;
  /** For `useMapZoom`: the transform that keeps the anchored part in place on a new layout, else null (fit). */
  readonly placement: () => ZoomTransform | null;
  /** Keep the part `id` (a full-graph id) where the shown node at `index` is drawn now, at the current zoom. */
  readonly keep: (id: string, index: number, transform: ZoomTransform) => void;
}

/**
 * The fold anchoring of a map whose parts are `nodes` laid out by `layout`; `indexOfPart` finds the shown node
 * that stands for a full-graph id; `stopIndex` is the part with the tab stop (the part kept in place on a
 * semantic zoom step).
 *
 * @example
 * const anchoring = useFoldAnchor({ layout, nodes, stopIndex, indexOfPart, setZoomStep });
 * const zoomApi = useMapZoom(frame, stage, svg, group, viewport, bounds, anchoring);
 */
export function useFoldAnchor(options: {
  readonly layout: GraphLayout | null;
  readonly nodes: readonly { readonly id: string; readonly members?: readonly string[] | undefined }[];
  readonly stopIndex: number;
  readonly indexOfPart: (id: string) => number | undefined;
  /** Sets the semantic zoom step (state of the map, which the folds read before the layout exists). */
  readonly setZoomStep: (step: number) => void;
}): FoldAnchoring {
  const { layout, nodes, stopIndex, indexOfPart, setZoomStep } = options;
  const anchor = useRef<FoldAnchor | null>(null);
  // The scale of the last fit: steps count from it, not from the fit of a layout a step has enlarged (which
  // would move the step again, and again).
  const fitScale = useRef<number | null>(null);
  const stepRef = useRef(0);

  const keep = useCallback(
    (id: string, index: number, transform: ZoomTransform) => {
      if (layout === null) return;
      const [screenX, screenY] = transform.apply([layout.positions[2 * index]!, layout.positions[2 * index + 1]!]);
      anchor.current = { id, screenX, screenY, k: transform.k, layout };
    },
    [layout],
  );
  const onDraw = (transform: ZoomTransform, fit: number) => {
    const fitted = Math.abs(transform.k - fit) < 1e-9;
    if (fitted) fitScale.current = fit;
    const reference = fitScale.current ?? fit;
    const step = Math.max(0, Math.floor(Math.log(transform.k / reference) / Math.log(FOLD_ZOOM_STEP) + 1e-6));
    if (step === stepRef.current) return;
    stepRef.current = step;
    // A zoom (not a fit) keeps the part with the tab stop in place while the folds follow it.
    const node = nodes[stopIndex];
    if (!fitted && node !== undefined) keep(node.members?.[0] ?? node.id, stopIndex, transform);
    setZoomStep(step);
  };
  const placement = (): ZoomTransform | null => {
    const kept = anchor.current;
    if (kept === null || layout === null || kept.layout === layout) return null;
    anchor.current = null;
    const index = indexOfPart(kept.id);
    if (index === undefined) return null;
    const x = layout.positions[2 * index]!;
    const y = layout.positions[2 * index + 1]!;
    return zoomIdentity.translate(kept.screenX - kept.k * x, kept.screenY - kept.k * y).scale(kept.k);
  };
  return { onDraw, placement, keep };
}
