import type { Meta, StoryObj } from "@storybook/react-vite";
import { PrincipalMandate, type PrincipalMandateProps } from "@systemledning/react";
import { expect, within } from "storybook/test";
import { ON_BIG_FORUM, ON_EMPTY_LEADERSHIP, useCountyView, VIEW_CONTROLS, type ViewArgs } from "./view-stories.js";

type Args = ViewArgs<PrincipalMandateProps>;

/** The view on the county the toolbar chose. */
function CountyPrincipalMandate({ scope, ...args }: Args) {
  return <PrincipalMandate {...args} {...useCountyView(scope)} />;
}

const meta = {
  title: "Struktur/Huvudmän och mandat",
  component: CountyPrincipalMandate,
  args: { scope: "local" },
  argTypes: VIEW_CONTROLS,
  parameters: { layout: "padded" },
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A local leadership (the county's first, else the regional one): each principal, who represents it and with what mandate. */
export const LocalLeadership: Story = {
  name: "En lokal ledning",
  args: { scope: "local" },
  play: async (context) => {
    const table = within(context.canvasElement).getByRole("table", { name: "Huvudmän och deras företrädare" });
    await expect(within(table).getAllByRole("row").length).toBeGreaterThan(1);
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
  render: ({ scope: _scope, ...args }) => <PrincipalMandate {...args} {...ON_EMPTY_LEADERSHIP} />,
};

/** Made-up data: a forum of 60 seats with very long names. */
export const SixtyLongNamedSeats: Story = {
  tags: ["county-independent"],
  name: "60 platser med långa namn (påhittade)",
  render: ({ scope: _scope, ...args }) => <PrincipalMandate {...args} {...ON_BIG_FORUM} />,
};
