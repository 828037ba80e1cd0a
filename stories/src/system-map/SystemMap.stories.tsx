import type { Meta, StoryObj } from "@storybook/react-vite";
import {
  createDalarnaSampleWorkspace,
  DALARNA_FAMILY_GROUP_ID,
  DALARNA_SAMPLE_AS_OF,
  DALARNA_WORKSHOP_ANNOTATIONS,
} from "@systemledning/core/profiles/dalarna";
import { getSystemGraph } from "@systemledning/core/system-map";
import { SystemMap } from "@systemledning/react";
import { expect, userEvent, within } from "storybook/test";

const workspace = createDalarnaSampleWorkspace();
const system = getSystemGraph(workspace, { view: "system", asOf: DALARNA_SAMPLE_AS_OF });

const meta = {
  title: "SystemMap/SystemMap",
  component: SystemMap,
  args: { graph: system, annotations: DALARNA_WORKSHOP_ANNOTATIONS },
  parameters: { layout: "padded" },
} satisfies Meta<typeof SystemMap>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Dalarna's whole system on the levels of *Att leda hela systemet*, with the workshop's green and red marks. */
export const DalarnaSystem: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("figure", { name: "Systemkarta" })).toBeVisible();
    const nodes = canvasElement.querySelectorAll(".sl-map-node[tabindex]");
    await expect([...nodes].filter((node) => node.getAttribute("tabindex") === "0")).toHaveLength(1);
  },
};

/** One local leadership: Västerbergslagen, with its people and its missing sectors. */
export const Vasterbergslagen: Story = {
  args: {
    graph: getSystemGraph(workspace, {
      view: "system",
      asOf: DALARNA_SAMPLE_AS_OF,
      leadershipIds: ["ls-vasterbergslagen"],
      includePeople: true,
    }),
  },
};

/** The hierarchy: council, committees, administrations and operations per principal. */
export const Hierarchy: Story = {
  args: {
    graph: getSystemGraph(workspace, { view: "hierarchy", asOf: DALARNA_SAMPLE_AS_OF, municipalityCodes: ["2085"] }),
  },
};

/** The system seen from a family with a child with disabilities (*Att leda hela systemet*), two steps out. */
export const PerspectiveOfAFamily: Story = {
  args: {
    graph: getSystemGraph(workspace, {
      view: "perspective",
      asOf: DALARNA_SAMPLE_AS_OF,
      focus: `citizen-group:${DALARNA_FAMILY_GROUP_ID}`,
      maxDistance: 2,
    }),
  },
};

/** In English, dark. */
export const InEnglishDark: Story = { args: { locale: "en", theme: "dark" } };

/** The table alternative first: every part with its kind, level, connections and marks. */
export const AsTable: Story = {
  args: { defaultView: "table", folding: "none" },
  play: async ({ canvasElement }) => {
    const table = await within(canvasElement).findByRole("table", { name: "Systemkarta" });
    await expect(within(table).getByRole("rowheader", { name: "Länschefsnätverket" })).toBeVisible();
  },
};

/** Keyboard: Tab into the map, an arrow to a neighbour, Enter for the details, Esc back. */
export const Keyboard: Story = {
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
