import type { Meta, StoryObj } from "@storybook/react-vite";
import { PrincipalMandate } from "@systemledning/react";
import { expect, within } from "storybook/test";
import { dalarna, EXTREME, extreme, kalmarStructureSample, KALMAR_AS_OF, STRUCTURE_AS_OF } from "./view-stories.js";

const meta = {
  title: "Structure/PrincipalMandate",
  component: PrincipalMandate,
  args: { workspace: dalarna, leadershipId: "ls-gagnef", asOf: STRUCTURE_AS_OF },
  parameters: { layout: "padded" },
} satisfies Meta<typeof PrincipalMandate>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Gagnef: the municipality sits with mandate, the region does not sit at all. */
export const DalarnaGagnef: Story = {
  play: async ({ canvasElement }) => {
    const table = within(canvasElement).getByRole("table", { name: "Huvudmän och deras företrädare" });
    await expect(within(table).getAllByRole("row")).toHaveLength(3);
  },
};

/** The regional leadership: the region and all fifteen municipalities. */
export const DalarnaRegional: Story = { args: { leadershipId: "ls-regional" } };

/** Kalmar's Länsgemensam ledning, in English, dark. */
export const KalmarInEnglishDark: Story = {
  args: { workspace: kalmarStructureSample(), leadershipId: "ls-lgl", asOf: KALMAR_AS_OF, locale: "en", theme: "dark" },
};

/** A leadership without any forum: every principal missing. */
export const EmptyLeadership: Story = { args: { workspace: extreme, leadershipId: EXTREME.emptyLeadership } };

/** A forum of 60 seats with very long names. */
export const SixtyLongNamedSeats: Story = {
  args: { workspace: extreme, forumId: EXTREME.bigForum, leadershipId: undefined },
};
