/**
 * What the Node side of the map-legibility bench and its page in Chromium share: types only, so the suite (tsx)
 * and the page bundle (esbuild) both import it without pulling code across.
 */
import type { SystemGraph } from "@systemledning/core/system-map";

/** The page's data: a national map and the group the reader opens and folds again. */
export interface ToggleData {
  readonly graph: SystemGraph;
  /** A group of the core's `getSystemGroups(graph)` with at least 200 parts: its label and size find its node. */
  readonly groupLabel: string;
  readonly groupSize: number;
}

/** One press, in ms measured in the page from the press (dispatched at the start of an animation frame). */
export interface ToggleTiming {
  /** The event's handling, React's work included (synchronous for a key press or a click). */
  readonly handlerMs: number;
  /** From the press to the end of the first frame painted with any change in the DOM (the press's first answer). */
  readonly answeredMs: number;
  /** From the press to the end of the first frame painted with the new parts in the DOM (the map redrawn). */
  readonly paintedMs: number;
  /** From the press until the DOM had not changed for two frames (the kept place, the focus moved). */
  readonly settledMs: number;
  /** Parts drawn after it (nodes in the DOM). */
  readonly drawn: number;
}

/**
 * Where a press comes from: `"frame"`, at an animation frame's start (that frame's rendering follows it at once);
 * `"task"`, in a task of its own, as the browser delivers a key press or a click.
 */
export type PressMode = "frame" | "task";

/** The page's API for the driver. */
export interface MapLegibilityBenchPage {
  /** Mount the map (untimed), fold every group, open the group and fold it again once (untimed). */
  load(): Promise<{ readonly folded: number; readonly opened: number; readonly frame: string }>;
  /** Enter on the folded group's node (it opens), or "Fäll ihop alla" when it is open, pressed as `mode` says. */
  toggle(mode: PressMode): Promise<ToggleTiming>;
}

declare global {
  interface Window {
    __mapLegibilityBench?: MapLegibilityBenchPage;
  }
}
