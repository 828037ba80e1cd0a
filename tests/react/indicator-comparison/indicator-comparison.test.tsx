// @vitest-environment jsdom
/**
 * IndicatorComparison on Dalarna's sample and Kalmar's (no values): the table by role and name, each cell's
 * placement as a shape with its words, the reference rows outside sorting, sorting with missing values last
 * in both directions, the CSV's bytes and columns (BOM, semicolons, decimal comma, the placement's word), the
 * legend and source sentences, the empty state, and English.
 */
import { createDalarnaSampleWorkspace } from "@systemledning/core/profiles/dalarna";
import { createKalmarSampleWorkspace } from "@systemledning/core/profiles/kalmar";
import { cleanup, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from "vitest";
import { IndicatorComparison } from "../../../packages/react/src/indicator-comparison/index.js";
import { liveRegion } from "../../fixtures/live-region.js";

const dalarna = createDalarnaSampleWorkspace();
const READMISSION = "Återinskrivning inom 30 dagar, 65 år och äldre, 2024 (%)";

let createObjectURL: MockInstance<(blob: Blob) => string>;

beforeEach(() => {
  // jsdom has no object URLs and does not download: stand in for both.
  URL.createObjectURL = () => "";
  URL.revokeObjectURL = () => undefined;
  createObjectURL = vi.spyOn(URL, "createObjectURL").mockReturnValue("blob:sl-test/1");
  vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(() => undefined);
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const table = () => screen.getByRole("table", { name: /^Nyckeltal per kommun/ });
const bodyRowNames = () =>
  within(within(table()).getAllByRole("rowgroup")[1]!)
    .getAllByRole("rowheader")
    .map((cell) => cell.textContent);

/** The cell of `row` (a row header's name) in the column headed `header`. */
function cellOf(row: string, header: string): HTMLElement {
  const headers = within(table()).getAllByRole("columnheader");
  const index = headers.findIndex((h) => h.textContent === header);
  const tr = within(table()).getByRole("rowheader", { name: row }).closest("tr")!;
  return tr.querySelectorAll("th, td")[index] as HTMLElement;
}

describe("IndicatorComparison", () => {
  it("shows the municipalities by indicator, with the county, the country and the unweighted mean below", () => {
    render(<IndicatorComparison workspace={dalarna} />);
    expect(screen.getByRole("heading", { level: 2, name: "Jämförelse mellan kommunerna" })).toBeTruthy();
    expect(within(table()).getByRole("columnheader", { name: READMISSION })).toBeTruthy();
    expect(bodyRowNames()).toHaveLength(15);
    const footer = within(table()).getAllByRole("rowgroup")[2]!;
    expect(
      within(footer)
        .getAllByRole("rowheader")
        .map((c) => c.textContent),
    ).toEqual(["Region Dalarna", "Riket", "Medel för de visade kommunerna (ovägt)"]);
    expect(
      screen.getByText("Färgen och formen visar placering bland de visade kommunerna, inte om värdet är bra."),
    ).toBeTruthy();
  });

  it("gives each value its placement by direction as a shape with words, and marks missing and preliminary values", () => {
    render(<IndicatorComparison workspace={dalarna} />);
    // Lower is better: Borlänge's 16,7 is the lowest of 14 values.
    const best = cellOf("Borlänge", READMISSION);
    expect(best.textContent).toBe("16,7 prel.preliminärt, bland de bästa, plats 1 av 14");
    expect(best.querySelector(".sl-comparison-mark")?.getAttribute("data-rank")).toBe("best");
    expect(cellOf("Gagnef", READMISSION).querySelector("[data-rank]")?.getAttribute("data-rank")).toBe("worst");
    expect(cellOf("Falun", READMISSION).querySelector(".sl-comparison-mark")?.getAttribute("data-rank")).toBe("middle");
    const missing = cellOf("Malung-Sälen", READMISSION);
    expect(missing.textContent).toBe("– saknas");
    expect(missing.querySelector(".sl-comparison-mark")).toBeNull();
    // A regional measure has no municipality values: no value stored is not "missing at the source".
    const regional = "Undvikbar slutenvård, 65 år och äldre, per 100 000 invånare, 2024 (per 100 000 inv)";
    expect(cellOf("Falun", regional).textContent).toBe("–inget värde");
    expect(cellOf("Region Dalarna", regional).textContent).toBe("1\u00a0802 prel.preliminärt");
    // The mean is of the 14 values, preliminary because they are, and not placed.
    const mean = cellOf("Medel för de visade kommunerna (ovägt)", READMISSION);
    expect(mean.textContent).toBe("18,2 prel.preliminärt");
  });

  it("says what each column is and where its values come from, never claiming Kolada for invented values", () => {
    render(<IndicatorComparison workspace={dalarna} />);
    const notes = screen.getByRole("heading", { name: "Om nyckeltalen" }).nextElementSibling as HTMLElement;
    const items = within(notes).getAllByRole("listitem");
    expect(items).toHaveLength(6);
    expect(items[4]!.textContent).toBe(
      "Återinskrivning inom 30 dagar, 65 år och äldre: %, lägre är bättre. Värden för 2024. Källa: påhittade exempelvärden (inte Kolada)",
    );
    expect(items[1]!.textContent).toContain("Inga värden per kommun: bara länet och riket.");
    expect(notes.textContent).not.toContain("Källa: Kolada");
  });

  it("sorts by a column from its header, missing values last in both directions, the reference rows staying below", async () => {
    const user = userEvent.setup();
    render(<IndicatorComparison workspace={dalarna} />);
    const sort = () => within(table()).getByRole("button", { name: READMISSION });
    await user.click(sort());
    expect(bodyRowNames().slice(0, 2)).toEqual(["Borlänge", "Smedjebacken"]);
    expect(bodyRowNames().at(-1)).toBe("Malung-Sälen");
    expect(within(table()).getByRole("columnheader", { name: READMISSION }).getAttribute("aria-sort")).toBe(
      "ascending",
    );
    await user.click(sort());
    expect(bodyRowNames().slice(0, 2)).toEqual(["Gagnef", "Avesta"]);
    expect(bodyRowNames().at(-1)).toBe("Malung-Sälen");
    expect(liveRegion()).toContain("fallande");
    const footer = within(table()).getAllByRole("rowgroup")[2]!;
    expect(within(footer).getAllByRole("rowheader")[0]!.textContent).toBe("Region Dalarna");
  });

  it("downloads a CSV Excel opens: BOM, semicolons, decimal comma, each value with its placement and mark", async () => {
    const user = userEvent.setup();
    render(<IndicatorComparison workspace={dalarna} indicatorIds={["aterinskrivning-65"]} />);
    await user.click(screen.getByRole("button", { name: "Ladda ner CSV" }));
    const blob = createObjectURL.mock.calls[0]![0];
    const bytes = new Uint8Array(await blob.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes.slice(3)).split("\r\n");
    expect(lines[0]).toBe(
      `Kommun;${READMISSION};Återinskrivning inom 30 dagar, 65 år och äldre: placering;Återinskrivning inom 30 dagar, 65 år och äldre: markering`,
    );
    expect(lines).toContain("Borlänge;16,7;bland de bästa;preliminärt");
    expect(lines).toContain("Malung-Sälen;;;saknas");
    expect(lines).toContain("Riket;18,3;;preliminärt");
    expect(lines.some((line) => line.startsWith("Medel för de visade kommunerna (ovägt);18,21428"))).toBe(true);
    expect(liveRegion()).toBe("Filen jämförelse-mellan-kommunerna.csv laddades ner.");
  });

  it("says why there is nothing to compare when the workspace has no values (Kalmar)", () => {
    render(<IndicatorComparison workspace={createKalmarSampleWorkspace()} />);
    expect(screen.queryByRole("table")).toBeNull();
    expect(screen.getByText(/^Det finns inga värden att jämföra ännu: arbetsytan har inga värden/)).toBeTruthy();
  });

  it("speaks English", () => {
    render(<IndicatorComparison workspace={dalarna} locale="en" indicatorIds={["fallskador-80"]} />);
    expect(screen.getByRole("heading", { name: "Comparison between the municipalities" })).toBeTruthy();
    expect(screen.getByRole("rowheader", { name: "Mean of the municipalities shown (unweighted)" })).toBeTruthy();
    expect(screen.getByRole("rowheader", { name: "Sweden (whole country)" })).toBeTruthy();
    expect(screen.getByText(/^The colour and shape show the placement/)).toBeTruthy();
  });
});
