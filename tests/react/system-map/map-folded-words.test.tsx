// @vitest-environment jsdom
import { cleanup, render, renderHook, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { createDalarnaSampleWorkspace, DALARNA_SAMPLE_AS_OF } from "@systemledning/core/profiles/dalarna";
import {
  foldSystemGraph,
  getSystemGraph,
  getSystemGroups,
  type SystemEdgeKind,
  type SystemGraph,
} from "@systemledning/core/system-map";
import { afterEach, describe, expect, it, vi } from "vitest";
import { useKitLocale } from "../../../packages/react/src/i18n/locale.js";
import { layoutLayered, toLayoutGraph } from "../../../packages/react/src/system-map/layout/index.js";
import { MapDetails } from "../../../packages/react/src/system-map/map-details.js";
import { NO_MARKS } from "../../../packages/react/src/system-map/marks.js";
import { MAP_VIEW_MESSAGES } from "../../../packages/react/src/system-map/messages.js";
import { edgeKindText } from "../../../packages/react/src/system-map/words.js";
import { stepInDirection, stepLevel } from "../../../packages/react/src/system-map/navigation.js";
import {
  MapTextEquivalent,
  mapTableColumns,
  mapTableRows,
  mapTextLines,
} from "../../../packages/react/src/system-map/text-equivalent.js";

afterEach(cleanup);

const workspace = createDalarnaSampleWorkspace();
const system = getSystemGraph(workspace, { view: "system", asOf: DALARNA_SAMPLE_AS_OF });
const groups = getSystemGroups(system, { locale: "sv" });
/** Every group folded: the smallest the map draws. */
const folded = foldSystemGraph(system, groups, new Set());
const labelOf = new Map(system.nodes.map((node) => [node.id, node.label]));
const toolsIn = (locale: "sv" | "en") => renderHook(() => useKitLocale(locale, MAP_VIEW_MESSAGES)).result.current;

/** The degree of each node of a graph, by index. */
const degrees = (graph: SystemGraph) =>
  graph.nodes.map((node) => graph.edges.filter((edge) => edge.source === node.id || edge.target === node.id).length);

describe("a folded map in words", () => {
  it("folds the sample into groups (the premise of the tests below)", () => {
    expect(groups.groups.length).toBeGreaterThan(2);
    expect(folded.nodes.filter((node) => node.kind === "group")).toHaveLength(groups.groups.length);
    expect(folded.edges.some((edge) => (edge.bundle?.count ?? 0) > 1)).toBe(true);
  });

  it("names every part of every folded group in the text equivalent, on the group's line", async () => {
    const user = userEvent.setup();
    const Text = () => <MapTextEquivalent graph={folded} full={system} tools={useKitLocale("sv", MAP_VIEW_MESSAGES)} />;
    render(<Text />);
    await user.click(screen.getByText("Kartan i text"));
    const lines = screen.getAllByRole("listitem").map((item) => item.textContent ?? "");
    expect(lines).toHaveLength(folded.nodes.length);
    for (const group of groups.groups) {
      const line = lines[folded.nodes.findIndex((node) => node.id === group.id)]!;
      expect(line.startsWith(`${group.label} (grupp)`), line).toBe(true);
      expect(line.endsWith(` Delar: ${group.memberIds.map((id) => labelOf.get(id)).join(", ")}.`), line).toBe(true);
    }
  });

  it("says how many connections a bundle stands for and of which kinds, in Swedish and English", () => {
    const bundle = folded.edges.find((edge) => (edge.bundle?.count ?? 0) > 1)!;
    // Counted from the full graph, independently of the bundle's own list: every edge whose ends fold to its ends.
    const ends = new Set([bundle.source, bundle.target]);
    const inside = system.edges.filter(
      (edge) =>
        ends.has(folded.shownAs.get(edge.source)!) &&
        ends.has(folded.shownAs.get(edge.target)!) &&
        folded.shownAs.get(edge.source) !== folded.shownAs.get(edge.target),
    );
    const byKind = new Map<SystemEdgeKind, number>();
    for (const edge of inside) byKind.set(edge.kind, (byKind.get(edge.kind) ?? 0) + 1);
    for (const locale of ["sv", "en"] as const) {
      const tools = toolsIn(locale);
      const sourceIndex = folded.nodes.findIndex((node) => node.id === bundle.source);
      const target = folded.nodes.find((node) => node.id === bundle.target)!;
      const line = mapTextLines(folded, tools, system)[sourceIndex]!;
      const noun = locale === "sv" ? "förbindelser" : "connections";
      expect(line).toContain(`${target.label} (${inside.length} ${noun} (`);
      for (const [kind, count] of byKind) expect(line).toContain(`${edgeKindText(kind, tools)} ×${count}`);
    }
    expect(inside.length).toBe(bundle.bundle!.count);
  });

  it("gives a folded group's table row its parts, in a column the table has only when the map folds", () => {
    const tools = toolsIn("sv");
    const rows = mapTableRows(folded, degrees(folded), NO_MARKS, tools, system);
    for (const group of groups.groups) {
      const row = rows.find((candidate) => candidate.node.id === group.id)!;
      expect(row.kind).toBe("Grupp");
      expect(row.members).toBe(group.memberIds.map((id) => labelOf.get(id)).join(", "));
    }
    expect(rows.filter((row) => row.node.kind !== "group").every((row) => row.members === "")).toBe(true);
    expect(mapTableColumns(tools, true).map((column) => column.header)).toContain("Delar");
    expect(mapTableColumns(tools).map((column) => column.header)).not.toContain("Delar");
  });
});

describe("a group's details", () => {
  it("lists the group's parts, each a button that opens the group at that part, and offers to open the group", async () => {
    const user = userEvent.setup();
    const onOpenGroup = vi.fn();
    const group = groups.groups.find((candidate) => candidate.basis === "leadership")!;
    const index = folded.nodes.findIndex((node) => node.id === group.id);
    const Details = () => (
      <MapDetails
        graph={folded}
        index={index}
        neighbours={[]}
        marks={NO_MARKS}
        tools={useKitLocale("sv", MAP_VIEW_MESSAGES)}
        headingLevel={4}
        onClose={() => undefined}
        onGoTo={() => undefined}
        folding={{ full: system, groups, onOpenGroup, onCloseGroup: () => undefined }}
      />
    );
    render(<Details />);
    const details = screen.getByRole("region", { name: group.label });
    expect(within(details).getByText(`Grupp med ${group.memberIds.length} delar`)).toBeTruthy();
    const list = within(details).getByRole("list", { name: "Delar i gruppen" });
    const buttons = within(list).getAllByRole("button");
    expect(buttons.map((button) => button.textContent)).toEqual(group.memberIds.map((id) => labelOf.get(id)));
    await user.click(buttons[1]!);
    expect(onOpenGroup).toHaveBeenLastCalledWith(group.id, group.memberIds[1]);
    await user.click(within(details).getByRole("button", { name: "Öppna gruppen" }));
    expect(onOpenGroup).toHaveBeenLastCalledWith(group.id, null);
  });

  it("offers a part of an open group to fold it again, and nothing to a part in no group", async () => {
    const user = userEvent.setup();
    const onCloseGroup = vi.fn();
    const group = groups.groups[0]!;
    const open = foldSystemGraph(system, groups, new Set([group.id]));
    const member = open.nodes.findIndex((node) => node.id === group.memberIds[0]);
    const loner = open.nodes.findIndex((node) => node.kind !== "level" && !groups.groupOf.has(node.id));
    const Details = ({ index }: { readonly index: number }) => (
      <MapDetails
        graph={open}
        index={index}
        neighbours={[]}
        marks={NO_MARKS}
        tools={useKitLocale("sv", MAP_VIEW_MESSAGES)}
        headingLevel={4}
        onClose={() => undefined}
        onGoTo={() => undefined}
        folding={{ full: system, groups, onOpenGroup: () => undefined, onCloseGroup }}
      />
    );
    const { rerender } = render(<Details index={member} />);
    await user.click(screen.getByRole("button", { name: `Fäll ihop ${group.label}` }));
    expect(onCloseGroup).toHaveBeenCalledWith(group.id);
    expect(loner).toBeGreaterThanOrEqual(0);
    rerender(<Details index={loner} />);
    expect(screen.queryByRole("button", { name: /^Fäll ihop/ })).toBeNull();
  });
});

describe("the keyboard on a folded map", () => {
  it("reaches every shown part, groups included, with the arrows and Page Up/Down", () => {
    const layout = layoutLayered(toLayoutGraph(folded));
    const neighbours = folded.nodes.map(() => new Set<number>());
    const indexOf = new Map(folded.nodes.map((node, index) => [node.id, index]));
    for (const edge of folded.edges) {
      neighbours[indexOf.get(edge.source)!]!.add(indexOf.get(edge.target)!);
      neighbours[indexOf.get(edge.target)!]!.add(indexOf.get(edge.source)!);
    }
    const levels = folded.nodes.map((node) => node.level);
    const parts = folded.nodes.flatMap((node, index) => (node.kind === "level" ? [] : [index]));
    const seen = new Set([parts[0]!]);
    const queue = [parts[0]!];
    while (queue.length > 0) {
      const from = queue.shift()!;
      const next = [
        ...(["left", "right", "up", "down"] as const).map((direction) =>
          stepInDirection(layout, from, direction, [...neighbours[from]!], folded.nodes.length),
        ),
        stepLevel(layout, levels, from, -1),
        stepLevel(layout, levels, from, 1),
      ];
      for (const to of next)
        if (to !== null && folded.nodes[to]!.kind !== "level" && !seen.has(to)) {
          seen.add(to);
          queue.push(to);
        }
    }
    expect([...seen].sort((a, b) => a - b)).toEqual(parts);
    expect(parts.some((index) => folded.nodes[index]!.kind === "group")).toBe(true);
  });
});
