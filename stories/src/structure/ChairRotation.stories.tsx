import type { Meta, StoryObj } from "@storybook/react-vite";
import { ChairRotation, type ChairRotationProps } from "@systemledning/react";
import { expect, within } from "storybook/test";
import { forumsOf, loadedCounty, regionalLeadership } from "../county-picks.js";
import { ON_BIG_FORUM, ON_EMPTY_LEADERSHIP, useCountyView, VIEW_CONTROLS, type ViewArgs } from "./view-stories.js";

type Args = ViewArgs<ChairRotationProps>;

/** The view on the county the toolbar chose. */
function CountyChairRotation({ scope, ...args }: Args) {
  return <ChairRotation {...args} {...useCountyView(scope)} />;
}

const meta = {
  title: "Struktur/Ordförandeskap",
  component: CountyChairRotation,
  args: { scope: "regional" },
  argTypes: VIEW_CONTROLS,
  parameters: { layout: "padded" },
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The regional leadership's forums: each forum's chair rules, the rotation, and any term past the county's maximum. */
export const RegionalLeadership: Story = {
  name: "Regionala ledningen",
  args: { scope: "regional" },
  play: async (context) => {
    const { workspace } = loadedCounty(context);
    const forums = forumsOf(workspace, regionalLeadership(workspace).id);
    // One section per forum of the leadership.
    await expect(within(context.canvasElement).getAllByRole("heading", { level: 3 })).toHaveLength(forums.length);
  },
};

/** One forum of the county. */
export const OneForum: Story = { name: "Ett forum", args: { scope: "forum" } };

/** The same in English, whatever the toolbar says. */
export const InEnglish: Story = { name: "På engelska", args: { locale: "en" } };

/** Made-up data, the same in every county: a leadership without any forum. */
export const EmptyLeadership: Story = {
  tags: ["county-independent"],
  name: "Ledning utan forum (påhittad)",
  render: ({ scope: _scope, ...args }) => <ChairRotation {...args} {...ON_EMPTY_LEADERSHIP} />,
};

/** Made-up data: a forum of 60 seats with very long names. */
export const SixtyLongNamedSeats: Story = {
  tags: ["county-independent"],
  name: "60 platser med långa namn (påhittade)",
  render: ({ scope: _scope, ...args }) => <ChairRotation {...args} {...ON_BIG_FORUM} />,
};
