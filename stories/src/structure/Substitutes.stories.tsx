import type { Meta, StoryObj } from "@storybook/react-vite";
import { Substitutes, type SubstitutesProps } from "@systemledning/react";
import { ON_BIG_FORUM, ON_EMPTY_LEADERSHIP, useCountyView, VIEW_CONTROLS, type ViewArgs } from "./view-stories.js";

type Args = ViewArgs<SubstitutesProps>;

/** The view on the county the toolbar chose. */
function CountySubstitutes({ scope, ...args }: Args) {
  return <Substitutes {...args} {...useCountyView(scope)} />;
}

const meta = {
  title: "Struktur/Ersättare",
  component: CountySubstitutes,
  args: { scope: "local" },
  argTypes: VIEW_CONTROLS,
  parameters: { layout: "padded" },
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A local leadership: its mandate holders and their substitutes. */
export const LocalLeadership: Story = {
  name: "En lokal ledning",
  args: { scope: "local" },
};

/** One forum of the county. */
export const OneForum: Story = { name: "Ett forum", args: { scope: "forum" } };

/** The same in English, whatever the toolbar says. */
export const InEnglish: Story = { name: "På engelska", args: { locale: "en" } };

/** Made-up data, the same in every county: a leadership without any forum. */
export const EmptyLeadership: Story = {
  tags: ["county-independent"],
  name: "Ledning utan forum (påhittad)",
  render: ({ scope: _scope, ...args }) => <Substitutes {...args} {...ON_EMPTY_LEADERSHIP} />,
};

/** Made-up data: a forum of 60 seats with very long names. */
export const SixtyLongNamedSeats: Story = {
  tags: ["county-independent"],
  name: "60 platser med långa namn (påhittade)",
  render: ({ scope: _scope, ...args }) => <Substitutes {...args} {...ON_BIG_FORUM} />,
};
