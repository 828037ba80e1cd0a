import type { Meta, StoryObj } from "@storybook/react-vite";
import { getTimeline, groupTimeline } from "@systemledning/core/timeline";
import { Timeline } from "@systemledning/react";
import { expect, within } from "storybook/test";
import { HIDDEN, WIDGET_CONTROLS } from "../controls.js";
import {
  createNationalTimelineWorkspace,
  NATIONAL_TIMELINE_AS_OF,
  NATIONAL_TIMELINE_YEAR,
} from "../../../tests/fixtures/national-timeline.js";

const workspace = createNationalTimelineWorkspace({ seed: 20261122 });
const items = getTimeline(workspace, {
  from: `${NATIONAL_TIMELINE_YEAR}-01-01`,
  to: `${NATIONAL_TIMELINE_YEAR}-12-31`,
});
const lanes = groupTimeline(workspace, items, { by: "forum" });

const meta = {
  title: "Möten och tidslinje/Tidslinje i riksskala",
  component: Timeline,
  // National data, made up at the scale of the country: the same whatever county the toolbar chose.
  tags: ["county-independent"],
  args: { lanes, asOf: NATIONAL_TIMELINE_AS_OF },
  // The lanes are a data object no reader edits by hand; its tree editor is hidden with it.
  argTypes: { ...WIDGET_CONTROLS, lanes: HIDDEN },
  parameters: { layout: "padded" },
} satisfies Meta<typeof Timeline>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A national year of about 10,000 items in some 60 lanes: only the period in view is laid out, crowded places cluster. */
export const TenThousandItems: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(items.length).toBeGreaterThan(9000);
    // Far fewer entries than items are in the page: the rest are inside "+N" clusters.
    await expect(canvasElement.querySelectorAll(".sl-tl-entry").length).toBeLessThan(items.length / 3);
    await expect(canvas.getByRole("figure", { name: "Tidslinje" })).toBeVisible();
  },
};

/** The same national year, one month at a time. */
export const OneMonth: Story = { args: { defaultZoom: "month" } };
