// @vitest-environment jsdom
/**
 * The legend draws the workshop's marks with the shapes the map draws them with: a reader matches a green pill and
 * a red square on the map to their words in the legend.
 */
import { cleanup, render } from "@testing-library/react";
import { createDalarnaSampleWorkspace, DALARNA_SAMPLE_AS_OF } from "@systemledning/core/profiles/dalarna";
import { getSystemGraph } from "@systemledning/core/system-map";
import { afterEach, describe, expect, it } from "vitest";
import { SystemMap } from "../../../packages/react/src/system-map/system-map.js";

afterEach(cleanup);

const workspace = createDalarnaSampleWorkspace();
const graph = getSystemGraph(workspace, { view: "system", asOf: DALARNA_SAMPLE_AS_OF });

/** The tag and rounding of each mark kind's shape, in the legend or on the map. */
const shapes = (scope: string, kind: string) =>
  [...document.querySelectorAll(`${scope} .sl-map-badge[data-kind="${kind}"] > :is(rect, circle)`)].map(
    (shape) => `${shape.tagName}${shape.hasAttribute("rx") ? " rounded" : ""}`,
  );

describe("the map's legend", () => {
  it("draws the marks' swatches in the map's own shapes", () => {
    render(<SystemMap graph={graph} annotations={workspace.annotations} workspace={workspace} />);
    for (const kind of ["good", "bad"]) {
      const onMap = new Set(shapes(".sl-map-svg", kind));
      const inLegend = shapes(".sl-map-legend-swatch", kind);
      expect(onMap.size, kind).toBe(1);
      expect(inLegend, kind).toEqual([...onMap]);
    }
  });
});
