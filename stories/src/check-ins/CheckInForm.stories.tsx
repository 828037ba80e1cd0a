import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, fn, userEvent, waitFor, within } from "storybook/test";
import { loadSample, STORY_AS_OF } from "../sample.js";
import { KALMAR_AS_OF, loadKalmarSample } from "../workbook/hosts.js";
import { CheckInFormHost } from "./hosts.js";

const meta = {
  title: "Check-ins/CheckInForm",
  component: CheckInFormHost,
  args: {
    workspace: loadSample(),
    planId: "plan-lokal-falun",
    leadershipId: "ls-falun",
    asOf: STORY_AS_OF,
    onSaved: fn(),
  },
  parameters: { layout: "padded" },
} satisfies Meta<typeof CheckInFormHost>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Falun's local leadership checks in on its local plan: the activities start from the latest statuses. */
export const FalunLocal: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByRole("textbox", { name: "Lärdomar" }), "Tidig kontakt med anhöriga.");
    await userEvent.click(canvas.getByRole("button", { name: "Spara avstämningen" }));
    await waitFor(() => expect(args.onSaved).toHaveBeenCalled());
    await expect(canvas.getByText("Sparat")).toBeVisible();
  },
};

/** The regional leadership on the regional plan: ten activities, some never assessed. */
export const DalarnaRegional: Story = {
  args: { planId: "plan-regional-skora-aldre", leadershipId: "ls-regional" },
};

/** Mora never checked in: saving without an assessment is refused at the first activity that lacks one. */
export const Refused: Story = {
  args: { planId: "plan-regional-skora-aldre", leadershipId: "ls-mora" },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole("button", { name: "Spara avstämningen" }));
    await waitFor(() => expect(canvas.getByText(/Det gick inte att spara/, { selector: "p" })).toBeVisible());
  },
};

/** Region Kalmar län has no action plan: the form says so. */
export const KalmarNoPlan: Story = {
  args: { workspace: loadKalmarSample(), planId: "plan-saknas", leadershipId: "ls-lgl", asOf: KALMAR_AS_OF },
};

/** In English. */
export const InEnglish: Story = {
  args: { locale: "en" },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole("button", { name: "Save the check-in" })).toBeVisible();
  },
};

/** Dark theme. */
export const Dark: Story = { args: { theme: "dark" } };
