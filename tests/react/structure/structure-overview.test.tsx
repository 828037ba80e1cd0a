// @vitest-environment jsdom
import { createDalarnaSampleWorkspace, DALARNA_SAMPLE_AS_OF } from "@systemledning/core/profiles/dalarna";
import { createKalmarSampleWorkspace, KALMAR_SAMPLE_AS_OF } from "@systemledning/core/profiles/kalmar";
import { getLeadershipOverview } from "@systemledning/core/structure";
import { cleanup, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { nextStep } from "../../../packages/react/src/structure/overview-model.js";
import { StructureOverview } from "../../../packages/react/src/structure/structure-overview.js";

afterEach(cleanup);

const dalarna = createDalarnaSampleWorkspace();
const asOf = DALARNA_SAMPLE_AS_OF;
const href = (id: string) => `#/ledning/${id}`;
const LOCAL_CAPTION = "De lokala systemledningarna och hur de står sig";

const localTable = () => screen.getByRole("table", { name: LOCAL_CAPTION });
const rowOf = (name: string) => {
  const row = within(localTable())
    .getAllByRole("row")
    .find((r) => within(r).queryByRole("rowheader")?.textContent === name);
  if (row === undefined) throw new Error(`no row ${name}`);
  return row;
};
const cells = (name: string) =>
  within(rowOf(name))
    .getAllByRole("cell")
    .map((cell) => cell.textContent);

describe("StructureOverview", () => {
  it("shows the regional leadership with each forum and its questions' statuses in words", () => {
    render(<StructureOverview workspace={dalarna} asOf={asOf} leadershipHref={href} />);
    expect(screen.getByRole("heading", { level: 2, name: "Regional systemledning" })).toBeTruthy();
    expect(screen.getByRole("link", { name: /^Visa detaljer för Regional systemledning/ }).getAttribute("href")).toBe(
      "#/ledning/ls-regional",
    );
    const forums = screen.getByRole("list", { name: "Regionala forum" });
    const cards = within(forums).getAllByRole("listitem");
    expect(cards).toHaveLength(6);
    const lchnv = cards.find((card) => within(card).queryByRole("heading", { level: 4, name: "Länschefsnätverket" }));
    expect(lchnv).toBeDefined();
    // Five questions per forum, each a term with its status as a word.
    const terms = within(lchnv!)
      .getAllByRole("term")
      .map((term) => term.textContent);
    expect(terms).toEqual([
      "Representation av sektorer",
      "Huvudmän med mandat",
      "Nyckelroller",
      "Ersättare för mandatbärare",
      "Ordförandeskap och rotation",
    ]);
    for (const definition of within(lchnv!).getAllByRole("definition")) {
      expect(["Uppfyllt", "Att känna till", "Bör ses över", "Saknas"]).toContain(definition.textContent);
    }
  });

  it("lists every local leadership in one table: a link, its municipalities, a status per question and what to do", () => {
    render(<StructureOverview workspace={dalarna} asOf={asOf} leadershipHref={href} />);
    expect(screen.getByRole("heading", { level: 2, name: "Lokala systemledningar (13)" })).toBeTruthy();
    const headers = within(localTable())
      .getAllByRole("columnheader")
      .map((header) => header.textContent);
    expect(headers).toEqual([
      "Systemledning",
      "Kommuner",
      "Samlat läge",
      "Representation av sektorer",
      "Huvudmän med mandat",
      "Nyckelroller",
      "Ersättare för mandatbärare",
      "Typer av forum",
      "Ordförandeskap och rotation",
      "Överenskommelsens fullständighet",
      "Att göra",
    ]);
    expect(within(localTable()).getAllByRole("rowheader")).toHaveLength(13);
    const vansbro = within(rowOf("Lokal systemledning Vansbro")).getByRole("link");
    expect(vansbro.getAttribute("href")).toBe("#/ledning/ls-vansbro");
    const row = cells("Lokal systemledning Vansbro");
    expect(row.slice(0, 9)).toEqual([
      "Vansbro",
      "Saknas",
      "Saknas",
      "Uppfyllt",
      "Uppfyllt",
      "Uppfyllt",
      "Att känna till",
      "Bör ses över",
      "Saknas",
    ]);
    // The worst question first, in the core's own words, then how many others need a look.
    expect(row[9]).toMatch(/^Representation av sektorer: Sektorn .+ ska vara representerad men saknas\./);
    expect(row[9]).toMatch(/Ytterligare 2 frågor behöver ses över\.$/);
    // Falun answers every question, at worst with something worth knowing.
    expect(cells("Lokal systemledning Falun").at(-1)).toBe("Inget att göra.");
    // Hedemora–Säter has one question to look at.
    expect(cells("Lokal systemledning Hedemora–Säter")[1]).toBe("Bör ses över");
  });

  it("speaks English, with statuses and question names from the kit's catalogue", () => {
    render(<StructureOverview workspace={dalarna} asOf={asOf} locale="en" leadershipHref={href} />);
    expect(screen.getByRole("heading", { name: "Regional system leadership" })).toBeTruthy();
    expect(screen.getByRole("heading", { name: "Local system leaderships (13)" })).toBeTruthy();
    const table = screen.getByRole("table", { name: "The local system leaderships and how they stand" });
    expect(within(table).getByRole("columnheader", { name: /Principals with mandate/ })).toBeTruthy();
    const row = within(table)
      .getAllByRole("row")
      .find((r) => within(r).queryByRole("rowheader")?.textContent === "Lokal systemledning Falun")!;
    expect(within(row).getAllByRole("cell").at(-1)?.textContent).toBe("Nothing to do.");
    // Swedish names in an English widget are marked as Swedish.
    expect(within(row).getByText("Lokal systemledning Falun").getAttribute("lang")).toBe("sv");
  });

  it("hands the choice to the host: a callback on a plain click of the link, or a button without an address", async () => {
    const user = userEvent.setup();
    const onSelect = vi.fn();
    const { unmount } = render(
      <StructureOverview workspace={dalarna} asOf={asOf} leadershipHref={href} onSelectLeadership={onSelect} />,
    );
    await user.click(within(rowOf("Lokal systemledning Mora")).getByRole("link"));
    expect(onSelect).toHaveBeenCalledWith("ls-mora");
    unmount();

    render(<StructureOverview workspace={dalarna} asOf={asOf} onSelectLeadership={onSelect} />);
    expect(screen.queryAllByRole("link")).toHaveLength(0);
    const button = within(rowOf("Lokal systemledning Orsa")).getByRole("button", { name: "Lokal systemledning Orsa" });
    button.focus();
    await user.keyboard("{Enter}");
    expect(onSelect).toHaveBeenLastCalledWith("ls-orsa");
  });

  it("shows plain names when the host gives no link", () => {
    render(<StructureOverview workspace={dalarna} asOf={asOf} />);
    expect(screen.queryAllByRole("link")).toHaveLength(0);
    expect(screen.queryAllByRole("button", { name: /Lokal systemledning/ })).toHaveLength(0);
  });

  it("works for Kalmar, a county with one regional leadership and no local ones", () => {
    render(<StructureOverview workspace={createKalmarSampleWorkspace()} asOf={KALMAR_SAMPLE_AS_OF} />);
    expect(screen.getByText(/Länsgemensam ledning i Kalmar län/)).toBeTruthy();
    expect(screen.getByRole("heading", { name: "Lokala systemledningar (0)" })).toBeTruthy();
    expect(screen.getByText("Arbetsytan har inga lokala systemledningar.")).toBeTruthy();
  });

  it("says so when the workspace has no leadership at all", () => {
    render(<StructureOverview workspace={{ ...dalarna, leaderships: [], forums: [], memberships: [] }} asOf={asOf} />);
    expect(screen.getByText("Arbetsytan har ingen systemledning ännu.")).toBeTruthy();
  });
});

describe("nextStep", () => {
  it("picks the worst question, missing before warning, in display order, with the core's finding", () => {
    const vansbro = nextStep(getLeadershipOverview(dalarna, "ls-vansbro", { asOf }));
    expect(vansbro).toMatchObject({ question: "sectorCoverage", status: "missing", moreCount: 2 });
    expect(vansbro?.finding?.reason).toBe("required_sector_missing");
    const hedemora = nextStep(getLeadershipOverview(dalarna, "ls-hedemora-sater", { asOf }));
    expect(hedemora).toMatchObject({ question: "principalMandates", status: "warning", moreCount: 1 });
    expect(nextStep(getLeadershipOverview(dalarna, "ls-falun", { asOf }))).toBeNull();
  });
});
