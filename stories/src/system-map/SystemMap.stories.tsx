import type { Meta, StoryObj } from "@storybook/react-vite";
import { SystemMap, useKitLocale, type SystemMapProps } from "@systemledning/react";
import { useMemo } from "react";
import { expect, userEvent, within } from "storybook/test";
import { loadedCounty } from "../county-picks.js";
import { useStoryCounty } from "../story-county.js";
import { radioControl } from "../controls.js";
import { onlyControls, toggle, viewControl } from "../story-controls.js";
import { COUNTY_MAP_VIEW_LABELS, countyGraph, type CountyMapView } from "./county-graph.js";

type Args = Omit<SystemMapProps, "graph" | "annotations" | "workspace"> & { readonly view: CountyMapView };

/** The map of the county the toolbar chose, in the view the controls chose, with the county's workshop marks. */
function CountySystemMap({ view, ...props }: Args) {
  const county = useStoryCounty();
  // The toolbar's language (or the story's own) names the parts too, not only the map's controls.
  const { locale } = useKitLocale(props.locale);
  const graph = useMemo(() => countyGraph(county, view, locale), [county, view, locale]);
  return <SystemMap {...props} graph={graph} annotations={county.workspace.annotations} />;
}

const meta = {
  title: "Systemkarta/Systemkartan",
  component: CountySystemMap,
  args: { view: "system" },
  ...onlyControls({
    view: {
      name: "Vy",
      description: "Vad kartan visar av länet.",
      options: Object.keys(COUNTY_MAP_VIEW_LABELS),
      control: { type: "select", labels: COUNTY_MAP_VIEW_LABELS },
    },
    folding: radioControl(
      "Gruppering",
      "Om kartan fäller ihop systemledningar och stora grupper till märkta grupper.",
      ["auto", "none"],
      { auto: "Grupperad efter storlek", none: "Alla delar utritade" },
    ),
    layoutMode: radioControl(
      "Placering",
      "Delarna i nivåer efter Metodstödet, eller utspridda av en kraftlayout.",
      ["structured", "force"],
      { structured: "I nivåer", force: "Kraftlayout" },
    ),
    defaultHeat: toggle("Visa värmekarta", "Om workshopens markeringar visas som färgade fält från början."),
    defaultView: viewControl,
  }),
  parameters: { layout: "padded" },
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The county's whole system on the levels of *Att leda hela systemet*, with the workshop's green and red marks. */
export const CountySystem: Story = {
  name: "Länets system",
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("figure", { name: "Systemkarta" })).toBeVisible();
    const nodes = canvasElement.querySelectorAll(".sl-map-node[tabindex]");
    await expect([...nodes].filter((node) => node.getAttribute("tabindex") === "0")).toHaveLength(1);
  },
};

/** One local leadership of the county (the one of the most municipalities), with its people and missing sectors. */
export const OneLeadership: Story = { name: "En lokal systemledning", args: { view: "leadership" } };

/** The hierarchy in that leadership's municipalities: council, committees, administrations and operations. */
export const Hierarchy: Story = { name: "Hierarkin", args: { view: "hierarchy" } };

/** The system seen from the first citizen group of the county's profile (*Att leda hela systemet*), two steps out. */
export const PerspectiveOfACitizenGroup: Story = {
  name: "Ur en invånargrupps perspektiv",
  args: { view: "perspective" },
};

/** In English, dark (set by the story). */
export const InEnglishDark: Story = { name: "På engelska, mörkt", args: { locale: "en", theme: "dark" } };

/** The table alternative first: every part with its kind, level, connections and marks. */
export const AsTable: Story = {
  name: "Som tabell",
  args: { defaultView: "table", folding: "none" },
  play: async ({ canvasElement, loaded }) => {
    const forum = loadedCounty({ loaded }).workspace.forums[0]!;
    const table = await within(canvasElement).findByRole("table", { name: "Systemkarta" });
    await expect(within(table).getAllByRole("rowheader", { name: forum.name })[0]).toBeVisible();
  },
};

/** Keyboard: Tab into the map, an arrow to a neighbour, Enter for the details, Esc back. */
export const Keyboard: Story = {
  name: "Med tangentbordet",
  args: { folding: "none" },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const stop = canvasElement.querySelector<SVGGElement>(".sl-map-node[tabindex='0']")!;
    stop.focus();
    const name = stop.getAttribute("aria-label");
    await userEvent.keyboard("{ArrowRight}");
    await userEvent.keyboard("{ArrowDown}");
    await expect(document.activeElement?.getAttribute("aria-label")).not.toBe(name);
    await userEvent.keyboard("{Enter}");
    await expect(canvas.getByRole("button", { name: "Stäng" })).toBeVisible();
    await userEvent.keyboard("{Escape}");
    await expect(canvas.queryByRole("button", { name: "Stäng" })).toBeNull();
  },
};
