import type { Meta, StoryObj } from "@storybook/react-vite";
import { TrendChart } from "@systemledning/react";
import { expect, within } from "storybook/test";
import { dalarnaTrend, nationalRound } from "../../../tests/fixtures/scoring-rounds.js";

const dalarna = dalarnaTrend();

const meta = {
  title: "Scoring/TrendChart",
  component: TrendChart,
  args: { trend: dalarna.trend, instrument: dalarna.instrument, goals: dalarna.goals },
  parameters: { layout: "padded" },
} satisfies Meta<typeof TrendChart>;

export default meta;
type Story = StoryObj<typeof meta>;

/** 2023 and 2024 reached the minimum coverage and are joined; 2025 (6 of 13) is left out, with the reason. */
export const Dalarna2023To2025: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText(/Självskattning 2025 ingår inte: Endast 6 av 13/)).toBeVisible();
    await expect(canvas.queryAllByRole("img", { name: /Självskattning 2025/ })).toHaveLength(0);
    await expect(canvas.getAllByRole("img", { name: /Självskattning 2024/ })).toHaveLength(5);
  },
};

/** Only the 2025 round: nothing to compare, so no line is drawn and the figure says why. */
export const NothingComparable: Story = {
  args: {
    trend: {
      ...dalarna.trend,
      rounds: dalarna.trend.rounds.slice(-1),
      steps: [],
      items: dalarna.trend.items.map((item) => ({ ...item, points: item.points.slice(-1) })),
    },
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(
      canvas.getAllByText("Ingen utveckling visas: färre än två omgångar går att jämföra.").length,
    ).toBeGreaterThan(0);
    await expect(canvas.queryAllByRole("img")).toHaveLength(0);
  },
};

/** In English, dark. */
export const InEnglishDark: Story = { args: { locale: "en", theme: "dark" } };

const national = nationalRound({ rounds: 6 });
/** Six national rounds of about 300 leaderships each. */
export const NationalRounds: Story = {
  args: { trend: national.trend, instrument: national.instrument, goals: national.goals },
};

/** The table alternative first: a round below the minimum coverage has empty cells, and its header says why. */
export const AsTable: Story = {
  args: { defaultView: "table" },
  play: async ({ canvasElement }) => {
    const table = await within(canvasElement).findByRole("table", { name: "Utveckling över tid" });
    await expect(
      within(table).getByRole("columnheader", { name: /Självskattning 2025 \(inte jämförbar över tid\)/ }),
    ).toBeVisible();
  },
};
