/**
 * The in-page half of the indicator-panel bench, bundled into each page: a page entry registers its candidate
 * (ours or recharts), and the Node driver calls `window.__indicatorPanelBench` to time its first paint. Both go
 * through the same code and the timeline bench's frame timing (`time`: from a call made at the start of an
 * animation frame until the frame after the last DOM change is painted), so a difference in the numbers is a
 * difference between the two.
 */
import { time } from "../timeline/page.js";
import { HOST_WIDTH, type IndicatorPanelBenchPage, type PanelDataName } from "./protocol.js";

/** A panel as mounted by a candidate: what it has drawn so far. */
export interface MountedPanel {
  /** The series lines drawn (a path per organisation and indicator, a gap splitting none). */
  readonly lines: () => number;
  /** The charts drawn (an SVG per indicator). */
  readonly charts: () => number;
  /** The first chart's SVG, to report the box it was drawn in. */
  readonly firstChart: () => Element | null;
  /** True once every chart is drawn (recharts may finish after the first commit). */
  readonly ready: () => boolean;
}

/** A panel under test, as a page entry registers it. */
export interface PanelCandidate<TData> {
  /** Start the mount into `host` synchronously (`createRoot` and a flushed render). */
  readonly mount: (host: HTMLElement, data: TData) => MountedPanel;
}

/**
 * Register the page's candidate; called by the page entry at the end of its module, so the moment it runs is
 * when the whole bundle (React, the kit or recharts) has been evaluated.
 */
export function registerPanelCandidate<TData>(candidate: PanelCandidate<TData>): void {
  const bundleReadyMs = performance.now();
  let data: TData | undefined;
  let mounted = false;
  const api: IndicatorPanelBenchPage = {
    bundleReadyMs: () => bundleReadyMs,
    async load(name: PanelDataName) {
      const response = await fetch(`/${name}.json`);
      data = (await response.json()) as TData;
    },
    async mount() {
      if (data === undefined) throw new Error("load() first");
      if (mounted) throw new Error("one mount per page: the bench measures cold pages");
      mounted = true;
      const loaded = data;
      const host = document.createElement("div");
      host.style.width = `${HOST_WIDTH}px`;
      document.body.append(host);
      let panel: MountedPanel | undefined;
      return time(
        host,
        () => {
          panel = candidate.mount(host, loaded);
        },
        () => panel?.ready() ?? false,
        () => ({ entries: panel?.lines() ?? 0, clusters: panel?.charts() ?? 0 }),
        () => {
          const box = panel?.firstChart()?.getBoundingClientRect();
          return box === undefined ? "none" : `${Math.round(box.width)} × ${Math.round(box.height)}`;
        },
      );
    },
  };
  window.__indicatorPanelBench = api;
}
