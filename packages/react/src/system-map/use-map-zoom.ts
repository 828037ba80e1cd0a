/**
 * Pan and zoom of the system map with d3-zoom, without a React render per frame. At rest the transform is an
 * SVG attribute on the map's group. During a gesture (a drag, a pinch, a Ctrl+wheel) each frame only sets a
 * CSS transform on the stage, the box around the SVG, which has a compositor layer of its own: the browser moves
 * the picture it already has instead of drawing thousands of parts again, so a large map follows the pointer at
 * the display's rate. Not on the SVG itself: Chromium lays out every text of an SVG again when the SVG's own
 * transform changes, many frames' budget on a national map (the system-map bench). When the gesture ends or
 * pauses, the transform is written onto the group and the map drawn once, sharp and with its level of detail
 * (minor edges fade when the map is small; labels leave only when too small to read, which the folds prevent at
 * a fit: use-map-folds.ts). A CSS transform set through the CSSOM is not an inline style attribute: a strict CSP
 * (`style-src 'self'`) allows it. d3-zoom listens on the frame around the stage, so the moving stage never
 * shifts the pointer's coordinates. Zoom changes are instant: no animation, so reduced motion holds (A10).
 */
import { select } from "d3-selection";
import { zoom, zoomIdentity, type ZoomBehavior, type ZoomTransform } from "d3-zoom";
import { useCallback, useMemo, useRef, type RefObject } from "react";
import { useClientLayoutEffect } from "../primitives/use-client-layout-effect.js";
import { MAP_LABEL_FONT_PX } from "./layout/labels.js";

/** The map's extent in map units. */
export interface MapBounds {
  readonly minX: number;
  readonly minY: number;
  readonly maxX: number;
  readonly maxY: number;
}

/** What {@link useMapZoom} gives the map. */
export interface MapZoom {
  readonly zoomBy: (factor: number) => void;
  readonly fit: () => void;
  /** Pan so that a point (map units) is in view, without zooming, when it is not. */
  readonly ensureVisible: (x: number, y: number) => void;
  /** The current transform, read when exporting. */
  readonly current: () => ZoomTransform;
}

/** What the map does beside zooming: follow the drawn scale, and place a new layout where the reader was. */
export interface MapZoomOptions {
  /** Called with each transform drawn and the scale a fit would draw at. */
  readonly onDraw?: ((transform: ZoomTransform, fitScale: number) => void) | undefined;
  /** When the bounds change: the transform to draw instead of a fit (null: fit). */
  readonly placement?: (() => ZoomTransform | null) | undefined;
  /**
   * Whether the SVG is drawn (default true): the map draws it only once the frame is measured, and the zoom is
   * wired to it when it appears, even if nothing else changed.
   */
  readonly drawn?: boolean | undefined;
}

/** Below this scale minor edges fade. */
const MINOR_EDGES_FROM = 0.3;
/**
 * Labels drawn smaller than this on screen (CSS px) are left out: such text cannot be read, and laying out and
 * painting thousands of unreadable labels is most of what a national map without folds costs. The auto fold keeps
 * labels at 11 px or more at a fit (fit-folds.ts), so this hides them only on a map zoomed far out or never folded.
 */
const LABELS_FROM_PX = 6;
/** A gesture that pauses this long is drawn sharp, as at its end. */
const SETTLE_MS = 160;

/**
 * Wire d3-zoom to the map's frame, the stage inside it that moves during a gesture, the SVG and the SVG's map
 * group. `viewport` is the SVG's size in its own user units (the viewBox), which are the frame's CSS pixels: the
 * SVG fills the frame's content box.
 *
 * @example
 * const zoomApi = useMapZoom(frameRef, stageRef, svgRef, groupRef, { width: 1200, height: 800 }, layout.bounds);
 */
export function useMapZoom(
  frameRef: RefObject<HTMLElement | null>,
  stageRef: RefObject<HTMLElement | null>,
  svgRef: RefObject<SVGSVGElement | null>,
  groupRef: RefObject<SVGGElement | null>,
  viewport: { readonly width: number; readonly height: number },
  bounds: MapBounds,
  options: MapZoomOptions = {},
): MapZoom {
  const { onDraw, placement, drawn: svgDrawn = true } = options;
  const behaviour = useRef<ZoomBehavior<HTMLElement, unknown> | null>(null);
  const transform = useRef<ZoomTransform>(zoomIdentity);
  // A ref, so a new callback each render does not install the zoom again (which would re-fit the map).
  const onDrawRef = useRef(onDraw);
  const placementRef = useRef(placement);
  useClientLayoutEffect(() => {
    onDrawRef.current = onDraw;
    placementRef.current = placement;
  });

  const fitTransform = useCallback((): ZoomTransform => {
    const width = Math.max(1, bounds.maxX - bounds.minX);
    const height = Math.max(1, bounds.maxY - bounds.minY);
    const scale = Math.min(4, 0.95 * Math.min(viewport.width / width, viewport.height / height));
    const x = viewport.width / 2 - scale * (bounds.minX + width / 2);
    const y = viewport.height / 2 - scale * (bounds.minY + height / 2);
    return zoomIdentity.translate(x, y).scale(scale);
  }, [bounds, viewport]);

  // A layout effect: the fitted transform is on the group before the first paint, so a large map is drawn once.
  useClientLayoutEffect(() => {
    const frame = frameRef.current;
    const stage = stageRef.current;
    const svg = svgRef.current;
    const group = groupRef.current;
    if (frame === null || stage === null || svg === null || group === null) return;
    let drawn = zoomIdentity;
    let settleTimer: ReturnType<typeof setTimeout> | undefined;
    const draw = () => {
      clearTimeout(settleTimer);
      const next = transform.current;
      drawn = next;
      group.setAttribute("transform", next.toString());
      stage.style.removeProperty("transform");
      // Band labels divide their size by the scale (system-map.css), so they stay readable however small the map.
      svg.style.setProperty("--sl-map-scale", String(next.k));
      svg.classList.toggle("sl-map-lod-edges", next.k < MINOR_EDGES_FROM);
      svg.classList.toggle("sl-map-lod-labels", next.k * MAP_LABEL_FONT_PX < LABELS_FROM_PX);
      onDrawRef.current?.(next, fitScale);
    };
    // The picture drawn at `drawn`, moved and scaled by the compositor to show `transform.current`.
    const fitScale = fitTransform().k;
    const preview = () => {
      const next = transform.current;
      const ratio = next.k / drawn.k;
      stage.style.transform = `translate(${next.x - ratio * drawn.x}px,${next.y - ratio * drawn.y}px) scale(${ratio})`;
      clearTimeout(settleTimer);
      settleTimer = setTimeout(draw, SETTLE_MS);
    };
    const zoomBehaviour = zoom<HTMLElement, unknown>()
      // The extent is given, not read from the element: the SVG's user units, and no layout read needed.
      .extent([
        [0, 0],
        [viewport.width, viewport.height],
      ])
      .scaleExtent([0.05, 8])
      // Keys are the map's own (on its nodes); the wheel zooms only with Ctrl, so the page still scrolls; a press
      // on a part is a click on it, not the start of a pan.
      .filter((event: Event) => {
        if (event.type === "wheel") return (event as WheelEvent).ctrlKey || (event as WheelEvent).metaKey;
        if (event.target instanceof Element && event.target.closest(".sl-map-node") !== null) return false;
        return !(event as MouseEvent).button;
      })
      .on("zoom", (event: { transform: ZoomTransform; sourceEvent: Event | null }) => {
        transform.current = event.transform;
        // A pointer or wheel moves the picture; buttons, keys and the fit draw at once.
        if (event.sourceEvent === null) draw();
        else preview();
      })
      .on("end", () => draw());
    behaviour.current = zoomBehaviour;
    const selection = select(frame);
    selection.call(zoomBehaviour).on("dblclick.zoom", null);
    zoomBehaviour.transform(selection, placementRef.current?.() ?? fitTransform());
    return () => {
      clearTimeout(settleTimer);
      selection.on(".zoom", null);
    };
    // svgDrawn: the refs are the same objects before and after the SVG appears, so it is said in a dependency.
  }, [frameRef, stageRef, svgRef, groupRef, fitTransform, viewport, svgDrawn]);

  const zoomBy = useCallback(
    (factor: number) => {
      const frame = frameRef.current;
      if (frame !== null && behaviour.current !== null)
        behaviour.current.scaleBy(select(frame), factor, [viewport.width / 2, viewport.height / 2]);
    },
    [frameRef, viewport],
  );
  const fit = useCallback(() => {
    const frame = frameRef.current;
    if (frame !== null && behaviour.current !== null) behaviour.current.transform(select(frame), fitTransform());
  }, [frameRef, fitTransform]);
  const ensureVisible = useCallback(
    (x: number, y: number) => {
      const frame = frameRef.current;
      if (frame === null || behaviour.current === null) return;
      const [screenX, screenY] = transform.current.apply([x, y]);
      const margin = 40;
      if (
        screenX >= margin &&
        screenX <= viewport.width - margin &&
        screenY >= margin &&
        screenY <= viewport.height - margin
      )
        return;
      behaviour.current.translateTo(select(frame), x, y);
    },
    [frameRef, viewport],
  );
  // One object while its functions stay the same, so the map's memoised parts are not drawn again on each render.
  return useMemo(
    () => ({ zoomBy, fit, ensureVisible, current: () => transform.current }),
    [zoomBy, fit, ensureVisible],
  );
}
