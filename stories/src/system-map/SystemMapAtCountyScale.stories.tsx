import type { Meta, StoryObj } from "@storybook/react-vite";
import {
  createDalarnaSampleWorkspace,
  DALARNA_SAMPLE_AS_OF,
  DALARNA_WORKSHOP_ANNOTATIONS,
} from "@systemledning/core/profiles/dalarna";
import { createKalmarSampleWorkspace, KALMAR_SAMPLE_AS_OF } from "@systemledning/core/profiles/kalmar";
import { foldSystemGraph, getSystemGraph, getSystemGroups } from "@systemledning/core/system-map";
import { loadMapPoster, SystemMap } from "@systemledning/react";
import { useEffect, useState } from "react";
import { expect, userEvent, waitFor, within } from "storybook/test";
import { createNationalSystemGraph } from "../../../tests/fixtures/national-system-map.js";

const dalarna = createDalarnaSampleWorkspace();
const system = getSystemGraph(dalarna, { view: "system", asOf: DALARNA_SAMPLE_AS_OF });
/** Falun's local leadership with its forums and gaps: one group of Dalarna's system. */
const falun = getSystemGroups(system).groups.find(
  (group) => group.basis === "leadership" && group.label.includes("Falun"),
)!;
const kalmar = createKalmarSampleWorkspace();

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

const meta = {
  title: "SystemMap/At a county's scale",
  component: SystemMap,
  args: { graph: system, annotations: DALARNA_WORKSHOP_ANNOTATIONS, workspace: dalarna },
  // A laptop's window, as a participant opens the map before the workshop (the story tests take it as theirs).
  parameters: {
    layout: "padded",
    viewport: {
      options: { laptop: { name: "Laptop", styles: { width: "1280px", height: "800px" }, type: "desktop" } },
    },
  },
  globals: { viewport: { value: "laptop" } },
} satisfies Meta<typeof SystemMap>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * Dalarna's whole system as it opens on a laptop: fitted to the window, the leaderships with their forums folded
 * into labelled groups, the connections between groups drawn as bundles with a count; every text readable.
 */
export const DalarnaOnALaptop: Story = {
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole("figure", { name: "Systemkarta" })).toBeVisible();
    await expect(canvasElement.querySelectorAll(".sl-map-node[data-kind='group']").length).toBeGreaterThan(0);
    await expect(smallestTextPx(canvasElement)).toBeGreaterThanOrEqual(11);
  },
};

/** Falun's local leadership opened from the start: its forums and gaps drawn one by one, the rest still folded. */
export const FalunOpened: Story = {
  args: { defaultOpenGroups: [falun.id] },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("button", { name: /^Systemledning: Lokal systemledning Falun,/ })).toBeTruthy();
    await expect(canvasElement.querySelector(`.sl-map-node[data-kind='group']`)).not.toBeNull();
  },
};

/** "Where am I?": a participant types "Mora" in the search and Enter brings Mora's part into focus. */
export const FindMoraBySearch: Story = {
  play: async ({ canvasElement }) => {
    const search = within(canvasElement).getByRole("combobox", { name: "Sök i kartan" });
    await userEvent.type(search, "Mora");
    await userEvent.keyboard("{Enter}");
    await waitFor(() => expect(document.activeElement?.getAttribute("aria-label") ?? "").toMatch(/Mora/));
  },
};

/** The host knows who reads: Mora kommun is ringed "Här finns jag", its group open. */
export const HereIAmInMora: Story = {
  args: { reader: { organisationId: "org-mora" } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(
      canvas.getByRole("button", { name: /Mora kommun.*Här finns jag|Här finns jag.*Mora kommun/ }),
    ).toBeTruthy();
  },
};

/** Kalmar's system, a smaller county: fitted the same way, every part drawn or in a labelled group. */
export const KalmarSystem: Story = {
  args: {
    graph: getSystemGraph(kalmar, { view: "system", asOf: KALMAR_SAMPLE_AS_OF }),
    annotations: [],
    workspace: kalmar,
  },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole("figure", { name: "Systemkarta" })).toBeVisible();
    await expect(smallestTextPx(canvasElement)).toBeGreaterThanOrEqual(11);
  },
};

/** The hierarchy in Ludvika and Smedjebacken: council, committees, administrations and operations per principal. */
export const HierarchyInLudvikaAndSmedjebacken: Story = {
  args: {
    graph: getSystemGraph(dalarna, {
      view: "hierarchy",
      asOf: DALARNA_SAMPLE_AS_OF,
      municipalityCodes: ["2085", "2061"],
    }),
  },
  play: async ({ canvasElement }) => {
    await expect(smallestTextPx(canvasElement)).toBeGreaterThanOrEqual(11);
  },
};

/** In English: the groups, the search and the ring in English words. */
export const InEnglish: Story = {
  args: {
    locale: "en",
    graph: getSystemGraph(dalarna, { view: "system", asOf: DALARNA_SAMPLE_AS_OF, locale: "en" }),
    reader: { organisationId: "org-mora" },
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("combobox", { name: "Search the map" })).toBeVisible();
  },
};

/** Dark, for a room with the lights down. */
export const Dark: Story = { args: { theme: "dark", reader: { organisationId: "org-mora" } } };

/** A national map of 2,000 parts folded to fit: groups by kind per level, far fewer drawn parts, every text readable. */
export const NationalMapFolded: Story = {
  args: {
    graph: createNationalSystemGraph({ seed: 20261122, nodes: 2_000 }).graph,
    annotations: [],
    workspace: undefined,
  },
  play: async ({ canvasElement }) => {
    await waitFor(
      () => expect(canvasElement.querySelectorAll(".sl-map-node[data-kind='group']").length).toBeGreaterThan(0),
      { timeout: 10_000 },
    );
    await expect(canvasElement.querySelectorAll(".sl-map-node[role='button']").length).toBeLessThan(2_000);
  },
};

/** The A3 poster of Dalarna's folded system as the workshop table gets it, shown as the image the SVG draws. */
function PosterA3Preview() {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    let made: string | null = null;
    // The poster's code is its own chunk, loaded on demand as the map's download menu does.
    void loadMapPoster().then(({ posterLayout, renderMapPoster }) => {
      const shown = foldSystemGraph(system, getSystemGroups(system), new Set());
      const { svg } = renderMapPoster(shown, posterLayout(shown, "A3"), {
        paper: "A3",
        title: "Systemkarta Dalarna",
        annotations: DALARNA_WORKSHOP_ANNOTATIONS,
      });
      made = URL.createObjectURL(new Blob([svg], { type: "image/svg+xml" }));
      setUrl(made);
    });
    return () => {
      if (made !== null) URL.revokeObjectURL(made);
    };
  }, []);
  return url === null ? null : (
    <img width={1200} src={url} alt="Affisch A3: Systemkarta Dalarna, med teckenförklaring och ring att fylla i" />
  );
}

/** The poster for the workshop table: Dalarna's system on A3, every group folded, legend and an empty ring key. */
export const PosterA3ForTheWorkshopTable: Story = {
  render: () => <PosterA3Preview />,
  play: async ({ canvasElement }) => {
    const poster = await within(canvasElement).findByRole(
      "img",
      { name: /^Affisch A3: Systemkarta Dalarna/ },
      // The poster's chunk loads and lays Dalarna out before the image exists: slow when the gate runs every project.
      { timeout: 20_000 },
    );
    await waitFor(() => expect((poster as HTMLImageElement).naturalWidth).toBeGreaterThan(0));
  },
};
