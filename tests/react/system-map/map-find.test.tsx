// @vitest-environment jsdom
import { cleanup, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { createDalarnaSampleWorkspace, DALARNA_SAMPLE_AS_OF } from "@systemledning/core/profiles/dalarna";
import { getSystemGraph, getSystemGroups } from "@systemledning/core/system-map";
import { afterEach, describe, expect, it } from "vitest";
import { SystemMap } from "../../../packages/react/src/system-map/system-map.js";

afterEach(cleanup);

const workspace = createDalarnaSampleWorkspace();
const system = getSystemGraph(workspace, { view: "system", asOf: DALARNA_SAMPLE_AS_OF });
const groups = getSystemGroups(system, { locale: "sv" });
const focusedName = () => document.activeElement?.getAttribute("aria-label") ?? "";
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

describe("finding a part on the map", () => {
  it("opens the folded group of the hit chosen with Enter and moves the map's focus to the part", async () => {
    const user = userEvent.setup();
    render(<SystemMap graph={system} />);
    const forum = system.nodes.find((node) => node.label === "Systemledning Mora")!;
    expect(groups.groupOf.has(forum.id)).toBe(true);
    await user.click(screen.getByRole("button", { name: "Fäll ihop alla" }));
    expect(screen.queryByRole("button", { name: /^Forum: Systemledning Mora,/ })).toBeNull();
    const box = screen.getByRole("combobox", { name: "Sök i kartan" });
    await user.type(box, "mora");
    const options = screen.getAllByRole("option");
    const wanted = options.findIndex((option) => option.textContent!.startsWith("Systemledning Mora,"));
    expect(wanted).toBeGreaterThanOrEqual(0);
    for (let i = 0; i <= wanted; i++) await user.keyboard("{ArrowDown}");
    expect(box.getAttribute("aria-activedescendant")).toBe(options[wanted]!.id);
    await user.keyboard("{Enter}");
    await waitFor(() => expect(focusedName()).toMatch(/^Forum: Systemledning Mora,/));
    expect(screen.getByRole("button", { name: /^Forum: Systemledning Mora,/ }).getAttribute("tabindex")).toBe("0");
  });

  it("finds Älvdalen from 'alvdalen' and goes to the best hit with Enter", async () => {
    const user = userEvent.setup();
    render(<SystemMap graph={system} />);
    await user.type(screen.getByRole("combobox", { name: "Sök i kartan" }), "alvdalens kommun{Enter}");
    await waitFor(() => expect(focusedName()).toMatch(/^Organisation: Älvdalens kommun,/));
  });
});

describe("the reader on the map", () => {
  it("rings an organisation given by its id, with 'Här finns jag' drawn and in the part's name, its group open", () => {
    const mora = system.nodes.find((node) => node.label === "Mora kommun")!;
    // Folded into a group of organisations: the ring shows only because the reader's group opens by default.
    expect(groups.groupOf.has(mora.id)).toBe(true);
    render(<SystemMap graph={system} reader={{ organisationId: "org-mora" }} />);
    const part = screen.getByRole("button", { name: /^Organisation: Mora kommun,.*, Här finns jag$/ });
    const figure = screen.getByRole("figure", { name: "Systemkarta" });
    const drawn = within(figure).getAllByText("Här finns jag");
    expect(drawn.some((element) => element.closest("svg") !== null)).toBe(true);
    expect(document.querySelectorAll(".sl-map-reader-ring")).toHaveLength(1);
    expect(part.getAttribute("aria-label")).toContain(mora.label);
    expect(screen.getAllByRole("button", { name: /Här finns jag$/ })).toHaveLength(1);
  });

  it("rings the organisation a person represents when people are not drawn", () => {
    const person = workspace.people.find((candidate) => {
      const organisations = new Set(
        workspace.memberships.filter((m) => m.personId === candidate.id).map((m) => m.organisationId),
      );
      return organisations.size === 1;
    })!;
    expect(system.nodes.some((node) => node.id === `person:${person.id}`)).toBe(false);
    const organisationId = workspace.memberships.find((m) => m.personId === person.id)!.organisationId;
    const organisation = system.nodes.find((node) => node.id === `organisation:${organisationId}`)!;
    render(<SystemMap graph={system} workspace={workspace} reader={{ personId: person.id }} />);
    expect(
      screen.getByRole("button", {
        name: new RegExp(`^Organisation: ${escape(organisation.label)},.*, Här finns jag$`),
      }),
    ).toBeTruthy();
  });

  it("rings nothing for a reader the map does not hold", () => {
    render(<SystemMap graph={system} reader={{ organisationId: "org-finns-inte" }} />);
    expect(screen.queryAllByRole("button", { name: /Här finns jag$/ })).toHaveLength(0);
    expect(document.querySelectorAll(".sl-map-reader-ring")).toHaveLength(0);
  });
});
