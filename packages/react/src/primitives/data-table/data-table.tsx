/**
 * The kit's data table (docs/quality.md A2, A9, A12, R2): a real `<table>` with a caption and header scopes, in a
 * focusable scroll region so a wide table never widens the page, with sortable headers, a text filter and
 * pages for long tables. Every visualisation's table alternative is one of these.
 */
import { useId, useRef } from "react";
import { classNames } from "../widget.js";
import { renderCell, SortIndicator } from "./data-table-cell.js";
import type { DataTableProps } from "./types.js";
import { useDataTable } from "./use-data-table.js";

/**
 * A table of rows and columns that sorts, filters and pages, accessibly.
 *
 * - Markup: `<table class="sl-table">` with `<caption>`, `<th scope="col">` headers and `<th scope="row">`
 *   for row-header columns, inside a `role="region"` named by the caption that scrolls on its own (and
 *   takes focus, so the arrow keys scroll it); the header row stays in view while the rows scroll.
 * - Sorting: each sortable header is a button; clicks go ascending → descending → the data's own order.
 *   The header carries `aria-sort`, and the new order is announced in the live region. Numbers sort by
 *   size, text by the locale's collation, empty values last either way.
 * - Filtering (by default above 10 rows): a search field matches any column's value, numbers also as
 *   shown; the count of matching rows is announced.
 * - Paging (above `pageSize`, 200 by default): one page is rendered; `aria-rowcount` and `aria-rowindex`
 *   tell where the rows sit in the whole; the page buttons keep focus and announce the rows shown.
 * - Footer rows (`footerRows`): in a `<tfoot>` after every page, never sorted, filtered or paged away.
 * - Cells: numbers of number columns formatted for the locale and right-aligned, `null` as "–" with
 *   "inget värde" for screen readers, text always as text; `column.cell` overrides.
 *
 * Keep `columns` stable (module scope or `useMemo`): a new array re-reads every value of every row.
 * Announcements need a live region: inside a kit `Widget` there is one; elsewhere wrap the table in
 * `LiveRegionProvider`.
 *
 * @example
 * const columns: DataTableColumn<Municipality>[] = [
 *   { id: "name", header: "Kommun", value: (m) => m.name, isRowHeader: true },
 *   { id: "population", header: "Invånare", value: (m) => m.population, kind: "number", maximumFractionDigits: 0 },
 * ];
 * <DataTable caption="Kommuner i Dalarna" columns={columns} data={municipalities}
 *   initialSorting={{ columnId: "population", descending: true }} />
 */
export function DataTable<TData>(props: DataTableProps<TData>) {
  const { caption, columns, emptyMessage, className, footerRows = [] } = props;
  const state = useDataTable(props);
  const { table, columnsById, rows, tools } = state;
  const data = props.data;
  const { t, number } = tools;
  const id = useId();
  const captionId = `${id}-caption`;
  const tableId = `${id}-table`;
  const filterId = `${id}-filter`;
  const regionRef = useRef<HTMLDivElement>(null);

  // The page buttons stay focusable at the ends (aria-disabled, not disabled): a disabled button drops
  // focus to the document when the last page is reached. There, goToPage refuses and nothing happens.
  const changePage = (pageIndex: number) => {
    // The new page starts at its first row, not wherever the previous page was scrolled to.
    if (state.goToPage(pageIndex) && regionRef.current !== null) regionRef.current.scrollTop = 0;
  };

  const atFirstPage = state.pageIndex === 0;
  const atLastPage = state.pageIndex >= state.pageCount - 1;
  const columnCount = Math.max(1, columns.length);
  const rowIndexOffset = state.pageStart + 2; // aria-rowindex is 1-based and the header row is 1.

  return (
    <div className="sl-data-table">
      {state.filterable ? (
        <div className="sl-table-filter">
          <label className="sl-table-filter-label" htmlFor={filterId}>
            {t("filterLabel")}
          </label>
          <input
            id={filterId}
            className="sl-table-filter-input"
            type="search"
            autoComplete="off"
            spellCheck={false}
            aria-controls={tableId}
            value={state.filterText}
            onChange={(event) => state.setFilterText(event.currentTarget.value)}
          />
        </div>
      ) : null}
      <div
        ref={regionRef}
        className={classNames("sl-table-region", className)}
        role="region"
        aria-labelledby={captionId}
        tabIndex={0}
      >
        <table id={tableId} className="sl-table" aria-rowcount={state.isPaged ? state.matchingCount + 1 : undefined}>
          <caption id={captionId}>{caption}</caption>
          <thead>
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id} aria-rowindex={state.isPaged ? 1 : undefined}>
                {group.headers.map((header) => {
                  const column = columnsById.get(header.column.id);
                  const sortable = header.column.getCanSort();
                  const direction = header.column.getIsSorted();
                  return (
                    <th
                      key={header.id}
                      scope="col"
                      className={classNames(column?.kind === "number" && "sl-table-number")}
                      aria-sort={
                        sortable
                          ? direction === "asc"
                            ? "ascending"
                            : direction === "desc"
                              ? "descending"
                              : "none"
                          : undefined
                      }
                    >
                      {sortable ? (
                        <button
                          type="button"
                          className="sl-table-sort"
                          data-sl-sort={direction || undefined}
                          onClick={() => state.toggleSorting(header.column.id)}
                        >
                          <span className="sl-table-sort-label">{column?.header}</span>
                          <SortIndicator direction={direction} />
                        </button>
                      ) : (
                        column?.header
                      )}
                    </th>
                  );
                })}
              </tr>
            ))}
          </thead>
          <tbody>
            {rows.length === 0 ? (
              <tr>
                <td className="sl-table-empty" colSpan={columnCount}>
                  {state.totalCount === 0 ? (emptyMessage ?? t("noRows")) : t("noMatchingRows")}
                </td>
              </tr>
            ) : (
              rows.map((row, index) => (
                <tr key={row.id} aria-rowindex={state.isPaged ? rowIndexOffset + index : undefined}>
                  {row.getAllCells().map((cell) => {
                    const column = columnsById.get(cell.column.id);
                    const cellClass = classNames(column?.kind === "number" && "sl-table-number");
                    return column?.isRowHeader === true ? (
                      <th key={cell.id} scope="row" className={cellClass}>
                        <table.FlexRender cell={cell} />
                      </th>
                    ) : (
                      <td key={cell.id} className={cellClass}>
                        <table.FlexRender cell={cell} />
                      </td>
                    );
                  })}
                </tr>
              ))
            )}
          </tbody>
          {footerRows.length === 0 ? null : (
            <tfoot>
              {footerRows.map((item, index) => (
                <tr key={props.getRowId?.(item, data.length + index) ?? `footer-${index}`}>
                  {columns.map((column) => {
                    const content = renderCell(column, item, column.value(item), tools);
                    const cellClass = classNames(column.kind === "number" && "sl-table-number");
                    return column.isRowHeader === true ? (
                      <th key={column.id} scope="row" className={cellClass}>
                        {content}
                      </th>
                    ) : (
                      <td key={column.id} className={cellClass}>
                        {content}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tfoot>
          )}
        </table>
      </div>
      {state.isPaged ? (
        <nav className="sl-table-pages" aria-label={t("pageNavigation")}>
          <button
            type="button"
            className="sl-button"
            aria-disabled={atFirstPage}
            aria-controls={tableId}
            onClick={() => changePage(state.pageIndex - 1)}
          >
            {t("previousPage")}
          </button>
          <p className="sl-table-range">
            {t("rowsShown", {
              from: number(state.pageRange.from),
              to: number(state.pageRange.to),
              total: number(state.pageRange.total),
            })}
          </p>
          <button
            type="button"
            className="sl-button"
            aria-disabled={atLastPage}
            aria-controls={tableId}
            onClick={() => changePage(state.pageIndex + 1)}
          >
            {t("nextPage")}
          </button>
        </nav>
      ) : null}
    </div>
  );
}
