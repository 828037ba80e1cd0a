import type { Meta, StoryObj } from "@storybook/react-vite";
import { IndicatorPanel } from "@systemledning/react";
import { expect, userEvent, within } from "storybook/test";
import { loadSample, STORY_AS_OF } from "../sample.js";
import { loadKalmarSample } from "../workbook/hosts.js";
import { loadGappedSample, loadLargeSample } from "./panel-samples.js";

const sample = loadSample();

const meta = {
  title: "Follow-up/IndicatorPanel",
  component: IndicatorPanel,
  args: { workspace: sample, asOf: STORY_AS_OF },
  parameters: { layout: "padded" },
} satisfies Meta<typeof IndicatorPanel>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Region Dalarna: the six indicators by delmål, each against the county and the country. */
export const DalarnaRegion: Story = {
  args: { leadershipId: "ls-regional" },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getAllByRole("figure")).toHaveLength(6);
    await expect(canvas.getAllByText("Källa: påhittade exempelvärden (inte Kolada)")).toHaveLength(6);
  },
};

/** A local leadership of two municipalities (Västerbergslagen): a verdict for each of them. */
export const LocalLeadership: Story = {
  args: { leadershipId: "ls-vasterbergslagen" },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getAllByRole("img", { name: /^Ludvika / }).length).toBeGreaterThan(0);
  },
};

/** Kalmar has no indicator values: the panel says so and why, and draws nothing. */
export const KalmarNoValues: Story = {
  args: { workspace: loadKalmarSample() },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText(/Det finns inga indikatorvärden/)).toBeVisible();
    await expect(canvas.queryAllByRole("figure")).toHaveLength(0);
  },
};

/** Falls among people over 80 with gaps in the county's, the country's and Falun's series: the lines break. */
export const SeriesWithGaps: Story = {
  args: { workspace: loadGappedSample(), indicatorIds: ["fallskador-80"] },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText(/värden? saknas och bryter linjen/)).toBeVisible();
  },
};

/** The register-based indicators whose 2024 values are preliminary: hollow points, named preliminary. */
export const PreliminaryValues: Story = {
  args: { indicatorIds: ["undvikbar-slutenvard-65", "aterinskrivning-65", "digitala-vardkontakter"] },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getAllByRole("img", { name: /preliminärt/ }).length).toBeGreaterThan(0);
  },
};

/** Women and men where the values are split (home-care satisfaction): the reader switches. */
export const GenderSplit: Story = {
  args: { indicatorIds: ["brukarbedomning-hemtjanst"] },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole("radio", { name: "Kvinnor" }));
    await expect(canvas.getByRole("radio", { name: "Kvinnor" })).toBeChecked();
  },
};

/** In English. */
export const English: Story = { args: { locale: "en" } };

/** Dark. */
export const Dark: Story = { args: { theme: "dark" } };

/** Twenty invented indicators × fifteen municipalities × ten years: the size the bench measures. */
export const TwentyIndicators: Story = {
  args: { workspace: loadLargeSample(), leadershipId: undefined },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getAllByRole("figure")).toHaveLength(20);
  },
};

/** The keyboard in Chromium: one tab stop in the chart, the right arrow to the next year, Esc closes the value box. */
export const KeyboardThroughPoints: Story = {
  args: { indicatorIds: ["aterinskrivning-65"] },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const marks = canvas.getAllByRole("img");
    const stops = marks.filter((mark) => mark.getAttribute("tabindex") === "0");
    await expect(stops).toHaveLength(1);
    stops[0]!.focus();
    await expect(stops[0]).toHaveFocus();
    await userEvent.keyboard("{ArrowRight}");
    await expect(canvasElement.ownerDocument.activeElement?.getAttribute("aria-label")).toMatch(/ 2022: /);
    await userEvent.keyboard("{Escape}");
  },
};
