// @vitest-environment jsdom
/**
 * The README's section "The system map at a county's scale" runs as written: its two examples are kept here
 * verbatim (the README is checked to contain them) and run on the Dalarna sample: the map rings Mora kommun
 * "Här finns jag", and the core's steps fold every group and find Mora.
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { createDalarnaSampleWorkspace } from "@systemledning/core/profiles/dalarna";
import { foldSystemGraph, getSystemGraph, getSystemGroups, searchSystemGraph } from "@systemledning/core/system-map";
import { cleanup, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { SystemMap } from "../../../packages/react/src/index.js";

afterEach(cleanup);

const workspace = createDalarnaSampleWorkspace();

/** The README's first example, from the graph to the map. */
const MAP_EXAMPLE = `const graph = getSystemGraph(workspace, { view: "system", asOf: "2026-05-13" });
<SystemMap graph={graph} workspace={workspace} reader={{ organisationId: "org-mora" }} />`;

/** The README's second example, the core's steps. */
const CORE_EXAMPLE = `const groups = getSystemGroups(graph); // per level: a leadership with its forums, people in their organisation, …
const shown = foldSystemGraph(graph, groups, new Set()); // every group folded: an ordinary SystemGraph
const hits = searchSystemGraph(graph, "mora", { groups }); // Mora kommun, Lokal systemledning Mora, …`;

describe("README: the system map at a county's scale", () => {
  it("shows the examples this test runs, with their imports", () => {
    const readme = readFileSync(join(dirname(fileURLToPath(import.meta.url)), "../../../README.md"), "utf8");
    const start = readme.indexOf("\n### The system map at a county's scale\n");
    expect(start).toBeGreaterThan(0);
    const section = readme.slice(start, readme.indexOf("\n### ", start + 1));
    expect(section).toContain(MAP_EXAMPLE);
    expect(section).toContain(CORE_EXAMPLE);
    expect(section).toContain('import { getSystemGraph } from "@systemledning/core/system-map";');
    expect(section).toContain('import { SystemMap } from "@systemledning/react";');
    expect(section).toContain(
      'import { foldSystemGraph, getSystemGroups, searchSystemGraph } from "@systemledning/core/system-map";',
    );
  });

  it("rings Mora kommun 'Här finns jag' on the map", () => {
    const graph = getSystemGraph(workspace, { view: "system", asOf: "2026-05-13" });
    render(<SystemMap graph={graph} workspace={workspace} reader={{ organisationId: "org-mora" }} />);
    const figure = screen.getByRole("figure", { name: "Systemkarta" });
    expect(within(figure).getByRole("button", { name: /^Organisation: Mora kommun,.*Här finns jag/ })).toBeTruthy();
  });

  it("folds every group into one node each and finds Mora kommun first", () => {
    const graph = getSystemGraph(workspace, { view: "system", asOf: "2026-05-13" });
    const groups = getSystemGroups(graph); // per level: a leadership with its forums, people in their organisation, …
    const shown = foldSystemGraph(graph, groups, new Set()); // every group folded: an ordinary SystemGraph
    const hits = searchSystemGraph(graph, "mora", { groups }); // Mora kommun, Lokal systemledning Mora, …
    expect(shown.nodes.filter((node) => node.kind === "group")).toHaveLength(groups.groups.length);
    expect(shown.nodes.length).toBeLessThan(graph.nodes.length);
    expect(hits.slice(0, 2).map((hit) => hit.label)).toEqual(["Mora kommun", "Lokal systemledning Mora"]);
  });
});
