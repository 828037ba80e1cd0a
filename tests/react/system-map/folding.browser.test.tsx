/**
 * The folded map in real Chromium with the kit's stylesheet: Dalarna's system view in a 1280 px wide host, fitted,
 * reads without zooming: every label of the map drawn at 11 CSS px or more, and no two labels overlapping.
 */
import { Profiler } from "react";
import { describe, expect, it } from "vitest";
import { page, userEvent } from "vitest/browser";
import { SystemMap } from "../../../packages/react/src/system-map/system-map.js";
import { dalarnaGraph, nextFrame, mountMapHost } from "./map-browser-host.js";

const mapHost = mountMapHost();

/** Each label's rendered font size in CSS px: its computed size times the scale the map is drawn at. */
function renderedFontPx(text: SVGTextElement): number {
  const matrix = text.getScreenCTM()!;
  return Number.parseFloat(getComputedStyle(text).fontSize) * Math.hypot(matrix.a, matrix.b);
}

function overlapping(boxes: readonly { readonly text: string; readonly box: DOMRect }[]): string[] {
  const pairs: string[] = [];
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i]!.box;
      const b = boxes[j]!.box;
      const overlapX = Math.min(a.right, b.right) - Math.max(a.left, b.left);
      const overlapY = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
      if (overlapX > 0.5 && overlapY > 0.5) pairs.push(`${boxes[i]!.text} × ${boxes[j]!.text}`);
    }
  return pairs;
}

describe("the folded SystemMap in Chromium", () => {
  for (const view of ["system", "hierarchy"] as const) {
    it(`draws Dalarna's ${view} view fitted in a 1280 px host with every label ≥ 11 px and none overlapping`, async () => {
      await mapHost.draw(<SystemMap graph={dalarnaGraph(view)} />);
      await nextFrame();
      const host = mapHost.element();
      const labels = [...host.querySelectorAll<SVGTextElement>("svg.sl-map-svg .sl-map-label")];
      expect(labels.length).toBeGreaterThan(5);
      const sizes = labels.map((label) => ({ text: label.textContent ?? "", px: renderedFontPx(label) }));
      expect(sizes.filter((size) => size.px < 11)).toEqual([]);
      const boxes = labels.map((label) => ({ text: label.textContent ?? "", box: label.getBoundingClientRect() }));
      expect(overlapping(boxes)).toEqual([]);
      // The levels' names too: at least 12 px.
      const bands = [...host.querySelectorAll<SVGTextElement>("svg.sl-map-svg .sl-map-band-label")];
      expect(bands.length).toBeGreaterThan(0);
      expect(bands.map((band) => renderedFontPx(band)).filter((px) => px < 12)).toEqual([]);
    });
  }

  it("keeps the labels apart after Enter opens a group, and the map draws the same at the same zoom", async () => {
    await mapHost.draw(<SystemMap graph={dalarnaGraph()} />);
    const host = mapHost.element();
    const group = host.querySelector<SVGGElement>("svg.sl-map-svg .sl-map-node[data-kind='group']")!;
    // Where the part's centre is drawn on screen (its shape's origin), whatever its shape.
    const centre = (element: SVGGElement) => {
      const matrix = element.getScreenCTM()!;
      return { x: matrix.e, y: matrix.f };
    };
    const before = centre(group);
    group.focus();
    await userEvent.keyboard("{Enter}");
    // The group opens in a transition: wait until the map is no longer busy with it.
    await mapHost.untilDrawn();
    // The first member now holds the focus, drawn where the group was.
    const focused = document.activeElement as SVGGElement;
    expect(focused.getAttribute("data-kind")).not.toBe("group");
    const after = centre(focused);
    expect(Math.abs(after.x - before.x)).toBeLessThan(1);
    expect(Math.abs(after.y - before.y)).toBeLessThan(1);
    const labels = [...host.querySelectorAll<SVGTextElement>("svg.sl-map-svg .sl-map-label")];
    expect(
      overlapping(labels.map((label) => ({ text: label.textContent ?? "", box: label.getBoundingClientRect() }))),
    ).toEqual([]);
  });

  it("answers a press on a group at once: the group and the frame busy, then the group's parts drawn", async () => {
    await mapHost.draw(<SystemMap graph={dalarnaGraph()} />);
    const host = mapHost.element();
    const group = host.querySelector<SVGGElement>("svg.sl-map-svg .sl-map-node[data-kind='group']")!;
    const name = group.getAttribute("aria-label")!;
    const frame = host.querySelector(".sl-map-frame")!;
    group.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true, cancelable: true }));
    // The press itself (before any frame or render): the group and the frame say they are busy, and a dashed ring
    // stands over the group.
    await Promise.resolve();
    expect(group.getAttribute("aria-busy")).toBe("true");
    expect(frame.getAttribute("aria-busy")).toBe("true");
    const ring = frame.querySelector<HTMLElement>(".sl-map-busy-ring[data-shown]")!;
    expect(getComputedStyle(ring).borderTopStyle).toBe("dashed");
    expect(getComputedStyle(ring).opacity).toBe("1");
    const ringBox = ring.getBoundingClientRect();
    const groupBox = group.getBoundingClientRect();
    expect(ringBox.left).toBeLessThan(groupBox.left);
    expect(ringBox.right).toBeGreaterThan(groupBox.right);
    expect(ringBox.top).toBeLessThan(groupBox.top);
    expect(ringBox.bottom).toBeGreaterThan(groupBox.bottom);
    // The transition then draws the group's parts, and nothing is busy any more.
    await expect.poll(() => frame.getAttribute("aria-busy")).toBeNull();
    expect(getComputedStyle(frame.querySelector(".sl-map-busy-ring")!).opacity).toBe("0");
    expect([...host.querySelectorAll(".sl-map-node")].some((node) => node.getAttribute("aria-label") === name)).toBe(
      false,
    );
  });

  it("paints the busy mark in a frame of its own: the fold's render starts only after that frame", async () => {
    // When React began the render whose commit takes the pressed group off the map (the fold's), from the profiler.
    let foldStarted = Number.NaN;
    let group: SVGGElement | null = null;
    await mapHost.draw(
      <Profiler
        id="map"
        onRender={(_id, _phase, _actual, _base, startTime) => {
          if (group !== null && !group.isConnected && Number.isNaN(foldStarted)) foldStarted = startTime;
        }}
      >
        <SystemMap graph={dalarnaGraph()} />
      </Profiler>,
    );
    const host = mapHost.element();
    const frame = host.querySelector(".sl-map-frame")!;
    group = host.querySelector<SVGGElement>("svg.sl-map-svg .sl-map-node[data-kind='group']")!;
    const pressed = group;
    // Every animation frame from the press on: when its callbacks ran (its style, layout and paint follow them) and
    // whether the mark was in the DOM for it.
    const frames: { readonly at: number; readonly busy: boolean }[] = [];
    let watching = true;
    const watch = () => {
      if (!watching) return;
      frames.push({ at: performance.now(), busy: pressed.getAttribute("aria-busy") === "true" });
      requestAnimationFrame(watch);
    };
    // Pressed in a task of its own, as a key press comes, not inside an animation frame.
    await new Promise((resolve) => setTimeout(resolve, 0));
    pressed.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true, cancelable: true }));
    requestAnimationFrame(watch);
    await expect.poll(() => frame.getAttribute("aria-busy"), { timeout: 10_000 }).toBeNull();
    watching = false;
    expect(pressed.isConnected).toBe(false);
    // The first frame after the press drew the mark, and the fold's render began after that frame's callbacks: in a
    // task after its paint, so no render of the map stood between the press and the mark on screen.
    expect(frames[0]!.busy).toBe(true);
    expect(Number.isNaN(foldStarted)).toBe(false);
    expect(foldStarted).toBeGreaterThan(frames[0]!.at);
  });

  it("opens more groups as the reader zooms in past a step (semantic zoom), at the zoom asked for", async () => {
    await mapHost.draw(<SystemMap graph={dalarnaGraph()} />);
    const host = mapHost.element();
    const groupsDrawn = () => host.querySelectorAll("svg.sl-map-svg .sl-map-node[data-kind='group']").length;
    const scale = () => host.querySelector<SVGGElement>("svg.sl-map-svg > g")!.getScreenCTM()!.a;
    const before = { groups: groupsDrawn(), k: scale() };
    expect(before.groups).toBeGreaterThan(0);
    await page.getByRole("button", { name: "Zooma in" }).click();
    await nextFrame();
    expect(groupsDrawn()).toBeLessThan(before.groups);
    expect(scale()).toBeCloseTo(before.k * 1.4, 4);
    // Fit again: back to the folds of the frame.
    await page.getByRole("button", { name: "Anpassa till fönstret" }).click();
    await nextFrame();
    expect(groupsDrawn()).toBe(before.groups);
    expect(scale()).toBeCloseTo(before.k, 4);
  });
});
