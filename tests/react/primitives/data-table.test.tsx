// @vitest-environment jsdom
import { cleanup, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import { LocaleProvider } from "../../../packages/react/src/i18n/locale.js";
import {
  DataTable,
  type DataTableColumn,
  type DataTableProps,
  type DataTableValue,
} from "../../../packages/react/src/primitives/data-table/index.js";
import { LiveRegionProvider } from "../../../packages/react/src/primitives/live-region.js";

afterEach(cleanup);

interface Municipality {
  readonly name: string;
  readonly county: string;
  readonly population: number | null;
}

const municipalityColumns: readonly DataTableColumn<Municipality>[] = [
  { id: "name", header: "Kommun", value: (m) => m.name, isRowHeader: true },
  { id: "county", header: "Län", value: (m) => m.county, sortable: false },
  { id: "population", header: "Invånare", value: (m) => m.population, kind: "number" },
];

/** Real municipalities, in an order that is neither alphabetical nor by size. */
const municipalities: readonly Municipality[] = [
  { name: "Åre", county: "Jämtland", population: 11_800 },
  { name: "Mora", county: "Dalarna", population: 20_500.25 },
  { name: "Älvdalen", county: "Dalarna", population: null },
  { name: "Avesta", county: "Dalarna", population: 23_000 },
  { name: "Örebro", county: "Örebro", population: 160_000 },
  { name: "Zinkgruvan", county: "Örebro", population: null },
  { name: "Borlänge", county: "Dalarna", population: 52_000 },
];

const NBSP = "\u00a0";

function renderTable<TData>(props: DataTableProps<TData>, locale: "sv" | "en" = "sv") {
  const user = userEvent.setup();
  const view = render(
    <LocaleProvider locale={locale}>
      <LiveRegionProvider>
        <DataTable {...props} />
      </LiveRegionProvider>
    </LocaleProvider>,
  );
  return { user, ...view };
}

/** The body's rows (the second row group; the first is the header). */
function bodyRows(): HTMLElement[] {
  const groups = screen.getAllByRole("rowgroup");
  const body = groups[1];
  if (body === undefined) throw new Error("the table has no body row group");
  return within(body).getAllByRole("row");
}

function rowHeaderTexts(): (string | null)[] {
  return screen.queryAllByRole("rowheader").map((cell) => cell.textContent);
}

function columnTexts(columnIndex: number): (string | null)[] {
  return bodyRows().map((row) => row.querySelectorAll("th, td")[columnIndex]?.textContent ?? null);
}

function announcement(): string {
  return screen.getByRole("status").textContent ?? "";
}

/**
 * Put text into the filter in one input event. Typing it key by key into a 450-row table re-renders a
 * full page per key, which makes no difference to the outcome but is slow in jsdom on a busy machine.
 */
async function fillFilter(user: ReturnType<typeof userEvent.setup>, text: string): Promise<void> {
  await user.click(screen.getByRole("searchbox", { name: "Filtrera tabellen" }));
  await user.paste(text);
}

function manyRows(count: number): Municipality[] {
  return Array.from({ length: count }, (_, index) => ({
    name: `Rad ${index + 1}`,
    county: index % 2 === 0 ? "Dalarna" : "Gävleborg",
    population: index + 1,
  }));
}

describe("DataTable", () => {
  describe("markup", () => {
    it("renders a table named by its caption, in a focusable region named by the same caption", () => {
      renderTable({ caption: "Kommuner i urval", columns: municipalityColumns, data: municipalities });
      const table = screen.getByRole("table", { name: "Kommuner i urval" });
      const region = screen.getByRole("region", { name: "Kommuner i urval" });
      expect(region.contains(table)).toBe(true);
      expect(region.tabIndex).toBe(0);
      expect(region.classList.contains("sl-table-region")).toBe(true);
      expect(table.classList.contains("sl-table")).toBe(true);
      expect(table.querySelector("caption")?.textContent).toBe("Kommuner i urval");
    });

    it("gives column headers scope=col and row-header cells scope=row", () => {
      renderTable({ caption: "Kommuner", columns: municipalityColumns, data: municipalities });
      const headers = screen.getAllByRole("columnheader");
      expect(headers.map((header) => header.textContent)).toEqual(["Kommun", "Län", "Invånare"]);
      for (const header of headers) expect(header.getAttribute("scope")).toBe("col");
      const rowHeaders = screen.getAllByRole("rowheader");
      expect(rowHeaders).toHaveLength(municipalities.length);
      for (const cell of rowHeaders) {
        expect(cell.tagName).toBe("TH");
        expect(cell.getAttribute("scope")).toBe("row");
      }
      expect(rowHeaderTexts()).toEqual(municipalities.map((m) => m.name));
      expect(screen.getAllByRole("cell")).toHaveLength(municipalities.length * 2);
    });

    it("formats numbers for Swedish with a no-break space and at most one decimal, right-aligned", () => {
      renderTable({ caption: "Kommuner", columns: municipalityColumns, data: municipalities });
      expect(columnTexts(2)[1]).toBe(`20${NBSP}500,3`);
      expect(columnTexts(2)[4]).toBe(`160${NBSP}000`);
      const numberCell = screen.getByRole("cell", { name: `160${NBSP}000` });
      expect(numberCell.classList.contains("sl-table-number")).toBe(true);
      expect(screen.getByRole("columnheader", { name: "Invånare" }).classList.contains("sl-table-number")).toBe(true);
    });

    it("honours a column's maximumFractionDigits", () => {
      const columns: DataTableColumn<{ readonly share: number }>[] = [
        { id: "share", header: "Andel", value: (r) => r.share, kind: "number", maximumFractionDigits: 2 },
      ];
      renderTable({ caption: "Andelar", columns, data: [{ share: 2.83333 }] });
      expect(screen.getByRole("cell").textContent).toBe("2,83");
    });

    it("shows null as an en dash that screen readers hear as 'inget värde'", () => {
      renderTable({ caption: "Kommuner", columns: municipalityColumns, data: municipalities });
      const cell = bodyRows()[2]?.querySelectorAll("td")[1];
      expect(cell?.textContent).toBe("–inget värde");
      const dash = within(cell as HTMLElement).getByText("–");
      expect(dash.getAttribute("aria-hidden")).toBe("true");
      expect(
        within(cell as HTMLElement)
          .getByText("inget värde")
          .classList.contains("sl-visually-hidden"),
      ).toBe(true);
    });

    it("renders a column's own cell renderer instead of the value", () => {
      const columns: DataTableColumn<Municipality>[] = [
        { id: "name", header: "Kommun", value: (m) => m.name, cell: (m) => <a href={`#${m.name}`}>{m.name}</a> },
      ];
      renderTable({ caption: "Kommuner", columns, data: municipalities.slice(0, 2) });
      expect(screen.getByRole("link", { name: "Mora" }).getAttribute("href")).toBe("#Mora");
    });

    it("renders a hostile string as text, never as markup", () => {
      const attack = "<img src=x onerror=alert(1)>";
      const columns: DataTableColumn<{ readonly text: string }>[] = [
        { id: "text", header: attack, value: (r) => r.text, isRowHeader: true },
      ];
      const { container } = renderTable({
        caption: attack,
        columns,
        data: [{ text: attack }, { text: `"><script>alert(2)</script>` }],
      });
      expect(container.querySelector("img")).toBeNull();
      expect(container.querySelector("script")).toBeNull();
      expect(screen.getByRole("rowheader", { name: attack }).textContent).toBe(attack);
      expect(screen.getByRole("columnheader", { name: attack })).toBeTruthy();
      expect(screen.getByRole("table", { name: attack })).toBeTruthy();
    });
  });

  describe("sorting", () => {
    it("cycles ascending → descending → the data's own order, with aria-sort on the header", async () => {
      const { user } = renderTable({ caption: "Kommuner", columns: municipalityColumns, data: municipalities });
      const header = screen.getByRole("columnheader", { name: "Kommun" });
      expect(header.getAttribute("aria-sort")).toBe("none");
      const button = within(header).getByRole("button", { name: "Kommun" });
      expect(button.getAttribute("type")).toBe("button");

      await user.click(button);
      expect(header.getAttribute("aria-sort")).toBe("ascending");
      // Swedish collation: å, ä, ö come after z.
      expect(rowHeaderTexts()).toEqual(["Avesta", "Borlänge", "Mora", "Zinkgruvan", "Åre", "Älvdalen", "Örebro"]);

      await user.click(button);
      expect(header.getAttribute("aria-sort")).toBe("descending");
      expect(rowHeaderTexts()).toEqual(["Örebro", "Älvdalen", "Åre", "Zinkgruvan", "Mora", "Borlänge", "Avesta"]);

      await user.click(button);
      expect(header.getAttribute("aria-sort")).toBe("none");
      expect(rowHeaderTexts()).toEqual(municipalities.map((m) => m.name));
    });

    it("announces each new order in the live region without moving focus", async () => {
      const { user } = renderTable({ caption: "Kommuner", columns: municipalityColumns, data: municipalities });
      expect(announcement()).toBe("");
      const button = screen.getByRole("button", { name: "Invånare" });
      await user.click(button);
      expect(announcement()).toBe("Sorterat efter Invånare, stigande.");
      expect(document.activeElement).toBe(button);
      await user.click(button);
      expect(announcement()).toBe("Sorterat efter Invånare, fallande.");
      await user.click(button);
      expect(announcement()).toBe("Sorteringen är borttagen: raderna visas i ursprunglig ordning.");
      expect(document.activeElement).toBe(button);
    });

    it("sorts numbers by size and keeps empty values last in both directions", async () => {
      const { user } = renderTable({ caption: "Kommuner", columns: municipalityColumns, data: municipalities });
      const button = screen.getByRole("button", { name: "Invånare" });
      await user.click(button);
      expect(rowHeaderTexts()).toEqual(["Åre", "Mora", "Avesta", "Borlänge", "Örebro", "Älvdalen", "Zinkgruvan"]);
      await user.click(button);
      expect(rowHeaderTexts()).toEqual(["Örebro", "Borlänge", "Avesta", "Mora", "Åre", "Älvdalen", "Zinkgruvan"]);
      expect(columnTexts(2).slice(-2)).toEqual(["–inget värde", "–inget värde"]);
    });

    it("sorts 9 before 10 in a number column, not as text", async () => {
      const columns: DataTableColumn<{ readonly n: number }>[] = [
        { id: "n", header: "Antal", value: (r) => r.n, kind: "number" },
      ];
      const { user } = renderTable({ caption: "Tal", columns, data: [{ n: 10 }, { n: 9 }, { n: 100 }, { n: -1 }] });
      await user.click(screen.getByRole("button", { name: "Antal" }));
      // Swedish writes a minus sign (U+2212), not a hyphen.
      expect(columnTexts(0)).toEqual(["\u22121", "9", "10", "100"]);
    });

    it("sorts with the English collation when the locale is English", async () => {
      const columns: DataTableColumn<{ readonly name: string }>[] = [
        { id: "name", header: "Name", value: (r) => r.name },
      ];
      const { user } = renderTable(
        { caption: "Names", columns, data: [{ name: "Örebro" }, { name: "Zinkgruvan" }, { name: "Avesta" }] },
        "en",
      );
      await user.click(screen.getByRole("button", { name: "Name" }));
      // In English, Ö sorts as O: before Z.
      expect(columnTexts(0)).toEqual(["Avesta", "Örebro", "Zinkgruvan"]);
      expect(announcement()).toBe("Sorted by Name, ascending.");
    });

    it("re-sorts with the new collation when the locale changes", async () => {
      const columns: DataTableColumn<{ readonly name: string }>[] = [
        { id: "name", header: "Namn", value: (r) => r.name },
      ];
      const data = [{ name: "Örebro" }, { name: "Zinkgruvan" }, { name: "Avesta" }];
      const { user, rerender } = renderTable({ caption: "Namn", columns, data });
      await user.click(screen.getByRole("button", { name: "Namn" }));
      expect(columnTexts(0)).toEqual(["Avesta", "Zinkgruvan", "Örebro"]);
      rerender(
        <LocaleProvider locale="en">
          <LiveRegionProvider>
            <DataTable caption="Namn" columns={columns} data={data} />
          </LiveRegionProvider>
        </LocaleProvider>,
      );
      expect(columnTexts(0)).toEqual(["Avesta", "Örebro", "Zinkgruvan"]);
    });

    it("offers no button on a column that is not sortable", () => {
      renderTable({ caption: "Kommuner", columns: municipalityColumns, data: municipalities });
      const header = screen.getByRole("columnheader", { name: "Län" });
      expect(within(header).queryByRole("button")).toBeNull();
      expect(header.hasAttribute("aria-sort")).toBe(false);
    });

    it("starts from initialSorting", () => {
      renderTable({
        caption: "Kommuner",
        columns: municipalityColumns,
        data: municipalities,
        initialSorting: { columnId: "population", descending: true },
      });
      expect(screen.getByRole("columnheader", { name: "Invånare" }).getAttribute("aria-sort")).toBe("descending");
      expect(rowHeaderTexts()[0]).toBe("Örebro");
    });

    it("sorts from the keyboard: Tab reaches the region and the buttons, Enter and Space sort", async () => {
      const { user } = renderTable({ caption: "Kommuner", columns: municipalityColumns, data: municipalities });
      await user.tab();
      expect(document.activeElement).toBe(screen.getByRole("region", { name: "Kommuner" }));
      await user.tab();
      expect(document.activeElement).toBe(screen.getByRole("button", { name: "Kommun" }));
      await user.keyboard("{Enter}");
      expect(screen.getByRole("columnheader", { name: "Kommun" }).getAttribute("aria-sort")).toBe("ascending");
      await user.tab();
      expect(document.activeElement).toBe(screen.getByRole("button", { name: "Invånare" }));
      await user.keyboard(" ");
      expect(screen.getByRole("columnheader", { name: "Invånare" }).getAttribute("aria-sort")).toBe("ascending");
      // One column is sorted at a time.
      expect(screen.getByRole("columnheader", { name: "Kommun" }).getAttribute("aria-sort")).toBe("none");
    });
  });

  describe("filtering", () => {
    const twelve: Municipality[] = [
      ...municipalities,
      { name: "Falun", county: "Dalarna", population: 59_000 },
      { name: "Ludvika", county: "Dalarna", population: 26_000 },
      { name: "Rättvik", county: "Dalarna", population: 10_900 },
      { name: "Leksand", county: "Dalarna", population: 15_900 },
      { name: "Gagnef", county: "Dalarna", population: 10_200 },
    ];

    it("offers a labelled search field above tables of more than 10 rows only", () => {
      renderTable({ caption: "Kommuner", columns: municipalityColumns, data: twelve });
      const field = screen.getByRole("searchbox", { name: "Filtrera tabellen" });
      expect(field.getAttribute("type")).toBe("search");
      expect(field.compareDocumentPosition(screen.getByRole("table")) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
      cleanup();
      renderTable({ caption: "Kommuner", columns: municipalityColumns, data: municipalities });
      expect(screen.queryByRole("searchbox")).toBeNull();
      cleanup();
      renderTable({ caption: "Kommuner", columns: municipalityColumns, data: municipalities, filterable: true });
      expect(screen.getByRole("searchbox", { name: "Filtrera tabellen" })).toBeTruthy();
      cleanup();
      renderTable({ caption: "Kommuner", columns: municipalityColumns, data: twelve, filterable: false });
      expect(screen.queryByRole("searchbox")).toBeNull();
    });

    it("filters case-insensitively over every column and announces the count", async () => {
      const { user } = renderTable({ caption: "Kommuner", columns: municipalityColumns, data: twelve });
      const field = screen.getByRole("searchbox", { name: "Filtrera tabellen" });
      await user.type(field, "MORA");
      expect(rowHeaderTexts()).toEqual(["Mora"]);
      expect(announcement()).toBe("1 av 12 rader visas.");
      expect(document.activeElement).toBe(field);
      await user.clear(field);
      await user.type(field, "örebro");
      // The name and the county both match.
      expect(rowHeaderTexts()).toEqual(["Örebro", "Zinkgruvan"]);
      expect(announcement()).toBe("2 av 12 rader visas.");
      await user.clear(field);
      expect(bodyRows()).toHaveLength(12);
      expect(announcement()).toBe("12 av 12 rader visas.");
    });

    it("finds numbers both as stored and as shown", async () => {
      const { user } = renderTable({ caption: "Kommuner", columns: municipalityColumns, data: twelve });
      const field = screen.getByRole("searchbox", { name: "Filtrera tabellen" });
      await user.type(field, "20500.25");
      expect(rowHeaderTexts()).toEqual(["Mora"]);
      await user.clear(field);
      // Shown as "20 500,3" with a no-break space; typed with an ordinary one.
      await user.type(field, "20 500,3");
      expect(rowHeaderTexts()).toEqual(["Mora"]);
    });

    it("shows one full-width row when nothing matches", async () => {
      const { user } = renderTable({ caption: "Kommuner", columns: municipalityColumns, data: twelve });
      await user.type(screen.getByRole("searchbox", { name: "Filtrera tabellen" }), "Kiruna");
      const rows = bodyRows();
      expect(rows).toHaveLength(1);
      const cell = within(rows[0] as HTMLElement).getByRole("cell");
      expect(cell.textContent).toBe("Inga rader matchar filtret.");
      expect(cell.getAttribute("colspan")).toBe("3");
      expect(announcement()).toBe("0 av 12 rader visas.");
    });

    it("does not match the dash shown for an empty value", async () => {
      const { user } = renderTable({ caption: "Kommuner", columns: municipalityColumns, data: twelve });
      await user.type(screen.getByRole("searchbox", { name: "Filtrera tabellen" }), "inget värde");
      expect(screen.getByRole("cell").textContent).toBe("Inga rader matchar filtret.");
    });
  });

  describe("footer rows", () => {
    it("keeps footer rows in a <tfoot> after the rows, outside sorting and filtering", async () => {
      const county: Municipality = { name: "Dalarnas län", county: "Dalarna", population: 287_000 };
      const { user } = renderTable({
        caption: "Kommuner",
        columns: municipalityColumns,
        data: municipalities,
        footerRows: [county],
        filterable: true,
      });
      const groups = screen.getAllByRole("rowgroup");
      expect(groups).toHaveLength(3);
      expect(within(groups[2]!).getByRole("rowheader", { name: "Dalarnas län" })).toBeTruthy();
      expect(within(groups[2]!).getByRole("cell", { name: `287${NBSP}000` })).toBeTruthy();
      await user.click(screen.getByRole("button", { name: "Invånare" }));
      expect(rowHeaderTexts().at(-1)).toBe("Dalarnas län");
      await fillFilter(user, "Mora");
      expect(rowHeaderTexts()).toEqual(["Mora", "Dalarnas län"]);
    });
  });

  describe("empty tables", () => {
    it("says there are no rows, in one cell across every column", () => {
      renderTable({ caption: "Kommuner", columns: municipalityColumns, data: [] });
      const cell = screen.getByRole("cell");
      expect(cell.textContent).toBe("Inga rader att visa.");
      expect(cell.getAttribute("colspan")).toBe("3");
      expect(screen.getAllByRole("columnheader")).toHaveLength(3);
    });

    it("shows the host's own empty message", () => {
      renderTable({
        caption: "Kommuner",
        columns: municipalityColumns,
        data: [],
        emptyMessage: "Inga kommuner valda ännu.",
      });
      expect(screen.getByRole("cell").textContent).toBe("Inga kommuner valda ännu.");
    });
  });

  // Long tables in jsdom: generous time, since the gate runs many test files side by side.
  describe("paging", { timeout: 20_000 }, () => {
    it("renders one page of a long table and tells the full row count", () => {
      renderTable({ caption: "Rader", columns: municipalityColumns, data: manyRows(450) });
      const table = screen.getByRole("table", { name: "Rader" });
      expect(table.getAttribute("aria-rowcount")).toBe("451");
      const [headerRow] = within(screen.getAllByRole("rowgroup")[0] as HTMLElement).getAllByRole("row");
      expect(headerRow?.getAttribute("aria-rowindex")).toBe("1");
      const rows = bodyRows();
      expect(rows).toHaveLength(200);
      expect(table.querySelectorAll("tbody > tr")).toHaveLength(200);
      expect(rows[0]?.getAttribute("aria-rowindex")).toBe("2");
      expect(rows[199]?.getAttribute("aria-rowindex")).toBe("201");
      const nav = screen.getByRole("navigation", { name: "Sidor i tabellen" });
      expect(nav.textContent).toContain("Rad 1–200 av 450");
    });

    it("moves between pages, keeps focus on the button and announces the rows shown", async () => {
      const { user } = renderTable({ caption: "Rader", columns: municipalityColumns, data: manyRows(450) });
      const nav = screen.getByRole("navigation", { name: "Sidor i tabellen" });
      const previous = within(nav).getByRole("button", { name: "Föregående sida" });
      const next = within(nav).getByRole("button", { name: "Nästa sida" });
      expect(previous.getAttribute("aria-disabled")).toBe("true");
      expect(next.getAttribute("aria-disabled")).toBe("false");

      await user.click(next);
      expect(document.activeElement).toBe(next);
      expect(nav.textContent).toContain("Rad 201–400 av 450");
      expect(announcement()).toBe("Rad 201–400 av 450");
      expect(bodyRows()[0]?.getAttribute("aria-rowindex")).toBe("202");
      expect(rowHeaderTexts()[0]).toBe("Rad 201");
      expect(previous.getAttribute("aria-disabled")).toBe("false");

      await user.click(next);
      expect(bodyRows()).toHaveLength(50);
      expect(nav.textContent).toContain("Rad 401–450 av 450");
      expect(next.getAttribute("aria-disabled")).toBe("true");
      expect(document.activeElement).toBe(next);

      // At the end the button stays focusable and does nothing.
      await user.click(next);
      expect(nav.textContent).toContain("Rad 401–450 av 450");
      expect(document.activeElement).toBe(next);

      await user.click(previous);
      expect(nav.textContent).toContain("Rad 201–400 av 450");
      expect(document.activeElement).toBe(previous);
    });

    it("groups counts of 1 000 and more with a no-break space", async () => {
      const { user } = renderTable({ caption: "Rader", columns: municipalityColumns, data: manyRows(1_200) });
      const nav = screen.getByRole("navigation", { name: "Sidor i tabellen" });
      expect(nav.textContent).toContain(`Rad 1–200 av 1${NBSP}200`);
      for (let page = 0; page < 5; page += 1) await user.click(within(nav).getByRole("button", { name: "Nästa sida" }));
      expect(nav.textContent).toContain(`Rad 1${NBSP}001–1${NBSP}200 av 1${NBSP}200`);
      expect(screen.getByRole("table").getAttribute("aria-rowcount")).toBe("1201");
      expect(bodyRows()[0]?.getAttribute("aria-rowindex")).toBe("1002");
    });

    it("goes back to the first page when the user sorts or filters", async () => {
      const { user } = renderTable({ caption: "Rader", columns: municipalityColumns, data: manyRows(450) });
      const next = screen.getByRole("button", { name: "Nästa sida" });
      await user.click(next);
      await user.click(screen.getByRole("button", { name: "Invånare" }));
      expect(screen.getByRole("navigation").textContent).toContain("Rad 1–200 av 450");
      expect(rowHeaderTexts()[0]).toBe("Rad 1");

      await user.click(screen.getByRole("button", { name: "Nästa sida" }));
      await fillFilter(user, "Gävleborg");
      expect(screen.getByRole("navigation").textContent).toContain("Rad 1–200 av 225");
      expect(screen.getByRole("table").getAttribute("aria-rowcount")).toBe("226");
      expect(rowHeaderTexts()[0]).toBe("Rad 2");
      expect(announcement()).toBe("225 av 450 rader visas.");
    });

    it("drops the page controls and row indexes when the matching rows fit on one page", async () => {
      const { user } = renderTable({ caption: "Rader", columns: municipalityColumns, data: manyRows(450) });
      await fillFilter(user, "Rad 4");
      // "Rad 4", "Rad 40"–"Rad 49", "Rad 400"–"Rad 450": 62 rows.
      expect(bodyRows()).toHaveLength(62);
      expect(screen.queryByRole("navigation")).toBeNull();
      expect(screen.getByRole("table").hasAttribute("aria-rowcount")).toBe(false);
      expect(bodyRows()[0]?.hasAttribute("aria-rowindex")).toBe(false);
      expect(rowHeaderTexts().at(-1)).toBe("Rad 450");
    });

    it("honours a smaller pageSize", () => {
      renderTable({ caption: "Rader", columns: municipalityColumns, data: manyRows(30), pageSize: 25 });
      expect(bodyRows()).toHaveLength(25);
      expect(screen.getByRole("navigation").textContent).toContain("Rad 1–25 av 30");
    });

    it("shows the last page when new data ends before the page shown", async () => {
      const props = { caption: "Rader", columns: municipalityColumns, data: manyRows(450) };
      const { user, rerender } = renderTable(props);
      await user.click(screen.getByRole("button", { name: "Nästa sida" }));
      await user.click(screen.getByRole("button", { name: "Nästa sida" }));
      rerender(
        <LocaleProvider locale="sv">
          <LiveRegionProvider>
            <DataTable {...props} data={manyRows(300)} />
          </LiveRegionProvider>
        </LocaleProvider>,
      );
      expect(screen.getByRole("navigation").textContent).toContain("Rad 201–300 av 300");
      expect(bodyRows()).toHaveLength(100);
    });

    it("renders only one page of 10,000 rows", async () => {
      const { user } = renderTable({ caption: "Rader", columns: municipalityColumns, data: manyRows(10_000) });
      expect(bodyRows()).toHaveLength(200);
      expect(screen.getByRole("table").getAttribute("aria-rowcount")).toBe("10001");
      await user.click(screen.getByRole("button", { name: "Invånare" }));
      await user.click(screen.getByRole("button", { name: "Invånare" }));
      expect(rowHeaderTexts()[0]).toBe("Rad 10000");
      await fillFilter(user, "9999");
      expect(rowHeaderTexts()).toEqual(["Rad 9999"]);
    });
  });

  describe("every value appears (property)", () => {
    type RandomRow = { readonly label: string; readonly amount: number | null; readonly note: string | null };
    const columns: readonly DataTableColumn<RandomRow>[] = [
      { id: "label", header: "Etikett", value: (r) => r.label, isRowHeader: true },
      { id: "amount", header: "Belopp", value: (r) => r.amount, kind: "number", maximumFractionDigits: 2 },
      { id: "note", header: "Anteckning", value: (r) => r.note },
    ];
    const row = fc.record({
      label: fc.string({ maxLength: 20 }),
      amount: fc.option(fc.double({ min: -1e9, max: 1e9, noNaN: true }), { nil: null }),
      note: fc.option(fc.string({ maxLength: 30 }), { nil: null }),
    });
    // An oracle of its own: Intl for Swedish, with the no-break space the kit uses for digit groups.
    const swedish = new Intl.NumberFormat("sv-SE", { maximumFractionDigits: 2 });
    const shown = (value: DataTableValue): string =>
      value === null
        ? "–inget värde"
        : typeof value === "number"
          ? swedish.format(value).replace(/\u202f/g, NBSP)
          : value;

    it("shows every value of random rows in its row and column", () => {
      fc.assert(
        fc.property(fc.array(row, { maxLength: 25 }), (rows) => {
          cleanup();
          renderTable({ caption: "Slumpade rader", columns, data: rows, filterable: false });
          if (rows.length === 0) {
            expect(screen.getByRole("cell").textContent).toBe("Inga rader att visa.");
            return;
          }
          const rendered = bodyRows().map((tr) =>
            Array.from(tr.querySelectorAll("th, td"), (cell) => cell.textContent),
          );
          expect(rendered).toEqual(rows.map((r) => columns.map((column) => shown(column.value(r)))));
        }),
        { seed: 20261122, numRuns: 50 },
      );
    });
  });
});
