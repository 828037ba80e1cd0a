import type { Meta, StoryObj } from "@storybook/react-vite";
import type { Workspace } from "@systemledning/core/workspace";
import { IndicatorComparison, type IndicatorComparisonProps } from "@systemledning/react";
import { expect, userEvent, within } from "storybook/test";
import { loadedCounty } from "../county-picks.js";
import { genderControl, headingLevelControl, onlyControls, toggle } from "../story-controls.js";
import { useStoryCounty } from "../story-county.js";

/**
 * A county's sample with gaps (made up): every third municipality's values missing in 2024, and the 2023 values of the
 * others preliminary, so the table shows missing values last in every sort and the marks in every column.
 */
function withGaps(ws: Workspace): Workspace {
  const codes = ws.profile.municipalities.map((m) => m.code);
  const gap = new Set(codes.filter((_, index) => index % 3 === 0));
  return {
    ...ws,
    indicatorValues: ws.indicatorValues.map((v) =>
      v.period === "2024" && gap.has(v.organisationCode)
        ? { ...v, value: null, status: "missing" as const }
        : v.period === "2023" && v.status === "final"
          ? { ...v, status: "preliminary" as const }
          : v,
    ),
  };
}

type Args = Omit<IndicatorComparisonProps, "workspace" | "organisationCodes"> & {
  /** Take every third municipality's 2024 values away and make 2023's preliminary (made up). */
  readonly gaps?: boolean;
  /** Compare the county's first five municipalities only. */
  readonly fiveMunicipalities?: boolean;
};

/** The comparison of the county the toolbar chose. */
function CountyComparison({ gaps = false, fiveMunicipalities = false, ...props }: Args) {
  const { workspace } = useStoryCounty();
  const codes = workspace.profile.municipalities.slice(0, 5).map((m) => m.code);
  return (
    <IndicatorComparison
      {...props}
      workspace={gaps ? withGaps(workspace) : workspace}
      {...(fiveMunicipalities ? { organisationCodes: codes } : {})}
    />
  );
}

const meta = {
  title: "Handlingsplan/Indikatorer per kommun",
  component: CountyComparison,
  ...onlyControls({
    gender: genderControl,
    fiveMunicipalities: toggle("Bara fem kommuner", "Jämför länets fem första kommuner i stället för alla."),
    gaps: toggle("Med luckor (påhittat)", "Ta bort var tredje kommuns värden för 2024 och gör 2023 preliminärt."),
    headingLevel: headingLevelControl,
  }),
  parameters: { layout: "padded" },
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The county's municipalities on its indicators; sorted by a column from the keyboard. */
export const CountyMunicipalities: Story = {
  name: "Länets kommuner",
  play: async ({ canvasElement, loaded }) => {
    const canvas = within(canvasElement);
    if (loadedCounty({ loaded }).workspace.indicatorValues.length === 0)
      return expect(canvas.getByText(/Det finns inga värden att jämföra ännu/)).toBeVisible();
    const sort = within(canvas.getAllByRole("columnheader")[1]!).getByRole("button");
    sort.focus();
    await userEvent.keyboard("{Enter}");
    await expect(sort.closest("th")).toHaveAttribute("aria-sort", "ascending");
    await userEvent.keyboard("{Enter}");
    await expect(sort.closest("th")).toHaveAttribute("aria-sort", "descending");
  },
};

/** The county's sample without its values (made up): the view says why there is nothing to compare. */
export const NoValues: Story = {
  tags: ["county-independent"],
  name: "Inga värden (påhittad)",
  render: (args) => <NoValuesComparison {...args} />,
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText(/Det finns inga värden att jämföra ännu/)).toBeVisible();
  },
};

/** {@link NoValues}: the county's workspace with its indicator values taken away. */
function NoValuesComparison(props: Args) {
  const { workspace } = useStoryCounty();
  return <IndicatorComparison {...props} workspace={{ ...workspace, indicatorValues: [] }} />;
}

/** A series with gaps (made up on the county's values): a third of the municipalities without 2024, 2023 preliminary. */
export const SeriesWithGaps: Story = { name: "Med luckor (påhittad)", args: { gaps: true } };

/** A few municipalities, in English (set by the story). */
export const English: Story = { name: "På engelska", args: { locale: "en", fiveMunicipalities: true } };

/** Dark (set by the story). */
export const Dark: Story = { name: "Mörkt tema", args: { theme: "dark" } };
