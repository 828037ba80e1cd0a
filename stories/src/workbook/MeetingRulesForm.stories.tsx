import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, fn, userEvent, waitFor, within } from "storybook/test";
import { loadSample } from "../sample.js";
import { loadKalmarSample, MeetingRulesFormHost } from "./hosts.js";

const meta = {
  title: "Struktur/Mötesregler",
  component: MeetingRulesFormHost,
  args: { workspace: loadSample(), forumId: "f-mora", year: 2027, onSaved: fn() },
  parameters: { layout: "padded" },
} satisfies Meta<typeof MeetingRulesFormHost>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * Mora's local leadership on the county's rules for local leaderships. Choosing Tuesday moves every date of the
 * preview; saving gives the forum rules of its own.
 */
export const Mora: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const preview = canvas.getByRole("region", { name: "Så blir mötena 2027" });
    const first = within(preview).getAllByRole("listitem")[0]!.textContent;
    await userEvent.selectOptions(canvas.getByRole("combobox", { name: "Veckodag" }), "Tisdag");
    await expect(within(preview).getAllByRole("listitem")[0]!.textContent).not.toBe(first);
    await userEvent.click(canvas.getByRole("button", { name: "Spara mötesstrukturen" }));
    await waitFor(() => expect(args.onSaved).toHaveBeenCalled());
    await expect(canvas.getByText("Sparat")).toBeVisible();
    await expect(canvas.getByText("Forumet har egna mötesregler.")).toBeVisible();
  },
};

/** Fewer most than fewest meetings a year: the core refuses, and the message stands at its field, which has focus. */
export const Refused: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const max = canvas.getByRole("textbox", { name: "Högst antal möten per år" });
    await userEvent.clear(max);
    await userEvent.type(max, "2");
    await userEvent.click(canvas.getByRole("button", { name: "Spara mötesstrukturen" }));
    await waitFor(() => expect(max).toHaveFocus());
    await expect(max).toHaveAttribute("aria-invalid", "true");
    await expect(
      canvas.getByText(/Högsta antalet möten per år \(2\) är lägre än det lägsta/, { selector: "span" }),
    ).toBeVisible();
  },
};

/** The county's chief officers' network (LCHNV) with rules of its own, which can be given back to the county's. */
export const OwnRules: Story = { args: { forumId: "f-lchnv", year: 2026 } };

/** Region Kalmar län's Länsgemensam ledning: the last Friday of every other month. */
export const KalmarLgl: Story = { args: { workspace: loadKalmarSample(), forumId: "f-lgl", year: 2022 } };

/** In English. */
export const InEnglish: Story = {
  args: { locale: "en" },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole("region", { name: "The meetings of 2027" })).toBeVisible();
  },
};

/** Dark theme. */
export const Dark: Story = { args: { theme: "dark" } };
