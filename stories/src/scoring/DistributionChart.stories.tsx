import type { Meta, StoryObj } from "@storybook/react-vite";
import { DistributionChart } from "@systemledning/react";
import { expect, userEvent, within } from "storybook/test";
import {
  allDontKnowRound,
  dalarna2025,
  emptyRound,
  longTextRound,
  nationalRound,
  oneLeadershipRound,
} from "../../../tests/fixtures/scoring-rounds.js";

const dalarna = dalarna2025();

const meta = {
  title: "Scoring/DistributionChart",
  component: DistributionChart,
  args: { result: dalarna.result, goals: dalarna.goals },
  parameters: { layout: "padded" },
} satisfies Meta<typeof DistributionChart>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Bilaga 1 of the annual report: the 2025 round of Dalarna's 13 local leaderships, 8 answers from 6. */
export const Dalarna2025: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("figure", { name: "Svarsfördelning per påstående" })).toBeVisible();
    await expect(canvas.getByText(/6 av 13 systemledningar svarade/)).toBeVisible();
    await expect(canvas.getAllByRole("group", { name: /^Svarsfördelning per påstående: Delmål/ })).toHaveLength(5);
    // One tab stop: Tab reaches the first bar, arrows move along it.
    const bars = canvas.getAllByRole("img", { name: /systemledning/ });
    await userEvent.click(canvas.getByRole("button", { name: "Visa som tabell" }));
    // The table's code loads on first use.
    await expect(await canvas.findByRole("table", { name: "Svarsfördelning per påstående" })).toBeVisible();
    await userEvent.click(canvas.getByRole("button", { name: "Visa som tabell" }));
    await expect(bars.length).toBeGreaterThan(20);
  },
};

/** The same in English. */
export const InEnglish: Story = { args: { locale: "en" } };

/** Dark theme. */
export const Dark: Story = { args: { theme: "dark" } };

/** A round nobody has answered yet. */
export const EmptyRound: Story = { args: { result: emptyRound().result } };

/** One leadership answered. */
export const OneLeadership: Story = { args: { result: oneLeadershipRound().result } };

/** Every answer "don't know": no values, only the counts of "vet ej". */
export const AllDontKnow: Story = { args: { result: allDontKnowRound().result } };

const national = nationalRound();
/** A national round: about 300 leaderships asked. */
export const NationalRound: Story = { args: { result: national.result, goals: national.goals } };

const long = longTextRound();
/** Very long Swedish statements and goal names, and hostile free texts that must show as typed. */
export const VeryLongTexts: Story = { args: { result: long.result, goals: long.goals } };

/** The table alternative first: axe checks the table as well as the chart. */
export const AsTable: Story = {
  args: { defaultView: "table" },
  play: async ({ canvasElement }) => {
    const table = await within(canvasElement).findByRole("table", { name: "Svarsfördelning per påstående" });
    await expect(within(table).getAllByRole("row")).toHaveLength(6);
  },
};
