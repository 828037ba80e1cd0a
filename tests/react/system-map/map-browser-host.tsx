/**
 * What the folded map's Chromium tests share (folding.browser, map-find.browser): Dalarna's sample and its system
 * view, a 1280 px wide host in a 1400 × 900 viewport with the kit's stylesheet, mounted and unmounted around each
 * test, and the waits for a frame and for the map to have drawn a change of its folds.
 */
import { createDalarnaSampleWorkspace, DALARNA_SAMPLE_AS_OF } from "@systemledning/core/profiles/dalarna";
import { getSystemGraph, type SystemGraph } from "@systemledning/core/system-map";
import type { ReactNode } from "react";
import { flushSync } from "react-dom";
import { createRoot, type Root } from "react-dom/client";
import { afterEach, beforeEach, expect } from "vitest";
import { page } from "vitest/browser";
import "../../../packages/react/src/styles.css";

/** Dalarna's sample workspace. */
export const workspace = createDalarnaSampleWorkspace();

/** A view of Dalarna's sample at its date. */
export const dalarnaGraph = (view: "system" | "hierarchy" = "system"): SystemGraph =>
  getSystemGraph(workspace, { view, asOf: DALARNA_SAMPLE_AS_OF });

/** The next animation frame. */
export const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));

/** The mounted test's host and how to draw into it. */
export interface MapHost {
  /** The host element (a `.sl-root`, 1280 px wide) of the running test. */
  readonly element: () => HTMLDivElement;
  /** Render `node` into the host synchronously, then wait a frame (the map's fit is drawn). */
  readonly draw: (node: ReactNode) => Promise<void>;
  /** Wait until the map is no longer busy with a change of its folds (a transition), then a frame. */
  readonly untilDrawn: () => Promise<void>;
}

/**
 * Mount a fresh host before each test of the calling file and unmount it after.
 *
 * @example
 * const host = mountMapHost();
 * await host.draw(<SystemMap graph={dalarnaGraph()} />);
 */
export function mountMapHost(): MapHost {
  let host: HTMLDivElement;
  let root: Root;
  beforeEach(async () => {
    await page.viewport(1400, 900);
    host = document.createElement("div");
    host.className = "sl-root";
    host.style.width = "1280px";
    document.body.append(host);
    root = createRoot(host);
  });
  afterEach(() => {
    root.unmount();
    host.remove();
  });
  return {
    element: () => host,
    draw: async (node) => {
      flushSync(() => root.render(node));
      await nextFrame();
    },
    untilDrawn: async () => {
      await expect.poll(() => host.querySelector(".sl-map-frame")?.getAttribute("aria-busy") ?? null).toBeNull();
      await nextFrame();
    },
  };
}
