/**
 * Bench page entry of the map-legibility suite: the kit's `SystemMap`, imported as a host imports it, drawing a
 * national map folded by the auto fold; the driver opens and closes one group of 200 parts or more and the page
 * times each from the press to the painted frame: the fold (`foldSystemGraph`), the layout of the shown graph
 * (`layoutShownGraph`) and React's render of the map, what the map itself does when a reader opens a group.
 */
import "@systemledning/react/styles.css";
import { chooseOpenGroups, layoutShownGraph, SystemMap } from "@systemledning/react";
import { foldSystemGraph, getSystemGroups, type SystemGroups } from "@systemledning/core/system-map";
import { flushSync } from "react-dom";
import { createRoot, type Root } from "react-dom/client";
import { nextFrame, nextTask } from "../system-map/page.js";
import type { MapLegibilityBenchPage, ToggleData, ToggleTiming } from "./protocol.js";

let state: { data: ToggleData; groups: SystemGroups; auto: ReadonlySet<string>; opened: boolean; root: Root } | null =
  null;

const drawn = () => document.querySelectorAll("svg.sl-map-svg g.sl-map-node").length;

/** Fold, lay out and draw the map with the group open or closed; the three steps' times. */
function draw(opened: boolean): Omit<ToggleTiming, "paintedMs" | "drawn"> {
  const { data, groups, auto, root } = state!;
  const open = new Set(auto);
  if (opened) open.add(data.groupId);
  else open.delete(data.groupId);
  const started = performance.now();
  const shown = foldSystemGraph(data.graph, groups, open);
  const folded = performance.now();
  const layout = layoutShownGraph(shown, { viewport: data.viewport });
  const laidOut = performance.now();
  flushSync(() => root.render(<SystemMap graph={shown} layout={layout} locale="sv" />));
  return { foldMs: folded - started, layoutMs: laidOut - folded, renderMs: performance.now() - laidOut };
}

const api: MapLegibilityBenchPage = {
  async load() {
    const data = (await (await fetch("/toggle.json")).json()) as ToggleData;
    const groups = getSystemGroups(data.graph);
    const auto = chooseOpenGroups(data.graph, groups, data.viewport);
    const host = document.createElement("div");
    host.style.width = `${data.viewport.width - 40}px`;
    document.body.append(host);
    state = { data, groups, auto, opened: false, root: createRoot(host) };
    draw(false);
    await nextFrame();
    const shownClosed = drawn();
    draw(true);
    await nextFrame();
    const shownOpen = drawn();
    draw(false);
    await nextFrame();
    const groupSize = groups.groups.find((group) => group.id === data.groupId)?.memberIds.length ?? 0;
    return { groupSize, shownClosed, shownOpen };
  },
  toggle() {
    return new Promise((resolve, reject) => {
      requestAnimationFrame(() => {
        void (async () => {
          try {
            const started = performance.now();
            state!.opened = !state!.opened;
            const steps = draw(state!.opened);
            // The first task after this frame's callbacks runs once the frame's rendering is done.
            await nextTask();
            resolve({ ...steps, paintedMs: performance.now() - started, drawn: drawn() });
          } catch (error) {
            reject(error instanceof Error ? error : new Error(String(error)));
          }
        })();
      });
    });
  },
};
window.__mapLegibilityBench = api;
