import type { Meta, StoryObj } from "@storybook/react-vite";
import type { Workspace } from "@systemledning/core/workspace";
import { SystemMapWorkshop, useKitLocale, type SystemMapWorkshopProps } from "@systemledning/react";
import { useMemo } from "react";
import { expect, fn, userEvent, within } from "storybook/test";
import { literally } from "../county-parts.js";
import { loadedCounty } from "../county-picks.js";
import { useStoryCounty } from "../story-county.js";
import { radioControl } from "../controls.js";
import { onlyControls, toggle } from "../story-controls.js";
import { StoredStory } from "../story-store.js";
import { countyGraph } from "./county-graph.js";

type Args = Omit<SystemMapWorkshopProps, "graph" | "annotations" | "workspace"> & {
  /** Keep the marks in this browser's IndexedDB (through `updateWorkspace`) instead of handing them to a spy. */
  readonly stored?: boolean;
};

/** The workshop on the map of the county the toolbar chose, with the county's own marks. */
function CountyWorkshop({ stored = false, ...props }: Args) {
  const county = useStoryCounty();
  const { locale } = useKitLocale(props.locale);
  const graph = useMemo(() => countyGraph(county, "system", locale), [county, locale]);
  const draw = (workspace: Workspace, extra: Partial<SystemMapWorkshopProps> = {}) => (
    <SystemMapWorkshop {...props} {...extra} graph={graph} workspace={workspace} annotations={workspace.annotations} />
  );
  if (!stored) return draw(county.workspace);
  return (
    <StoredStory storyKey="system-map-workshop" locale={props.locale} initial={county.workspace}>
      {(workspace, updates) => draw(workspace, { onAnnotate: undefined, onChange: updates.apply })}
    </StoredStory>
  );
}

/** The name of the part a play function marks: the county's first forum, as the map's button names it. */
function firstForumButton(loaded: Record<string, unknown>): RegExp {
  return new RegExp(`^Forum: ${literally(loadedCounty({ loaded }).workspace.forums[0]!.name)},`);
}

const meta = {
  title: "Systemkarta/Workshop på kartan",
  component: CountyWorkshop,
  args: { folding: "none", onAnnotate: fn(), defaultHeat: true },
  ...onlyControls({
    defaultHeat: toggle("Visa värmekarta", "Om markeringarna visas som färgade fält från början."),
    folding: radioControl(
      "Gruppering",
      "Om kartan fäller ihop systemledningar och stora grupper till märkta grupper.",
      ["auto", "none"],
      { auto: "Grupperad efter storlek", none: "Alla delar utritade" },
    ),
  }),
  parameters: { layout: "padded" },
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Workshop mode: open one of the county's forums and mark it; the mark comes out validated against the workspace. */
export const Workshop: Story = {
  name: "Markera en del",
  play: async ({ canvasElement, args, loaded }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole("button", { name: "Workshopläge" }));
    await expect(canvas.getByText(/^Workshopläge:/)).toBeVisible();
    await userEvent.click(canvas.getByRole("button", { name: firstForumButton(loaded) }));
    await userEvent.click(canvas.getByRole("radio", { name: "Styrningen fungerar bra här" }));
    await userEvent.click(canvas.getByRole("button", { name: "Spara markeringen" }));
    await expect(args.onAnnotate).toHaveBeenCalledTimes(1);
  },
};

/** In English (set by the story): the same form, every word in English. */
export const InEnglish: Story = {
  name: "På engelska",
  args: { locale: "en" },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole("button", { name: "Workshop mode" }));
    await expect(canvas.getByRole("button", { name: "Workshop mode" })).toHaveAttribute("aria-pressed", "true");
  },
};

/**
 * Saved in this browser: each mark goes through `updateWorkspace` into the story's own IndexedDB store (one key per
 * county), so the workshop's dots survive a reload; the map draws the stored marks.
 */
export const SavedInThisBrowser: Story = {
  name: "Sparas i webbläsaren",
  args: { stored: true },
  play: async ({ canvasElement, loaded }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText(/^Sparas i den här webbläsaren/)).toBeVisible();
    await userEvent.click(await canvas.findByRole("button", { name: "Workshopläge" }));
    await userEvent.click(canvas.getByRole("button", { name: firstForumButton(loaded) }));
    await userEvent.click(canvas.getByRole("radio", { name: "Styrningen fungerar bra här" }));
    await userEvent.click(canvas.getByRole("button", { name: "Spara markeringen" }));
    await expect(await canvas.findByText("Sparat.")).toBeVisible();
  },
};
