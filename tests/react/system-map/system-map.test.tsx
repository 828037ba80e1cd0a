// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import {
  createDalarnaSampleWorkspace,
  DALARNA_SAMPLE_AS_OF,
  DALARNA_WORKSHOP_ANNOTATIONS,
} from "@systemledning/core/profiles/dalarna";
import { getSectorCoverage, isMembershipActive } from "@systemledning/core/structure";
import { aggregateAnnotations, getSystemGraph, type SystemGraph } from "@systemledning/core/system-map";
import { afterEach, describe, expect, it, vi } from "vitest";
import { mapLabel } from "../../../packages/react/src/system-map/map-canvas.js";
import { SystemMap } from "../../../packages/react/src/system-map/system-map.js";
import { SystemMapWorkshop } from "../../../packages/react/src/system-map/system-map-workshop.js";

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const workspace = createDalarnaSampleWorkspace();
const system = getSystemGraph(workspace, { view: "system", asOf: DALARNA_SAMPLE_AS_OF });

const nodeButtons = () => [...document.querySelectorAll<SVGGElement>(".sl-map-node[role='button']")];
const focusedLabel = () => document.activeElement?.getAttribute("aria-label") ?? "";
const nodeOf = (graph: SystemGraph, label: RegExp) => graph.nodes.find((node) => label.test(node.label))!;

describe("SystemMap", () => {
  it("is a figure with a takeaway that counts parts, connections, gaps and the workshop's marks", () => {
    render(<SystemMap graph={system} annotations={DALARNA_WORKSHOP_ANNOTATIONS} />);
    const figure = screen.getByRole("figure", { name: "Systemkarta" });
    const parts = system.nodes.filter((node) => node.kind !== "level");
    const totals = aggregateAnnotations(DALARNA_WORKSHOP_ANNOTATIONS, system).totals;
    expect(
      within(figure).getByText(new RegExp(`^${parts.length} delar och ${system.edges.length} kopplingar`)),
    ).toBeTruthy();
    expect(
      within(figure).getByText(
        new RegExp(
          `markerat ${totals.worksWell} ställen där styrningen fungerar bra och ${totals.needsImprovement} där`,
        ),
      ),
    ).toBeTruthy();
  });

  it("draws every part as a named button and gives the map one tab stop", () => {
    render(<SystemMap graph={system} folding="none" />);
    const buttons = nodeButtons();
    expect(buttons).toHaveLength(system.nodes.filter((node) => node.kind !== "level").length);
    expect(buttons.filter((button) => button.getAttribute("tabindex") === "0")).toHaveLength(1);
    const lchnv = nodeOf(system, /^Länschefsnätverket$/);
    const degree = system.edges.filter((edge) => edge.source === lchnv.id || edge.target === lchnv.id).length;
    expect(
      screen.getByRole("button", { name: new RegExp(`^Forum: Länschefsnätverket, .+, ${degree} kopplingar`) }),
    ).toBeTruthy();
  });

  it("moves along the connections with the arrow keys and opens a part's details with Enter; Esc gives focus back", async () => {
    const user = userEvent.setup();
    render(<SystemMap graph={system} folding="none" />);
    const start = screen.getByRole("button", { name: /^Forum: Länschefsnätverket,/ });
    start.focus();
    const before = focusedLabel();
    let moved = false;
    for (const key of ["{ArrowRight}", "{ArrowLeft}", "{ArrowDown}", "{ArrowUp}"]) {
      start.focus();
      await user.keyboard(key);
      if (focusedLabel() !== before) moved = true;
    }
    expect(moved).toBe(true);
    start.focus();
    await user.keyboard("{Enter}");
    const details = screen.getByRole("region", { name: "Länschefsnätverket" });
    expect(document.activeElement).toBe(within(details).getByRole("heading", { name: "Länschefsnätverket" }));
    expect(start.getAttribute("aria-expanded")).toBe("true");
    await user.keyboard("{Escape}");
    expect(screen.queryByRole("region", { name: "Länschefsnätverket" })).toBeNull();
    expect(document.activeElement).toBe(start);
  });

  it("lists every neighbour of a part in its details, each a button that moves the map's focus there (A4)", async () => {
    const user = userEvent.setup();
    render(<SystemMap graph={system} folding="none" />);
    const lchnv = nodeOf(system, /^Länschefsnätverket$/);
    const neighbourIds = new Set(
      system.edges.flatMap((edge) =>
        edge.source === lchnv.id ? [edge.target] : edge.target === lchnv.id ? [edge.source] : [],
      ),
    );
    await user.click(screen.getByRole("button", { name: /^Forum: Länschefsnätverket,/ }));
    const details = screen.getByRole("region", { name: "Länschefsnätverket" });
    const listed = within(details).getAllByRole("listitem").length;
    expect(listed).toBe(neighbourIds.size);
    const first = system.nodes.find((node) => neighbourIds.has(node.id))!;
    await user.click(within(details).getAllByRole("button", { name: first.label })[0]!);
    expect(focusedLabel()).toContain(first.label);
  });

  it("lists a forum's members with their roles and its representation from the workspace, naming what is missing", async () => {
    const user = userEvent.setup();
    const gap = system.nodes.find((node) => node.kind === "missing")!;
    const forumNode = system.nodes.find(
      (node) => node.source?.collection === "forums" && node.source.id === gap.missing!.forumId,
    )!;
    render(<SystemMap graph={system} folding="none" workspace={workspace} />);
    await user.click(
      screen.getByRole("button", {
        name: new RegExp(`^Forum: ${forumNode.label.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")},`),
      }),
    );
    const details = screen.getByRole("region", { name: forumNode.label });
    const coverage = getSectorCoverage(workspace, { forumId: gap.missing!.forumId }, { asOf: DALARNA_SAMPLE_AS_OF });
    const line = within(details).getByText(
      new RegExp(`^${coverage.coveredCount} av ${coverage.requiredCount} sektorer som krävs är företrädda\\.`),
    ).textContent!;
    const missingNames = coverage.required.filter((item) => !item.covered).map((item) => item.sectorName.sv);
    expect(missingNames.length).toBeGreaterThan(0);
    expect(line).toContain(`Saknas: ${missingNames.join(", ")}.`);
    const active = workspace.memberships.filter(
      (m) => m.forumId === gap.missing!.forumId && isMembershipActive(m, DALARNA_SAMPLE_AS_OF),
    );
    expect(within(details).getByText(`Ledamöter (${active.length})`)).toBeTruthy();
    const chair = active.find((m) => m.roles.includes("chair"));
    if (chair !== undefined) {
      const name = workspace.people.find((person) => person.id === chair.personId)!.name;
      expect(within(details).getByText(name).closest("li")!.textContent).toContain("ordförande");
    }
  });

  it("shows no members or representation without a workspace", async () => {
    const user = userEvent.setup();
    render(<SystemMap graph={system} folding="none" />);
    await user.click(screen.getByRole("button", { name: /^Forum: Länschefsnätverket,/ }));
    const details = screen.getByRole("region", { name: "Länschefsnätverket" });
    expect(within(details).queryByText("Representation")).toBeNull();
    expect(within(details).queryByText(/^Ledamöter/)).toBeNull();
  });

  it("shows the missing sectors of a forum as explicit placeholders with the reason", async () => {
    const user = userEvent.setup();
    render(<SystemMap graph={system} folding="none" />);
    const missing = system.nodes.find((node) => node.kind === "missing")!;
    await user.click(
      screen.getByRole("button", {
        name: new RegExp(`^Saknas: ${missing.label.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")},`),
      }),
    );
    expect(screen.getByText(missing.missing!.message.sv)).toBeTruthy();
  });

  it("puts the map in words (every line of the core's description) and in a table", async () => {
    const user = userEvent.setup();
    render(<SystemMap graph={system} folding="none" />);
    const summary = screen.getByText("Kartan i text");
    await user.click(summary);
    const text = summary.closest("details")!;
    expect(within(text).getAllByRole("listitem").length).toBeGreaterThan(10);
    await user.click(screen.getByRole("button", { name: "Visa som tabell" }));
    const table = await screen.findByRole("table", { name: "Systemkarta" }, { timeout: 10_000 }); // loaded lazily: slow under the gate's load
    expect(within(table).getByRole("rowheader", { name: "Länschefsnätverket" })).toBeTruthy();
  });

  it("offers no workshop mode, even with the workspace: that is SystemMapWorkshop's, which brings the core's door", () => {
    render(<SystemMap graph={system} folding="none" workspace={workspace} />);
    expect(screen.queryByRole("button", { name: "Workshopläge" })).toBeNull();
  });

  it("adds a workshop mark through the core: validated, out to the host with the new workspace, announced", async () => {
    const user = userEvent.setup();
    const onAnnotate = vi.fn();
    render(<SystemMapWorkshop graph={system} folding="none" workspace={workspace} onAnnotate={onAnnotate} />);
    await user.click(screen.getByRole("button", { name: "Workshopläge" }));
    await user.click(screen.getByRole("button", { name: /^Forum: Länschefsnätverket,/ }));
    await user.click(await screen.findByRole("radio", { name: "Styrningen behöver förbättras här" }));
    await user.type(screen.getByRole("textbox", { name: "Kommentar (valfritt)" }), "Beslut når inte verksamheten.");
    await user.click(screen.getByRole("button", { name: "Spara markeringen" }));
    expect(onAnnotate).toHaveBeenCalledTimes(1);
    const [mark, next] = onAnnotate.mock.calls[0]!;
    expect(mark).toMatchObject({
      kind: "needs-improvement",
      target: { type: "node", nodeId: nodeOf(system, /^Länschefsnätverket$/).id },
      text: "Beslut når inte verksamheten.",
    });
    expect(next.annotations).toHaveLength(workspace.annotations.length + 1);
    expect(screen.getByRole("status").textContent).toBe("Markeringen är sparad.");
  });

  it("asks for the role of a position (always on a part) and for the other part of a gap before saving", async () => {
    const user = userEvent.setup();
    const onAnnotate = vi.fn();
    render(<SystemMapWorkshop graph={system} folding="none" workspace={workspace} onAnnotate={onAnnotate} />);
    await user.click(screen.getByRole("button", { name: "Workshopläge" }));
    await user.click(screen.getByRole("button", { name: /^Forum: Länschefsnätverket,/ }));
    await user.click(await screen.findByRole("radio", { name: "Här finns jag" }));
    expect(screen.queryByRole("radio", { name: /^I glappet mellan/ })).toBeNull();
    await user.click(screen.getByRole("button", { name: "Spara markeringen" }));
    expect(screen.getAllByText("Skriv din roll.").length).toBeGreaterThan(0);
    await user.type(screen.getByRole("textbox", { name: "Din roll" }), "Förvaltningschef");
    await user.click(screen.getByRole("button", { name: "Spara markeringen" }));
    expect(onAnnotate.mock.calls[0]![0]).toMatchObject({
      kind: "position",
      role: "Förvaltningschef",
      target: { type: "node" },
    });

    await user.click(screen.getByRole("radio", { name: "Styrningen behöver förbättras här" }));
    await user.click(screen.getByRole("radio", { name: /^I glappet mellan Länschefsnätverket/ }));
    await user.click(screen.getByRole("button", { name: "Spara markeringen" }));
    expect(screen.getAllByText("Välj den andra delen av glappet.").length).toBeGreaterThan(0);
    const other = nodeOf(system, /^Välfärdsrådet$/);
    await user.selectOptions(screen.getByRole("combobox", { name: "Den andra delen" }), other.id);
    await user.click(screen.getByRole("button", { name: "Spara markeringen" }));
    expect(onAnnotate.mock.calls[1]![0]).toMatchObject({
      kind: "needs-improvement",
      target: { type: "gap", between: [nodeOf(system, /^Länschefsnätverket$/).id, other.id] },
    });
  });

  it("puts a green mark on one of the part's connections, chosen from a list of them by kind and other end", async () => {
    const user = userEvent.setup();
    const onAnnotate = vi.fn();
    render(<SystemMapWorkshop graph={system} folding="none" workspace={workspace} onAnnotate={onAnnotate} />);
    await user.click(screen.getByRole("button", { name: "Workshopläge" }));
    const forum = nodeOf(system, /^Länschefsnätverket$/);
    await user.click(screen.getByRole("button", { name: /^Forum: Länschefsnätverket,/ }));
    await user.click(await screen.findByRole("radio", { name: /^På en av kopplingarna från Länschefsnätverket/ }));
    await user.click(screen.getByRole("button", { name: "Spara markeringen" }));
    expect(screen.getAllByText("Välj kopplingen.").length).toBeGreaterThan(0);
    expect(onAnnotate).not.toHaveBeenCalled();
    const connections = system.edges.filter((edge) => edge.source === forum.id || edge.target === forum.id);
    const choice = screen.getByRole("combobox", { name: "Kopplingen" });
    // Every connection of the part, and nothing else, besides the empty choice.
    expect(
      within(choice)
        .getAllByRole("option")
        .map((option) => (option as HTMLOptionElement).value)
        .slice(1)
        .sort(),
    ).toEqual(connections.map((edge) => edge.id).sort());
    await user.selectOptions(choice, connections[0]!.id);
    await user.click(screen.getByRole("button", { name: "Spara markeringen" }));
    expect(onAnnotate.mock.calls[0]![0]).toMatchObject({
      kind: "works-well",
      target: { type: "edge", edgeId: connections[0]!.id },
    });
  });

  it("downloads the map as an SVG with a title, through XMLSerializer", async () => {
    const user = userEvent.setup();
    const createObjectURL = vi.fn(() => "blob:map");
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(() => undefined);
    render(<SystemMap graph={system} folding="none" />);
    await user.click(screen.getByRole("button", { name: "Ladda ner som SVG" }));
    const blob = (createObjectURL.mock.calls[0] as unknown as [Blob])[0];
    const text = await blob.text();
    expect(text).toContain("<title>Systemkarta</title>");
    expect(text).toContain('xmlns="http://www.w3.org/2000/svg"');
    expect(screen.getByRole("status").textContent).toBe("Kartan laddades ner som systemkarta.svg.");
  });

  it("zooms from the keyboard on a part (+, −, 0) without leaving it", () => {
    render(<SystemMap graph={system} folding="none" />);
    const start = screen.getByRole("button", { name: /^Forum: Länschefsnätverket,/ });
    start.focus();
    const group = document.querySelector(".sl-map-svg > g")!;
    const before = group.getAttribute("transform");
    fireEvent.keyDown(start, { key: "+" });
    expect(group.getAttribute("transform")).not.toBe(before);
    fireEvent.keyDown(start, { key: "0" });
    expect(group.getAttribute("transform")).toBe(before);
    expect(document.activeElement).toBe(start);
  });

  it("renders hostile labels as text and shows an alert for a broken graph", () => {
    const hostile: SystemGraph = {
      ...system,
      nodes: system.nodes.map((node, i) => (i === 1 ? { ...node, label: '<img src=x onerror="alert(1)">' } : node)),
    };
    render(<SystemMap graph={hostile} />);
    expect(document.querySelector("img")).toBeNull();
    cleanup();
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    render(<SystemMap graph={{ ...system, nodes: null as never }} />);
    expect(screen.getByRole("alert").textContent).toContain("Det här avsnittet kunde inte visas.");
  });

  it("speaks English when asked", () => {
    render(<SystemMap graph={system} folding="none" locale="en" />);
    expect(screen.getByRole("figure", { name: "System map" })).toBeTruthy();
    expect(screen.getByRole("button", { name: /^Forum: Länschefsnätverket,/ })).toBeTruthy();
  });
});

describe("mapLabel", () => {
  it("keeps a label that fits, takes the short label of a long one, and cuts by code points with an ellipsis", () => {
    expect(mapLabel({ label: "Vårdrådet", shortLabel: "VR" })).toBe("Vårdrådet");
    expect(mapLabel({ label: "Beredningsgrupp för Dalarnas utveckling", shortLabel: "BDU" })).toBe("BDU");
    expect(mapLabel({ label: "Systemledning Malung-Sälen", shortLabel: "Systemledning Malung-Sälen" })).toBe(
      "Systemledning Mal…",
    );
    // 17 astral characters and more: the cut never splits a surrogate pair.
    const astral = "𝔄".repeat(30);
    const cut = mapLabel({ label: astral, shortLabel: astral });
    expect([...cut]).toHaveLength(18);
    expect(cut.endsWith("…")).toBe(true);
    expect(cut.slice(0, -1)).toBe("𝔄".repeat(17));
  });
});
