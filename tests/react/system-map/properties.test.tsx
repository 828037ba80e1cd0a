// @vitest-environment jsdom
/**
 * Properties of the rendered map over generated workspaces (fixed seed): the text equivalent of the unfolded map is
 * the core's description line for line and names both ends of every edge, and a folded map's text names every part,
 * on its own line or in its group's; from every part, every neighbour is reachable
 * from the keyboard (Enter opens the part's details, which list each neighbour once as a button that moves
 * the map's focus there); every part is a named button and the map has one tab stop.
 */
import { cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { describeSystemGraph, getSystemGraph, type SystemGraph } from "@systemledning/core/system-map";
import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import { SystemMap } from "../../../packages/react/src/system-map/system-map.js";
import { systemMapCaseArbitrary } from "../../fixtures/system-map-arbitraries.js";

const SEED = 20261130;
afterEach(cleanup);

const graphs = (runs: number): SystemGraph[] =>
  fc.sample(systemMapCaseArbitrary(), { seed: SEED, numRuns: runs }).flatMap(({ ws, asOf }) => {
    const graph = getSystemGraph(ws, { view: "system", asOf });
    return graph.nodes.some((node) => node.kind !== "level") ? [graph] : [];
  });

const neighbourIdsOf = (graph: SystemGraph, id: string): Set<string> =>
  new Set(
    graph.edges.flatMap((edge) => (edge.source === id ? [edge.target] : edge.target === id ? [edge.source] : [])),
  );

describe("SystemMap properties", () => {
  it("shows the core's description line for line, and every edge on the lines of both its ends", () => {
    const cases = graphs(20);
    expect(cases.length).toBeGreaterThan(8);
    for (const graph of cases) {
      const { container, unmount } = render(<SystemMap graph={graph} folding="none" />);
      const details = container.querySelector("details.sl-map-text")!;
      (details as HTMLDetailsElement).open = true;
      fireEvent(details, new Event("toggle"));
      const lines = within(details as HTMLElement)
        .queryAllByRole("listitem")
        .map((item) => item.textContent);
      expect(lines).toEqual(describeSystemGraph(graph, "sv"));
      // One line per node of the graph, level bands included, in the graph's order.
      const lineOf = new Map(graph.nodes.map((node, i) => [node.id, i]));
      for (const edge of graph.edges) {
        const source = graph.nodes.find((node) => node.id === edge.source)!;
        const target = graph.nodes.find((node) => node.id === edge.target)!;
        if (source.kind === "level" || target.kind === "level") continue;
        expect(lines[lineOf.get(source.id)!]).toContain(target.label);
        expect(lines[lineOf.get(target.id)!]).toContain(source.label);
      }
      unmount();
    }
  });

  it("names every part of the full graph in a folded map's text: on its own line, or among its group's parts", () => {
    let folded = 0;
    for (const graph of graphs(12)) {
      const { container, unmount } = render(<SystemMap graph={graph} />);
      const fold = screen.queryByRole("button", { name: "Fäll ihop alla" });
      if (fold !== null) {
        fireEvent.click(fold);
        folded++;
      }
      const details = container.querySelector("details.sl-map-text")!;
      (details as HTMLDetailsElement).open = true;
      fireEvent(details, new Event("toggle"));
      const lines = within(details as HTMLElement)
        .queryAllByRole("listitem")
        .map((item) => item.textContent ?? "");
      const drawn = document.querySelectorAll(".sl-map-node[role='button']").length;
      expect(lines.length).toBe(drawn + graph.nodes.filter((node) => node.kind === "level").length);
      for (const node of graph.nodes) {
        const named = lines.some(
          (line) =>
            line.startsWith(`${node.label} (`) ||
            (line.includes(" Delar: ") && line.slice(line.lastIndexOf(" Delar: ")).includes(node.label)),
        );
        expect(named, node.id).toBe(true);
      }
      unmount();
    }
    expect(folded).toBeGreaterThan(0);
  });

  it("reaches every neighbour of every part from the keyboard, and has one tab stop among named parts", () => {
    for (const graph of graphs(8)) {
      const { unmount } = render(<SystemMap graph={graph} folding="none" />);
      const parts = [...document.querySelectorAll<SVGGElement>(".sl-map-node[role='button']")];
      const drawn = graph.nodes.filter((node) => node.kind !== "level");
      expect(parts).toHaveLength(drawn.length);
      expect(parts.filter((part) => part.getAttribute("tabindex") === "0")).toHaveLength(1);
      expect(
        parts.every((part) => (part.getAttribute("aria-label") ?? "").includes(drawn[parts.indexOf(part)]!.label)),
      ).toBe(true);
      // At most eight parts per graph keep the run short; which ones is part of the sample.
      for (const [k, node] of drawn.entries()) {
        if (k % Math.max(1, Math.ceil(drawn.length / 8)) !== 0) continue;
        const part = parts[k]!;
        part.focus();
        fireEvent.keyDown(part, { key: "Enter" });
        // The region is named by its heading, the part's label (compared as text: an accessible name trims it).
        const region = screen.getByRole("region");
        expect(within(region).getByRole("heading").textContent).toBe(node.label);
        const expected = neighbourIdsOf(graph, node.id);
        const buttons = within(region)
          .queryAllByRole("button")
          .filter((button) => button.closest("li") !== null);
        expect(buttons).toHaveLength(expected.size);
        for (const [b, button] of buttons.entries()) {
          fireEvent.click(button);
          const focused = document.activeElement as Element;
          const target = drawn[parts.indexOf(focused as SVGGElement)];
          expect(target === undefined ? null : expected.has(target.id)).toBe(true);
          expect(button.textContent).toBe(target!.label);
          // Back to the part, its details open again for the next neighbour.
          if (b < buttons.length - 1) {
            part.focus();
            fireEvent.keyDown(part, { key: "Enter" });
          }
        }
        fireEvent.keyDown(document.activeElement!, { key: "Escape" });
      }
      unmount();
    }
  });
});
