// @vitest-environment jsdom
import { isMembershipActive } from "@systemledning/core/structure";
import { cleanup, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it } from "vitest";
import { ForumMembers } from "../../../packages/react/src/structure/forum-members.js";
import {
  dalarnaStructureSample,
  EXTREME,
  extremeStructureSample,
  kalmarStructureSample,
  KALMAR_AS_OF,
  STRUCTURE_AS_OF,
} from "../../fixtures/structure-views.js";

afterEach(cleanup);

const dalarna = dalarnaStructureSample();
const extreme = extremeStructureSample();
const asOf = STRUCTURE_AS_OF;
const bigForumName = extreme.forums.find((forum) => forum.id === EXTREME.bigForum)!.name;

const bodyRows = (table: HTMLElement) => within(table).getAllByRole("row").slice(1);
const rowHeaders = (table: HTMLElement) =>
  bodyRows(table).map((row) => within(row).getByRole("rowheader").textContent ?? "");

describe("ForumMembers", () => {
  it("lists a forum's seats, ended ones hidden until the toggle shows them", async () => {
    const user = userEvent.setup();
    render(<ForumMembers workspace={dalarna} forumId="f-lchnv" asOf={asOf} />);
    const forum = dalarna.forums.find((f) => f.id === "f-lchnv")!;
    const seats = dalarna.memberships.filter((m) => m.forumId === "f-lchnv");
    const ended = seats.filter((m) => m.to !== undefined && m.to < asOf);
    expect(ended.length).toBeGreaterThan(0);
    expect(screen.getByRole("heading", { level: 2, name: `Ledamöter i ${forum.name}` })).toBeTruthy();
    const table = screen.getByRole("table", { name: `Uppdrag i ${forum.name}` });
    expect(bodyRows(table)).toHaveLength(seats.length - ended.length);
    const toggle = screen.getByRole("checkbox", { name: `Visa avslutade uppdrag (${ended.length})` });
    expect((toggle as HTMLInputElement).checked).toBe(false);
    await user.click(toggle);
    expect(bodyRows(table)).toHaveLength(seats.length);
    expect(within(table).getAllByText(/\(avslutat\)$/)).toHaveLength(ended.length);
    const active = seats.filter((m) => isMembershipActive(m, asOf));
    expect(screen.getByText(new RegExp(`^${active.length} aktiva uppdrag, varav`))).toBeTruthy();
  });

  it("has every column of a seat: person, title, organisation, sector, roles, kind, mandate, period, substitute for", () => {
    render(<ForumMembers workspace={extreme} forumId={EXTREME.bigForum} asOf={asOf} defaultShowEnded />);
    const table = screen.getByRole("table", { name: `Uppdrag i ${bigForumName}` });
    expect(
      within(table)
        .getAllByRole("columnheader")
        .map((header) => header.textContent),
    ).toEqual([
      "Person",
      "Titel",
      "Organisation",
      "Sektor",
      "Roller",
      "Slag",
      "Beslutsmandat",
      "Period",
      "Ersättare för",
    ]);
    const fifth = bodyRows(table)[4]!; // seat 5 stands in for seat 4
    const cells = within(fifth)
      .getAllByRole("cell")
      .map((cell) => cell.textContent);
    expect(cells).toEqual(
      expect.arrayContaining([
        "Ersättare",
        "Tjänsteperson",
        "Nej",
        "Anna-Karin Margareta Elisabeth 4 Söderström-Wallenberg Fredriksson af Långnäs och Östra Kyrkbyn",
      ]),
    );
    expect(
      within(bodyRows(table)[0]!)
        .getAllByRole("cell")
        .map((cell) => cell.textContent),
    ).toContain("Ordförande, Ledamot");
  });

  it("keeps 60 seats in one table with a filter, and sorts by a header: ascending, descending, then the data's order", async () => {
    const user = userEvent.setup();
    render(<ForumMembers workspace={extreme} forumId={EXTREME.bigForum} asOf={asOf} defaultShowEnded />);
    const table = screen.getByRole("table", { name: `Uppdrag i ${bigForumName}` });
    expect(bodyRows(table)).toHaveLength(60);
    expect(screen.getByRole("searchbox", { name: "Filtrera tabellen" })).toBeTruthy();
    const original = rowHeaders(table);
    const header = within(table).getByRole("columnheader", { name: /Person/ });
    await user.click(within(header).getByRole("button"));
    expect(header.getAttribute("aria-sort")).toBe("ascending");
    const ascending = rowHeaders(table);
    expect(ascending).toEqual([...original].sort(new Intl.Collator("sv", { numeric: true }).compare));
    await user.click(within(header).getByRole("button"));
    expect(header.getAttribute("aria-sort")).toBe("descending");
    expect(rowHeaders(table)).toEqual([...ascending].reverse());
    await user.click(within(header).getByRole("button"));
    expect(rowHeaders(table)).toEqual(original);
  });

  it("keeps a 90-letter name as one text that may wrap anywhere, not widening the page", () => {
    render(<ForumMembers workspace={extreme} forumId={EXTREME.bigForum} asOf={asOf} />);
    const long = screen.getByText(/^Socialförvaltningsutvecklings/);
    expect(long.className).toBe("sl-text");
    expect(long.closest("th")?.getAttribute("scope")).toBe("row");
  });

  it("speaks English, on Kalmar's forum", () => {
    const kalmar = kalmarStructureSample();
    render(<ForumMembers workspace={kalmar} forumId="f-lgl" asOf={KALMAR_AS_OF} locale="en" />);
    const forum = kalmar.forums.find((f) => f.id === "f-lgl")!;
    const table = screen.getByRole("table", { name: `Seats in ${forum.name}` });
    expect(bodyRows(table).length).toBeGreaterThan(10);
    expect(
      within(table)
        .getAllByRole("columnheader")
        .map((header) => header.textContent),
    ).toContain("Decision mandate");
    expect(within(table).getAllByText(/^(Yes|No)$/).length).toBeGreaterThan(0);
  });
});
