import type { Meta, StoryObj } from "@storybook/react-vite";
import { StructureOverview, type StructureOverviewProps } from "@systemledning/react";
import { expect, userEvent, within } from "storybook/test";
import { HEADING_LEVEL_CONTROL, HIDDEN, WIDGET_CONTROLS } from "../controls.js";
import { forumsOf, loadedCounty, localLeaderships, regionalLeadership } from "../county-picks.js";
import { HOSTILE_STRINGS, loadHostileSample, STORY_AS_OF } from "../sample.js";
import { useStoryCounty } from "../story-county.js";
import { loadSampleWithEmptyLeadership } from "./overview-samples.js";

const leadershipHref = (id: string) => `#/ledning/${encodeURIComponent(id)}`;

type Args = Omit<StructureOverviewProps, "workspace" | "asOf">;

/** The overview of the county the toolbar chose. */
function CountyOverview(args: Args) {
  const { workspace, asOf } = useStoryCounty();
  return <StructureOverview {...args} workspace={workspace} asOf={asOf} />;
}

const meta = {
  title: "Struktur/Strukturöversikt",
  component: CountyOverview,
  argTypes: { ...WIDGET_CONTROLS, ...HEADING_LEVEL_CONTROL, leadershipHref: HIDDEN, onSelectLeadership: HIDDEN },
  parameters: { layout: "padded" },
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The county: its regional leadership's forums, then its local leaderships with a status per question. */
export const Lanet: Story = {
  name: "Länet",
  args: { leadershipHref },
  play: async (context) => {
    const { canvasElement } = context;
    const { workspace } = loadedCounty(context);
    const canvas = within(canvasElement);
    const regionalForum = forumsOf(workspace, regionalLeadership(workspace).id)[0];
    if (regionalForum) await expect(canvas.getByRole("heading", { name: regionalForum.name })).toBeVisible();
    const locals = localLeaderships(workspace);
    if (locals.length === 0) {
      await expect(canvas.getByText("Arbetsytan har inga lokala systemledningar.")).toBeVisible();
      return;
    }
    const table = canvas.getByRole("table", { name: "De lokala systemledningarna och hur de står sig" });
    await expect(within(table).getAllByRole("rowheader")).toHaveLength(locals.length);
    // A long table (Dalarna's) filters from the keyboard: one leadership's name leaves its row alone. The kit offers
    // the filter only past ten rows, so a county of few local leaderships shows them all without one.
    const filter = canvas.queryByRole("searchbox", { name: "Filtrera tabellen" });
    await expect(filter === null).toBe(locals.length <= 10);
    if (filter === null) return;
    const name = locals[0]!.name;
    await userEvent.type(filter, name);
    await expect(within(table).getByRole("rowheader", { name: new RegExp(name) })).toBeVisible();
  },
};

/** The same in English, whatever the toolbar says: the kit's words, Swedish names marked as Swedish. */
export const InEnglish: Story = {
  name: "På engelska",
  args: { locale: "en", leadershipHref },
  play: async (context) => {
    const { canvasElement } = context;
    const { workspace } = loadedCounty(context);
    const count = localLeaderships(workspace).length;
    const canvas = within(canvasElement);
    if (count > 0)
      await expect(canvas.getByRole("heading", { name: `Local system leaderships (${count})` })).toBeVisible();
    else await expect(canvas.getByText("The workspace has no local system leaderships.")).toBeVisible();
  },
};

/** With a callback and no address, each leadership is a button. */
export const WithButtons: Story = {
  name: "Med knappar",
  args: { onSelectLeadership: () => undefined },
  play: async (context) => {
    const { canvasElement } = context;
    const { workspace } = loadedCounty(context);
    const first = localLeaderships(workspace)[0];
    if (first) await expect(within(canvasElement).getByRole("button", { name: first.name })).toBeVisible();
  },
};

/**
 * Made-up data, the same whatever county the toolbar chose: Dalarna's sample with a new local leadership that has
 * nothing yet, so every question is missing or open and it says what to do first.
 */
export const WithAnEmptyLeadership: Story = {
  tags: ["county-independent"],
  name: "Med en tom ledning (påhittad)",
  render: (args) => <StructureOverview {...args} workspace={loadSampleWithEmptyLeadership()} asOf={STORY_AS_OF} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const row = canvas.getByRole("row", { name: /Lokal systemledning under uppbyggnad/ });
    await expect(within(row).getAllByText("Saknas").length).toBeGreaterThan(0);
  },
};

/** Made-up data: very long and hostile names stay text and reflow; the table scrolls inside its own region. */
export const VeryLongNames: Story = {
  tags: ["county-independent"],
  name: "Mycket långa namn (påhittade)",
  render: (args) => <StructureOverview {...args} workspace={loadHostileSample()} asOf={STORY_AS_OF} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getAllByText(HOSTILE_STRINGS[0], { exact: false }).length).toBeGreaterThan(0);
    await expect(canvasElement.querySelector("script, img")).toBeNull();
  },
};
