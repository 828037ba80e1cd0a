import type { Meta, StoryObj } from "@storybook/react-vite";
import { createDalarnaSampleWorkspace } from "@systemledning/core/profiles/dalarna";
import { createKalmarSampleWorkspace } from "@systemledning/core/profiles/kalmar";
import type { Workspace } from "@systemledning/core/workspace";
import { IndicatorComparison } from "@systemledning/react";
import { expect, userEvent, within } from "storybook/test";

const dalarna = createDalarnaSampleWorkspace();

/**
 * Dalarna's sample with gaps: every third municipality's values missing in 2024, and the 2023 values of the
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

const meta = {
  title: "Follow-up/IndicatorComparison",
  component: IndicatorComparison,
  args: { workspace: dalarna },
  parameters: { layout: "padded" },
} satisfies Meta<typeof IndicatorComparison>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Dalarna's 15 municipalities on the six sample indicators; sorted by a column from the keyboard. */
export const Dalarna: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const sort = canvas.getByRole("button", {
      name: "Fallskador bland personer 80 år och äldre, per 1 000 invånare, 2024 (per 1 000 inv)",
    });
    sort.focus();
    await userEvent.keyboard("{Enter}");
    const header = sort.closest("th");
    await expect(header).toHaveAttribute("aria-sort", "ascending");
    await expect(canvas.getAllByRole("rowheader")[0]).toHaveTextContent("Borlänge");
  },
};

/** Kalmar has indicators but no values: the view says why there is nothing to compare. */
export const KalmarNoValues: Story = {
  args: { workspace: createKalmarSampleWorkspace() },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText(/Det finns inga värden att jämföra ännu/)).toBeVisible();
  },
};

/** A series with gaps: a third of the municipalities without 2024 values, the year before preliminary. */
export const SeriesWithGaps: Story = { args: { workspace: withGaps(dalarna) } };

/** An earlier year and a few municipalities, in English. */
export const English: Story = {
  args: { locale: "en", period: "2022", organisationCodes: ["2080", "2081", "2085", "2062", "2084"] },
};

/** Dark. */
export const Dark: Story = { args: { theme: "dark" } };
