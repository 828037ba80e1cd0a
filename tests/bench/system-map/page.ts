/**
 * The in-page half of the system-map bench, bundled into each page: a page entry registers its candidates (ours
 * with the positions given and laying out itself; xyflow as documented and with `onlyRenderVisibleElements`),
 * and the Node driver calls `window.__systemMapBench` to time a mount, drag pans and (ours) the layouts. Both
 * maps go through the same code, so a difference in the numbers is a difference between the maps.
 *
 * A mount is timed as the timeline-view bench times one (tests/bench/timeline/page.ts): from a render call at the
 * start of an animation frame's callback until the frame after the last DOM change has been painted, once two
 * frames in a row changed nothing and every node is in the DOM. xyflow draws in several passes (its nodes hidden
 * until a ResizeObserver has measured them, then the edges, then the fitted viewport); ours may re-render once it
 * has measured its frame. A drag pan is one synthetic mouse move per animation frame, as a mouse delivers them.
 */
import type { LongTasks, MountTiming, PageLayoutTiming, SystemMapBenchPage } from "./protocol.js";

/** A map as mounted by a candidate. */
export interface MountedMap {
  /** True once every node is drawn (xyflow: in the DOM, measured and visible). */
  readonly ready: () => boolean;
  /** The element a drag starts on: ours its SVG (d3-zoom), xyflow its pane. */
  readonly panSurface: () => Element;
  /** The map's translation and scale now, read from the DOM (ours: the group's transform attribute; xyflow: the viewport's style). */
  readonly transform: () => { readonly x: number; readonly y: number; readonly k: number };
  /** Whether node labels are painted at the current scale. */
  readonly labelsShown: () => boolean;
  /** Nodes and edges in the DOM. */
  readonly count: () => { readonly nodes: number; readonly edges: number };
  /** Nodes drawn more than a unit away from the position the data gives them (a check that both draw the same picture). */
  readonly mismatches: () => number;
  readonly unmount: () => void;
}

/** A map under test, as a page entry registers it. */
export interface MapCandidate<TData> {
  readonly name: string;
  /** Start the mount into `host` synchronously (the rest happens in the frames and tasks that follow). */
  readonly mount: (host: HTMLElement, data: TData) => MountedMap;
}

/** A page's candidates: all draw the same JSON (`/<dataName>-<size>.json`), prepared once by `prepare` (untimed). */
export interface MapPage<TJson, TData> {
  readonly dataName: string;
  readonly prepare: (json: TJson) => TData;
  /** The host's size: ours a width (the figure lays itself out), xyflow a fixed box. */
  readonly hostStyle: (data: TData) => { readonly width: number; readonly height?: number };
  readonly candidates: readonly MapCandidate<TData>[];
  /** Ours only: the layouts timed in the page. */
  readonly layout?: (data: TData, layeredRuns: number, forceRuns: number) => Promise<PageLayoutTiming>;
}

/** Frames in a row without a DOM change that end a timing. */
const QUIET_FRAMES = 2;
/** Moves a drag makes whatever its time budget. */
const MIN_MOVES = 3;
/** The longest a mount may take before the bench gives up on it. */
const TIMEOUT_MS = 60_000;

/** Resolves on the next task (MessageChannel, as React's scheduler uses), without waiting for a frame. */
export const nextTask = (): Promise<void> =>
  new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });

/** Resolves inside the next animation frame's callback, with its start time. */
export const nextFrame = (): Promise<number> =>
  new Promise((resolve) => requestAnimationFrame(() => resolve(performance.now())));

/** Collect the page's long tasks (over 50 ms on the main thread) from now until `stop`. */
export function observeLongTasks(): { readonly stop: () => Promise<LongTasks> } {
  const durations: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) durations.push(entry.duration);
  });
  observer.observe({ type: "longtask" });
  return {
    async stop() {
      // A long task's entry is queued when it ends: give the last one a task to arrive.
      await nextTask();
      for (const entry of observer.takeRecords()) durations.push(entry.duration);
      observer.disconnect();
      return { count: durations.length, longestMs: durations.length === 0 ? 0 : Math.max(...durations) };
    },
  };
}

/**
 * Run `start` at the beginning of an animation frame's callback (so no vsync wait precedes it) and time it until
 * every node is drawn and the frame after the last DOM change under `host` has been painted.
 */
function timeMount(
  host: HTMLElement,
  start: () => void,
  ready: () => boolean,
): Promise<Pick<MountTiming, "sync" | "nodesAt" | "total" | "settled" | "extraFrames">> {
  let mutations = 0;
  const observer = new MutationObserver((records) => {
    mutations += records.length;
  });
  observer.observe(host, { subtree: true, childList: true, attributes: true, characterData: true });
  return new Promise((resolve, reject) => {
    requestAnimationFrame(() => {
      void (async () => {
        try {
          const started = performance.now();
          start();
          await Promise.resolve();
          const sync = performance.now() - started;
          let nodesAt = ready() ? sync : Number.NaN;
          // The first task after this frame's callbacks runs once the frame's rendering is done.
          await nextTask();
          let paintedAt = performance.now();
          let seen = mutations;
          let quiet = 0;
          let extraFrames = 0;
          while (quiet < QUIET_FRAMES || Number.isNaN(nodesAt)) {
            await nextFrame();
            await nextTask();
            if (Number.isNaN(nodesAt) && ready()) nodesAt = performance.now() - started;
            if (mutations !== seen) {
              seen = mutations;
              paintedAt = performance.now();
              extraFrames++;
              quiet = 0;
            } else quiet++;
            if (performance.now() - started > TIMEOUT_MS)
              throw new Error(
                `not every node drawn, or no quiet DOM, after ${TIMEOUT_MS} ms (${extraFrames} frames with changes)`,
              );
          }
          resolve({
            sync,
            nodesAt,
            total: Math.max(nodesAt, paintedAt - started),
            settled: performance.now() - started,
            extraFrames,
          });
        } catch (error) {
          reject(error instanceof Error ? error : new Error(String(error)));
        } finally {
          observer.disconnect();
        }
      })();
    });
  });
}

/** Wait until the DOM under `host` has not changed for {@link QUIET_FRAMES} frames (untimed settling). */
async function settle(host: HTMLElement): Promise<void> {
  await timeMount(
    host,
    () => undefined,
    () => true,
  );
}

/** A synthetic mouse event as a mouse delivers it (d3-zoom reads `view`, the buttons and the client point). */
function mouse(target: EventTarget, type: "mousedown" | "mousemove" | "mouseup", x: number, y: number): void {
  target.dispatchEvent(
    new MouseEvent(type, {
      bubbles: true,
      cancelable: true,
      composed: true,
      view: window,
      button: 0,
      buttons: type === "mouseup" ? 0 : 1,
      clientX: x,
      clientY: y,
    }),
  );
}

/**
 * Register the page's candidates; called by the page entry at the end of its module, so the moment it runs is
 * when the whole bundle (React, the map) has been evaluated.
 */
export function registerMapPage<TJson, TData>(page: MapPage<TJson, TData>): void {
  const bundleReadyMs = performance.now();
  let data: TData | undefined;
  let mounted: { host: HTMLElement; map: MountedMap } | undefined;
  const candidate = (name: string) => {
    const found = page.candidates.find((c) => c.name === name);
    if (found === undefined)
      throw new Error(`No candidate "${name}" on this page (${page.candidates.map((c) => c.name).join(", ")})`);
    return found;
  };
  const current = () => {
    if (mounted === undefined) throw new Error("mount() first");
    return mounted;
  };
  const api: SystemMapBenchPage = {
    candidates: () => page.candidates.map((c) => c.name),
    bundleReadyMs: () => bundleReadyMs,
    async load(size) {
      const response = await fetch(`/${page.dataName}-${size}.json`);
      data = page.prepare((await response.json()) as TJson);
    },
    async mount(name) {
      if (data === undefined) throw new Error("load() first");
      if (mounted !== undefined) {
        mounted.map.unmount();
        mounted.host.remove();
        mounted = undefined;
        await nextFrame();
        await nextTask();
      }
      const loaded = data;
      const host = document.createElement("div");
      const size = page.hostStyle(loaded);
      host.style.width = `${size.width}px`;
      if (size.height !== undefined) host.style.height = `${size.height}px`;
      document.body.append(host);
      const chosen = candidate(name);
      let map: MountedMap | undefined;
      const timing = await timeMount(
        host,
        () => {
          map = chosen.mount(host, loaded);
        },
        () => map?.ready() ?? false,
      );
      mounted = { host, map: map! };
      const { nodes, edges } = map!.count();
      return {
        ...timing,
        nodes,
        edges,
        scale: map!.transform().k,
        labelsShown: map!.labelsShown(),
        mismatches: map!.mismatches(),
      };
    },
    async pan(frames, stepPx, budgetMs) {
      const { host, map } = current();
      const surface = map.panSurface();
      const box = surface.getBoundingClientRect();
      let x = box.left + box.width / 2;
      const y = box.top + box.height / 2;
      // Press, and a first move (untimed): the timed moves are pure drag steps.
      mouse(surface, "mousedown", x, y);
      x += 1;
      mouse(surface, "mousemove", x, y);
      await settle(host);
      const startX = map.transform().x;
      let expectedPx = 0;
      let pointerPx = 0;
      let pannedPx = 0;
      const moveToPainted: number[] = [];
      const frameStarts: number[] = [];
      const began = performance.now();
      for (let i = 0; i < frames; i++) {
        if (i >= MIN_MOVES && performance.now() - began > budgetMs) break;
        const frameStart = await nextFrame();
        const started = performance.now();
        const step = i < frames / 2 ? stepPx : -stepPx;
        x += step;
        pointerPx += step;
        // d3-zoom (ours and xyflow's) listens for moves on the window, in the capture phase.
        mouse(surface, "mousemove", x, y);
        await nextTask();
        moveToPainted.push(performance.now() - started);
        frameStarts.push(frameStart);
        // The farthest the drag took the map and the pointer (read after the timing).
        if (Math.abs(pointerPx) > Math.abs(expectedPx)) {
          expectedPx = pointerPx;
          pannedPx = map.transform().x - startX;
        }
      }
      mouse(surface, "mouseup", x, y);
      await settle(host);
      return {
        moveToPainted,
        frameIntervals: frameStarts.slice(1).map((at, i) => at - frameStarts[i]!),
        pannedPx,
        expectedPx,
      };
    },
    drawingBox() {
      const box = current().map.panSurface().getBoundingClientRect();
      return { width: Math.round(box.width), height: Math.round(box.height) };
    },
    async layout(layeredRuns, forceRuns) {
      if (data === undefined) throw new Error("load() first");
      if (page.layout === undefined) throw new Error(`${page.dataName}: no layouts on this page`);
      return page.layout(data, layeredRuns, forceRuns);
    },
  };
  window.__systemMapBench = api;
}
