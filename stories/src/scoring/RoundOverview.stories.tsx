import type { Meta, StoryObj } from "@storybook/react-vite";
import { RoundOverview, type RoundOverviewProps } from "@systemledning/react";
import { expect, userEvent, within } from "storybook/test";
import {
  allDontKnowRound,
  emptyRound,
  longTextRound,
  nationalRound,
  oneLeadershipRound,
  type ScoringFixture,
} from "../../../tests/fixtures/scoring-rounds.js";
import { coverageControl, headingLevelControl, onlyControls, viewControl } from "../story-controls.js";
import { expectRowPerStatement, madeUpRound, onCountyRound, renderRound } from "./county-round.js";

type Args = Omit<RoundOverviewProps, "result" | "goals"> & { readonly fixture?: ScoringFixture };

const meta = {
  title: "Självskattning/Översikt över omgången",
  render: renderRound<Args>((round, args) => <RoundOverview {...args} result={round.result} goals={round.goals} />),
  ...onlyControls({
    defaultView: viewControl,
    showCoverage: coverageControl,
    headingLevel: headingLevelControl,
  }),
  parameters: { layout: "padded" },
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Every statement of the county's latest round: mean, median and spread, one row each; arrows move between rows. */
export const CountyRoundOverview: Story = {
  name: "Länets senaste omgång",
  play: onCountyRound(async ({ canvasElement }, round) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("figure", { name: "Alla påståenden i omgången" })).toBeVisible();
    const points = canvas.getAllByRole("img", { name: /medelvärde/ });
    await expect(points).toHaveLength(round.result.items.filter((item) => item.mean !== null).length);
    await userEvent.click(points[0]!);
    await userEvent.keyboard("{ArrowDown}");
    await expect(points[1]).toHaveFocus();
    await userEvent.keyboard("{End}");
    await expect(points.at(-1)).toHaveFocus();
  }),
};

/** In English, dark (the story sets both, so the toolbar's language and theme do not change it). */
export const InEnglishDark: Story = { name: "På engelska, mörkt", args: { locale: "en", theme: "dark" } };

/** Made up from Dalarna's 2025 round (its own data, whatever the county): nobody has answered. */
export const EmptyRound: Story = { name: "Ingen har svarat (påhittad)", ...madeUpRound(emptyRound()) };

/** Made up from Dalarna's 2025 round: one leadership answered, so mean, median, lowest and highest coincide. */
export const OneLeadership: Story = {
  name: "En systemledning har svarat (påhittad)",
  ...madeUpRound(oneLeadershipRound()),
};

/** Made up from Dalarna's 2025 round: every answer "don't know". */
export const AllDontKnow: Story = { name: "Bara «vet ej» (påhittad)", ...madeUpRound(allDontKnowRound()) };

/** A made-up national round of about 300 leaderships (its own data, whatever the county). */
export const NationalRound: Story = { name: "Nationell omgång (påhittad)", ...madeUpRound(nationalRound()) };

/** Made up from Dalarna's 2025 round: very long goal names wrap beside their strips. */
export const VeryLongTexts: Story = { name: "Mycket långa texter (påhittad)", ...madeUpRound(longTextRound()) };

/** The county's latest round as a table first. */
export const AsTable: Story = {
  name: "Som tabell",
  args: { defaultView: "table" },
  play: onCountyRound(({ canvasElement }, round) =>
    expectRowPerStatement(canvasElement, "Alla påståenden i omgången", round),
  ),
};
