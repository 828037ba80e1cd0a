import type { Meta, StoryObj } from "@storybook/react-vite";
import { CoverageBadge, CoverageCaption, type CoverageCaptionProps } from "@systemledning/react";
import { expect, within } from "storybook/test";
import { emptyRound, nationalRound, type ScoringFixture } from "../../../tests/fixtures/scoring-rounds.js";
import { onlyControls, toggle } from "../story-controls.js";
import { CountyRound, madeUpRound, onCountyRound, renderRound } from "./county-round.js";

type Args = Omit<CoverageCaptionProps, "result"> & { readonly fixture?: ScoringFixture };

const meta = {
  title: "Självskattning/Svarsandel",
  render: renderRound<Args>((round, args) => <CoverageCaption {...args} result={round.result} />),
  ...onlyControls({
    showCaveat: toggle("Visa förbehåll", "Om förbehållet «mäter inte faktisk måluppfyllelse» visas."),
  }),
  parameters: { layout: "padded" },
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<typeof meta>;

/** How many of the county's leaderships answered its latest round, and whether the round may be compared over time. */
export const CountyCoverage: Story = {
  name: "Länets senaste omgång",
  play: onCountyRound(async ({ canvasElement }, round) => {
    const canvas = within(canvasElement);
    const { answered, asked } = round.result.coverage;
    await expect(canvas.getByText(new RegExp(`^${answered} av ${asked} systemledningar svarade`))).toBeVisible();
    if (!round.result.comparable) await expect(canvas.getByText("Inte jämförbar över tid")).toBeVisible();
    if (round.result.caveat !== null)
      await expect(canvas.getByText(round.result.caveat.sv, { exact: false })).toBeVisible();
  }),
};

/** A made-up national round that reaches the minimum coverage (its own data, whatever the county). */
export const Comparable: Story = { name: "Jämförbar nationell omgång (påhittad)", ...madeUpRound(nationalRound()) };

/** Made up from Dalarna's 2025 round: nobody has answered yet. */
export const EmptyRound: Story = { name: "Ingen har svarat (påhittad)", ...madeUpRound(emptyRound()) };

/** The compact badge, for a card or a list: whether the county's latest round may be compared over time. */
export const Badge: StoryObj<typeof CoverageBadge> = {
  name: "Märke",
  render: () => <CountyRound>{(round) => <CoverageBadge result={round.result} />}</CountyRound>,
  play: onCountyRound(async ({ canvasElement }, round) => {
    const verdict = round.result.comparable ? "Jämförbar över tid" : "Inte jämförbar över tid";
    await expect(within(canvasElement).getByText(verdict)).toBeVisible();
  }),
};
