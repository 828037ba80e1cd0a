import type { Meta, StoryObj } from "@storybook/react-vite";
import { ForumMembers, type ForumMembersProps } from "@systemledning/react";
import { expect, userEvent, within } from "storybook/test";
import { HEADING_LEVEL_CONTROL, HIDDEN, WIDGET_CONTROLS } from "../controls.js";
import { toggle } from "../story-controls.js";
import { firstForumOf, loadedCounty, regionalLeadership } from "../county-picks.js";
import { HOSTILE_STRINGS, loadHostileSample, STORY_AS_OF } from "../sample.js";
import { useStoryCounty } from "../story-county.js";
import { ON_BIG_FORUM } from "./view-stories.js";

type Args = Omit<ForumMembersProps, "workspace" | "asOf" | "forumId">;

/** The members of the county's first regional forum, in the county the toolbar chose. */
function CountyForumMembers(args: Args) {
  const { workspace, asOf } = useStoryCounty();
  const forum = firstForumOf(workspace, regionalLeadership(workspace).id);
  return <ForumMembers {...args} workspace={workspace} asOf={asOf} forumId={forum.id} />;
}

const meta = {
  title: "Struktur/Forumets ledamöter",
  component: CountyForumMembers,
  argTypes: {
    ...WIDGET_CONTROLS,
    ...HEADING_LEVEL_CONTROL,
    defaultShowEnded: toggle(
      "Visa avslutade uppdrag (defaultShowEnded)",
      "Visa uppdrag som har slutat. / Show the seats that have ended.",
    ),
    initialSorting: HIDDEN,
  },
  parameters: { layout: "padded" },
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * The county's first regional forum: its seats, and the ended ones behind the toggle (shown only when the forum has
 * any), shown from the keyboard.
 */
export const RegionalForum: Story = {
  name: "Regionalt forum",
  play: async (context) => {
    const { workspace, asOf } = loadedCounty(context);
    const forum = firstForumOf(workspace, regionalLeadership(workspace).id);
    const canvas = within(context.canvasElement);
    const table = canvas.getByRole("table", { name: `Uppdrag i ${forum.name}` });
    const ended = workspace.memberships.filter((m) => m.forumId === forum.id && m.to !== undefined && m.to < asOf);
    if (ended.length === 0) {
      await expect(canvas.queryByRole("checkbox", { name: /^Visa avslutade uppdrag/ })).toBeNull();
      return;
    }
    const toggle = canvas.getByRole("checkbox", { name: `Visa avslutade uppdrag (${ended.length})` });
    const before = within(table).getAllByRole("row").length;
    toggle.focus();
    await userEvent.keyboard(" ");
    await expect(toggle).toBeChecked();
    await expect(within(table).getAllByRole("row")).toHaveLength(before + ended.length);
  },
};

/** The same in English, whatever the toolbar says. */
export const InEnglish: Story = { name: "På engelska", args: { locale: "en" } };

/** Made-up data: a forum of 60 seats with very long names, sorted by person from the keyboard. */
export const SixtyLongNamedSeats: Story = {
  tags: ["county-independent"],
  name: "60 platser med långa namn (påhittade)",
  render: (args) => <ForumMembers {...args} {...ON_BIG_FORUM} defaultShowEnded />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const table = canvas.getByRole("table", { name: /^Uppdrag i / });
    await expect(within(table).getAllByRole("row")).toHaveLength(61);
    const sort = within(within(table).getByRole("columnheader", { name: /Person/ })).getByRole("button");
    sort.focus();
    await userEvent.keyboard("{Enter}");
    await expect(within(table).getByRole("columnheader", { name: /Person/ })).toHaveAttribute("aria-sort", "ascending");
  },
};

/** Made-up data: names a user might paste or an attacker might try, each shown exactly as typed, as text. */
export const HostileNames: Story = {
  tags: ["county-independent"],
  name: "Fientliga namn (påhittade)",
  render: (args) => {
    const workspace = loadHostileSample();
    return (
      <ForumMembers
        {...args}
        workspace={workspace}
        asOf={STORY_AS_OF}
        forumId={firstForumOf(workspace, regionalLeadership(workspace).id).id}
      />
    );
  },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector("script")).toBeNull();
    await expect(within(canvasElement).getAllByText(HOSTILE_STRINGS[0]).length).toBeGreaterThan(0);
  },
};
