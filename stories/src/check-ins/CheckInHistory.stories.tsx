import type { Meta, StoryObj } from "@storybook/react-vite";
import { CheckInHistory } from "@systemledning/react";
import { expect, within } from "storybook/test";
import { loadSample, STORY_AS_OF } from "../sample.js";
import { KALMAR_AS_OF, loadKalmarSample } from "../workbook/hosts.js";

const meta = {
  title: "Check-ins/CheckInHistory",
  component: CheckInHistory,
  args: { workspace: loadSample(), asOf: STORY_AS_OF, leadershipId: "ls-falun" },
  parameters: { layout: "padded" },
} satisfies Meta<typeof CheckInHistory>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Falun's local leadership: its check-ins on the regional plan and on its own. */
export const FalunLocal: Story = {};

/** The regional plan, every reporting leadership: the regional leadership missed June–July 2025. */
export const DalarnaRegional: Story = { args: { leadershipId: undefined, planId: "plan-regional-skora-aldre" } };

/** Mora never checked in, seen at the end of the plan: every period is listed as missing. */
export const ManyMissing: Story = {
  args: { leadershipId: "ls-mora", asOf: "2028-01-15" },
  play: async ({ canvasElement }) => {
    const missing = within(canvasElement).getAllByText(/^Avstämning saknas för perioden/);
    await expect(missing.length).toBeGreaterThan(8);
  },
};

/** Region Kalmar län has no action plan: a clear empty state. */
export const KalmarNoPlan: Story = {
  args: { workspace: loadKalmarSample(), leadershipId: undefined, asOf: KALMAR_AS_OF },
};

/** In English. */
export const InEnglish: Story = { args: { locale: "en" } };

/** Dark theme. */
export const Dark: Story = { args: { theme: "dark" } };
