/**
 * What the Node side of the indicator-panel bench and its pages in Chromium share: the data each page draws, the
 * API a page exposes, and the timings it reports (the timeline bench's {@link FrameTiming}: from the call until
 * the frame after the last DOM change is painted). Types and constants only, so both the suite (tsx in Node) and
 * the page bundles (esbuild) import it without pulling code across.
 */
import type { Workspace } from "@systemledning/core/workspace";
import type { FrameTiming } from "../timeline/protocol.js";

export type { FrameTiming };

/**
 * The host's width: the same layout box for both candidates, inside the 1280 px viewport. At this width our
 * panel's grid has three columns whose cards, after their padding, draw each SVG at {@link CHART_SIZE}'s width;
 * recharts' grid has three columns too.
 */
export const HOST_WIDTH = 1232;

/**
 * The size of each small chart, the same on both sides: our panel's own (its SVG's viewBox, drawn at the width of
 * its grid's column, three to a row in this host), given to recharts as its fixed `width` and `height`. Each page
 * reports the box its first chart was drawn in, so a difference would show in the suite's table.
 */
export const CHART_SIZE = { width: 360, height: 190 } as const;

/** Our page's data: the workspace a host holds, and what the panel is asked to show. */
export interface OursPanelData {
  readonly workspace: Workspace;
  readonly leadershipId: string;
  readonly asOf: string;
  readonly indicatorIds: readonly string[];
  readonly organisationCodes: readonly string[];
}

/** One line of a recharts chart: an organisation's series, its key in the rows, and whether it is drawn bold. */
export interface PeerSeries {
  /** The row key of its values: `o<code>` (a key that is not a number, so no library reads it as an index). */
  readonly key: string;
  readonly name: string;
  /** The county and the country: bold, with a direct label; the municipalities muted. */
  readonly emphasis: boolean;
}

/** One indicator as recharts takes it: a row per year, a value (or null: a gap) per series. */
export interface PeerIndicator {
  readonly id: string;
  readonly title: string;
  readonly unit: string;
  readonly rows: readonly Readonly<Record<string, string | number | null>>[];
  /** `<series key>|<year>` of every preliminary value, drawn as a hollow point. */
  readonly preliminary: readonly string[];
}

/** The recharts page's data: the same values, grouped under each delmål, with the same series. */
export interface PeerPanelData {
  readonly goals: readonly {
    readonly id: string;
    readonly title: string;
    readonly indicators: readonly PeerIndicator[];
  }[];
  readonly series: readonly PeerSeries[];
  readonly chart: typeof CHART_SIZE;
}

/** The data files a page can load. */
export type PanelDataName = "ours" | "recharts";

/** The API a bench page exposes as `window.__indicatorPanelBench`. */
export interface IndicatorPanelBenchPage {
  /** Fetch `/<name>.json` (untimed); resolves when the page can mount. */
  readonly load: (name: PanelDataName) => Promise<void>;
  /** Mount the candidate into a fresh host, timed (`entries` is the number of series lines drawn, `clusters` the charts, `window` the first chart's box, `360 × 190`). */
  readonly mount: () => Promise<FrameTiming>;
  /** From navigation start until the page's module had run (fetch, parse, compile, evaluate its bundle). */
  readonly bundleReadyMs: () => number;
}

declare global {
  interface Window {
    __indicatorPanelBench?: IndicatorPanelBenchPage;
  }
}
