import type { Meta, StoryObj } from "@storybook/react-vite";
import { CharterCompleteness } from "@systemledning/react";
import { expect, within } from "storybook/test";
import { HOSTILE_STRINGS, loadSample } from "../sample.js";
import { EMPTY_LEADERSHIP_ID, loadKalmarSample, loadSampleWithEmptyLeadership } from "./overview-samples.js";

const sample = loadSample();

const meta = {
  title: "Struktur/Överenskommelsen",
  component: CharterCompleteness,
  args: { workspace: sample, leadershipId: "ls-mora" },
  parameters: { layout: "padded" },
} satisfies Meta<typeof CharterCompleteness>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Mora, partly written: answered of all as a bar and in words, the open questions first. */
export const DalarnaPartlyWritten: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("progressbar", { name: "Besvarade frågor i överenskommelsen" })).toBeVisible();
    await expect(canvas.getByText("12 av 35 besvarade")).toBeVisible();
  },
};

/** Falun's charter answers everything. */
export const DalarnaComplete: Story = { args: { leadershipId: "ls-falun" } };

/** Kalmar's county-wide leadership, in English, against Kalmar's own questions. */
export const KalmarInEnglish: Story = {
  args: { workspace: loadKalmarSample(), leadershipId: "ls-lgl", locale: "en" },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText("6 of 13 answered")).toBeVisible();
  },
};

/** A new leadership with no charter: nothing answered, and where to start. */
export const EmptyLeadership: Story = {
  args: { workspace: loadSampleWithEmptyLeadership(), leadershipId: EMPTY_LEADERSHIP_ID },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText("0 av 35 besvarade")).toBeVisible();
  },
};

/** Questions with very long and hostile text stay text and wrap. */
export const VeryLongQuestions: Story = {
  args: {
    workspace: {
      ...sample,
      profile: {
        ...sample.profile,
        charterQuestions: sample.profile.charterQuestions.map((question, position) =>
          position < HOSTILE_STRINGS.length ? { ...question, text: { sv: HOSTILE_STRINGS[position]! } } : question,
        ),
      },
    },
  },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getAllByText(HOSTILE_STRINGS[5], { exact: false }).length).toBeGreaterThan(0);
    await expect(canvasElement.querySelector("script, img")).toBeNull();
  },
};
