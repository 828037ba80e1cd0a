import type { Meta, StoryObj } from "@storybook/react-vite";
import { LeadershipPage } from "@systemledning/react";
import { expect, within } from "storybook/test";
import { HOSTILE_STRINGS, loadHostileSample, loadSample, STORY_AS_OF } from "../sample.js";
import {
  EMPTY_LEADERSHIP_ID,
  KALMAR_AS_OF,
  loadKalmarSample,
  loadSampleWithEmptyLeadership,
} from "./overview-samples.js";

const sample = loadSample();
const firstLocal = sample.leaderships.find((l) => l.level === "local");

const meta = {
  title: "Struktur/Ledningens sida",
  component: LeadershipPage,
  args: { workspace: sample, leadershipId: "ls-mora", asOf: STORY_AS_OF },
  parameters: { layout: "padded" },
} satisfies Meta<typeof LeadershipPage>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A local leadership of Dalarna in full. */
export const DalarnaLocal: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("heading", { level: 2, name: "Lokal systemledning Mora" })).toBeVisible();
    await expect(canvas.getByRole("heading", { level: 4, name: "Typer av forum" })).toBeVisible();
  },
};

/** The regional leadership of Dalarna with its six forums. */
export const DalarnaRegional: Story = { args: { leadershipId: "ls-regional" } };

/** Kalmar's county-wide leadership, in English. */
export const KalmarInEnglish: Story = {
  args: { workspace: loadKalmarSample(), leadershipId: "ls-lgl", asOf: KALMAR_AS_OF, locale: "en" },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole("heading", { name: "The questions at a glance" })).toBeVisible();
  },
};

/** A new leadership with nothing yet: no forum, no member, no charter. */
export const EmptyLeadership: Story = {
  args: { workspace: loadSampleWithEmptyLeadership(), leadershipId: EMPTY_LEADERSHIP_ID },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText(/har inga forum ännu/)).toBeVisible();
  },
};

/** Very long and hostile names stay text and reflow. */
export const VeryLongNames: Story = {
  args: { workspace: loadHostileSample(), leadershipId: firstLocal?.id ?? "" },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getAllByText(HOSTILE_STRINGS[0], { exact: false }).length).toBeGreaterThan(0);
    await expect(canvasElement.querySelector("script, img")).toBeNull();
  },
};
