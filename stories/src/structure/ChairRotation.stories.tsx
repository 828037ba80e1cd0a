import type { Meta, StoryObj } from "@storybook/react-vite";
import { ChairRotation } from "@systemledning/react";
import { expect, within } from "storybook/test";
import { dalarna, EXTREME, extreme, kalmarStructureSample, KALMAR_AS_OF, STRUCTURE_AS_OF } from "./view-stories.js";

const meta = {
  title: "Structure/ChairRotation",
  component: ChairRotation,
  args: { workspace: dalarna, leadershipId: "ls-regional", asOf: STRUCTURE_AS_OF },
  parameters: { layout: "padded" },
} satisfies Meta<typeof ChairRotation>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The regional leadership's six forums: rules, rotation, a term past the county's maximum. */
export const DalarnaRegional: Story = {
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getAllByRole("heading", { level: 3 })).toHaveLength(6);
  },
};

/** One local forum. */
export const DalarnaMora: Story = { args: { leadershipId: undefined, forumId: "f-mora" } };

/** Kalmar's Länsgemensam ledning, in English, dark. */
export const KalmarInEnglishDark: Story = {
  args: { workspace: kalmarStructureSample(), leadershipId: "ls-lgl", asOf: KALMAR_AS_OF, locale: "en", theme: "dark" },
};

/** A leadership without any forum. */
export const EmptyLeadership: Story = { args: { workspace: extreme, leadershipId: EXTREME.emptyLeadership } };

/** A forum of 60 seats with very long names. */
export const SixtyLongNamedSeats: Story = {
  args: { workspace: extreme, forumId: EXTREME.bigForum, leadershipId: undefined },
};
