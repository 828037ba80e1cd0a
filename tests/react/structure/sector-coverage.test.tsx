// @vitest-environment jsdom
import { getSectorCoverage } from "@systemledning/core/structure";
import { cleanup, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { SectorCoverage } from "../../../packages/react/src/structure/sector-coverage.js";
import {
  dalarnaStructureSample,
  EXTREME,
  extremeStructureSample,
  kalmarStructureSample,
  KALMAR_AS_OF,
  STRUCTURE_AS_OF,
} from "../../fixtures/structure-views.js";

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const dalarna = dalarnaStructureSample();
const figure = (name = "Sektorer och vem som företräder dem") => screen.getByRole("figure", { name });

describe("SectorCoverage", () => {
  it("draws one tile per sector in three groups, each named by sector, kind, status word and who represents it", () => {
    render(<SectorCoverage workspace={dalarna} leadershipId="ls-vansbro" asOf={STRUCTURE_AS_OF} />);
    expect(screen.getByRole("heading", { level: 2, name: "Representation av sektorer" })).toBeTruthy();
    const answer = getSectorCoverage(dalarna, { leadershipId: "ls-vansbro" }, { asOf: STRUCTURE_AS_OF });
    const tiles = within(figure()).getAllByRole("img");
    expect(tiles).toHaveLength(answer.required.length + answer.coOpted.length + answer.extra.length);
    expect(within(figure()).getByRole("img", { name: "Skolchef, krävd: Saknas. Företräds av ingen." })).toBeTruthy();
    expect(tiles[0]!.getAttribute("aria-label")).toMatch(/^Socialtjänst, krävd: Uppfyllt\. Företräds av .+\.$/);
    for (const name of ["Krävda sektorer", "Adjungeras vid behov"])
      expect(within(figure()).getByRole("heading", { name })).toBeTruthy();
    // The takeaway says it in words: how many of the required are covered, and which are missing.
    expect(figure().querySelector("figcaption")?.textContent).toContain(
      "2 av 3 krävda sektorer är representerade. Saknas: Skolchef.",
    );
  });

  it("lists what to act on: each finding that is not in place as its status badge and the core's message", () => {
    render(<SectorCoverage workspace={dalarna} leadershipId="ls-vansbro" asOf={STRUCTURE_AS_OF} />);
    const answer = getSectorCoverage(dalarna, { leadershipId: "ls-vansbro" }, { asOf: STRUCTURE_AS_OF });
    const list = screen.getByRole("heading", { name: "Att åtgärda" }).nextElementSibling as HTMLElement;
    const items = within(list).getAllByRole("listitem");
    const open = [...answer.required, ...answer.coOpted, ...answer.extra].filter((item) => item.status !== "ok");
    expect(items.map((item) => item.textContent)).toEqual(
      open.map((item) => `${item.status === "missing" ? "Saknas" : "Att känna till"} ${item.message.sv}`),
    );
    expect(items[0]!.querySelector(".sl-status")?.getAttribute("data-status")).toBe("missing");
  });

  it("is one tab stop: arrows move between tiles and groups, Home and End to the ends", async () => {
    const user = userEvent.setup();
    render(<SectorCoverage workspace={dalarna} leadershipId="ls-vansbro" asOf={STRUCTURE_AS_OF} />);
    const tiles = within(figure()).getAllByRole("img");
    expect(tiles.filter((tile) => tile.tabIndex === 0)).toHaveLength(1);
    await user.click(tiles[0]!);
    await user.keyboard("{ArrowRight}");
    expect(document.activeElement).toBe(tiles[1]);
    await user.keyboard("{ArrowDown}");
    expect(document.activeElement).toBe(tiles[4]); // the co-opted group's second tile
    await user.keyboard("{End}");
    expect(document.activeElement).toBe(tiles.at(-1));
    await user.keyboard("{Home}");
    expect(document.activeElement).toBe(tiles[0]);
  });

  it("has a table alternative with every value: sector, kind, status, representatives and message", async () => {
    const user = userEvent.setup();
    render(<SectorCoverage workspace={dalarna} forumId="f-lchnv" asOf={STRUCTURE_AS_OF} />);
    const answer = getSectorCoverage(dalarna, { forumId: "f-lchnv" }, { asOf: STRUCTURE_AS_OF });
    await user.click(within(figure()).getByRole("button", { name: "Visa som tabell" }));
    const table = await screen.findByRole("table", { name: "Sektorer och vem som företräder dem" });
    const rows = within(table).getAllByRole("row").slice(1);
    const items = [...answer.required, ...answer.coOpted, ...answer.extra];
    expect(rows).toHaveLength(items.length);
    rows.forEach((row, position) => {
      const item = items[position]!;
      const cells = within(row).getAllByRole("cell");
      expect(within(row).getByRole("rowheader").textContent).toBe(item.sectorName.sv);
      expect(cells.map((cell) => cell.textContent)).toContain(item.message.sv);
      const people = item.membershipIds.map((id) => {
        const membership = dalarna.memberships.find((m) => m.id === id)!;
        return dalarna.people.find((p) => p.id === membership.personId)!.name;
      });
      expect(cells.map((cell) => cell.textContent)).toContain(people.length === 0 ? "Ingen" : people.join(", "));
    });
  });

  it("speaks English with the widget's locale, and the Kalmar sample's own sectors", () => {
    const kalmar = kalmarStructureSample();
    render(<SectorCoverage workspace={kalmar} forumId="f-lgl" asOf={KALMAR_AS_OF} locale="en" />);
    expect(screen.getByRole("heading", { level: 2, name: "Sector representation" })).toBeTruthy();
    const answer = getSectorCoverage(kalmar, { forumId: "f-lgl" }, { asOf: KALMAR_AS_OF });
    const tiles = within(figure("Sectors and who represents them")).getAllByRole("img");
    expect(tiles).toHaveLength(answer.required.length + answer.coOpted.length + answer.extra.length);
    expect(tiles[0]!.getAttribute("aria-label")).toMatch(/, required: (In place|Missing)\. Represented by /);
    expect(screen.getByText(/^Status on/)).toBeTruthy();
  });

  it("says plainly that a leadership without forums has nothing asked and nothing to act on", () => {
    render(
      <SectorCoverage
        workspace={extremeStructureSample()}
        leadershipId={EXTREME.emptyLeadership}
        asOf={STRUCTURE_AS_OF}
      />,
    );
    expect(within(figure()).queryAllByRole("img")).toHaveLength(0);
    expect(
      within(figure()).getAllByText(
        "Inga sektorer är krävda eller adjungerade, och ingen ledamot företräder en sektor.",
      ).length,
    ).toBeGreaterThan(0);
    expect(screen.getByText("Inget att åtgärda.").getAttribute("data-status")).toBe("ok");
  });

  it("shows its own error alert for an unknown leadership, and the rest of the page goes on", () => {
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    render(
      <>
        <SectorCoverage workspace={dalarna} leadershipId="ls-finns-inte" asOf={STRUCTURE_AS_OF} />
        <p>Resten av sidan</p>
      </>,
    );
    expect(screen.getByRole("alert").textContent).toContain("Det här avsnittet kunde inte visas.");
    expect(screen.getByText("Resten av sidan")).toBeTruthy();
  });
});
