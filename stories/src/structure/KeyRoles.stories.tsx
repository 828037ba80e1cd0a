import type { Meta, StoryObj } from "@storybook/react-vite";
import { KeyRoles } from "@systemledning/react";
import { expect, within } from "storybook/test";
import { dalarna, EXTREME, extreme, kalmarStructureSample, KALMAR_AS_OF, STRUCTURE_AS_OF } from "./view-stories.js";

const meta = {
  title: "Structure/KeyRoles",
  component: KeyRoles,
  args: { workspace: dalarna, forumId: "f-borlange", asOf: STRUCTURE_AS_OF },
  parameters: { layout: "padded" },
} satisfies Meta<typeof KeyRoles>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Borlänge's forum: one key role missing. */
export const DalarnaBorlange: Story = {
  play: async ({ canvasElement }) => {
    const table = within(canvasElement).getByRole("table", { name: "Nyckelroller och vem som har dem" });
    await expect(within(table).getAllByRole("row")).toHaveLength(4);
    await expect(within(table).getByText("Saknas")).toBeVisible();
  },
};

/** The regional leadership's six forums, the forum and the role naming each row. */
export const DalarnaRegional: Story = { args: { forumId: undefined, leadershipId: "ls-regional" } };

/** Kalmar's Länsgemensam ledning (chair and secretary), in English, dark. */
export const KalmarInEnglishDark: Story = {
  args: {
    workspace: kalmarStructureSample(),
    forumId: undefined,
    leadershipId: "ls-lgl",
    asOf: KALMAR_AS_OF,
    locale: "en",
    theme: "dark",
  },
};

/** A leadership without any forum. */
export const EmptyLeadership: Story = {
  args: { workspace: extreme, forumId: undefined, leadershipId: EXTREME.emptyLeadership },
};

/** A forum of 60 seats with very long names. */
export const SixtyLongNamedSeats: Story = { args: { workspace: extreme, forumId: EXTREME.bigForum } };
