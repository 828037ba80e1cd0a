// @vitest-environment jsdom
/**
 * The map's folds from the reader's side: Dalarna's system view drawn folded (groups as buttons named with their
 * count), a group opened from the keyboard with the focus on its first member, every group opened and folded
 * from the toolbar with each change announced, the full graph with `folding="none"`, and the drawing of bundles
 * and of focus + context.
 */
import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { createDalarnaSampleWorkspace, DALARNA_SAMPLE_AS_OF } from "@systemledning/core/profiles/dalarna";
import { foldSystemGraph, getSystemGraph, getSystemGroups } from "@systemledning/core/system-map";
import { afterEach, describe, expect, it } from "vitest";
import { layoutLayered, toLayoutGraph } from "../../../packages/react/src/system-map/layout/index.js";
import { SystemMap } from "../../../packages/react/src/system-map/system-map.js";

afterEach(cleanup);

const system = getSystemGraph(createDalarnaSampleWorkspace(), { view: "system", asOf: DALARNA_SAMPLE_AS_OF });
const groups = getSystemGroups(system, { locale: "sv" });
const parts = system.nodes.filter((node) => node.kind !== "level");
const sectors = groups.groups.find((group) => group.basis === "kind" && group.label === "Sektorer")!;
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const groupButton = (label: string, count: number) =>
  screen.getByRole("button", { name: new RegExp(`^Grupp: ${escape(label)}, ${count} delar, `) });
const groupButtons = () => screen.queryAllByRole("button", { name: /^Grupp: / });
const partButtons = () => [...document.querySelectorAll(".sl-map-node[role='button']")];
const focusedName = () => document.activeElement?.getAttribute("aria-label") ?? "";
/** Groups drawn, counted cheaply: a role query on every poll of `waitFor` would slow the fold's render it waits for. */
const drawnGroups = () => document.querySelectorAll("svg.sl-map-svg .sl-map-node[data-kind='group']").length;

describe("SystemMap folds", () => {
  it("draws Dalarna's system view folded: each folded group a button named with its label and count", () => {
    render(<SystemMap graph={system} />);
    // The jsdom frame (960 px wide) has room for no group open: every one is folded.
    expect(groupButtons()).toHaveLength(groups.groups.length);
    const button = groupButton(sectors.label, sectors.memberIds.length);
    expect(button.getAttribute("aria-expanded")).toBe("false");
    const folded = new Set(groups.groups.flatMap((group) => group.memberIds));
    expect(partButtons()).toHaveLength(parts.filter((node) => !folded.has(node.id)).length + groups.groups.length);
    // The visible label under the box: the group's label and its count.
    const labels = [...document.querySelectorAll(".sl-map-label")].map((label) => label.textContent);
    expect(labels.some((text) => text?.includes(`· ${sectors.memberIds.length}`))).toBe(true);
  });

  it("opens a group with Enter, puts the focus on its first member and announces it", async () => {
    const user = userEvent.setup();
    render(<SystemMap graph={system} />);
    groupButton(sectors.label, sectors.memberIds.length).focus();
    await user.keyboard("{Enter}");
    // Announced in the press; the fold is drawn once the busy mark's frame is painted (after-paint.ts).
    expect(screen.getByRole("status").textContent).toBe(`Sektorer är öppnad: ${sectors.memberIds.length} delar visas.`);
    const first = system.nodes.find((node) => node.id === sectors.memberIds[0])!;
    await waitFor(() => expect(focusedName()).toMatch(new RegExp(`^Sektor: ${escape(first.label)}, `)));
    for (const id of sectors.memberIds) {
      const member = system.nodes.find((node) => node.id === id)!;
      expect(screen.getAllByRole("button", { name: new RegExp(`^Sektor: ${escape(member.label)}, `) })).toHaveLength(1);
    }
    expect(screen.queryByRole("button", { name: new RegExp(`^Grupp: ${escape(sectors.label)}, `) })).toBeNull();
  });

  it("lists a group's parts in its details with Shift+Enter, leaving it folded, and opens it at a chosen part", async () => {
    const user = userEvent.setup();
    render(<SystemMap graph={system} />);
    groupButton(sectors.label, sectors.memberIds.length).focus();
    await user.keyboard("{Shift>}{Enter}{/Shift}");
    // Still folded: the group's button is there, and its details name every part it holds.
    expect(groupButton(sectors.label, sectors.memberIds.length).getAttribute("aria-expanded")).toBe("false");
    const last = system.nodes.find((node) => node.id === sectors.memberIds.at(-1))!;
    for (const id of sectors.memberIds) {
      const member = system.nodes.find((node) => node.id === id)!;
      expect(screen.getByRole("button", { name: member.label })).toBeTruthy();
    }
    await user.click(screen.getByRole("button", { name: last.label }));
    await waitFor(() => expect(focusedName()).toMatch(new RegExp(`^Sektor: ${escape(last.label)}, `)));
  });

  it("opens a group with Space too", async () => {
    const user = userEvent.setup();
    render(<SystemMap graph={system} />);
    groupButton(sectors.label, sectors.memberIds.length).focus();
    await user.keyboard(" ");
    await waitFor(() => expect(focusedName()).toMatch(/^Sektor: /));
  });

  it("opens every group and folds them all back from the toolbar, announcing each", async () => {
    const user = userEvent.setup();
    render(<SystemMap graph={system} />);
    await user.click(screen.getByRole("button", { name: "Öppna alla grupper" }));
    await waitFor(() => expect(drawnGroups()).toBe(0));
    expect(groupButtons()).toHaveLength(0);
    expect(partButtons()).toHaveLength(parts.length);
    expect(screen.getByRole("status").textContent).toBe(`Alla ${groups.groups.length} grupper är öppnade.`);
    await user.click(screen.getByRole("button", { name: "Fäll ihop alla" }));
    await waitFor(() => expect(drawnGroups()).toBe(groups.groups.length));
    expect(groupButtons()).toHaveLength(groups.groups.length);
    expect(screen.getByRole("status").textContent).toBe(`Alla ${groups.groups.length} grupper är ihopfällda.`);
  });

  it("starts with the groups of defaultOpenGroups open", () => {
    render(<SystemMap graph={system} defaultOpenGroups={[sectors.id]} />);
    expect(groupButtons()).toHaveLength(groups.groups.length - 1);
    expect(screen.queryByRole("button", { name: new RegExp(`^Grupp: ${escape(sectors.label)}, `) })).toBeNull();
  });

  it("draws the full graph with folding none, without the group controls", () => {
    render(<SystemMap graph={system} folding="none" />);
    expect(groupButtons()).toHaveLength(0);
    expect(partButtons()).toHaveLength(parts.length);
    expect(screen.queryByRole("button", { name: "Öppna alla grupper" })).toBeNull();
  });

  it("speaks English in the group controls and names", async () => {
    const user = userEvent.setup();
    render(<SystemMap graph={system} locale="en" />);
    await user.click(screen.getByRole("button", { name: "Fold all groups" }));
    await waitFor(() => expect(drawnGroups()).toBe(groups.groups.length));
    expect(screen.getAllByRole("button", { name: /^Group: .+, \d+ parts, / })).toHaveLength(groups.groups.length);
    await user.click(screen.getByRole("button", { name: "Open all groups" }));
    expect(screen.getByRole("status").textContent).toBe(`All ${groups.groups.length} groups are open.`);
  });
});

describe("SystemMap drawing of folds", () => {
  it("draws each bundle as wide as its count and writes the counts that find a free place on it", () => {
    render(<SystemMap graph={system} />);
    const folded = foldSystemGraph(system, groups, new Set());
    const counts = folded.edges
      .map((edge) => edge.bundle?.count ?? 1)
      .filter((count) => count >= 2)
      .sort((a, b) => a - b);
    expect(counts.length).toBeGreaterThan(0);
    const drawn = [...document.querySelectorAll(".sl-map-bundle-count")].map((text) => Number(text.textContent));
    // A count with no free place on its bundle is left off (map-text-places.test.tsx checks the places): every
    // count drawn is a bundle's, each bundle's at most once, and most are drawn.
    const left = [...counts];
    for (const count of drawn) {
      expect(left).toContain(count);
      left.splice(left.indexOf(count), 1);
    }
    expect(drawn.length).toBeGreaterThanOrEqual(counts.length / 2);
    // Bundles of 2–3, 4–7, … edges are drawn in heavier strokes.
    const weights = new Set(
      [...document.querySelectorAll(".sl-map-edge[data-weight]")].map((path) => path.getAttribute("data-weight")),
    );
    expect(weights.size).toBeGreaterThan(1);
  });

  it("dims the other connections while a part is in focus and draws its own again on top", () => {
    render(<SystemMap graph={system} />);
    const edges = document.querySelector(".sl-map-edges")!;
    expect(edges.hasAttribute("data-dimmed")).toBe(false);
    const button = groupButton(sectors.label, sectors.memberIds.length);
    fireEvent.focus(button);
    expect(edges.hasAttribute("data-dimmed")).toBe(true);
    const focusPaths = document.querySelectorAll(".sl-map-edges-focus path");
    expect(focusPaths.length).toBeGreaterThan(0);
    fireEvent.blur(button);
    expect(edges.hasAttribute("data-dimmed")).toBe(false);
    expect(document.querySelectorAll(".sl-map-edges-focus path")).toHaveLength(0);
  });

  it("draws every label, also of groups, at a fit (the folds keep them legible, so none is left out)", () => {
    render(<SystemMap graph={system} />);
    const svg = document.querySelector("svg.sl-map-svg")!;
    expect(svg.classList.contains("sl-map-lod-labels")).toBe(false);
    expect(document.querySelectorAll(".sl-map-label")).toHaveLength(partButtons().length);
  });
});

describe("SystemMap folds with a given layout", () => {
  it("draws each part where the host put it and each folded group at the middle of its members", () => {
    const given = layoutLayered(toLayoutGraph(system));
    render(<SystemMap graph={system} layout={given} />);
    const at = (id: string) => {
      const index = given.indexById.get(id)!;
      return [given.positions[2 * index]!, given.positions[2 * index + 1]!] as const;
    };
    const drawnAt = (element: Element) =>
      /translate\(([-\d.e]+),([-\d.e]+)\)/.exec(element.getAttribute("transform")!)!.slice(1).map(Number);
    const box = groupButton(sectors.label, sectors.memberIds.length);
    const members = sectors.memberIds.map(at);
    const [x, y] = drawnAt(box);
    expect(x).toBeCloseTo(members.reduce((sum, [mx]) => sum + mx, 0) / members.length, 6);
    expect(y).toBeCloseTo(members.reduce((sum, [, my]) => sum + my, 0) / members.length, 6);
    const shownPart = parts.find((node) => !groups.groupOf.has(node.id))!;
    const partButton = screen.getByRole("button", { name: new RegExp(`: ${escape(shownPart.label)}, `) });
    expect(drawnAt(partButton)).toEqual([...at(shownPart.id)]);
  });
});
