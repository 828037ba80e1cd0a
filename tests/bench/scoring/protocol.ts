/**
 * What the Node side of the scoring bench and its pages in Chromium share: the data a page draws, and the
 * timings a page reports. Types only, so both the suite (tsx in Node) and the page bundles (esbuild) import
 * it without pulling code across.
 */
import type { RoundResult } from "@systemledning/core/assessment";
import type { GoalLike } from "@systemledning/react";

/** One bin of a peer's bar chart: the same numbers as `result.items[i].distribution.bins[j]`. */
export interface PeerBin {
  /** The x-axis label: "1", "1,5" … "5", as our chart prints it. */
  readonly label: string;
  readonly value: number;
  readonly count: number;
}

/** One small multiple of a peer: an item's title and its bins. */
export interface PeerPanel {
  readonly itemId: string;
  readonly title: string;
  readonly bins: readonly PeerBin[];
}

/** Pixel size of one histogram as our chart lays it out on the bench page; the peers draw at the same size. */
export interface PanelSize {
  readonly width: number;
  readonly height: number;
}

/** Everything a bench page draws, served to it as /data.json. */
export interface ScoringBenchData {
  /** The round's result from `aggregateRound`, through JSON (what a host would fetch or compute). */
  readonly result: RoundResult;
  readonly goals: readonly GoalLike[];
  /** The same bins for recharts and nivo. */
  readonly panels: readonly PeerPanel[];
  /** The largest count of any bin: the peers share one count axis, as our small multiples do. */
  readonly maxCount: number;
  /** The width of the page's host element, which fixes the small multiples' grid (three 320 px columns). */
  readonly hostWidth: number;
  /** Filled in after our chart has been laid out once (calibration); until then the peers use 320 × 196. */
  readonly panelSize: PanelSize;
}

/**
 * The phases of one mount, in milliseconds, measured in the page with `performance.now()`:
 * `render` is the synchronous `flushSync(() => root.render(…))`; `passes` runs from there until every
 * expected bar element exists (recharts and nivo render in several passes through effects); `layout` is a
 * forced layout (`document.body.offsetHeight`); `paint` runs from the next animation frame's callback to the
 * first task after that frame (its style, layout, paint and commit). The wait for that frame (vsync, up to
 * 16.7 ms, the same lottery for every candidate) is `vsyncWait` and is left out of `total`.
 */
export interface MountTiming {
  readonly render: number;
  readonly passes: number;
  readonly layout: number;
  readonly paint: number;
  readonly vsyncWait: number;
  /** `render + passes + layout + paint`. */
  readonly total: number;
  /** Bar elements found (a check that the chart is complete). */
  readonly bars: number;
}

/** What a cold page reports: its first mount, and when its bundle had been evaluated. */
export interface ColdSample {
  readonly timing: MountTiming;
  /** From navigation start until the candidate's module had run (fetch, parse, compile, evaluate its bundle). */
  readonly bundleReadyMs: number;
  /** The first histogram's size in CSS pixels, as laid out. */
  readonly panelSize: PanelSize;
}

/** The API a bench page exposes as `window.__scoringBench`. */
export interface ScoringBenchPage {
  /** Names of the candidates this page's bundle registered. */
  readonly candidates: () => readonly string[];
  /** Fetch /data.json (untimed); resolves when the page can measure. */
  readonly load: (panelSize?: PanelSize) => Promise<void>;
  /** The first mount of `name` on this page, timed. */
  readonly cold: (name: string) => Promise<ColdSample>;
  /**
   * Warm re-mounts: `warmup` untimed mounts of each candidate, then `iterations` rounds in which every
   * candidate in turn is mounted into a fresh container, timed, and unmounted (A, B, C, A, B, C …).
   */
  readonly warm: (
    names: readonly string[],
    warmup: number,
    iterations: number,
  ) => Promise<Readonly<Record<string, readonly MountTiming[]>>>;
}

declare global {
  interface Window {
    __scoringBench?: ScoringBenchPage;
  }
}
