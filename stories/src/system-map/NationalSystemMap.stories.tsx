import type { Meta, StoryObj } from "@storybook/react-vite";
import { SystemMap } from "@systemledning/react";
import { radioControl } from "../controls.js";
import { onlyControls } from "../story-controls.js";
import { expect, waitFor, within } from "storybook/test";
import { createNationalAnnotations, createNationalSystemGraph } from "../../../tests/fixtures/national-system-map.js";

const national = createNationalSystemGraph({ seed: 20261122, nodes: 2_000 });

const meta = {
  title: "Systemkarta/Nationell karta (påhittad)",
  tags: ["county-independent"],
  component: SystemMap,
  args: {
    graph: national.graph,
    annotations: createNationalAnnotations(national.graph, { seed: 20261122, count: 120 }),
  },
  ...onlyControls({
    layoutMode: radioControl(
      "Placering",
      "Delarna i nivåer efter Metodstödet, eller utspridda av en kraftlayout.",
      ["structured", "force"],
      { structured: "I nivåer", force: "Kraftlayout" },
    ),
  }),
  parameters: { layout: "padded" },
} satisfies Meta<typeof SystemMap>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * Made up, whatever county the toolbar shows: the national synthetic workspace cut to 2,000 parts: laid out in the worker (from 1,500 parts the map never
 * lays out on the main thread), "Kartan ritas …" meanwhile; labels step back at this scale and come back when
 * zoomed in.
 */
export const TwoThousandParts: Story = {
  name: "2 000 delar",
  args: { folding: "none" },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole("figure", { name: "Systemkarta" })).toBeVisible();
    await waitFor(
      () => expect(canvasElement.querySelectorAll(".sl-map-node[role='button']").length).toBeGreaterThan(1500),
      { timeout: 10_000 },
    );
    await expect(within(canvasElement).queryByText("Kartan ritas …")).toBeNull();
  },
};

/** The same map laid out by the seeded force layout, in a worker, with its progress shown meanwhile. */
export const ForceLayout: Story = {
  name: "Kraftlayout",
  args: { layoutMode: "force", graph: createNationalSystemGraph({ seed: 20261122, nodes: 500 }).graph },
};
