/**
 * What the Node side of the timeline-view bench and its pages in Chromium share: the data each page draws,
 * the interactions the driver asks for, the timings a page reports, and the two sizes of the layout. Types
 * and constants only, so both the suite (tsx in Node) and the page bundles (esbuild) import it without
 * pulling code across.
 */
import type { TimelineLane, TimelineZoom } from "@systemledning/react";

/** The host's width: the same layout box for both candidates, inside the 1280 px viewport. */
export const HOST_WIDTH = 1200;
/** vis-timeline's fixed height: what fits under the page's top in the 900 px viewport. */
export const VIS_HEIGHT_PX = 800;

/** The data of our page at one size: the lanes as `groupTimeline(…, { by: "forum" })` gives them. */
export interface OursTimelineData {
  readonly items: number;
  /** Today for the timeline (marked, and the period the zoom buttons go to). */
  readonly asOf: string;
  /** A day in the year shown first. */
  readonly anchor: string;
  readonly lanes: readonly TimelineLane[];
}

/** One vis-timeline group: a lane. */
export interface VisGroupData {
  readonly id: string;
  readonly content: string;
}

/**
 * One vis-timeline item: the same item, in its lane, on its day (a span ends the day after its last day, as
 * vis-timeline's `end` is exclusive), with the same label our timeline writes beside its marker.
 */
export interface VisItemData {
  readonly id: string;
  readonly group: string;
  readonly start: string;
  readonly end?: string;
  readonly type: "point" | "range";
  readonly content: string;
}

/** The data of the vis-timeline page at one size: the same lanes and items. */
export interface VisTimelineData {
  readonly items: readonly VisItemData[];
  readonly groups: readonly VisGroupData[];
  readonly asOf: string;
  readonly anchor: string;
}

/**
 * A change of what the timeline shows, as the driver asks for it:
 * - `zoom`: to a zoom level, around today when today is in view (as our zoom buttons do);
 * - `period`: the period before (−1) or after (+1) at the same zoom (our "Föregående/Nästa period");
 * - `pan`: one drag step of `px` pixels (vis-timeline's drag; our timeline has no drag, so the suite times
 *   our period change beside it instead and says so).
 */
export type TimelineOperation =
  | { readonly type: "zoom"; readonly zoom: TimelineZoom }
  | { readonly type: "period"; readonly step: -1 | 1 }
  | { readonly type: "pan"; readonly px: number };

/** How long one mount or one interaction took, in milliseconds measured in the page with `performance.now()`. */
export interface FrameTiming {
  /** The synchronous call: `flushSync(root.render(…))`, `new DataSet(…)` + `new Timeline(…)`, a click, a `setWindow`. */
  readonly sync: number;
  /**
   * From the call until the frame after the last change to the DOM has been painted: the first task after that
   * frame's rendering (style, layout, paint, commit). Later tasks and frames count when the view changes in
   * them (vis-timeline redraws in animation frames and timeouts); the vsync wait between them counts too,
   * but every call starts inside an animation frame's callback, so no wait for a first frame is counted.
   */
  readonly total: number;
  /** Frames after the call's own frame in which the DOM still changed. */
  readonly extraFrames: number;
  /** Items and clusters on screen when done (in the DOM: ours lays out every lane, vis-timeline only the groups in its viewport). */
  readonly entries: number;
  /** Of `entries`, the "+N" clusters (ours). */
  readonly clusters: number;
  /** The period in view when done, `YYYY-MM-DD–YYYY-MM-DD` (a check that both show the same). */
  readonly window: string;
}

/** The API a bench page exposes as `window.__timelineBench`. */
export interface TimelineBenchPage {
  /** Fetch the data of `size` items (untimed); resolves when the page can measure. */
  readonly load: (size: number) => Promise<void>;
  /** Mount the candidate into a fresh host, timed; it stays mounted for {@link TimelineBenchPage.operate}. */
  readonly mount: () => Promise<FrameTiming>;
  /** One interaction on the mounted timeline, timed. */
  readonly operate: (operation: TimelineOperation) => Promise<FrameTiming>;
  /** Unmount and remove the host (untimed). */
  readonly unmount: () => Promise<void>;
  /** From navigation start until the page's module had run (fetch, parse, compile, evaluate its bundle). */
  readonly bundleReadyMs: () => number;
}

declare global {
  interface Window {
    __timelineBench?: TimelineBenchPage;
  }
}
