import type { Meta, StoryObj } from "@storybook/react-vite";
import {
  createDalarnaSampleWorkspace,
  DALARNA_SAMPLE_AS_OF,
  DALARNA_WORKSHOP_ANNOTATIONS,
} from "@systemledning/core/profiles/dalarna";
import { getSystemGraph } from "@systemledning/core/system-map";
import { SystemMapWorkshop } from "@systemledning/react";
import { expect, fn, userEvent, within } from "storybook/test";
import { StoredStory } from "../story-store.js";

const workspace = createDalarnaSampleWorkspace();

const meta = {
  title: "SystemMap/SystemMapWorkshop",
  component: SystemMapWorkshop,
  args: {
    graph: getSystemGraph(workspace, { view: "system", asOf: DALARNA_SAMPLE_AS_OF }),
    annotations: DALARNA_WORKSHOP_ANNOTATIONS,
    workspace,
    folding: "none",
    onAnnotate: fn(),
    defaultHeat: true,
  },
  parameters: { layout: "padded" },
} satisfies Meta<typeof SystemMapWorkshop>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Workshop mode: open a part and mark it; the mark comes out validated against the workspace. */
export const Workshop: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole("button", { name: "Workshopläge" }));
    await expect(canvas.getByText(/^Workshopläge:/)).toBeVisible();
    await userEvent.click(canvas.getByRole("button", { name: /^Forum: Länschefsnätverket,/ }));
    await userEvent.click(canvas.getByRole("radio", { name: "Styrningen fungerar bra här" }));
    await userEvent.click(canvas.getByRole("button", { name: "Spara markeringen" }));
    await expect(args.onAnnotate).toHaveBeenCalledTimes(1);
  },
};

/** In English: the same form, every word in English. */
export const InEnglish: Story = {
  args: { locale: "en" },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole("button", { name: "Workshop mode" }));
    await expect(canvas.getByRole("button", { name: "Workshop mode" })).toHaveAttribute("aria-pressed", "true");
  },
};

/**
 * Saved in this browser: each mark goes through `updateWorkspace` into the story's own IndexedDB store, so the
 * workshop's dots survive a reload; the map draws the stored marks.
 */
export const SavedInThisBrowser: Story = {
  render: (args) => (
    <StoredStory storyKey="system-map-workshop" initial={args.workspace}>
      {(stored, updates) => (
        <SystemMapWorkshop
          {...args}
          workspace={stored}
          annotations={stored.annotations}
          onAnnotate={undefined}
          onChange={updates.apply}
        />
      )}
    </StoredStory>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText(/^Sparas i den här webbläsaren/)).toBeVisible();
    await userEvent.click(await canvas.findByRole("button", { name: "Workshopläge" }));
    await userEvent.click(canvas.getByRole("button", { name: /^Forum: Länschefsnätverket,/ }));
    await userEvent.click(canvas.getByRole("radio", { name: "Styrningen fungerar bra här" }));
    await userEvent.click(canvas.getByRole("button", { name: "Spara markeringen" }));
    await expect(await canvas.findByText("Sparat.")).toBeVisible();
  },
};
