import type { Meta, StoryObj } from "@storybook/react-vite";
import { StructureOverview } from "@systemledning/react";
import { expect, userEvent, within } from "storybook/test";
import { HOSTILE_STRINGS, loadHostileSample, loadSample, STORY_AS_OF } from "../sample.js";
import { KALMAR_AS_OF, loadKalmarSample, loadSampleWithEmptyLeadership } from "./overview-samples.js";

const leadershipHref = (id: string) => `#/ledning/${encodeURIComponent(id)}`;

const meta = {
  title: "Structure/StructureOverview",
  component: StructureOverview,
  args: { workspace: loadSample(), asOf: STORY_AS_OF, leadershipHref },
  parameters: { layout: "padded" },
} satisfies Meta<typeof StructureOverview>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Dalarna: the regional leadership's six forums, then the 13 local leaderships with a status per question. */
export const Dalarna: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("heading", { name: "Länschefsnätverket" })).toBeVisible();
    const table = canvas.getByRole("table", { name: "De lokala systemledningarna och hur de står sig" });
    await expect(within(table).getAllByRole("rowheader")).toHaveLength(13);
    // The table filters from the keyboard.
    await userEvent.type(canvas.getByRole("searchbox", { name: "Filtrera tabellen" }), "Vansbro");
    await expect(within(table).getAllByRole("rowheader")).toHaveLength(1);
  },
};

/** The same in English: the kit's words, Swedish names marked as Swedish. */
export const DalarnaInEnglish: Story = {
  args: { locale: "en" },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("heading", { name: "Local system leaderships (13)" })).toBeVisible();
  },
};

/** Kalmar: one county-wide leadership with two forums and no local leadership. */
export const Kalmar: Story = {
  args: { workspace: loadKalmarSample(), asOf: KALMAR_AS_OF },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText("Arbetsytan har inga lokala systemledningar.")).toBeVisible();
  },
};

/** A new local leadership with nothing yet: every question is missing or open, and it says what to do first. */
export const WithAnEmptyLeadership: Story = {
  args: { workspace: loadSampleWithEmptyLeadership() },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const row = canvas.getByRole("row", { name: /Lokal systemledning under uppbyggnad/ });
    await expect(within(row).getAllByText("Saknas").length).toBeGreaterThan(0);
  },
};

/** Very long and hostile names stay text and reflow; the table scrolls inside its own region. */
export const VeryLongNames: Story = {
  args: { workspace: loadHostileSample() },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getAllByText(HOSTILE_STRINGS[0], { exact: false }).length).toBeGreaterThan(0);
    await expect(canvasElement.querySelector("script, img")).toBeNull();
  },
};

/** With a callback and no address, each leadership is a button. */
export const WithButtons: Story = {
  render: (args) => (
    <StructureOverview workspace={args.workspace} asOf={args.asOf} onSelectLeadership={() => undefined} />
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("button", { name: "Lokal systemledning Mora" })).toBeVisible();
  },
};
