import type { Meta, StoryObj } from "@storybook/react-vite";
import { Substitutes, type SubstitutesProps } from "@systemledning/react";
import { HEADING_LEVEL_CONTROL, WIDGET_CONTROLS } from "../controls.js";
import { useStoryCounty } from "../story-county.js";
import { EXTREME, extreme, SCOPE_CONTROL, STRUCTURE_AS_OF, targetIn, type ScopeArgs } from "./view-stories.js";

type Args = Omit<SubstitutesProps, "workspace" | "asOf" | "leadershipId" | "forumId"> & ScopeArgs;

/** The view on the county the toolbar chose. */
function CountySubstitutes({ scope, ...args }: Args) {
  const { workspace, asOf } = useStoryCounty();
  return <Substitutes {...args} workspace={workspace} asOf={asOf} {...targetIn(workspace, scope)} />;
}

const meta = {
  title: "Struktur/Ersättare",
  component: CountySubstitutes,
  args: { scope: "local" },
  argTypes: { ...WIDGET_CONTROLS, ...HEADING_LEVEL_CONTROL, ...SCOPE_CONTROL },
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
  render: ({ scope: _scope, ...args }) => (
    <Substitutes {...args} workspace={extreme} asOf={STRUCTURE_AS_OF} leadershipId={EXTREME.emptyLeadership} />
  ),
};

/** Made-up data: a forum of 60 seats with very long names. */
export const SixtyLongNamedSeats: Story = {
  tags: ["county-independent"],
  name: "60 platser med långa namn (påhittade)",
  render: ({ scope: _scope, ...args }) => (
    <Substitutes {...args} workspace={extreme} asOf={STRUCTURE_AS_OF} forumId={EXTREME.bigForum} />
  ),
};
