// @vitest-environment jsdom
import {
  getChairRotation,
  getKeyRoleStatus,
  getMandateHoldersWithoutSubstitute,
  getPrincipalMandateCoverage,
} from "@systemledning/core/structure";
import { cleanup, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { ChairRotation } from "../../../packages/react/src/structure/chair-rotation.js";
import { KeyRoles } from "../../../packages/react/src/structure/key-roles.js";
import { PrincipalMandate } from "../../../packages/react/src/structure/principal-mandate.js";
import { Substitutes } from "../../../packages/react/src/structure/substitutes.js";
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
const WORDS = { ok: "Uppfyllt", info: "Att känna till", warning: "Bör ses över", missing: "Saknas" } as const;

/** The body rows of a table, each as its row header and cells' text. */
function rowsOf(name: string) {
  const table = screen.getByRole("table", { name });
  return within(table)
    .getAllByRole("row")
    .slice(1)
    .map((row) => ({
      headers: within(row)
        .getAllByRole("rowheader")
        .map((cell) => cell.textContent),
      cells: within(row)
        .queryAllByRole("cell")
        .map((cell) => cell.textContent),
      badge: row.querySelector(".sl-status")?.getAttribute("data-status"),
    }));
}

describe("PrincipalMandate", () => {
  it("has a row per principal with its status badge, who sits with and without mandate, and the core's message", () => {
    render(<PrincipalMandate workspace={dalarna} leadershipId="ls-gagnef" asOf={asOf} />);
    expect(screen.getByRole("heading", { level: 2, name: "Huvudmän med mandat" })).toBeTruthy();
    const answer = getPrincipalMandateCoverage(dalarna, { leadershipId: "ls-gagnef" }, { asOf });
    const rows = rowsOf("Huvudmän och deras företrädare");
    expect(rows.map((row) => row.headers[0])).toEqual(answer.principals.map((p) => p.name));
    answer.principals.forEach((principal, position) => {
      expect(rows[position]!.badge).toBe(principal.status);
      expect(rows[position]!.cells).toContain(WORDS[principal.status]);
      expect(rows[position]!.cells).toContain(principal.message.sv);
    });
    expect(rows[0]!.cells).toEqual(expect.arrayContaining(["Region", "Saknas", "Ingen"]));
    expect(screen.getByText("1 av 2 huvudmän har någon med beslutsmandat.")).toBeTruthy();
  });

  it("speaks English, on Kalmar's leadership", () => {
    const kalmar = kalmarStructureSample();
    render(<PrincipalMandate workspace={kalmar} leadershipId="ls-lgl" asOf={KALMAR_AS_OF} locale="en" />);
    const answer = getPrincipalMandateCoverage(kalmar, { leadershipId: "ls-lgl" }, { asOf: KALMAR_AS_OF });
    const rows = rowsOf("Principals and who represents them");
    expect(rows).toHaveLength(answer.principals.length);
    expect(rows.flatMap((row) => row.cells)).toEqual(
      expect.arrayContaining(answer.principals.map((p) => p.message.en)),
    );
  });

  it("names every principal of a leadership without forums as not represented", () => {
    render(<PrincipalMandate workspace={extreme} leadershipId={EXTREME.emptyLeadership} asOf={asOf} />);
    const rows = rowsOf("Huvudmän och deras företrädare");
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((row) => row.badge === "missing")).toBe(true);
  });
});

describe("KeyRoles", () => {
  it("has a row per key role of a forum: filled or missing, by whom, and what to do", () => {
    render(<KeyRoles workspace={dalarna} forumId="f-borlange" asOf={asOf} />);
    const answer = getKeyRoleStatus(dalarna, "f-borlange", { asOf });
    const rows = rowsOf("Nyckelroller och vem som har dem");
    expect(rows.map((row) => row.headers)).toEqual([["Ordförande"], ["Sammankallande"], ["Sekreterare"]]);
    answer.roles.forEach((role, position) => {
      expect(rows[position]!.badge).toBe(role.status);
      expect(rows[position]!.cells).toContain(role.message.sv);
    });
    expect(rows.some((row) => row.badge === "missing" && row.cells.includes("Ingen"))).toBe(true);
  });

  it("goes through each forum of a leadership, the forum and the role naming each row", () => {
    render(<KeyRoles workspace={dalarna} leadershipId="ls-regional" asOf={asOf} locale="en" />);
    const rows = rowsOf("Key roles and who holds them");
    expect(rows).toHaveLength(6 * 3);
    expect(rows[0]!.headers).toEqual(["Beredningsgrupp för Dalarnas utveckling", "Chair"]);
    expect(screen.getByText("17 of 18 key roles are filled.")).toBeTruthy();
  });

  it("says a leadership without forums has none", () => {
    render(<KeyRoles workspace={extreme} leadershipId={EXTREME.emptyLeadership} asOf={asOf} />);
    expect(screen.getAllByText("Systemledningen har inga forum ännu.").length).toBeGreaterThan(0);
  });
});

describe("Substitutes", () => {
  it("lists every mandate holder with their substitutes, and those without one with the core's message", () => {
    render(<Substitutes workspace={dalarna} leadershipId="ls-leksand" asOf={asOf} />);
    const answer = getMandateHoldersWithoutSubstitute(dalarna, { leadershipId: "ls-leksand" }, { asOf });
    const rows = rowsOf("Mandatbärare och deras ersättare");
    expect(rows).toHaveLength(answer.mandateHolderCount);
    const missing = rows.filter((row) => row.badge === "warning");
    expect(missing.map((row) => row.cells.at(-1))).toEqual(answer.holders.map((holder) => holder.message.sv));
    expect(missing.every((row) => row.cells.includes("Ingen"))).toBe(true);
    expect(rows.filter((row) => row.badge === "ok").every((row) => row.cells.includes("Har ersättare."))).toBe(true);
    expect(screen.getByText("4 av 5 mandatbärare har ersättare.")).toBeTruthy();
  });

  it("counts the big forum's holders in English, a substitute standing in for each of some", () => {
    render(<Substitutes workspace={extreme} forumId={EXTREME.bigForum} asOf={asOf} locale="en" />);
    const answer = getMandateHoldersWithoutSubstitute(extreme, { forumId: EXTREME.bigForum }, { asOf });
    const rows = rowsOf("Mandate holders and their substitutes");
    expect(rows).toHaveLength(answer.mandateHolderCount);
    expect(rows.filter((row) => row.badge === "ok")).toHaveLength(answer.withSubstituteCount);
  });
});

describe("ChairRotation", () => {
  it("has a table of a forum's chair terms: principal, period, state, length, rotation, status and message", () => {
    render(<ChairRotation workspace={dalarna} forumId="f-lchnv" asOf={asOf} />);
    const answer = getChairRotation(dalarna, "f-lchnv", { asOf });
    const name = `Ordförandeperioder i ${dalarna.forums.find((forum) => forum.id === "f-lchnv")!.name}`;
    const rows = rowsOf(name);
    expect(rows).toHaveLength(answer.terms.length);
    answer.terms.forEach((term, position) => {
      expect(rows[position]!.badge).toBe(term.status);
      expect(rows[position]!.cells).toContain(term.principal!.name);
      expect(rows[position]!.cells).toContain(term.findings.map((finding) => finding.message.sv).join(" "));
    });
    expect(rows[1]!.cells).toEqual(expect.arrayContaining(["Pågående", "Ja"]));
    expect(screen.getByText(/^Forumets regel: 24 månader per period\./)).toBeTruthy();
    expect(screen.getByText("Nuvarande period ska sluta 31 december 2026.")).toBeTruthy();
  });

  it("marks a term past the county's maximum and an overdue term as needing a look", () => {
    render(<ChairRotation workspace={dalarna} leadershipId="ls-regional" asOf={asOf} locale="en" />);
    expect(screen.getByRole("heading", { level: 3, name: "Beredningsgrupp för Dalarnas utveckling" })).toBeTruthy();
    const overdue = screen.getByText("The current term was due to end on 31 December 2024.");
    expect(overdue.getAttribute("data-status")).toBe("warning");
    const rows = rowsOf("Chair terms in Beredningsgrupp för Dalarnas utveckling");
    expect(rows[0]!.badge).toBe("warning");
    expect(rows[0]!.cells.at(-1)).toContain("longer than the county's recommended maximum of 24 months");
  });

  it("says a leadership without forums has no chair terms to show", () => {
    render(<ChairRotation workspace={extreme} leadershipId={EXTREME.emptyLeadership} asOf={asOf} />);
    expect(screen.getAllByText("Systemledningen har inga forum ännu.").length).toBeGreaterThan(0);
  });
});
