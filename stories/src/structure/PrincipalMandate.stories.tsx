import type { Meta, StoryObj } from "@storybook/react-vite";
import { PrincipalMandate, type PrincipalMandateProps } from "@systemledning/react";
import { expect, within } from "storybook/test";
import { HEADING_LEVEL_CONTROL, WIDGET_CONTROLS } from "../controls.js";
import { useStoryCounty } from "../story-county.js";
import { EXTREME, extreme, SCOPE_CONTROL, STRUCTURE_AS_OF, targetIn, type ScopeArgs } from "./view-stories.js";

type Args = Omit<PrincipalMandateProps, "workspace" | "asOf" | "leadershipId" | "forumId"> & ScopeArgs;

/** The view on the county the toolbar chose. */
function CountyPrincipalMandate({ scope, ...args }: Args) {
  const { workspace, asOf } = useStoryCounty();
  return <PrincipalMandate {...args} workspace={workspace} asOf={asOf} {...targetIn(workspace, scope)} />;
}

const meta = {
  title: "Struktur/Huvudmän och mandat",
  component: CountyPrincipalMandate,
  args: { scope: "local" },
  argTypes: { ...WIDGET_CONTROLS, ...HEADING_LEVEL_CONTROL, ...SCOPE_CONTROL },
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
  render: ({ scope: _scope, ...args }) => (
    <PrincipalMandate {...args} workspace={extreme} asOf={STRUCTURE_AS_OF} leadershipId={EXTREME.emptyLeadership} />
  ),
};

/** Made-up data: a forum of 60 seats with very long names. */
export const SixtyLongNamedSeats: Story = {
  tags: ["county-independent"],
  name: "60 platser med långa namn (påhittade)",
  render: ({ scope: _scope, ...args }) => (
    <PrincipalMandate {...args} workspace={extreme} asOf={STRUCTURE_AS_OF} forumId={EXTREME.bigForum} />
  ),
};
