import type { Meta, StoryObj } from "@storybook/react-vite";
import { TrendChart, type TrendChartProps } from "@systemledning/react";
import { expect, within } from "storybook/test";
import { nationalRound } from "../../../tests/fixtures/scoring-rounds.js";
import { literally } from "../county-parts.js";
import { radioControl } from "../controls.js";
import { headingLevelControl, onlyControls, viewControl } from "../story-controls.js";
import { CountyTrend, onCountyTrend } from "./county-round.js";

/** What a story changes in the county's trend: nothing, or all but its latest round (nothing to compare). */
type Cut = "all" | "latest-only";

/** Whether a round of the trend counts (reached the minimum coverage): it has a value on some line. */
function counts(trend: TrendChartProps["trend"], roundId: string): boolean {
  return trend.items.some((item) => item.points.some((point) => point.roundId === roundId && point.value !== null));
}

type Args = Omit<TrendChartProps, "trend"> & { readonly cut: Cut; readonly trend?: TrendChartProps["trend"] };

function cutTrend(trend: TrendChartProps["trend"], cut: Cut): TrendChartProps["trend"] {
  if (cut === "all") return trend;
  return {
    ...trend,
    rounds: trend.rounds.slice(-1),
    steps: [],
    items: trend.items.map((item) => ({ ...item, points: item.points.slice(-1) })),
  };
}

const meta = {
  title: "Självskattning/Utveckling över tid",
  render: ({ cut, trend: ownTrend, ...args }) =>
    ownTrend !== undefined ? (
      <TrendChart {...args} trend={ownTrend} />
    ) : (
      <CountyTrend>
        {(county) => (
          <TrendChart
            instrument={county.instrument}
            goals={county.goals}
            {...args}
            trend={cutTrend(county.trend, cut)}
          />
        )}
      </CountyTrend>
    ),
  args: { cut: "all" },
  ...onlyControls({
    cut: radioControl(
      "Omgångar",
      "Alla länets omgångar, eller bara den senaste (då finns inget att jämföra).",
      ["all", "latest-only"],
      { all: "Alla", "latest-only": "Bara den senaste" },
    ),
    defaultView: viewControl,
    headingLevel: headingLevelControl,
  }),
  parameters: { layout: "padded" },
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * The county's self-assessment over the years: rounds that reached the minimum coverage are joined, the others are
 * left out with the reason.
 */
export const CountyTrendOverTime: Story = {
  name: "Länets omgångar",
  play: onCountyTrend(async ({ canvasElement }, county) => {
    const canvas = within(canvasElement);
    for (const round of county.trend.rounds) {
      const points = canvas.queryAllByRole("img", { name: new RegExp(literally(round.title)) });
      if (counts(county.trend, round.roundId)) await expect(points.length).toBeGreaterThan(0);
      else {
        await expect(points).toHaveLength(0);
        await expect(canvas.getByText(new RegExp(`${literally(round.title)} ingår inte`))).toBeVisible();
      }
    }
  }),
};

/** Only the county's latest round: nothing to compare, so no line is drawn and the figure says why. */
export const NothingComparable: Story = {
  name: "Bara en omgång",
  args: { cut: "latest-only" },
  play: onCountyTrend(async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(
      canvas.getAllByText("Ingen utveckling visas: färre än två omgångar går att jämföra.").length,
    ).toBeGreaterThan(0);
    await expect(canvas.queryAllByRole("img")).toHaveLength(0);
  }),
};

/** In English, dark (set by the story). */
export const InEnglishDark: Story = { name: "På engelska, mörkt", args: { locale: "en", theme: "dark" } };

const national = nationalRound({ rounds: 6 });
/** Six made-up national rounds of about 300 leaderships each (their own data, whatever the county). */
export const NationalRounds: Story = {
  tags: ["county-independent"],
  name: "Sex nationella omgångar (påhittad)",
  args: { trend: national.trend, instrument: national.instrument, goals: national.goals },
};

/** The county's rounds as a table first: a round below the minimum coverage has empty cells, its header says why. */
export const AsTable: Story = {
  name: "Som tabell",
  args: { defaultView: "table" },
  play: onCountyTrend(async ({ canvasElement }, county) => {
    const table = await within(canvasElement).findByRole("table", { name: "Utveckling över tid" });
    for (const round of county.trend.rounds.filter((r) => !counts(county.trend, r.roundId)))
      await expect(
        within(table).getByRole("columnheader", {
          name: new RegExp(`${literally(round.title)} \\(inte jämförbar över tid\\)`),
        }),
      ).toBeVisible();
  }),
};
