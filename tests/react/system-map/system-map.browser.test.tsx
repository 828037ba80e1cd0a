/**
 * SystemMap in real Chromium with the kit's stylesheet: what jsdom cannot lay out or drag. The map is drawn
 * once at its fitted transform (no second frame that re-fits it), a drag moves the drawn picture with a CSS
 * transform on the SVG (its own compositor layer) and writes the transform onto the map's group when it ends,
 * and the map stays in its frame.
 */
import {
  createDalarnaSampleWorkspace,
  DALARNA_FAMILY_GROUP_ID,
  DALARNA_SAMPLE_AS_OF,
} from "@systemledning/core/profiles/dalarna";
import { getSystemGraph } from "@systemledning/core/system-map";
import { flushSync } from "react-dom";
import { createRoot, type Root } from "react-dom/client";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { page } from "vitest/browser";
import { SystemMap } from "../../../packages/react/src/system-map/system-map.js";
import "../../../packages/react/src/styles.css";

const graph = getSystemGraph(createDalarnaSampleWorkspace(), { view: "system", asOf: DALARNA_SAMPLE_AS_OF });
const TRANSFORM = /translate\(([-\d.e]+),([-\d.e]+)\)\s*scale\(([-\d.e]+)\)/;

let host: HTMLDivElement;
let root: Root;
const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
const svg = () => host.querySelector<SVGSVGElement>("svg.sl-map-svg")!;
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

  it("pans by drag with a CSS transform on the SVG while the pointer moves, then draws the transform onto the group", async () => {
    flushSync(() => root.render(<SystemMap graph={graph} />));
    await nextFrame();
    const before = groupTransform();
    const box = svg().getBoundingClientRect();
    // A press on the bands (left edge, between parts), not on a part.
    const x = box.left + 8;
    const y = box.top + box.height / 2;
    mouse(svg(), "mousedown", x, y);
    for (let step = 1; step <= 5; step++) {
      mouse(svg(), "mousemove", x + 20 * step, y + 10 * step);
      await nextFrame();
    }
    // Mid-drag: the group is untouched, the SVG is moved by the compositor as far as the pointer went.
    expect(groupTransform()).toEqual(before);
    expect(svg().style.transform).toMatch(/^translate\(100px, ?50px\) scale\(1\)$/);
    mouse(window, "mouseup", x + 100, y + 50);
    await nextFrame();
    const after = groupTransform();
    expect(after.x - before.x).toBeCloseTo(100, 5);
    expect(after.y - before.y).toBeCloseTo(50, 5);
    expect(after.k).toBe(before.k);
    expect(svg().style.transform).toBe("");
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
    expect(svg().style.transform).toBe("");
    // Minor connections fade at small scales; labels never hide (the folds keep them legible instead).
    expect(svg().classList.contains("sl-map-lod-edges")).toBe(after.k < 0.3);
    const label = svg().querySelector(".sl-map-label")!;
    expect(getComputedStyle(label).display).not.toBe("none");
  });
});
