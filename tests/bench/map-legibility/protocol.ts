/**
 * What the Node side of the map-legibility bench and its page in Chromium share: types only, so the suite (tsx)
 * and the page bundle (esbuild) both import it without pulling code across.
 */
import type { SystemGraph } from "@systemledning/core/system-map";

/** The page's data: a national map and the group it opens and closes. */
export interface ToggleData {
  readonly graph: SystemGraph;
  /** Id of a group of the core's `getSystemGroups(graph)` with at least 200 parts. */
  readonly groupId: string;
  /** The frame the auto fold and the shown layout are computed for. */
  readonly viewport: { readonly width: number; readonly height: number };
}

/** One open or close, in ms measured in the page from the press (the start of an animation frame's callback). */
export interface ToggleTiming {
  /** `foldSystemGraph` with the group added to (or taken from) the open set. */
  readonly foldMs: number;
  /** `layoutShownGraph` of the new shown graph. */
  readonly layoutMs: number;
  /** `flushSync` render of `SystemMap` with the new graph and layout. */
  readonly renderMs: number;
  /** From the press to the end of the frame that painted it (the first task after that frame). */
  readonly paintedMs: number;
  /** Parts drawn after it (nodes in the DOM). */
  readonly drawn: number;
}

/** The page's API for the driver. */
export interface MapLegibilityBenchPage {
  load(): Promise<{ readonly groupSize: number; readonly shownClosed: number; readonly shownOpen: number }>;
  /** Open the group when closed, close it when open; resolves once the frame with it has been painted. */
  toggle(): Promise<ToggleTiming>;
}

declare global {
  interface Window {
    __mapLegibilityBench?: MapLegibilityBenchPage;
  }
}
