import type { Meta, StoryObj } from "@storybook/react-vite";
import { HIDDEN, WIDGET_CONTROLS } from "../controls.js";
import { createDalarnaSampleWorkspace, DALARNA_SAMPLE_AS_OF } from "@systemledning/core/profiles/dalarna";
import { getTimeline, groupTimeline } from "@systemledning/core/timeline";
import { Timeline } from "@systemledning/react";
import { expect, userEvent, within } from "storybook/test";

const workspace = createDalarnaSampleWorkspace();
const regionalForums = ["f-lchnv", "f-vfr", "f-schnv"];
const bilaga2 = getTimeline(workspace, {
  from: "2025-01-01",
  to: "2025-12-31",
  forumIds: regionalForums,
  kinds: ["meeting", "decision"],
});
const events2025 = getTimeline(workspace, { from: "2025-01-01", to: "2025-12-31", kinds: ["event"] });
const lanes = [
  ...groupTimeline(workspace, bilaga2, { by: "forum" }).filter((group) => group.key !== ""),
  { key: "regionala-aktiviteter", label: "Regionala aktiviteter", items: events2025 },
];

const meta = {
  title: "Möten och tidslinje/Tidslinje",
  component: Timeline,
  args: { lanes, asOf: DALARNA_SAMPLE_AS_OF, defaultAnchor: "2025-06-01" },
  // The lanes are a data object no reader edits by hand; its tree editor is hidden with it.
  argTypes: { ...WIDGET_CONTROLS, lanes: HIDDEN },
  parameters: { layout: "padded" },
} satisfies Meta<typeof Timeline>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * 2025 as *Regional årsrapport 2025*, Bilaga 2, shows it: LCHNV, VfR and SCHNV with their decisions, and the regional
 * activities.
 */
export const Bilaga2Year2025: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("figure", { name: "Tidslinje" })).toBeVisible();
    await expect(canvas.getByRole("list", { name: /^Länschefsnätverket: \d+ händelser$/ })).toBeVisible();
    const first = canvas.getAllByRole("button", { name: /^Möte, 7 februari 2025/ })[0]!;
    await userEvent.click(first);
    await expect(canvas.getByRole("heading", { name: "Länschefsnätverket", level: 4 })).toHaveFocus();
    await userEvent.keyboard("{Escape}");
    await expect(first).toHaveFocus();
  },
};

/** In English, dark. */
export const InEnglishDark: Story = { args: { locale: "en", theme: "dark" } };

/** A quarter of the same year: day columns and week numbers; crowded March opens its decisions. */
export const Quarter: Story = { args: { defaultZoom: "quarter", defaultAnchor: "2025-03-14" } };

const vasterbergslagen = getTimeline(workspace, {
  from: "2026-01-01",
  to: "2026-12-31",
  leadershipIds: ["ls-vasterbergslagen"],
});
/** A local leadership's year (Västerbergslagen, 2026): its meetings, plan activities and check-ins, by kind; today marked. */
export const LocalLeadershipYear: Story = {
  args: { lanes: groupTimeline(workspace, vasterbergslagen, { by: "kind" }), defaultAnchor: DALARNA_SAMPLE_AS_OF },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText(/^Idag, 13 maj 2026$/)).toBeInTheDocument();
  },
};

/** A month with today marked: one column a day. */
export const MonthWithToday: Story = {
  args: {
    lanes: groupTimeline(workspace, vasterbergslagen, { by: "kind" }),
    defaultZoom: "month",
    defaultAnchor: DALARNA_SAMPLE_AS_OF,
  },
};

/** An empty year: the figure says so, and the timeline is still reachable by keyboard. */
export const EmptyYear: Story = {
  args: { defaultAnchor: "2030-06-01" },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText("Inga händelser under 2030.")).toBeVisible();
  },
};

const longTitle =
  "Gemensam genomgång av den regionala handlingsplanen för sköra äldre med fokus på samverkan mellan kommunernas hemsjukvård, regionens primärvård och den specialiserade vården i hela länet";
/** Very long titles are cut with an ellipsis on the timeline and shown whole in the details and the table. */
export const VeryLongTitles: Story = {
  args: {
    lanes: lanes.map((lane) => ({
      ...lane,
      label: `${lane.label} – ${longTitle.slice(0, 60)}`,
      items: lane.items.map((item) => ({ ...item, title: `${item.title}: ${longTitle}` })),
    })),
  },
};
