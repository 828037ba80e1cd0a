import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, fn, userEvent, waitFor, within } from "storybook/test";
import { loadHostileSample, loadSample, STORY_AS_OF } from "../sample.js";
import { KALMAR_AS_OF, loadKalmarSample, SectorChecklistHost } from "./hosts.js";

const sample = loadSample();

const meta = {
  title: "Struktur/Sektorslista",
  component: SectorChecklistHost,
  args: { workspace: sample, forumId: "f-mora", asOf: STORY_AS_OF, onSaved: fn() },
  parameters: { layout: "padded" },
} satisfies Meta<typeof SectorChecklistHost>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * Mora's local leadership: the Metodstöd's twenty sectors with who represents each today. Choosing Finsam as
 * required and saving writes it to the forum, says "Sparat", and flags that nobody represents it yet.
 */
export const Mora: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("heading", { level: 2, name: "Representation" })).toBeVisible();
    const finsam = canvas.getByRole("group", { name: "Finsam" });
    await userEvent.click(within(finsam).getByRole("radio", { name: "Ska vara representerad" }));
    await userEvent.click(canvas.getByRole("button", { name: "Spara representationen" }));
    await waitFor(() => expect(args.onSaved).toHaveBeenCalled());
    await expect(canvas.getByText("Sparat")).toBeVisible();
  },
};

/** Region Kalmar län's Länsgemensam ledning, on Kalmar's own sector catalogue. */
export const KalmarLgl: Story = {
  args: { workspace: loadKalmarSample(), forumId: "f-lgl", asOf: KALMAR_AS_OF },
};

/** The county's chief officers' network (LCHNV), in English. */
export const InEnglish: Story = {
  args: { forumId: "f-lchnv", locale: "en" },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole("group", { name: "Social services" })).toBeVisible();
  },
};

/** A forum of the leadership group for regional staff, which asks no sector to be represented. */
export const NothingRequired: Story = { args: { forumId: "f-lgrs" } };

/** Very long and hostile names of forum and people wrap and stay inert text. */
export const VeryLongNames: Story = {
  args: { workspace: loadHostileSample(), forumId: "f-vansbro" },
};

/** Dark theme. */
export const Dark: Story = { args: { theme: "dark" } };
