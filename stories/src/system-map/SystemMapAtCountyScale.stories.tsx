import type { Meta, StoryObj } from "@storybook/react-vite";
import { foldSystemGraph, getSystemGroups, type SystemGraph } from "@systemledning/core/system-map";
import { loadMapPoster, SystemMap, useKitLocale, type SystemMapProps } from "@systemledning/react";
import { useEffect, useMemo, useState } from "react";
import { expect, userEvent, waitFor, within } from "storybook/test";
import { createNationalSystemGraph } from "../../../tests/fixtures/national-system-map.js";
import { countyName, literally } from "../county-parts.js";
import { loadedCounty } from "../county-picks.js";
import { useStoryCounty, type StoryCounty } from "../story-county.js";
import { onlyControls, toggle } from "../story-controls.js";
import { countyGraph, featuredLeadership, featuredMunicipality } from "./county-graph.js";

/** The smallest text on the map as the reader sees it, in CSS px (font size × the screen transform's scale). */
function smallestTextPx(canvasElement: HTMLElement): number {
  const svg = canvasElement.querySelector<SVGSVGElement>("svg.sl-map-svg")!;
  const frame = svg.getBoundingClientRect();
  let smallest = Number.POSITIVE_INFINITY;
  for (const text of svg.querySelectorAll<SVGTextElement>("text")) {
    const box = text.getBoundingClientRect();
    const inFrame =
      box.right > frame.left && box.left < frame.right && box.bottom > frame.top && box.top < frame.bottom;
    if ((text.textContent ?? "").trim() === "" || box.width === 0 || !inFrame) continue;
    const ctm = text.getScreenCTM();
    const px = Number.parseFloat(getComputedStyle(text).fontSize) * (ctm === null ? 0 : Math.hypot(ctm.a, ctm.b));
    smallest = Math.min(smallest, px);
  }
  return smallest;
}

/** The group a story opens: the featured leadership's, on the county's whole system. */
function featuredGroup(county: StoryCounty, graph: SystemGraph) {
  const leadership = featuredLeadership(county.workspace);
  const groups = getSystemGroups(graph).groups.filter((group) => group.basis === "leadership");
  return groups.find((group) => group.id.includes(`:${leadership?.id ?? ""}@`)) ?? groups[0];
}

type Args = Omit<SystemMapProps, "graph" | "annotations" | "workspace" | "defaultOpenGroups" | "reader"> & {
  /** Open the featured leadership's group from the start. */
  readonly openLeadership?: boolean;
  /** The reader sits in the featured municipality ("Här finns jag"). */
  readonly readerInMunicipality?: boolean;
  /** A made-up graph instead of the county's (the national map), with no marks. */
  readonly ownGraph?: SystemGraph;
};

/** The county's whole system on a laptop, or a made-up graph a story brings. */
function CountyMap({ openLeadership = false, readerInMunicipality = false, ownGraph, ...props }: Args) {
  const county = useStoryCounty();
  const { locale } = useKitLocale(props.locale);
  const graph = useMemo(() => ownGraph ?? countyGraph(county, "system", locale), [ownGraph, county, locale]);
  if (ownGraph !== undefined) return <SystemMap {...props} graph={graph} />;
  const group = openLeadership ? featuredGroup(county, graph) : undefined;
  const organisation = readerInMunicipality ? featuredMunicipality(county.workspace)?.organisation : undefined;
  return (
    <SystemMap
      // A new county or reader starts a new map, as a page loading another workspace does.
      key={`${county.county.id}|${group?.id ?? ""}|${organisation?.id ?? ""}`}
      {...props}
      graph={graph}
      annotations={county.workspace.annotations}
      workspace={county.workspace}
      {...(group === undefined ? {} : { defaultOpenGroups: [group.id] })}
      {...(organisation === undefined ? {} : { reader: { organisationId: organisation.id } })}
    />
  );
}

const meta = {
  title: "Systemkarta/Länets karta på en laptop",
  component: CountyMap,
  ...onlyControls({
    openLeadership: toggle(
      "Öppna en lokal systemledning",
      "Om den lokala systemledningen med flest kommuner är öppen från början.",
    ),
    readerInMunicipality: toggle(
      "Läsaren finns i en kommun",
      "Om sidan vet var läsaren arbetar, så att kartan ringar in «Här finns jag».",
    ),
  }),
  // A laptop's window, as a participant opens the map before the workshop (the story tests take it as theirs).
  parameters: {
    layout: "padded",
    viewport: {
      options: { laptop: { name: "Laptop", styles: { width: "1280px", height: "800px" }, type: "desktop" } },
    },
  },
  globals: { viewport: { value: "laptop" } },
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * The county's whole system as it opens on a laptop: fitted to the window, the leaderships with their forums folded
 * into labelled groups, the connections between groups drawn as bundles with a count; every text readable.
 */
export const CountyOnALaptop: Story = {
  name: "Länet på en laptop",
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole("figure", { name: "Systemkarta" })).toBeVisible();
    await expect(canvasElement.querySelectorAll(".sl-map-node[data-kind='group']").length).toBeGreaterThan(0);
    await expect(smallestTextPx(canvasElement)).toBeGreaterThanOrEqual(11);
  },
};

/** The local leadership of the most municipalities opened from the start: its forums and gaps drawn, the rest folded. */
export const LeadershipOpened: Story = {
  name: "En lokal systemledning öppen",
  args: { openLeadership: true },
  play: async ({ canvasElement, loaded }) => {
    const leadership = featuredLeadership(loadedCounty({ loaded }).workspace)!;
    const canvas = within(canvasElement);
    const name = new RegExp(`^Systemledning: ${literally(leadership.name)},`);
    await expect(canvas.getByRole("button", { name })).toBeTruthy();
    await expect(canvasElement.querySelector(`.sl-map-node[data-kind='group']`)).not.toBeNull();
  },
};

/** "Where am I?": a participant types their municipality's name in the search and Enter brings it into focus. */
export const FindByName: Story = {
  name: "Hitta sin kommun",
  play: async ({ canvasElement, loaded }) => {
    const { municipality } = featuredMunicipality(loadedCounty({ loaded }).workspace)!;
    const search = within(canvasElement).getByRole("combobox", { name: "Sök i kartan" });
    await userEvent.type(search, municipality.name);
    await userEvent.keyboard("{Enter}");
    await waitFor(() =>
      expect(document.activeElement?.getAttribute("aria-label") ?? "").toMatch(
        new RegExp(literally(municipality.name)),
      ),
    );
  },
};

/** The host knows who reads: the reader's municipality is ringed "Här finns jag", its group open. */
export const HereIAm: Story = {
  name: "Här finns jag",
  args: { readerInMunicipality: true },
  play: async ({ canvasElement, loaded }) => {
    const { organisation } = featuredMunicipality(loadedCounty({ loaded }).workspace)!;
    const name = literally(organisation.name);
    await expect(
      within(canvasElement).getByRole("button", { name: new RegExp(`${name}.*Här finns jag|Här finns jag.*${name}`) }),
    ).toBeTruthy();
  },
};

/** The hierarchy in the featured leadership's municipalities: council, committees, administrations, operations. */
export const Hierarchy: Story = {
  name: "Hierarkin i kommunerna",
  render: (args) => <CountyHierarchy {...args} />,
  play: async ({ canvasElement }) => {
    await expect(smallestTextPx(canvasElement)).toBeGreaterThanOrEqual(11);
  },
};

/** {@link Hierarchy}'s map: the county's hierarchy as a made-up graph would be drawn, without the system's marks. */
function CountyHierarchy(props: Args) {
  const county = useStoryCounty();
  const { locale } = useKitLocale(props.locale);
  const graph = useMemo(() => countyGraph(county, "hierarchy", locale), [county, locale]);
  return <SystemMap {...props} graph={graph} annotations={county.workspace.annotations} />;
}

/** In English (set by the story): the groups, the search and the ring in English words. */
export const InEnglish: Story = {
  name: "På engelska",
  args: { locale: "en", readerInMunicipality: true },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole("combobox", { name: "Search the map" })).toBeVisible();
  },
};

/** Dark (set by the story), for a room with the lights down. */
export const Dark: Story = { name: "Mörkt", args: { theme: "dark", readerInMunicipality: true } };

/** A made-up national map of 2,000 parts (its own data, whatever the county) folded to fit; every text readable. */
export const NationalMapFolded: Story = {
  tags: ["county-independent"],
  name: "Nationell karta, grupperad (påhittad)",
  args: { ownGraph: createNationalSystemGraph({ seed: 20261122, nodes: 2_000 }).graph },
  play: async ({ canvasElement }) => {
    await waitFor(
      () => expect(canvasElement.querySelectorAll(".sl-map-node[data-kind='group']").length).toBeGreaterThan(0),
      { timeout: 10_000 },
    );
    await expect(canvasElement.querySelectorAll(".sl-map-node[role='button']").length).toBeLessThan(2_000);
  },
};

/**
 * The A3 poster of the county's folded system as the workshop table gets it, shown as the image the SVG draws, in
 * the toolbar's language.
 */
function PosterA3Preview() {
  const county = useStoryCounty();
  const { locale } = useKitLocale();
  const [url, setUrl] = useState<string | null>(null);
  const title = `${locale === "en" ? "System map" : "Systemkarta"} ${countyName(county)}`;
  useEffect(() => {
    let made: string | null = null;
    // The poster's code is its own chunk, loaded on demand as the map's download menu does.
    void loadMapPoster().then(({ posterLayout, renderMapPoster }) => {
      const system = countyGraph(county, "system", locale);
      const shown = foldSystemGraph(system, getSystemGroups(system), new Set());
      const { svg } = renderMapPoster(shown, posterLayout(shown, "A3"), {
        paper: "A3",
        title,
        locale,
        annotations: county.workspace.annotations,
      });
      made = URL.createObjectURL(new Blob([svg], { type: "image/svg+xml" }));
      setUrl(made);
    });
    return () => {
      if (made !== null) URL.revokeObjectURL(made);
    };
  }, [county, title, locale]);
  const alt =
    locale === "en"
      ? `A3 poster: ${title}, with a legend and a ring to fill in`
      : `Affisch A3: ${title}, med teckenförklaring och ring att fylla i`;
  return url === null ? null : <img width={1200} src={url} alt={alt} />;
}

/** The poster for the workshop table: the county's system on A3, every group folded, legend and an empty ring key. */
export const PosterA3ForTheWorkshopTable: Story = {
  name: "Affisch A3 för workshopbordet",
  render: () => <PosterA3Preview />,
  play: async ({ canvasElement, loaded }) => {
    const title = `Systemkarta ${countyName(loadedCounty({ loaded }))}`;
    const poster = await within(canvasElement).findByRole(
      "img",
      { name: new RegExp(`^Affisch A3: ${literally(title)}`) },
      // The poster's chunk loads and lays the county out before the image exists: slow when the gate runs every project.
      { timeout: 20_000 },
    );
    await waitFor(() => expect((poster as HTMLImageElement).naturalWidth).toBeGreaterThan(0));
  },
};
