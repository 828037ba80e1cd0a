/**
 * Bench page entry of the map-legibility suite: the kit's `SystemMap`, imported as a host imports it, drawing a
 * national map with its own auto fold. The driver opens a group of 200 parts or more as a reader does (Enter on
 * its node: the map opens it, keeps its place and moves the focus to its first member) and folds it again with
 * the map's "Fäll ihop alla" button; the page times each press to its first painted answer (the first frame with
 * any change in the DOM: the group marked busy, the announcement) and to the frame painted with the new parts.
 * Each press comes either at an animation frame's start (the frame's rendering follows the press directly) or in a
 * task of its own, as a key press or a click comes from the browser (any work the press queues may then run before
 * the next frame is rendered).
 */
import "@systemledning/react/styles.css";
import { SystemMap } from "@systemledning/react";
import { flushSync } from "react-dom";
import { createRoot } from "react-dom/client";
import { nextFrame, nextTask } from "../system-map/page.js";
import type { MapLegibilityBenchPage, PressMode, ToggleData, ToggleTiming } from "./protocol.js";

/** Frames in a row without a DOM change that end a press's settling. */
const QUIET_FRAMES = 2;
/**
 * How long the map rests before each press, as between a reader's presses. The DOM is quiet two frames after a
 * redraw, but the compositor may still be rasterising it (in software here, a national map takes tens of ms), and
 * the next frame waits for that: a press at once would time the last redraw's raster, not its own answer.
 */
const REST_MS = 500;
const TIMEOUT_MS = 30_000;

let data: ToggleData | null = null;
let opened = false;
let counts = { folded: 0, opened: 0 };

const drawn = () => document.querySelectorAll("svg.sl-map-svg g.sl-map-node").length;

/** The group's node, found by its accessible name ("…: <label>, <n> delar, …"). */
function groupNode(): SVGGElement {
  const wanted = `${data!.groupLabel}, ${data!.groupSize} delar`;
  const node = [...document.querySelectorAll<SVGGElement>('svg.sl-map-svg g.sl-map-node[data-kind="group"]')].find(
    (element) => (element.getAttribute("aria-label") ?? "").includes(wanted),
  );
  if (node === undefined) throw new Error(`no drawn group named "${wanted}"`);
  return node;
}

function foldAllButton(): HTMLButtonElement {
  const button = [...document.querySelectorAll("button")].find((element) => element.textContent === "Fäll ihop alla");
  if (button === undefined) throw new Error('no "Fäll ihop alla" button');
  return button;
}

/**
 * A task that runs before the page's ordinary tasks (React's scheduler posts those): the first thing after the
 * press's frame is rendered, so the first answer is timed when it is painted, not after work queued behind it.
 */
const firstTask = (): Promise<void> => {
  const scheduler = (globalThis as { scheduler?: { postTask?: (fn: () => void, options: object) => Promise<void> } })
    .scheduler;
  return scheduler?.postTask === undefined
    ? nextTask()
    : scheduler.postTask(() => undefined, { priority: "user-blocking" });
};

/** The first task after the next frame's rendering, asked for from inside that frame's callbacks. */
const afterNextFrame = (): Promise<void> =>
  new Promise((resolve, reject) => requestAnimationFrame(() => void firstTask().then(resolve, reject)));

/**
 * Press at the start of a frame or in a task of its own (`mode`); time until the first change is painted, until
 * `expected` parts are painted (`null`: whatever is drawn), and until the DOM is quiet.
 */
function press(act: () => void, expected: number | null, mode: PressMode = "frame"): Promise<ToggleTiming> {
  let mutations = 0;
  const observer = new MutationObserver((records) => (mutations += records.length));
  observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
  return new Promise((resolve, reject) => {
    const at = mode === "frame" ? requestAnimationFrame : (run: () => void) => setTimeout(run, 0);
    at(() => {
      void (async () => {
        try {
          const started = performance.now();
          act();
          await Promise.resolve();
          const handlerMs = performance.now() - started;
          let answeredMs = Number.NaN;
          let paintedMs = Number.NaN;
          let seen = mutations;
          let quiet = 0;
          let settledAt = started;
          // The first task after this frame's callbacks runs once the frame's rendering is done; pressed in a task,
          // the frame that shows the press comes first (any task the press queued may run before it).
          await (mode === "frame" ? firstTask() : afterNextFrame());
          for (;;) {
            const now = performance.now();
            if (Number.isNaN(answeredMs) && mutations > 0) answeredMs = now - started;
            if (Number.isNaN(paintedMs) && (expected === null || drawn() === expected)) paintedMs = now - started;
            if (mutations !== seen) {
              seen = mutations;
              settledAt = now;
              quiet = 0;
            } else quiet++;
            if (!Number.isNaN(paintedMs) && quiet >= QUIET_FRAMES) break;
            if (now - started > TIMEOUT_MS) throw new Error(`${drawn()} parts drawn, ${expected ?? "any"} expected`);
            await nextFrame();
            await nextTask();
          }
          resolve({ handlerMs, answeredMs, paintedMs, settledMs: settledAt - started, drawn: drawn() });
        } catch (error) {
          reject(error instanceof Error ? error : new Error(String(error)));
        } finally {
          observer.disconnect();
        }
      })();
    });
  });
}

/** Wait for a quiet DOM, whatever is drawn (the map may draw a press's result a few frames later). */
const settle = () => press(() => undefined, null);

/** Wait, frame by frame, until `done` holds (the map may lay a large graph out over a few frames). */
async function until(done: () => boolean): Promise<void> {
  const started = performance.now();
  while (!done()) {
    if (performance.now() - started > TIMEOUT_MS) throw new Error(`the map did not redraw: ${drawn()} parts drawn`);
    await nextFrame();
  }
}

const enter = () =>
  groupNode().dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true, cancelable: true }));

const api: MapLegibilityBenchPage = {
  async load() {
    data = (await (await fetch("/toggle.json")).json()) as ToggleData;
    const host = document.createElement("div");
    host.style.width = "1240px";
    document.body.append(host);
    const root = createRoot(host);
    flushSync(() => root.render(<SystemMap graph={data!.graph} locale="sv" />));
    await until(() => drawn() > 0);
    await settle();
    await nextFrame();
    foldAllButton().click();
    await settle();
    counts = { folded: drawn(), opened: 0 };
    enter();
    await until(() => drawn() !== counts.folded);
    await settle();
    counts = { ...counts, opened: drawn() };
    foldAllButton().click();
    await until(() => drawn() === counts.folded);
    await settle();
    const svg = document.querySelector("svg.sl-map-svg")!.getBoundingClientRect();
    return { ...counts, frame: `${Math.round(svg.width)} × ${Math.round(svg.height)}` };
  },
  async toggle(mode) {
    await new Promise((resolve) => setTimeout(resolve, REST_MS));
    opened = !opened;
    return opened ? press(enter, counts.opened, mode) : press(() => foldAllButton().click(), counts.folded, mode);
  },
};
window.__mapLegibilityBench = api;
