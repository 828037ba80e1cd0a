// @vitest-environment jsdom
import { getForumCompliance } from "@systemledning/core/meetings";
import { cleanup, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { formatLocalePercent } from "../../../packages/react/src/i18n/format.js";
import { getAttendanceBars } from "../../../packages/react/src/meetings/attendance-chart.js";
import { orderPrincipals } from "../../../packages/react/src/meetings/principals.js";
import {
  ComplianceOverview,
  type ComplianceOverviewProps,
} from "../../../packages/react/src/meetings/compliance-overview.js";
import { getComplianceOverviewRows } from "../../../packages/react/src/meetings/compliance-rows.js";
import { meetingsSample, MEETINGS_AS_OF } from "../../fixtures/meeting-views.js";

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const workspace = meetingsSample();
const REGIONAL = ["f-lchnv", "f-vfr", "f-schnv"];
const PERIOD = { from: "2025-01-01", to: "2025-12-31" } as const;
const pct = (share: number) => formatLocalePercent(share, "sv");

function renderOverview(props: Partial<ComplianceOverviewProps> = {}) {
  const user = userEvent.setup();
  const view = render(<ComplianceOverview workspace={workspace} forumIds={REGIONAL} {...PERIOD} {...props} />);
  return { user, ...view };
}

const figure = () => screen.getByRole("figure", { name: "Huvudmännens närvaro" });
const bars = () => within(figure()).getAllByRole("img");

describe("ComplianceOverview", () => {
  it("has a table with a row per forum: meetings held against the plan, notices and notes on time, attendance, decisions", () => {
    renderOverview();
    const table = screen.getByRole("table", { name: "Mötesregler per forum" });
    const rows = within(table).getAllByRole("row").slice(1);
    expect(rows.map((row) => within(row).getByRole("rowheader").textContent)).toEqual([
      "Länschefsnätverket",
      "Välfärdsrådet",
      "Socialchefsnätverket",
    ]);
    const cells = (index: number) =>
      within(rows[index]!)
        .getAllByRole("cell")
        .map((cell) => cell.textContent);
    // LCHNV 2025 (Bilaga 2): six planned, five held, every notice and note on time, five municipalities at four of five.
    expect(cells(0)).toEqual([
      "6",
      "Färre än planerat: 5",
      "0",
      `${pct(1)}5 av 5`,
      `${pct(1)}5 av 5`,
      `Gagnef och 4 till${pct(0.8)}`,
      "4",
      "1",
    ]);
    // SCHNV: one of two notices late; Region Dalarna at neither of its two meetings.
    expect(cells(2)).toEqual([
      "10",
      "Färre än planerat: 2",
      "0",
      `${pct(0.5)}1 av 2`,
      `${pct(1)}2 av 2`,
      `Region Dalarna${pct(0)}`,
      "1",
      "1",
    ]);
  });

  it("computes the rows from the core's forum compliance, on the day asked", () => {
    const rows = getComplianceOverviewRows(workspace, {
      forumIds: ["f-falun", "f-vasterbergslagen"],
      from: "2026-01-01",
      to: "2026-12-31",
      asOf: MEETINGS_AS_OF,
    });
    for (const row of rows) {
      const core = getForumCompliance(workspace, row.forumId, {
        from: "2026-01-01",
        to: "2026-12-31",
        asOf: MEETINGS_AS_OF,
      });
      expect([row.plannedInPeriod, row.held, row.cancelled, row.pending, row.decisions]).toEqual([
        core.planned,
        core.held,
        core.cancelled,
        core.pending,
        core.decisions.length,
      ]);
      expect(row.principals).toEqual(core.principals);
    }
    // Up to 13 May, four dates were planned for each (May's falls on the 15th); the whole year holds eleven.
    expect(rows.map((row) => [row.plannedToDate, row.plannedInPeriod])).toEqual([
      [4, 11],
      [4, 11],
    ]);
    // Falun's April notes went out late; its February and March notes on time.
    expect(rows[0]!.notesOnTime).toEqual({ part: 2, whole: 3, rate: 2 / 3 });
  });

  it("sums the forums in key figures", () => {
    renderOverview();
    const figures = screen
      .getAllByRole("term")
      .map((term) => `${term.textContent}: ${term.nextElementSibling?.textContent}`);
    expect(figures).toEqual([
      "Genomförda av planerade möten: 11 av 210 inställda",
      `Kallelser i tid: ${pct(10 / 11)}10 av 11 som skulle ha skickats`,
      `Anteckningar i tid: ${pct(1)}11 av 11 som skulle ha skickats`,
      "Beslut: 5i justerade anteckningar",
    ]);
  });

  it("draws a bar per principal and forum, named with its count and share, grouped under the forum", () => {
    renderOverview();
    const rows = getComplianceOverviewRows(workspace, { forumIds: REGIONAL, ...PERIOD });
    const expected = rows.flatMap((row) =>
      orderPrincipals(row.principals).map((p) =>
        `${p.name}, ${row.forumName}: företrädd med mandat vid ${p.represented} av ${p.meetings} möten (${pct(p.rate!)}).${p.rate! < 0.75 ? " Under målnivån 75 %." : ""}`.replace(
          "75 %",
          pct(0.75),
        ),
      ),
    );
    expect(bars().map((bar) => bar.getAttribute("aria-label"))).toEqual(expected);
    expect(
      within(figure())
        .getAllByRole("heading", { level: 4 })
        .map((h) => h.textContent),
    ).toEqual(["Länschefsnätverket", "Välfärdsrådet", "Socialchefsnätverket"]);
    // Colour is not the only signal: a bar under the target says so beside it.
    expect(within(figure()).getAllByText("under målnivån")).toHaveLength(3);
  });

  it("says the takeaway in words: who was represented least, and how many always were", () => {
    renderOverview();
    expect(figure().querySelector("figcaption")!.textContent).toContain(
      `Minst företrädd var Region Dalarna i Socialchefsnätverket: vid 0 av 2 möten (${pct(0)}). 36 av 48 huvudmän var företrädda vid alla möten.`,
    );
  });

  it("has one tab stop, and the arrow keys, Home and End move between the bars", async () => {
    const { user } = renderOverview();
    expect(figure().querySelectorAll('svg [tabindex="0"]')).toHaveLength(1);
    const marks = bars();
    await user.click(marks[0]!);
    expect(document.activeElement).toBe(marks[0]);
    await user.keyboard("{ArrowDown}");
    expect(document.activeElement).toBe(marks[1]);
    await user.keyboard("{ArrowRight}");
    expect(document.activeElement).toBe(marks[2]);
    await user.keyboard("{ArrowUp}");
    expect(document.activeElement).toBe(marks[1]);
    await user.keyboard("{End}");
    expect(document.activeElement).toBe(marks.at(-1));
    expect(figure().querySelectorAll('svg [tabindex="0"]')).toHaveLength(1);
    await user.keyboard("{Home}");
    expect(document.activeElement).toBe(marks[0]);
  });

  it("gives every bar's numbers in its table alternative", async () => {
    const { user } = renderOverview();
    await user.click(within(figure()).getByRole("button", { name: "Visa som tabell" }));
    const table = await within(figure()).findByRole("table", { name: "Huvudmännens närvaro per forum" });
    const rows = getComplianceOverviewRows(workspace, { forumIds: REGIONAL, ...PERIOD });
    const expected = rows.flatMap((row) =>
      orderPrincipals(row.principals).map((p) => [
        p.name,
        row.forumName,
        String(p.meetings),
        String(p.represented),
        (Math.round(p.rate! * 1000) / 10).toLocaleString("sv-SE", { maximumFractionDigits: 1 }),
      ]),
    );
    const body = within(table).getAllByRole("row").slice(1);
    expect(
      body.map((row) => [
        within(row).getByRole("rowheader").textContent,
        ...within(row)
          .getAllByRole("cell")
          .map((cell) => cell.textContent),
      ]),
    ).toEqual(expected);
  });

  it("draws only the principals represented least when there are more bars than asked for, and says so", () => {
    renderOverview({ maxBars: 5 });
    expect(bars()).toHaveLength(5);
    expect(figure().querySelector("figcaption")!.textContent).toContain(
      "Diagrammet visar de 5 minst företrädda av 48; tabellen har alla.",
    );
    expect(within(figure()).queryAllByRole("heading", { level: 4 })).toHaveLength(0);
    expect(bars()[0]!.getAttribute("aria-label")).toMatch(/^Region Dalarna, Socialchefsnätverket/);
  });

  it("says plainly when a period has no attendance to show", () => {
    renderOverview({ from: "2024-01-01", to: "2024-12-31" });
    expect(within(figure()).queryAllByRole("img")).toHaveLength(0);
    expect(
      within(figure()).getAllByText("Ingen närvaro är registrerad för mötena under perioden.").length,
    ).toBeGreaterThan(0);
    expect(screen.getAllByText("inget att bedöma").length).toBeGreaterThan(0);
    expect(
      screen.getByText("3 forum har ingen registrerad närvaro under perioden och visas bara i tabellen ovan."),
    ).toBeTruthy();
  });

  it("follows every forum of the workspace when no forums are given", () => {
    renderOverview({ forumIds: undefined });
    const table = screen.getByRole("table", { name: "Mötesregler per forum" });
    // More than ten rows: the table offers its filter.
    expect(within(table).getAllByRole("row")).toHaveLength(workspace.forums.length + 1);
    expect(screen.getByRole("searchbox", { name: "Filtrera tabellen" })).toBeTruthy();
  });

  it("marks no bar as low when the host sets no target", () => {
    renderOverview({ attendanceTarget: null });
    expect(within(figure()).queryAllByText("under målnivån")).toHaveLength(0);
    expect(figure().querySelector(".sl-bars-target")).toBeNull();
  });

  it("speaks English when asked", () => {
    renderOverview({ locale: "en", theme: "dark" });
    expect(screen.getByRole("heading", { level: 2, name: "Meeting rules and attendance" })).toBeTruthy();
    expect(screen.getByRole("figure", { name: "Attendance of the principals" })).toBeTruthy();
    const names = screen.getAllByText("Länschefsnätverket");
    expect(names.length).toBeGreaterThan(1);
    for (const name of names) expect(name.closest("[lang]")?.getAttribute("lang")).toBe("sv");
  });

  it("shows an alert for a period that is not a pair of days", () => {
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    renderOverview({ from: "2025-13-01" });
    expect(screen.getByRole("alert").textContent).toContain("Det här avsnittet kunde inte visas.");
  });
});

describe("getAttendanceBars", () => {
  it("orders each forum's principals with the region first and the municipalities by name", () => {
    const rows = getComplianceOverviewRows(workspace, {
      forumIds: ["f-vasterbergslagen"],
      from: "2026-01-01",
      to: "2026-12-31",
      asOf: MEETINGS_AS_OF,
    });
    const { bars: drawn, cut } = getAttendanceBars(rows, 0.75, 60);
    expect(cut).toBe(false);
    expect(
      drawn.map((bar) => [bar.principal.name, bar.principal.represented, bar.principal.meetings, bar.low]),
    ).toEqual([
      ["Region Dalarna", 1, 2, true],
      ["Ludvika", 2, 2, false],
      ["Smedjebacken", 2, 2, false],
    ]);
  });
});
