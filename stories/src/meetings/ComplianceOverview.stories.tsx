import type { Meta, StoryObj } from "@storybook/react-vite";
import { ComplianceOverview } from "@systemledning/react";
import { expect, userEvent, within } from "storybook/test";
import { HIDDEN, WIDGET_CONTROLS } from "../controls.js";
import { loadSample, STORY_AS_OF } from "../sample.js";

const sample = loadSample();
const REGIONAL = ["f-lchnv", "f-vfr", "f-schnv"];

const meta = {
  title: "Möten och tidslinje/Följs mötesreglerna",
  component: ComplianceOverview,
  args: { workspace: sample, forumIds: REGIONAL, from: "2025-01-01", to: "2025-12-31" },
  // The workspace and the forum list are data no reader edits by hand; their tree editors are hidden with them.
  argTypes: { ...WIDGET_CONTROLS, workspace: HIDDEN, forumIds: HIDDEN },
  parameters: { layout: "padded" },
} satisfies Meta<typeof ComplianceOverview>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The regional leadership's three forums of Bilaga 2 over 2025, as RSS Dalarna follows them. */
export const RegionalForums2025: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const table = canvas.getByRole("table", { name: "Mötesregler per forum" });
    await expect(within(table).getAllByRole("row")).toHaveLength(4);
    const figure = canvas.getByRole("figure", { name: "Huvudmännens närvaro" });
    await expect(figure.querySelectorAll('svg [tabindex="0"]')).toHaveLength(1);
    const bars = within(figure).getAllByRole("img");
    await userEvent.click(bars[0]!);
    await userEvent.keyboard("{ArrowDown}");
    await expect(bars[1]).toHaveFocus();
    await userEvent.keyboard("{End}");
    await expect(bars.at(-1)).toHaveFocus();
  },
};

/** The two local leaderships with meetings in 2026, in the middle of the year: planned so far, not the whole year. */
export const LocalLeaderships2026: Story = {
  args: { forumIds: ["f-falun", "f-vasterbergslagen"], from: "2026-01-01", to: "2026-12-31", asOf: STORY_AS_OF },
};

/** Every forum of the county in 2025: most have no meetings in the sample, which the table says plainly. */
export const AllForums2025: Story = { args: { forumIds: undefined } };

/** A period without any meeting: the figures say there is nothing to judge. */
export const EmptyPeriod: Story = {
  args: { from: "2024-01-01", to: "2024-12-31" },
  play: async ({ canvasElement }) => {
    await expect(
      within(canvasElement).getAllByText("Ingen närvaro är registrerad för mötena under perioden.").length,
    ).toBeGreaterThan(0);
  },
};

/** The chart's table first. */
export const AsTable: Story = {
  args: { defaultView: "table" },
  play: async ({ canvasElement }) => {
    const table = await within(canvasElement).findByRole("table", { name: "Huvudmännens närvaro per forum" });
    await expect(within(table).getAllByRole("row")).toHaveLength(49);
  },
};

/** In English, dark. */
export const InEnglishDark: Story = { args: { locale: "en", theme: "dark" } };
