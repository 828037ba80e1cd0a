import type { Meta, StoryObj } from "@storybook/react-vite";
import { LeadershipComparison, type LeadershipComparisonProps } from "@systemledning/react";
import { useState } from "react";
import { expect, userEvent, within } from "storybook/test";
import {
  dalarna2025,
  emptyRound,
  longTextRound,
  nationalRound,
  oneLeadershipRound,
} from "../../../tests/fixtures/scoring-rounds.js";

const dalarna = dalarna2025();
const firstResponding = (result: LeadershipComparisonProps["result"]) =>
  result.leaderships.find((l) => l.responded)?.leadershipId ?? result.leaderships[0]?.leadershipId ?? "";

/** The comparison with its own choice of leadership, as a host page would hold it. */
function ChoosableComparison(props: LeadershipComparisonProps) {
  const [leadershipId, setLeadershipId] = useState(props.leadershipId);
  return <LeadershipComparison {...props} leadershipId={leadershipId} onLeadershipChange={setLeadershipId} />;
}

const meta = {
  title: "Scoring/LeadershipComparison",
  component: ChoosableComparison,
  args: { result: dalarna.result, goals: dalarna.goals, leadershipId: firstResponding(dalarna.result) },
  parameters: { layout: "padded" },
} satisfies Meta<typeof ChoosableComparison>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A local leadership's own view against the county's, 2025; another can be chosen from the list. */
export const Dalarna2025: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const select = canvas.getByRole("combobox", { name: "Välj systemledning" });
    const second = dalarna.result.leaderships.filter((l) => l.responded)[1]!;
    await userEvent.selectOptions(select, second.leadershipId);
    await expect(canvas.getByRole("figure", { name: `${second.name} jämfört med länet` })).toBeVisible();
  },
};

/** A leadership that did not answer: the figure says so. */
export const DidNotAnswer: Story = {
  args: { leadershipId: dalarna.result.leaderships.find((l) => !l.responded)?.leadershipId ?? "" },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText(/har inte svarat i omgången/)).toBeVisible();
  },
};

/** In English, dark. */
export const InEnglishDark: Story = { args: { locale: "en", theme: "dark" } };

const empty = emptyRound();
/** Nobody has answered. */
export const EmptyRound: Story = {
  args: { result: empty.result, leadershipId: empty.result.leaderships[0]!.leadershipId },
};

const one = oneLeadershipRound();
/** The only leadership that answered equals the county. */
export const OneLeadership: Story = { args: { result: one.result, leadershipId: firstResponding(one.result) } };

const national = nationalRound();
/** One of about 300 leaderships against all the others. */
export const NationalRound: Story = {
  args: { result: national.result, goals: national.goals, leadershipId: firstResponding(national.result) },
};

const long = longTextRound();
/** Very long goal names. */
export const VeryLongTexts: Story = {
  args: { result: long.result, goals: long.goals, leadershipId: firstResponding(long.result) },
};

/** The table alternative first. */
export const AsTable: Story = {
  args: { defaultView: "table" },
  play: async ({ canvasElement }) => {
    const table = await within(canvasElement).findByRole("table", { name: /jämfört med länet$/ });
    await expect(within(table).getAllByRole("row")).toHaveLength(6);
  },
};
