import type { Meta, StoryObj } from "@storybook/react-vite";
import { SectorCoverage } from "@systemledning/react";
import { expect, userEvent, within } from "storybook/test";
import { dalarna, EXTREME, extreme, kalmarStructureSample, KALMAR_AS_OF, STRUCTURE_AS_OF } from "./view-stories.js";

const meta = {
  title: "Structure/SectorCoverage",
  component: SectorCoverage,
  args: { workspace: dalarna, leadershipId: "ls-vansbro", asOf: STRUCTURE_AS_OF },
  parameters: { layout: "padded" },
} satisfies Meta<typeof SectorCoverage>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Vansbro: one required sector missing, five co-opted sectors with no one appointed. The keyboard path. */
export const DalarnaVansbro: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const figure = canvas.getByRole("figure", { name: "Sektorer och vem som företräder dem" });
    const tiles = within(figure).getAllByRole("img");
    await expect(tiles.filter((tile) => tile.tabIndex === 0)).toHaveLength(1);
    await userEvent.tab();
    await userEvent.tab();
    await userEvent.tab();
    await expect(tiles[0]).toHaveFocus();
    await userEvent.keyboard("{ArrowRight}");
    await expect(tiles[1]).toHaveFocus();
    await expect(tiles[1]).toHaveAccessibleName("Skolchef, krävd: Saknas. Företräds av ingen.");
    await userEvent.keyboard("{ArrowDown}");
    await expect(tiles[4]).toHaveFocus();
    await userEvent.keyboard("{End}");
    await expect(tiles.at(-1)).toHaveFocus();
    await userEvent.tab();
    await expect(tiles.at(-1)).not.toHaveFocus();
  },
};

/** The regional leadership: the union of its six forums. */
export const DalarnaRegional: Story = { args: { leadershipId: "ls-regional" } };

/** Kalmar's Länsgemensam ledning, in English, dark. */
export const KalmarInEnglishDark: Story = {
  args: { workspace: kalmarStructureSample(), leadershipId: "ls-lgl", asOf: KALMAR_AS_OF, locale: "en", theme: "dark" },
};

/** The table alternative first. */
export const AsTable: Story = {
  args: { forumId: "f-lchnv", leadershipId: undefined, defaultView: "table" },
  play: async ({ canvasElement }) => {
    await expect(
      await within(canvasElement).findByRole("table", { name: "Sektorer och vem som företräder dem" }),
    ).toBeVisible();
  },
};

/** A leadership without any forum: nothing asked, nothing to act on. */
export const EmptyLeadership: Story = { args: { workspace: extreme, leadershipId: EXTREME.emptyLeadership } };

/** A forum of 60 seats with very long names. */
export const SixtyLongNamedSeats: Story = {
  args: { workspace: extreme, forumId: EXTREME.bigForum, leadershipId: undefined },
};
