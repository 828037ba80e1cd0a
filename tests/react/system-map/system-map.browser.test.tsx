/**
 * SystemMap in real Chromium with the kit's stylesheet: what jsdom cannot lay out or drag. The map is drawn
 * once at its fitted transform (no second frame that re-fits it), a drag moves the drawn picture with a CSS
 * transform on the stage around the SVG (its own compositor layer, so no move lays the map out again) and writes
 * the transform onto the map's group when it ends, only the parts are hit-tested, and the map stays in its frame.
 */
import {
  createDalarnaSampleWorkspace,
  DALARNA_FAMILY_GROUP_ID,
  DALARNA_SAMPLE_AS_OF,
} from "@systemledning/core/profiles/dalarna";
import { getSystemGraph } from "@systemledning/core/system-map";
import { flushSync } from "react-dom";
import { createRoot, type Root } from "react-dom/client";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { cdp, page } from "vitest/browser";
import { SystemMap } from "../../../packages/react/src/system-map/system-map.js";
import "../../../packages/react/src/styles.css";

const graph = getSystemGraph(createDalarnaSampleWorkspace(), { view: "system", asOf: DALARNA_SAMPLE_AS_OF });
const TRANSFORM = /translate\(([-\d.e]+),([-\d.e]+)\)\s*scale\(([-\d.e]+)\)/;

let host: HTMLDivElement;
let root: Root;
const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
const svg = () => host.querySelector<SVGSVGElement>("svg.sl-map-svg")!;
const stage = () => host.querySelector<HTMLElement>(".sl-map-stage")!;
/** Chromium's count of layouts of the page so far (its performance metrics, through the DevTools protocol). */
const layoutCount = async () => {
  const { metrics } = (await cdp().send("Performance.getMetrics")) as {
    metrics: { name: string; value: number }[];
  };
  return metrics.find((metric) => metric.name === "LayoutCount")!.value;
};
const group = () => svg().querySelector<SVGGElement>(":scope > g")!;
const groupTransform = () => {
  const match = TRANSFORM.exec(group().getAttribute("transform") ?? "")!;
  return { x: Number(match[1]), y: Number(match[2]), k: Number(match[3]) };
};
const mouse = (target: EventTarget, type: "mousedown" | "mousemove" | "mouseup", x: number, y: number) =>
  target.dispatchEvent(
    new MouseEvent(type, {
      bubbles: true,
      cancelable: true,
      view: window,
      button: 0,
      buttons: type === "mouseup" ? 0 : 1,
      clientX: x,
      clientY: y,
    }),
  );

beforeEach(async () => {
  await page.viewport(1200, 900);
  host = document.createElement("div");
  host.className = "sl-root";
  document.body.append(host);
  root = createRoot(host);
});

afterEach(() => {
  root.unmount();
  host.remove();
});

describe("SystemMap in Chromium", () => {
  it("fits every part with its label inside the map, in a layered and in a radial layout", async () => {
    const workspace = createDalarnaSampleWorkspace();
    const perspective = getSystemGraph(workspace, {
      view: "perspective",
      asOf: DALARNA_SAMPLE_AS_OF,
      focus: `citizen-group:${DALARNA_FAMILY_GROUP_ID}`,
      maxDistance: 2,
    });
    for (const shown of [graph, perspective]) {
      flushSync(() => root.render(<SystemMap key={shown.view} graph={shown} />));
      await nextFrame();
      const frame = svg().getBoundingClientRect();
      const outside = [...svg().querySelectorAll<SVGGraphicsElement>(".sl-map-node, .sl-map-label")].filter(
        (element) => {
          const box = element.getBoundingClientRect();
          if (box.width === 0 && box.height === 0) return false;
          return (
            box.left < frame.left - 1 ||
            box.right > frame.right + 1 ||
            box.top < frame.top - 1 ||
            box.bottom > frame.bottom + 1
          );
        },
      );
      expect(
        outside.map((element) => element.textContent || element.getAttribute("aria-label")),
        shown.view,
      ).toEqual([]);
    }
  });

  it("is drawn once, fitted: the group's transform is set before the first frame and no later frame changes the map", async () => {
    const changes: string[] = [];
    const observer = new MutationObserver((records) => {
      for (const record of records)
        changes.push(`${record.type} ${(record.target as Element).tagName ?? "#text"} ${record.attributeName ?? ""}`);
    });
    observer.observe(host, { subtree: true, childList: true, attributes: true, characterData: true });
    flushSync(() => root.render(<SystemMap graph={graph} />));
    // Before any frame: layout effects have run, the SVG fits the frame's content box and the map is fitted.
    expect(group().getAttribute("transform")).toMatch(TRANSFORM);
    const frame = host.querySelector<HTMLElement>(".sl-map-frame")!;
    expect(Math.abs(svg().getBoundingClientRect().width - frame.clientWidth)).toBeLessThan(1);
    expect(svg().viewBox.baseVal.width).toBe(frame.clientWidth);
    // What the synchronous render did is not counted (records are delivered later, in a microtask).
    observer.takeRecords();
    for (let i = 0; i < 4; i++) await nextFrame();
    observer.disconnect();
    expect(changes).toEqual([]);
  });

  it("draws the map once, at the frame's measured width, never first at the fallback width", async () => {
    // A set: a record's added subtree is read when the record is, and may hold an SVG added by a later record.
    const svgsAdded = new Set<Element>();
    const viewBoxesBefore: (string | null)[] = [];
    const collect = (records: MutationRecord[]) => {
      for (const record of records) {
        if (record.type === "attributes") viewBoxesBefore.push(record.oldValue);
        for (const added of record.addedNodes)
          if (added instanceof Element)
            for (const found of [added, ...added.querySelectorAll("svg.sl-map-svg")])
              if (found.matches("svg.sl-map-svg")) svgsAdded.add(found);
      }
    };
    const observer = new MutationObserver(collect);
    observer.observe(host, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ["viewBox"],
      attributeOldValue: true,
    });
    flushSync(() => root.render(<SystemMap graph={graph} />));
    await nextFrame();
    collect(observer.takeRecords());
    observer.disconnect();
    const frameWidth = host.querySelector<HTMLElement>(".sl-map-frame")!.clientWidth;
    // The page is 1200 px wide, the fallback 960: a map drawn before the frame was measured is drawn twice, the
    // second time with a new viewBox.
    expect(frameWidth).not.toBe(960);
    expect(svgsAdded.size).toBe(1);
    expect(viewBoxesBefore).toEqual([]);
    expect(svg().viewBox.baseVal.width).toBe(frameWidth);
  });

  it("pans by drag with a CSS transform on the stage while the pointer moves, laying nothing out, then draws the transform onto the group", async () => {
    // Every part drawn with its label: the texts a transform on the SVG itself would lay out again at each move.
    flushSync(() => root.render(<SystemMap graph={graph} folding="none" />));
    await cdp().send("Performance.enable");
    await nextFrame();
    const before = groupTransform();
    const box = svg().getBoundingClientRect();
    // A press on the bands (left edge, between parts), not on a part.
    const x = box.left + 8;
    const y = box.top + box.height / 2;
    // The map draws a drag that pauses 160 ms (a timer): under a loaded machine's slow frames the moves below would
    // pause that long, so the drag's timers wait until the release (frames and React stay real).
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    try {
      mouse(svg(), "mousedown", x, y);
      mouse(svg(), "mousemove", x + 1, y);
      await nextFrame();
      const layoutsBefore = await layoutCount();
      for (let step = 1; step <= 5; step++) {
        mouse(svg(), "mousemove", x + 20 * step, y + 10 * step);
        await nextFrame();
      }
      await nextFrame();
      // Mid-drag: the group is untouched, the stage is moved by the compositor as far as the pointer went, and no
      // frame laid anything out (with the transform on the SVG, Chromium lays out all its texts at every move).
      expect(await layoutCount()).toBe(layoutsBefore);
      expect(groupTransform()).toEqual(before);
      expect(stage().style.transform).toMatch(/^translate\(100px, ?50px\) scale\(1\)$/);
      expect(svg().style.transform).toBe("");
    } finally {
      mouse(window, "mouseup", x + 100, y + 50);
      // What waited runs now (d3's own timers too), then time is real again.
      vi.runOnlyPendingTimers();
      vi.useRealTimers();
    }
    await nextFrame();
    const after = groupTransform();
    expect(after.x - before.x).toBeCloseTo(100, 5);
    expect(after.y - before.y).toBeCloseTo(50, 5);
    expect(after.k).toBe(before.k);
    expect(stage().style.transform).toBe("");
  });

  it("hit-tests only the parts: a point on a connection or a band, away from every part, hits the SVG itself", async () => {
    flushSync(() => root.render(<SystemMap graph={graph} folding="none" />));
    await nextFrame();
    // Chromium hit-tests at every pointer move; testing the strokes of every connection would cost frames.
    const path = svg().querySelector<SVGPathElement>(".sl-map-edges-context path")!;
    const parts = [...svg().querySelectorAll(".sl-map-node")].map((node) => node.getBoundingClientRect());
    const free = (x: number, y: number) =>
      parts.every((box) => x < box.left - 2 || x > box.right + 2 || y < box.top - 2 || y > box.bottom + 2);
    const matrix = path.getScreenCTM()!;
    const length = path.getTotalLength();
    let tested = 0;
    for (let at = 0; at < length && tested < 20; at += length / 400) {
      const point = path.getPointAtLength(at).matrixTransform(matrix);
      const frame = svg().getBoundingClientRect();
      if (point.x < frame.left || point.x > frame.right || point.y < frame.top || point.y > frame.bottom) continue;
      if (!free(point.x, point.y)) continue;
      expect(document.elementFromPoint(point.x, point.y)).toBe(svg());
      tested++;
    }
    expect(tested).toBeGreaterThan(0);
  });

  it("draws at once what a button does (zoom in), with the level of detail of the new scale", async () => {
    flushSync(() => root.render(<SystemMap graph={graph} />));
    await nextFrame();
    const before = groupTransform();
    const zoomIn = page.getByRole("button", { name: "Zooma in" });
    await zoomIn.click();
    await zoomIn.click();
    const after = groupTransform();
    expect(after.k).toBeCloseTo(before.k * 1.4 * 1.4, 6);
    expect(stage().style.transform).toBe("");
    // Minor connections fade at small scales; labels stay while they are 6 px or more on screen.
    expect(svg().classList.contains("sl-map-lod-edges")).toBe(after.k < 0.3);
    const label = svg().querySelector(".sl-map-label")!;
    expect(getComputedStyle(label).display).not.toBe("none");
    expect(label.getBoundingClientRect().height).toBeGreaterThan(6);
  });

  it("leaves out labels smaller than 6 px on screen, and draws them again when zoomed back in", async () => {
    flushSync(() => root.render(<SystemMap graph={graph} folding="none" />));
    await nextFrame();
    const zoomOut = page.getByRole("button", { name: "Zooma ut" });
    const labelShown = () => svg().querySelector(".sl-map-label")!.getBoundingClientRect().height > 0;
    expect(labelShown()).toBe(true);
    // Zoomed out until a label's 12 map units are under 6 px on screen: the labels' layer is not drawn.
    while (groupTransform().k * 12 >= 6) await zoomOut.click();
    expect(labelShown()).toBe(false);
    await page.getByRole("button", { name: "Zooma in" }).click();
    while (groupTransform().k * 12 < 6) await page.getByRole("button", { name: "Zooma in" }).click();
    expect(labelShown()).toBe(true);
  });
});
