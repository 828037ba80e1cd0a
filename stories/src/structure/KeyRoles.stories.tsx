import type { Meta, StoryObj } from "@storybook/react-vite";
import { KeyRoles, type KeyRolesProps } from "@systemledning/react";
import { expect, within } from "storybook/test";
import { forumsOf, loadedCounty, regionalLeadership } from "../county-picks.js";
import { ON_BIG_FORUM, ON_EMPTY_LEADERSHIP, useCountyView, VIEW_CONTROLS, type ViewArgs } from "./view-stories.js";

type Args = ViewArgs<KeyRolesProps>;

/** The key roles of the county the toolbar chose. */
function CountyKeyRoles({ scope, ...args }: Args) {
  return <KeyRoles {...args} {...useCountyView(scope)} />;
}

const meta = {
  title: "Struktur/Nyckelroller",
  component: CountyKeyRoles,
  args: { scope: "forum" },
  argTypes: VIEW_CONTROLS,
  parameters: { layout: "padded" },
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<typeof meta>;

/** One forum: each key role the county's rules ask for, and who holds it or that it is missing. */
export const OneForum: Story = {
  name: "Ett forum",
  play: async ({ canvasElement }) => {
    const table = within(canvasElement).getByRole("table", { name: "Nyckelroller och vem som har dem" });
    await expect(within(table).getAllByRole("row").length).toBeGreaterThan(1);
  },
};

/** The regional leadership's forums, the forum and the role naming each row. */
export const RegionalLeadership: Story = {
  name: "Regionala ledningen",
  args: { scope: "regional" },
  play: async (context) => {
    const { workspace } = loadedCounty(context);
    const table = within(context.canvasElement).getByRole("table", { name: "Nyckelroller och vem som har dem" });
    // Every forum of the leadership names at least one row.
    for (const forum of forumsOf(workspace, regionalLeadership(workspace).id))
      await expect(within(table).getAllByText(forum.name).length).toBeGreaterThan(0);
  },
};

/** The same in English, whatever the toolbar says. */
export const InEnglish: Story = { name: "På engelska", args: { scope: "local", locale: "en" } };

/** Made-up data: a leadership without any forum. */
export const EmptyLeadership: Story = {
  tags: ["county-independent"],
  name: "Ledning utan forum (påhittad)",
  render: ({ scope: _scope, ...args }) => <KeyRoles {...args} {...ON_EMPTY_LEADERSHIP} />,
};

/** Made-up data: a forum of 60 seats with very long names. */
export const SixtyLongNamedSeats: Story = {
  tags: ["county-independent"],
  name: "60 platser med långa namn (påhittade)",
  render: ({ scope: _scope, ...args }) => <KeyRoles {...args} {...ON_BIG_FORUM} />,
};
