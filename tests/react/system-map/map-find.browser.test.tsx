/**
 * Finding yourself on the folded map in real Chromium with the kit's stylesheet: the reader's "Här finns jag" is drawn
 * legibly and clear of every other label, and a hit chosen in the search is focused inside the map's frame.
 */
import { describe, expect, it } from "vitest";
import { page, userEvent } from "vitest/browser";
import { SystemMap } from "../../../packages/react/src/system-map/system-map.js";
import { dalarnaGraph, nextFrame, mountMapHost } from "./map-browser-host.js";

const graph = dalarnaGraph();
const mapHost = mountMapHost();

const overlaps = (a: DOMRect, b: DOMRect) =>
  Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5 &&
  Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5;

describe("finding yourself on the SystemMap in Chromium", () => {
  it("draws 'Här finns jag' at 11 px or more, inside the frame and clear of every part's label", async () => {
    await mapHost.draw(<SystemMap graph={graph} reader={{ organisationId: "org-mora" }} />);
    const host = mapHost.element();
    // The reader's group opens quietly in a transition (no press, so no busy mark to wait for): wait until the
    // reader's own part is drawn with its words, then for the frame that lays it out.
    await expect
      .poll(() =>
        [...host.querySelectorAll("[aria-label]")].some((part) =>
          /^Organisation: Mora kommun,.*Här finns jag$/.test(part.getAttribute("aria-label") ?? ""),
        ),
      )
      .toBe(true);
    await mapHost.untilDrawn();
    const words = host.querySelector<SVGTextElement>("svg.sl-map-svg .sl-map-reader-label")!;
    expect(words.textContent).toBe("Här finns jag");
    const matrix = words.getScreenCTM()!;
    expect(Number.parseFloat(getComputedStyle(words).fontSize) * Math.hypot(matrix.a, matrix.b)).toBeGreaterThanOrEqual(
      11,
    );
    const box = words.getBoundingClientRect();
    const frame = host.querySelector("svg.sl-map-svg")!.getBoundingClientRect();
    expect(
      box.top >= frame.top && box.bottom <= frame.bottom && box.left >= frame.left && box.right <= frame.right,
    ).toBe(true);
    const labels = [...host.querySelectorAll<SVGTextElement>("svg.sl-map-svg .sl-map-label")];
    expect(
      labels.filter((label) => overlaps(label.getBoundingClientRect(), box)).map((label) => label.textContent),
    ).toEqual([]);
  });

  it("focuses a hit chosen with Enter inside the map's frame, its folded group opened", async () => {
    await mapHost.draw(<SystemMap graph={graph} />);
    const host = mapHost.element();
    await userEvent.click(page.getByRole("button", { name: "Fäll ihop alla" }));
    await userEvent.type(page.getByRole("combobox", { name: "Sök i kartan" }), "Systemledning Mora");
    await userEvent.keyboard("{Enter}");
    await expect
      .poll(() => document.activeElement?.getAttribute("aria-label") ?? "")
      .toMatch(/^Forum: Systemledning Mora,/);
    await nextFrame();
    const part = (document.activeElement as SVGGElement).getBoundingClientRect();
    const frame = host.querySelector("svg.sl-map-svg")!.getBoundingClientRect();
    const x = (part.left + part.right) / 2;
    const y = (part.top + part.bottom) / 2;
    expect(x > frame.left && x < frame.right && y > frame.top && y < frame.bottom).toBe(true);
  });
});
