import type { Meta, StoryObj } from "@storybook/react-vite";
import { Substitutes } from "@systemledning/react";
import { expect, within } from "storybook/test";
import { dalarna, EXTREME, extreme, kalmarStructureSample, KALMAR_AS_OF, STRUCTURE_AS_OF } from "./view-stories.js";

const meta = {
  title: "Structure/Substitutes",
  component: Substitutes,
  args: { workspace: dalarna, leadershipId: "ls-leksand", asOf: STRUCTURE_AS_OF },
  parameters: { layout: "padded" },
} satisfies Meta<typeof Substitutes>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Leksand: four of five mandate holders have a substitute. */
export const DalarnaLeksand: Story = {
  play: async ({ canvasElement }) => {
    const table = within(canvasElement).getByRole("table", { name: "Mandatbärare och deras ersättare" });
    await expect(within(table).getAllByRole("row")).toHaveLength(6);
  },
};

/** The regional leadership: every forum's mandate holders. */
export const DalarnaRegional: Story = { args: { leadershipId: "ls-regional" } };

/** Kalmar, where the county does not require substitutes: in English, dark. */
export const KalmarInEnglishDark: Story = {
  args: { workspace: kalmarStructureSample(), leadershipId: "ls-lgl", asOf: KALMAR_AS_OF, locale: "en", theme: "dark" },
};

/** A leadership without any forum. */
export const EmptyLeadership: Story = { args: { workspace: extreme, leadershipId: EXTREME.emptyLeadership } };

/** A forum of 60 seats with very long names, eleven substitutes. */
export const SixtyLongNamedSeats: Story = {
  args: { workspace: extreme, forumId: EXTREME.bigForum, leadershipId: undefined },
};
