import type { Meta, StoryObj } from "@storybook/react-vite";
import { RoundOverview } from "@systemledning/react";
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
  title: "Scoring/RoundOverview",
  component: RoundOverview,
  args: { result: dalarna.result, goals: dalarna.goals },
  parameters: { layout: "padded" },
} satisfies Meta<typeof RoundOverview>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Every delmål of Dalarna's 2025 round: mean, median and spread, one row each. */
export const Dalarna2025: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("figure", { name: "Alla påståenden i omgången" })).toBeVisible();
    const points = canvas.getAllByRole("img", { name: /medelvärde/ });
    await expect(points).toHaveLength(5);
    await userEvent.click(points[0]!);
    await userEvent.keyboard("{ArrowDown}");
    await expect(points[1]).toHaveFocus();
    await userEvent.keyboard("{End}");
    await expect(points[4]).toHaveFocus();
  },
};

/** In English, dark. */
export const InEnglishDark: Story = { args: { locale: "en", theme: "dark" } };

/** Nobody has answered. */
export const EmptyRound: Story = { args: { result: emptyRound().result } };

/** One leadership answered: mean, median, lowest and highest coincide. */
export const OneLeadership: Story = { args: { result: oneLeadershipRound().result } };

/** Only "don't know". */
export const AllDontKnow: Story = { args: { result: allDontKnowRound().result } };

const national = nationalRound();
/** About 300 leaderships. */
export const NationalRound: Story = { args: { result: national.result, goals: national.goals } };

const long = longTextRound();
/** Very long goal names wrap beside their strips. */
export const VeryLongTexts: Story = { args: { result: long.result, goals: long.goals } };

/** The table alternative first. */
export const AsTable: Story = {
  args: { defaultView: "table" },
  play: async ({ canvasElement }) => {
    const table = await within(canvasElement).findByRole("table", { name: "Alla påståenden i omgången" });
    await expect(within(table).getAllByRole("row")).toHaveLength(6);
  },
};
