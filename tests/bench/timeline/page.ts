/**
 * The in-page half of the timeline-view bench, bundled into each page: a page entry registers its
 * candidate (ours or vis-timeline), and the Node driver calls `window.__timelineBench` to time its mount and
 * its interactions. Both candidates go through the same code, so a difference in the numbers is a
 * difference between the timelines.
 *
 * Why the timing ends on a quiet DOM rather than on a known element count: vis-timeline draws in several
 * passes (animation frames and timeouts: it measures its items, stacks them, then positions them), and our
 * timeline may re-render once it has measured its track. A MutationObserver on the host records every
 * change; the timing ends after the last frame in which the DOM changed, once two frames in a row changed
 * nothing.
 */
import {
  getTimelineWindow,
  shiftTimelineWindow,
  type TimelineWindow,
} from "../../../packages/react/src/timeline/layout.js";
import { HOST_WIDTH, type FrameTiming, type TimelineBenchPage, type TimelineOperation } from "./protocol.js";

/** A timeline as mounted by a candidate. */
export interface MountedTimeline {
  /**
   * Start `operation` synchronously; `target` is the period the reader asks for (for a zoom or a period
   * change; unchanged for a pan). Ours clicks its own buttons, which must land on the same period.
   */
  readonly operate: (operation: TimelineOperation, target: TimelineWindow) => void;
  /** Untimed preparation before `operation` (vis-timeline presses the pointer before a drag, releases it after). */
  readonly prepare?: (operation: TimelineOperation) => void;
  /** The period in view as the candidate reports it, `YYYY-MM-DD–YYYY-MM-DD`. */
  readonly window: () => string;
  /** True once the candidate shows its view (vis-timeline hides its root until its first draw is complete). */
  readonly ready: () => boolean;
  readonly unmount: () => void;
}

/** A timeline under test, as a page entry registers it. */
export interface TimelineCandidate<TData> {
  readonly name: string;
  /** Start the mount into `host` synchronously (the rest happens in the frames and tasks that follow). */
  readonly mount: (host: HTMLElement, data: TData, initial: TimelineWindow) => MountedTimeline;
  /** The items and clusters drawn so far. */
  readonly countEntries: (host: HTMLElement) => { readonly entries: number; readonly clusters: number };
}

/** Frames in a row without a DOM change that end a timing. */
const QUIET_FRAMES = 2;
/** The longest a mount or an interaction may take before the bench gives up on it (vis-timeline mounts the whole year in about half a minute here). */
const TIMEOUT_MS = 120_000;

/** Resolves on the next task (MessageChannel, as React's scheduler uses), without waiting for a frame. */
const nextTask = (): Promise<void> =>
  new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });

/** Resolves inside the next animation frame's callback. */
const nextFrame = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => resolve()));

/** A first-to-last-day text of a window, as the candidates report theirs. */
export const windowText = (window: Pick<TimelineWindow, "from" | "to">): string => `${window.from}–${window.to}`;

/** Wait until the DOM under `host` has not changed for {@link QUIET_FRAMES} frames (untimed settling). */
async function settle(host: HTMLElement): Promise<void> {
  await time(
    host,
    () => undefined,
    () => true,
    () => ({ entries: 0, clusters: 0 }),
    () => "",
  );
}

/**
 * Run `start` at the beginning of an animation frame's callback (so no vsync wait precedes it) and time it
 * until the frame after the last DOM change under `host` has been painted. The workbook bench times its mounts
 * and keystrokes with it too.
 */
export function time(
  host: HTMLElement,
  start: () => void,
  ready: () => boolean,
  count: () => { entries: number; clusters: number },
  window: () => string,
): Promise<FrameTiming> {
  let mutations = 0;
  const observer = new MutationObserver((records) => {
    mutations += records.length;
  });
  observer.observe(host, { subtree: true, childList: true, attributes: true, characterData: true });
  return new Promise<FrameTiming>((resolve, reject) => {
    requestAnimationFrame(() => {
      void (async () => {
        try {
          const started = performance.now();
          start();
          // React flushes a click's update in a microtask: let it run, so `sync` includes the render.
          await Promise.resolve();
          const sync = performance.now() - started;
          // The first task after this frame's callbacks runs once the frame's rendering is done.
          await nextTask();
          let paintedAt = performance.now();
          let seen = mutations;
          let quiet = 0;
          let extraFrames = 0;
          while (quiet < QUIET_FRAMES || !ready()) {
            await nextFrame();
            await nextTask();
            if (mutations !== seen) {
              seen = mutations;
              paintedAt = performance.now();
              extraFrames++;
              quiet = 0;
            } else quiet++;
            if (performance.now() - started > TIMEOUT_MS)
              throw new Error(`no quiet DOM after ${TIMEOUT_MS} ms (${extraFrames} frames with changes)`);
          }
          const { entries, clusters } = count();
          resolve({ sync, total: paintedAt - started, extraFrames, entries, clusters, window: window() });
        } catch (error) {
          reject(error instanceof Error ? error : new Error(String(error)));
        } finally {
          observer.disconnect();
        }
      })();
    });
  });
}

/**
 * Register the page's candidate; called by the page entry at the end of its module, so the moment it runs
 * is when the whole bundle (React or vis-timeline, moment, vis-data) has been evaluated.
 */
export function registerTimelineCandidate<TData extends { readonly asOf: string; readonly anchor: string }>(
  candidate: TimelineCandidate<TData>,
): void {
  const bundleReadyMs = performance.now();
  let data: TData | undefined;
  let mounted: { host: HTMLElement; timeline: MountedTimeline; window: TimelineWindow } | undefined;
  const api: TimelineBenchPage = {
    bundleReadyMs: () => bundleReadyMs,
    async load(size) {
      const response = await fetch(`/${candidate.name}-${size}.json`);
      data = (await response.json()) as TData;
    },
    async mount() {
      if (data === undefined) throw new Error("load() first");
      if (mounted !== undefined) await api.unmount();
      const loaded = data;
      const host = document.createElement("div");
      host.style.width = `${HOST_WIDTH}px`;
      document.body.append(host);
      const initial = getTimelineWindow("year", loaded.anchor);
      let timeline: MountedTimeline | undefined;
      const timing = await time(
        host,
        () => {
          timeline = candidate.mount(host, loaded, initial);
        },
        () => timeline?.ready() ?? false,
        () => candidate.countEntries(host),
        () => timeline?.window() ?? "",
      );
      mounted = { host, timeline: timeline!, window: initial };
      return timing;
    },
    async operate(operation) {
      if (mounted === undefined || data === undefined) throw new Error("mount() first");
      const current = mounted;
      const { asOf } = data;
      const target =
        operation.type === "zoom"
          ? getTimelineWindow(
              operation.zoom,
              current.window.from <= asOf && asOf <= current.window.to ? asOf : current.window.from,
            )
          : operation.type === "period"
            ? shiftTimelineWindow(current.window, operation.step)
            : current.window;
      if (current.timeline.prepare !== undefined) {
        current.timeline.prepare(operation);
        await settle(current.host);
      }
      const timing = await time(
        current.host,
        () => current.timeline.operate(operation, target),
        current.timeline.ready,
        () => candidate.countEntries(current.host),
        current.timeline.window,
      );
      current.window = target;
      return timing;
    },
    async unmount() {
      if (mounted === undefined) return;
      mounted.timeline.unmount();
      mounted.host.remove();
      mounted = undefined;
      await nextFrame();
      await nextTask();
    },
  };
  window.__timelineBench = api;
}
