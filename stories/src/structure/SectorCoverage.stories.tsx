import type { Meta, StoryObj } from "@storybook/react-vite";
import { SectorCoverage, type SectorCoverageProps } from "@systemledning/react";
import { expect, userEvent, within } from "storybook/test";
import { radioControl } from "../controls.js";
import { ON_BIG_FORUM, ON_EMPTY_LEADERSHIP, useCountyView, VIEW_CONTROLS, type ViewArgs } from "./view-stories.js";

type Args = ViewArgs<SectorCoverageProps>;

/** The sector coverage of the county the toolbar chose. */
function CountySectorCoverage({ scope, ...args }: Args) {
  return <SectorCoverage {...args} {...useCountyView(scope)} />;
}

const meta = {
  title: "Struktur/Sektorer",
  component: CountySectorCoverage,
  args: { scope: "local" },
  argTypes: {
    ...VIEW_CONTROLS,
    defaultView: radioControl(
      "Visa först (defaultView)",
      "Figuren eller tabellen först. / The figure or the table first.",
      ["chart", "table"],
      { chart: "Figur", table: "Tabell" },
    ),
  },
  parameters: { layout: "padded" },
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A local leadership: each sector the county asks for, required or co-opted, and who represents it. The keyboard path. */
export const LocalLeadership: Story = {
  name: "En lokal ledning",
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const figure = canvas.getByRole("figure", { name: "Sektorer och vem som företräder dem" });
    const tiles = within(figure).getAllByRole("img");
    // One tab stop for the whole grid; the arrows and End move inside it.
    await expect(tiles.filter((tile) => tile.tabIndex === 0)).toHaveLength(1);
    await userEvent.tab();
    await userEvent.tab();
    await userEvent.tab();
    await expect(tiles[0]).toHaveFocus();
    await userEvent.keyboard("{ArrowRight}");
    await expect(tiles[1]).toHaveFocus();
    await expect(tiles[1]).toHaveAccessibleName(/: .+\. Företräds av /);
    await userEvent.keyboard("{End}");
    await expect(tiles.at(-1)).toHaveFocus();
    await userEvent.tab();
    await expect(tiles.at(-1)).not.toHaveFocus();
  },
};

/** The regional leadership: the union of its forums. */
export const RegionalLeadership: Story = { name: "Regionala ledningen", args: { scope: "regional" } };

/** The same in English, whatever the toolbar says. */
export const InEnglish: Story = { name: "På engelska", args: { locale: "en" } };

/** The table alternative first, for one forum. */
export const AsTable: Story = {
  name: "Som tabell",
  args: { scope: "forum", defaultView: "table" },
  play: async ({ canvasElement }) => {
    await expect(
      await within(canvasElement).findByRole("table", { name: "Sektorer och vem som företräder dem" }),
    ).toBeVisible();
  },
};

/** Made-up data, the same in every county: a leadership without any forum, so nothing asked, nothing to act on. */
export const EmptyLeadership: Story = {
  tags: ["county-independent"],
  name: "Ledning utan forum (påhittad)",
  render: ({ scope: _scope, ...args }) => <SectorCoverage {...args} {...ON_EMPTY_LEADERSHIP} />,
};

/** Made-up data: a forum of 60 seats with very long names. */
export const SixtyLongNamedSeats: Story = {
  tags: ["county-independent"],
  name: "60 platser med långa namn (påhittade)",
  render: ({ scope: _scope, ...args }) => <SectorCoverage {...args} {...ON_BIG_FORUM} />,
};
