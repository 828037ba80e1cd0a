import type { Meta, StoryObj } from "@storybook/react-vite";
import { CoverageBadge, CoverageCaption } from "@systemledning/react";
import { expect, within } from "storybook/test";
import { dalarna2025, emptyRound, nationalRound } from "../../../tests/fixtures/scoring-rounds.js";

const dalarna = dalarna2025();

const meta = {
  title: "Scoring/Coverage",
  component: CoverageCaption,
  args: { result: dalarna.result },
  parameters: { layout: "padded" },
} satisfies Meta<typeof CoverageCaption>;

export default meta;
type Story = StoryObj<typeof meta>;

/** 8 responses from 6 of 13 leaderships: not comparable over time, with the caveat. */
export const Dalarna2025: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText(/^6 av 13 systemledningar svarade \(46\s%\)$/)).toBeVisible();
    await expect(canvas.getByText("Inte jämförbar över tid")).toBeVisible();
    await expect(canvas.getByText(/mäter inte faktisk måluppfyllelse/)).toBeVisible();
  },
};

/** A national round that reaches the minimum coverage. */
export const Comparable: Story = { args: { result: nationalRound().result } };

/** Nobody has answered yet. */
export const EmptyRound: Story = { args: { result: emptyRound().result } };

/** The compact badge, for a card or a list. */
export const Badge: StoryObj<typeof CoverageBadge> = {
  render: () => <CoverageBadge result={dalarna.result} />,
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText("Inte jämförbar över tid")).toBeVisible();
  },
};
