/**
 * The in-page half of the scoring bench, bundled into every page: candidates register here, and the Node
 * driver (browser.ts) calls `window.__scoringBench` to time their mounts. Every candidate goes through the
 * same code, so a difference in the numbers is a difference between the charts.
 */
import type { ReactElement } from "react";
import { flushSync } from "react-dom";
import { createRoot } from "react-dom/client";
import type { ColdSample, MountTiming, PanelSize, ScoringBenchData } from "./protocol.js";

/** A chart under test, as a page entry registers it. */
export interface PageCandidate {
  readonly name: string;
  /** The whole set of small multiples for `data`. */
  readonly element: (data: ScoringBenchData) => ReactElement;
  /** How many bar elements the complete chart has: the mount is timed until they all exist. */
  readonly expectedBars: (data: ScoringBenchData) => number;
  /** The bar elements drawn so far in `container`. */
  readonly countBars: (container: HTMLElement) => number;
}

const candidates = new Map<string, PageCandidate>();
let data: ScoringBenchData | undefined;
let bundleReadyMs = 0;

/** Resolves on the next task (MessageChannel, as React's scheduler uses), without waiting for a frame. */
const nextTask = (): Promise<void> =>
  new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });

/** Resolves with `performance.now()` inside the next animation frame's callback. */
const nextFrame = (): Promise<number> =>
  new Promise((resolve) => requestAnimationFrame(() => resolve(performance.now())));

/** The longest a chart may take to complete before the bench gives up on it (a wrong bar count, a crash). */
const COMPLETE_TIMEOUT_MS = 10_000;

/** The element the charts mount into: fixed width, so every candidate gets the same layout box. */
function host(): HTMLElement {
  const container = document.createElement("div");
  container.style.width = `${data!.hostWidth}px`;
  document.body.append(container);
  return container;
}

/**
 * Mount `candidate` into a fresh container and time it until the complete chart is laid out and a frame
 * with it has been painted (see {@link MountTiming}). Returns the unmount.
 */
async function mount(
  candidate: PageCandidate,
): Promise<{ timing: MountTiming; unmount: () => void; container: HTMLElement }> {
  const current = data!;
  const container = host();
  const root = createRoot(container);
  const element = candidate.element(current);
  const expected = candidate.expectedBars(current);

  const start = performance.now();
  // flushSync: the first pass renders and commits now, not in a scheduler task, so `render` is all of it.
  flushSync(() => root.render(element));
  const rendered = performance.now();
  // Further passes (effects that measure, then set state) run in later tasks: poll between tasks, not
  // frames, so no frame's wait is counted as work.
  let bars = candidate.countBars(container);
  while (bars < expected) {
    await nextTask();
    bars = candidate.countBars(container);
    if (performance.now() - start > COMPLETE_TIMEOUT_MS)
      throw new Error(`${candidate.name}: ${bars} of ${expected} bars after ${COMPLETE_TIMEOUT_MS} ms`);
  }
  const complete = performance.now();
  // Reading a layout property forces style and layout of the whole document now.
  void document.body.offsetHeight;
  const laidOut = performance.now();
  const frameAt = await nextFrame();
  // The first task after the frame's callback runs once that frame's rendering (style, layout, paint,
  // commit to the compositor) is done.
  await nextTask();
  const painted = performance.now();

  const timing = {
    render: rendered - start,
    passes: complete - rendered,
    layout: laidOut - complete,
    paint: painted - frameAt,
    vsyncWait: frameAt - laidOut,
    total: laidOut - start + (painted - frameAt),
    bars,
  };
  return {
    timing,
    container,
    unmount: () => {
      root.unmount();
      container.remove();
    },
  };
}

/** The first histogram's (or chart's) laid-out size. */
function panelSizeIn(container: HTMLElement): PanelSize {
  const svg = container.querySelector("svg");
  const box = svg?.getBoundingClientRect();
  return { width: Math.round(box?.width ?? 0), height: Math.round(box?.height ?? 0) };
}

/**
 * Register a page's candidate; called by each page entry at the end of its module, so the moment it runs
 * is when the whole bundle (React, the chart library) has been evaluated.
 */
export function registerCandidate(candidate: PageCandidate): void {
  candidates.set(candidate.name, candidate);
  bundleReadyMs = performance.now();
  window.__scoringBench ??= {
    candidates: () => [...candidates.keys()],
    async load(panelSize) {
      const response = await fetch("/data.json");
      const loaded = (await response.json()) as ScoringBenchData;
      data = panelSize === undefined ? loaded : { ...loaded, panelSize };
    },
    async cold(name) {
      const { timing, container } = await mount(candidateNamed(name));
      const sample: ColdSample = { timing, bundleReadyMs, panelSize: panelSizeIn(container) };
      return sample;
    },
    async warm(names, warmup, iterations) {
      const list = names.map(candidateNamed);
      const times: Record<string, MountTiming[]> = Object.fromEntries(names.map((name) => [name, []]));
      const once = async (candidate: PageCandidate): Promise<MountTiming> => {
        const { timing, unmount } = await mount(candidate);
        unmount();
        // Let the unmount's frame be painted before the next mount starts, so no candidate pays for another's removal.
        await nextFrame();
        await nextTask();
        return timing;
      };
      for (const candidate of list) for (let i = 0; i < warmup; i++) await once(candidate);
      for (let i = 0; i < iterations; i++)
        for (const candidate of list) times[candidate.name]!.push(await once(candidate));
      return times;
    },
  };
}

function candidateNamed(name: string): PageCandidate {
  const candidate = candidates.get(name);
  if (candidate === undefined)
    throw new Error(`No candidate "${name}" on this page (${[...candidates.keys()].join(", ")})`);
  return candidate;
}
