import type { Meta, StoryObj } from "@storybook/react-vite";
import { LeadershipComparison, type LeadershipComparisonProps } from "@systemledning/react";
import { useState } from "react";
import { expect, userEvent, within } from "storybook/test";
import {
  emptyRound,
  longTextRound,
  nationalRound,
  oneLeadershipRound,
  type ScoringFixture,
} from "../../../tests/fixtures/scoring-rounds.js";
import { radioControl } from "../controls.js";
import { headingLevelControl, onlyControls, viewControl } from "../story-controls.js";
import { expectRowPerStatement, madeUpRound, onCountyRound, renderRound } from "./county-round.js";

/** Which leadership the comparison opens on: the first that answered, or the first that did not. */
type Opening = "answered" | "not-answered";

function leadershipOf(result: LeadershipComparisonProps["result"], opening: Opening): string {
  const wanted = result.leaderships.find((l) => l.responded === (opening === "answered"));
  return (wanted ?? result.leaderships[0])?.leadershipId ?? "";
}

/** The comparison with its own choice of leadership, as a host page would hold it. */
function ChoosableComparison(props: LeadershipComparisonProps) {
  const [leadershipId, setLeadershipId] = useState(props.leadershipId);
  return <LeadershipComparison {...props} leadershipId={leadershipId} onLeadershipChange={setLeadershipId} />;
}

type Args = Omit<LeadershipComparisonProps, "result" | "goals" | "leadershipId"> & {
  readonly fixture?: ScoringFixture;
  readonly opening: Opening;
};

const meta = {
  title: "Självskattning/Systemledning jämförd med länet",
  render: renderRound<Args>((round, { opening, ...args }) => (
    <ChoosableComparison
      // A new county or opening starts a new comparison, not the last one's choice.
      key={`${round.result.roundId}|${opening}`}
      {...args}
      result={round.result}
      goals={round.goals}
      leadershipId={leadershipOf(round.result, opening)}
    />
  )),
  args: { opening: "answered" },
  ...onlyControls({
    opening: radioControl(
      "Börja med",
      "Vilken systemledning jämförelsen visar först; en annan väljs i listan.",
      ["answered", "not-answered"],
      { answered: "En som svarade", "not-answered": "En som inte svarade" },
    ),
    defaultView: viewControl,
    headingLevel: headingLevelControl,
  }),
  parameters: { layout: "padded" },
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A local leadership's own view against the county's, in the county's latest round; another is chosen from the list. */
export const CountyComparison: Story = {
  name: "Länets senaste omgång",
  play: onCountyRound(async ({ canvasElement }, round) => {
    const canvas = within(canvasElement);
    const select = canvas.getByRole("combobox", { name: "Välj systemledning" });
    const other = round.result.leaderships.filter((l) => l.responded)[1] ?? round.result.leaderships[1]!;
    await userEvent.selectOptions(select, other.leadershipId);
    await expect(canvas.getByRole("figure", { name: `${other.name} jämfört med länet` })).toBeVisible();
  }),
};

/** A leadership of the county that did not answer: the figure says so. */
export const DidNotAnswer: Story = {
  name: "En systemledning som inte svarade",
  args: { opening: "not-answered" },
  play: onCountyRound(async ({ canvasElement }, round) => {
    if (round.result.leaderships.every((l) => l.responded)) return;
    await expect(within(canvasElement).getByText(/har inte svarat i omgången/)).toBeVisible();
  }),
};

/** In English, dark (set by the story). */
export const InEnglishDark: Story = { name: "På engelska, mörkt", args: { locale: "en", theme: "dark" } };

/** Made up from Dalarna's 2025 round (its own data, whatever the county): nobody has answered. */
export const EmptyRound: Story = {
  tags: ["county-independent"],
  name: "Ingen har svarat (påhittad)",
  args: { fixture: emptyRound(), opening: "not-answered" },
};

/** Made up from Dalarna's 2025 round: the only leadership that answered equals the county. */
export const OneLeadership: Story = {
  name: "En systemledning har svarat (påhittad)",
  ...madeUpRound(oneLeadershipRound()),
};

/** A made-up national round: one of about 300 leaderships against all the others. */
export const NationalRound: Story = { name: "Nationell omgång (påhittad)", ...madeUpRound(nationalRound()) };

/** Made up from Dalarna's 2025 round: very long goal names. */
export const VeryLongTexts: Story = { name: "Mycket långa texter (påhittad)", ...madeUpRound(longTextRound()) };

/** The county's latest round as a table first. */
export const AsTable: Story = {
  name: "Som tabell",
  args: { defaultView: "table" },
  play: onCountyRound(({ canvasElement }, round) => expectRowPerStatement(canvasElement, /jämfört med länet$/, round)),
};
