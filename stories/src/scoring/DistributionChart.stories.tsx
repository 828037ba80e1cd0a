import type { Meta, StoryObj } from "@storybook/react-vite";
import { DistributionChart, type DistributionChartProps } from "@systemledning/react";
import { expect, userEvent, within } from "storybook/test";
import {
  allDontKnowRound,
  emptyRound,
  longTextRound,
  nationalRound,
  oneLeadershipRound,
  type ScoringFixture,
} from "../../../tests/fixtures/scoring-rounds.js";
import { coverageControl, headingLevelControl, onlyControls, toggle, viewControl } from "../story-controls.js";
import { expectRowPerStatement, madeUpRound, onCountyRound, renderRound } from "./county-round.js";

type Args = Omit<DistributionChartProps, "result" | "goals"> & { readonly fixture?: ScoringFixture };

const meta = {
  title: "Självskattning/Svarsfördelning",
  render: renderRound<Args>((round, args) => <DistributionChart {...args} result={round.result} goals={round.goals} />),
  ...onlyControls({
    defaultView: viewControl,
    showFreeTexts: toggle("Visa fritextsvar", "Om systemledningarnas kommentarer visas under varje påstående."),
    showCoverage: coverageControl,
    headingLevel: headingLevelControl,
  }),
  parameters: { layout: "padded" },
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * Bilaga 1 of the annual report for the county the toolbar chose: how many leaderships gave each answer to each
 * statement of its latest round. One tab stop; the table alternative loads on first use.
 */
export const CountyDistribution: Story = {
  name: "Länets senaste omgång",
  play: onCountyRound(async ({ canvasElement }, round) => {
    const canvas = within(canvasElement);
    const { answered, asked } = round.result.coverage;
    await expect(canvas.getByRole("figure", { name: "Svarsfördelning per påstående" })).toBeVisible();
    await expect(canvas.getByText(new RegExp(`${answered} av ${asked} systemledningar svarade`))).toBeVisible();
    await expect(canvas.getAllByRole("group", { name: /^Svarsfördelning per påstående: / })).toHaveLength(
      round.result.items.length,
    );
    await userEvent.click(canvas.getByRole("button", { name: "Visa som tabell" }));
    // The table's code loads on first use.
    await expect(await canvas.findByRole("table", { name: "Svarsfördelning per påstående" })).toBeVisible();
  }),
};

/** In English (the story sets it, so the toolbar's language does not change it). */
export const InEnglish: Story = { name: "På engelska", args: { locale: "en" } };

/** Dark theme (set by the story). */
export const Dark: Story = { name: "Mörkt tema", args: { theme: "dark" } };

/** Made up from Dalarna's 2025 round (its own data, whatever the county): nobody has answered yet. */
export const EmptyRound: Story = { name: "Ingen har svarat (påhittad)", ...madeUpRound(emptyRound()) };

/** Made up from Dalarna's 2025 round: one leadership answered. */
export const OneLeadership: Story = {
  name: "En systemledning har svarat (påhittad)",
  ...madeUpRound(oneLeadershipRound()),
};

/** Made up from Dalarna's 2025 round: every answer "don't know", so no values, only the counts of "vet ej". */
export const AllDontKnow: Story = { name: "Bara «vet ej» (påhittad)", ...madeUpRound(allDontKnowRound()) };

/** A made-up national round: about 300 leaderships asked (its own data, whatever the county). */
export const NationalRound: Story = { name: "Nationell omgång (påhittad)", ...madeUpRound(nationalRound()) };

/** Made up from Dalarna's 2025 round: very long statements and goal names, and hostile free texts shown as typed. */
export const VeryLongTexts: Story = { name: "Mycket långa texter (påhittad)", ...madeUpRound(longTextRound()) };

/** The county's latest round as a table first: axe checks the table as well as the chart. */
export const AsTable: Story = {
  name: "Som tabell",
  args: { defaultView: "table" },
  play: onCountyRound(({ canvasElement }, round) =>
    expectRowPerStatement(canvasElement, "Svarsfördelning per påstående", round),
  ),
};
