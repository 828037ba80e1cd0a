import type { Meta, StoryObj } from "@storybook/react-vite";
import { ForumMembers } from "@systemledning/react";
import { expect, userEvent, within } from "storybook/test";
import { dalarna, EXTREME, extreme, kalmarStructureSample, KALMAR_AS_OF, STRUCTURE_AS_OF } from "./view-stories.js";
import { HOSTILE_STRINGS, loadHostileSample } from "../sample.js";

const meta = {
  title: "Structure/ForumMembers",
  component: ForumMembers,
  args: { workspace: dalarna, forumId: "f-lchnv", asOf: STRUCTURE_AS_OF },
  parameters: { layout: "padded" },
} satisfies Meta<typeof ForumMembers>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Länschefsnätverket: the ended seats behind the toggle, shown from the keyboard. */
export const DalarnaLchnv: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const toggle = canvas.getByRole("checkbox", { name: /^Visa avslutade uppdrag/ });
    toggle.focus();
    await userEvent.keyboard(" ");
    await expect(toggle).toBeChecked();
    await expect(canvas.getAllByText(/\(avslutat\)$/).length).toBeGreaterThan(0);
  },
};

/** Kalmar's Länsgemensam ledning, in English, dark. */
export const KalmarInEnglishDark: Story = {
  args: { workspace: kalmarStructureSample(), forumId: "f-lgl", asOf: KALMAR_AS_OF, locale: "en", theme: "dark" },
};

/** A forum of 60 seats with very long names, sorted by person from the keyboard. */
export const SixtyLongNamedSeats: Story = {
  args: { workspace: extreme, forumId: EXTREME.bigForum, defaultShowEnded: true },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const table = canvas.getByRole("table", { name: /^Uppdrag i / });
    await expect(within(table).getAllByRole("row")).toHaveLength(61);
    const sort = within(within(table).getByRole("columnheader", { name: /Person/ })).getByRole("button");
    sort.focus();
    await userEvent.keyboard("{Enter}");
    await expect(within(table).getByRole("columnheader", { name: /Person/ })).toHaveAttribute("aria-sort", "ascending");
  },
};

/** Names a user might paste or an attacker might try, each shown exactly as typed, as text. */
export const HostileNames: Story = {
  args: { workspace: loadHostileSample(), forumId: "f-lchnv" },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector("script")).toBeNull();
    await expect(within(canvasElement).getAllByText(HOSTILE_STRINGS[0]).length).toBeGreaterThan(0);
  },
};
