import type { Meta, StoryObj } from "@storybook/react-vite";
import { LeadershipPage, type LeadershipPageProps } from "@systemledning/react";
import { expect, within } from "storybook/test";
import { HIDDEN, radioControl, WIDGET_CONTROLS } from "../controls.js";
import { leadershipAt } from "../county-meetings.js";
import { loadedCounty, nearestLeadership, regionalLeadership } from "../county-picks.js";
import { HOSTILE_STRINGS, loadHostileSample, STORY_AS_OF } from "../sample.js";
import { useStoryCounty } from "../story-county.js";
import { EMPTY_LEADERSHIP_ID, loadSampleWithEmptyLeadership } from "./overview-samples.js";

/** Which of the county's leaderships the page shows. */
type Which = "local" | "regional";

type Args = Omit<LeadershipPageProps, "workspace" | "asOf" | "leadershipId"> & { readonly which: Which };

/** The page of a leadership of the county the toolbar chose. */
function CountyLeadershipPage({ which, ...args }: Args) {
  const { workspace, asOf } = useStoryCounty();
  return (
    <LeadershipPage {...args} workspace={workspace} asOf={asOf} leadershipId={leadershipAt(workspace, which).id} />
  );
}

const meta = {
  title: "Struktur/Ledningens sida",
  component: CountyLeadershipPage,
  args: { which: "local" },
  argTypes: {
    ...WIDGET_CONTROLS,
    which: radioControl(
      "Ledning (which)",
      "Länets första lokala ledning eller den regionala. / The county's first local or its regional leadership.",
      ["local", "regional"],
      { local: "En lokal ledning", regional: "Regionala ledningen" },
    ),
    headingRef: HIDDEN,
  },
  parameters: { layout: "padded" },
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A local leadership of the county in full (the regional one in a county led county-wide). */
export const Local: Story = {
  name: "En lokal ledning",
  play: async (context) => {
    const { workspace } = loadedCounty(context);
    const canvas = within(context.canvasElement);
    const name = nearestLeadership(workspace).name;
    await expect(canvas.getByRole("heading", { level: 2, name })).toBeVisible();
    await expect(canvas.getByRole("heading", { level: 4, name: "Typer av forum" })).toBeVisible();
  },
};

/** The county's regional leadership with its forums. */
export const Regional: Story = {
  name: "Regionala ledningen",
  args: { which: "regional" },
  play: async (context) => {
    const { workspace } = loadedCounty(context);
    const name = regionalLeadership(workspace).name;
    await expect(within(context.canvasElement).getByRole("heading", { level: 2, name })).toBeVisible();
  },
};

/** The regional leadership in English, whatever the toolbar says. */
export const InEnglish: Story = {
  name: "På engelska",
  args: { which: "regional", locale: "en" },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole("heading", { name: "The questions at a glance" })).toBeVisible();
  },
};

/** Made-up data, the same in every county: a new leadership with nothing yet (no forum, no member, no charter). */
export const EmptyLeadership: Story = {
  name: "En tom ledning (påhittad)",
  tags: ["county-independent"],
  render: (args) => (
    <LeadershipPage
      {...args}
      workspace={loadSampleWithEmptyLeadership()}
      leadershipId={EMPTY_LEADERSHIP_ID}
      asOf={STORY_AS_OF}
    />
  ),
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText(/har inga forum ännu/)).toBeVisible();
  },
};

const hostile = loadHostileSample();

/** Made-up data: very long and hostile names stay text and reflow. */
export const VeryLongNames: Story = {
  name: "Mycket långa namn (påhittade)",
  tags: ["county-independent"],
  render: (args) => (
    <LeadershipPage {...args} workspace={hostile} leadershipId={nearestLeadership(hostile).id} asOf={STORY_AS_OF} />
  ),
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getAllByText(HOSTILE_STRINGS[0], { exact: false }).length).toBeGreaterThan(0);
    await expect(canvasElement.querySelector("script, img")).toBeNull();
  },
};
