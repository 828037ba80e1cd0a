import type { Meta, StoryObj } from "@storybook/react-vite";
import type { Workspace } from "@systemledning/core/workspace";
import { IndicatorPanel, type IndicatorPanelProps } from "@systemledning/react";
import { expect, userEvent, within } from "storybook/test";
import { literally } from "../county-parts.js";
import { loadedCounty, findRegionalLeadership } from "../county-picks.js";
import { radioControl } from "../controls.js";
import { genderControl, headingLevelControl, onlyControls } from "../story-controls.js";
import { useStoryCounty } from "../story-county.js";
import { featuredLeadership } from "../system-map/county-graph.js";
import { loadGappedSample, loadLargeSample } from "./panel-samples.js";

/** Which of the county's indicators a story shows: all, those with preliminary values, those split by gender, one. */
type IndicatorPick = "all" | "preliminary" | "gender" | "first";

/** Whose panel: the regional leadership's or a local one's (the one of the most municipalities). */
type PanelLeadership = "regional" | "local";

/** The ids of the county's indicators a pick keeps; `undefined` for all. */
function indicatorsOf(workspace: Workspace, pick: IndicatorPick): string[] | undefined {
  const valued = new Set(workspace.indicatorValues.filter((v) => v.value !== null).map((v) => v.indicatorId));
  const ids = (workspace.profile.followUp?.indicators ?? []).map((i) => i.id).filter((id) => valued.has(id));
  const having = (test: (v: Workspace["indicatorValues"][number]) => boolean) =>
    ids.filter((id) => workspace.indicatorValues.some((v) => v.indicatorId === id && test(v)));
  if (pick === "preliminary") return having((v) => v.status === "preliminary");
  if (pick === "gender") return having((v) => v.gender === "K").slice(0, 1);
  if (pick === "first") return ids.slice(0, 1);
  return undefined;
}

type Args = Omit<IndicatorPanelProps, "workspace" | "asOf" | "leadershipId" | "indicatorIds"> & {
  readonly whose: PanelLeadership;
  readonly pick: IndicatorPick;
  /** A made-up workspace of the story's own instead of the county's, with the indicators to show. */
  readonly own?: { readonly workspace: Workspace; readonly indicatorIds?: string[] };
};

/** The panel of the county the toolbar chose, or the story's own made-up workspace. */
function CountyPanel({ whose, pick, own, ...props }: Args) {
  const county = useStoryCounty();
  const workspace = own?.workspace ?? county.workspace;
  const leadership = whose === "regional" ? findRegionalLeadership(workspace) : featuredLeadership(workspace);
  const indicatorIds = own === undefined ? indicatorsOf(workspace, pick) : own.indicatorIds;
  return (
    <IndicatorPanel
      {...props}
      workspace={workspace}
      asOf={county.asOf}
      {...(own !== undefined || leadership === undefined ? {} : { leadershipId: leadership.id })}
      {...(indicatorIds === undefined ? {} : { indicatorIds })}
    />
  );
}

const meta = {
  title: "Handlingsplan/Indikatorpanel",
  component: CountyPanel,
  args: { whose: "regional", pick: "all" },
  ...onlyControls({
    whose: radioControl(
      "Systemledning",
      "Den regionala systemledningens panel, eller en lokals (den med flest kommuner).",
      ["regional", "local"],
      { regional: "Regional", local: "Lokal" },
    ),
    pick: {
      name: "Indikatorer",
      description: "Vilka av länets indikatorer panelen visar.",
      options: ["all", "preliminary", "gender", "first"],
      control: {
        type: "select",
        labels: {
          all: "Alla",
          preliminary: "De med preliminära värden",
          gender: "En uppdelad på kön",
          first: "Bara den första",
        },
      },
    },
    gender: genderControl,
    headingLevel: headingLevelControl,
  }),
  parameters: { layout: "padded" },
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The county's regional leadership: its indicators by delmål, each against the county and the country. */
export const RegionalLeadership: Story = {
  name: "Regional systemledning",
  play: async ({ canvasElement, loaded }) => {
    const canvas = within(canvasElement);
    const ids = indicatorsOf(loadedCounty({ loaded }).workspace, "first")!;
    if (ids.length === 0) return expect(canvas.getByText(/Det finns inga indikatorvärden/)).toBeVisible();
    await expect(canvas.getAllByRole("figure").length).toBeGreaterThan(0);
  },
};

/** A local leadership of the county (the one of the most municipalities): a verdict for each of its municipalities. */
export const LocalLeadership: Story = {
  name: "Lokal systemledning",
  args: { whose: "local" },
  play: async ({ canvasElement, loaded }) => {
    const { workspace } = loadedCounty({ loaded });
    const canvas = within(canvasElement);
    if (indicatorsOf(workspace, "first")!.length === 0)
      return expect(canvas.getByText(/Det finns inga indikatorvärden/)).toBeVisible();
    const code = featuredLeadership(workspace)!.municipalityCodes[0];
    const name = workspace.profile.municipalities.find((m) => m.code === code)!.name;
    await expect(canvas.getAllByRole("img", { name: new RegExp(`^${literally(name)} `) }).length).toBeGreaterThan(0);
  },
};

/** The county's sample without values (made up): the panel says so and why, and draws nothing. */
export const NoValues: Story = {
  name: "Inga värden (påhittad)",
  render: (args) => <PanelWithoutValues {...args} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText(/Det finns inga indikatorvärden/)).toBeVisible();
    await expect(canvas.queryAllByRole("figure")).toHaveLength(0);
  },
};

/** {@link NoValues}: the county's workspace with its indicator values taken away. */
function PanelWithoutValues(props: Args) {
  const { workspace } = useStoryCounty();
  return <CountyPanel {...props} own={{ workspace: { ...workspace, indicatorValues: [] } }} />;
}

/** Made up from Dalarna's sample (its own data): gaps in the county's, the country's and Falun's series break the lines. */
export const SeriesWithGaps: Story = {
  name: "Serier med luckor (påhittad)",
  args: { own: { workspace: loadGappedSample(), indicatorIds: ["fallskador-80"] } },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText(/värden? saknas och bryter linjen/)).toBeVisible();
  },
};

/** The county's indicators whose latest values are preliminary: hollow points, named preliminary. */
export const PreliminaryValues: Story = {
  name: "Preliminära värden",
  args: { pick: "preliminary" },
  play: async ({ canvasElement, loaded }) => {
    if (indicatorsOf(loadedCounty({ loaded }).workspace, "preliminary")!.length === 0) return;
    await expect(within(canvasElement).getAllByRole("img", { name: /preliminärt/ }).length).toBeGreaterThan(0);
  },
};

/** Women and men where the county's values are split: the reader switches. */
export const GenderSplit: Story = {
  name: "Kvinnor och män",
  args: { pick: "gender" },
  play: async ({ canvasElement, loaded }) => {
    if (indicatorsOf(loadedCounty({ loaded }).workspace, "gender")!.length === 0) return;
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole("radio", { name: "Kvinnor" }));
    await expect(canvas.getByRole("radio", { name: "Kvinnor" })).toBeChecked();
  },
};

/** In English (set by the story). */
export const English: Story = { name: "På engelska", args: { locale: "en" } };

/** Dark (set by the story). */
export const Dark: Story = { name: "Mörkt tema", args: { theme: "dark" } };

/** Twenty made-up indicators × fifteen municipalities × ten years (its own data): the size the bench measures. */
export const TwentyIndicators: Story = {
  name: "Tjugo indikatorer (påhittad)",
  args: { own: { workspace: loadLargeSample() } },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getAllByRole("figure")).toHaveLength(20);
  },
};

/** The keyboard in Chromium: one tab stop in the chart, the right arrow to the next year, Esc closes the value box. */
export const KeyboardThroughPoints: Story = {
  name: "Med tangentbordet",
  args: { pick: "first" },
  play: async ({ canvasElement, loaded }) => {
    if (indicatorsOf(loadedCounty({ loaded }).workspace, "first")!.length === 0) return;
    const marks = within(canvasElement).getAllByRole("img");
    const stops = marks.filter((mark) => mark.getAttribute("tabindex") === "0");
    await expect(stops).toHaveLength(1);
    stops[0]!.focus();
    await expect(stops[0]).toHaveFocus();
    const before = stops[0]!.getAttribute("aria-label");
    await userEvent.keyboard("{ArrowRight}");
    await expect(canvasElement.ownerDocument.activeElement?.getAttribute("aria-label")).not.toBe(before);
    await userEvent.keyboard("{Escape}");
  },
};
