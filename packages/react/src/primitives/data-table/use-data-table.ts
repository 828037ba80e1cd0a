/**
 * The state and behaviour of `DataTable`, apart from its markup (React Aria's split: state, behaviour,
 * view). TanStack Table does the row work (filter → sort → page, each step memoised, so a keystroke in the
 * filter of a 10,000-row table neither re-reads the column accessors nor re-sorts); this hook owns the
 * three pieces of state the user changes, the announcements they cause, and the kit's own rules: Swedish
 * collation, empty values last in either direction, and a sort cycle that returns to the data's own order.
 */
import {
  columnFilteringFeature,
  createFilteredRowModel,
  createPaginatedRowModel,
  createSortedRowModel,
  globalFilteringFeature,
  rowPaginationFeature,
  rowSortingFeature,
  tableFeatures,
  useTable,
  type ColumnDef,
  type FilterFn,
  type ReactTable,
  type Row,
  type SortingState,
} from "@tanstack/react-table";
import { useDeferredValue, useEffect, useMemo, useRef, useState } from "react";
import { INTL_LOCALE, type KitLocale } from "../../i18n/format.js";
import { useKitLocale, type KitLocaleTools, type PrimitiveMessageKey } from "../../i18n/locale.js";
import { useAnnounce } from "../live-region.js";
import { renderCell } from "./data-table-cell.js";
import type { DataTableColumn, DataTableProps, DataTableSorting, DataTableValue } from "./types.js";

/**
 * The TanStack features of every kit table, at module scope so the table instance never sees a new
 * registry (a new object would rebuild every row model). Order matters: each row-model slot follows the
 * feature it belongs to.
 */
const features = tableFeatures({
  columnFilteringFeature,
  globalFilteringFeature,
  filteredRowModel: createFilteredRowModel(),
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  rowPaginationFeature,
  paginatedRowModel: createPaginatedRowModel(),
});

/** The feature registry of the kit's tables. */
export type DataTableFeatures = typeof features;

/**
 * One row as TanStack sees it: the host's row and its raw values, read once per column when the data
 * arrives, so sorting and filtering never call the host's accessors again.
 */
export type DataTableRow<TData> = {
  readonly item: TData;
  /** The row's position in `data`. */
  readonly index: number;
  /** `columns[i].value(item)` for each column `i`. */
  readonly values: readonly DataTableValue[];
};

/** Rows per page when the host does not say. */
export const DEFAULT_PAGE_SIZE = 200;

/** Tables with more rows than this get a filter unless the host says otherwise. */
export const FILTER_THRESHOLD = 10;

/**
 * The sorting after a click on a column's header: ascending first, then descending, then none (the data's
 * own order), whatever the column holds, so every header behaves the same way.
 *
 * @example
 * getNextSorting(null, "name") // { columnId: "name", descending: false }
 * getNextSorting({ columnId: "name", descending: false }, "name") // { columnId: "name", descending: true }
 * getNextSorting({ columnId: "name", descending: true }, "name") // null
 */
export function getNextSorting(current: DataTableSorting | null, columnId: string): DataTableSorting | null {
  if (current === null || current.columnId !== columnId) return { columnId, descending: false };
  return current.descending ? null : { columnId, descending: true };
}

/**
 * An ascending comparison of two raw values: numbers by size, anything else by the locale's collation
 * (Swedish: å, ä, ö after z), digits inside text by their number ("Område 2" before "Område 10").
 * `null` sorts after every value; the table keeps it last in descending order too.
 *
 * @example
 * const compare = createValueComparator("sv");
 * ["ö", "z", "å"].sort(compare) // ["z", "å", "ö"]
 */
export function createValueComparator(locale: KitLocale): (a: DataTableValue, b: DataTableValue) => number {
  const collator = new Intl.Collator(INTL_LOCALE[locale], { numeric: true });
  return (a, b) => {
    if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
    if (typeof a === "number" && typeof b === "number")
      return a === b ? 0 : a < b ? -1 : a > b ? 1 : Number.isNaN(a) ? 1 : -1;
    return collator.compare(String(a), String(b));
  };
}

/**
 * Text in the form the filter compares: lower case in the locale, every kind of space (the no-break
 * space of Swedish digit groups too) as one ordinary space, so "12 345" typed with an ordinary space finds
the "12 345" a Swedish table shows with a no-break space.
 *
 * @example
 * normalizeSearchText("  Mora\u00a0Kommun ", "sv") // "mora kommun"
 */
export function normalizeSearchText(text: string, locale: KitLocale): string {
  return text.normalize("NFC").replace(/\s+/gu, " ").trim().toLocaleLowerCase(INTL_LOCALE[locale]);
}

/** The first and last row (1-based) of a page and the row count, ready to fill `rowsShown`. */
export interface DataTablePageRange {
  /** The page's first row, counted from 1 (0 when no row matches). */
  readonly from: number;
  /** The page's last row. */
  readonly to: number;
  /** Rows that match the filter. */
  readonly total: number;
}

/** Props of {@link useDataTable}: those of `DataTable`. */
export type UseDataTableOptions<TData> = Pick<
  DataTableProps<TData>,
  "columns" | "data" | "getRowId" | "filterable" | "pageSize" | "initialSorting"
>;

/** What {@link useDataTable} gives the view. */
export interface DataTableState<TData> {
  /** The TanStack table, for its header groups and cell rendering. */
  readonly table: ReactTable<DataTableFeatures, DataTableRow<TData>>;
  /** The kit's column for each TanStack column id. */
  readonly columnsById: ReadonlyMap<string, DataTableColumn<TData>>;
  /** The rows of the current page, sorted and filtered. */
  readonly rows: readonly Row<DataTableFeatures, DataTableRow<TData>>[];
  /** The current sorting; `null` is the data's own order. */
  readonly sorting: DataTableSorting | null;
  /** Sort by a column (ascending → descending → none) and announce it. */
  readonly toggleSorting: (columnId: string) => void;
  /** Whether the table shows a filter field. */
  readonly filterable: boolean;
  /** The text in the filter field (ahead of the rows while a large table catches up). */
  readonly filterText: string;
  /** Change the filter text (and go back to the first page). */
  readonly setFilterText: (text: string) => void;
  /** Rows in `data`. */
  readonly totalCount: number;
  /** Rows that pass the filter. */
  readonly matchingCount: number;
  /** Whether the rows are split into pages (more matching rows than the page size). */
  readonly isPaged: boolean;
  /** The 0-based page shown. */
  readonly pageIndex: number;
  /** Pages of matching rows; 1 when they fit on one page (or none match). */
  readonly pageCount: number;
  /** The 0-based position of the page's first row among the matching rows. */
  readonly pageStart: number;
  /** The rows the page shows, for the `rowsShown` text. */
  readonly pageRange: DataTablePageRange;
  /** Go to another page and announce its rows; `false` when there is no such page. */
  readonly goToPage: (pageIndex: number) => boolean;
  /** The locale's texts and formatters, as the table read them. */
  readonly tools: KitLocaleTools<PrimitiveMessageKey>;
}

/**
 * The state and behaviour of a kit table: sorting, filtering and paging over TanStack Table, with
 * announcements of each result through the nearest live region and no focus moved.
 *
 * Sorting and filtering go back to the first page. The filter matches, case-insensitively, any part of a
 * column's raw value or of a number as the table shows it. Keep `columns` stable (module scope or
 * `useMemo`): a new array re-reads every value.
 *
 * @example
 * function MyTable({ rows }: { rows: readonly Municipality[] }) {
 *   const state = useDataTable({ columns, data: rows });
 *   return <p>{state.matchingCount} rows</p>;
 * }
 */
export function useDataTable<TData>(options: UseDataTableOptions<TData>): DataTableState<TData> {
  const { columns, data, getRowId } = options;
  const tools = useKitLocale();
  const { locale, t, number } = tools;
  const announce = useAnnounce();

  const filterable = options.filterable ?? data.length > FILTER_THRESHOLD;
  const pageSize = normalizePageSize(options.pageSize);

  const [sorting, setSorting] = useState<DataTableSorting | null>(options.initialSorting ?? null);
  const [filterText, setFilterTextState] = useState("");
  const [requestedPageIndex, setRequestedPageIndex] = useState(0);
  // A big table filters behind the keystroke instead of holding it up (R1): the field updates at once.
  const deferredFilterText = useDeferredValue(filterText);
  const needle = filterable ? normalizeSearchText(deferredFilterText, locale) : "";

  const columnsById = useMemo(() => new Map(columns.map((column) => [column.id, column])), [columns]);
  const columnIndexById = useMemo(() => new Map(columns.map((column, index) => [column.id, index])), [columns]);

  // Every accessor runs once per data change, not on each sort, filter or page. A new locale counts as
  // new data too: TanStack re-sorts and re-filters only when its data, sorting or filter change, and a
  // locale brings its own collation and its own number texts to search.
  const indexed = useMemo(() => indexRows(data, columns, locale, number), [data, columns, locale, number]);
  const rows = indexed.rows;

  const globalFilterFn = useMemo<FilterFn<DataTableFeatures, DataTableRow<TData>>>(
    () => (row, columnId, filterValue: string) => {
      const index = columnIndexById.get(columnId);
      return index !== undefined && indexed.cellMatches(row.original, index, filterValue);
    },
    [indexed, columnIndexById],
  );

  const columnDefs = useMemo(
    () =>
      columns.map((column, index): ColumnDef<DataTableFeatures, DataTableRow<TData>> => ({
        id: column.id,
        header: column.header,
        // `undefined` (not null) is what TanStack's `sortUndefined` recognises as "no value".
        accessorFn: (row) => row.values[index] ?? undefined,
        enableSorting: column.sortable ?? true,
        // Empty cells stay at the bottom in both directions: a reader sorting for the highest value
        // must not first meet a screenful of dashes.
        sortUndefined: "last",
        sortFn: (a, b) => indexed.compareRows(a.original, b.original, index),
        cell: ({ row }) => renderCell(column, row.original.item, row.original.values[index] ?? null, tools),
      })),
    [columns, indexed, tools],
  );

  const sortingState = useMemo<SortingState>(
    () => (sorting === null ? [] : [{ id: sorting.columnId, desc: sorting.descending }]),
    [sorting],
  );
  const pagination = useMemo(() => ({ pageIndex: requestedPageIndex, pageSize }), [requestedPageIndex, pageSize]);

  const table = useTable({
    features,
    columns: columnDefs,
    data: rows,
    ...(getRowId === undefined ? {} : { getRowId: (row: DataTableRow<TData>) => getRowId(row.item, row.index) }),
    state: { sorting: sortingState, globalFilter: needle, pagination },
    globalFilterFn,
    // TanStack's default looks at the first row's type; an empty first cell would exclude its column.
    getColumnCanGlobalFilter: () => true,
    // The page goes back to 1 in our own handlers, where it is clear why; a reset from inside a row
    // model would update state while rendering.
    autoResetPageIndex: false,
  });

  const totalCount = rows.length;
  const matchingCount = table.getPrePaginatedRowModel().rows.length;
  const pageCount = Math.max(1, Math.ceil(matchingCount / pageSize));
  const pageIndex = Math.min(requestedPageIndex, pageCount - 1);
  if (pageIndex !== requestedPageIndex) {
    // New data left the page past the end: show the last page instead (React re-renders before committing).
    setRequestedPageIndex(pageIndex);
  }
  const isPaged = matchingCount > pageSize;
  const pageStart = pageIndex * pageSize;
  const pageRange: DataTablePageRange = {
    from: matchingCount === 0 ? 0 : pageStart + 1,
    to: Math.min(pageStart + pageSize, matchingCount),
    total: matchingCount,
  };

  // One announcement per applied filter: the deferred text changes once per committed render, however
  // fast the typing. The first render announces nothing: nobody asked yet.
  const announcedNeedle = useRef(needle);
  useEffect(() => {
    if (announcedNeedle.current === needle) return;
    announcedNeedle.current = needle;
    announce(t("filterResult", { shown: number(matchingCount), total: number(totalCount) }));
  }, [needle, matchingCount, totalCount, announce, t, number]);

  const toggleSorting = (columnId: string) => {
    const column = columnsById.get(columnId);
    if (column === undefined) return;
    const next = getNextSorting(sorting, columnId);
    setSorting(next);
    setRequestedPageIndex(0);
    announce(
      next === null
        ? t("sortCleared")
        : t("sortedBy", { column: column.header, direction: t(next.descending ? "sortDescending" : "sortAscending") }),
    );
  };

  const setFilterText = (text: string) => {
    setFilterTextState(text);
    setRequestedPageIndex(0);
  };

  const goToPage = (next: number): boolean => {
    if (!Number.isInteger(next) || next < 0 || next >= pageCount || next === pageIndex) return false;
    setRequestedPageIndex(next);
    const start = next * pageSize;
    announce(
      t("rowsShown", {
        from: number(start + 1),
        to: number(Math.min(start + pageSize, matchingCount)),
        total: number(matchingCount),
      }),
    );
    return true;
  };

  return {
    table,
    columnsById,
    rows: table.getRowModel().rows,
    sorting,
    toggleSorting,
    filterable,
    filterText,
    setFilterText,
    totalCount,
    matchingCount,
    isPaged,
    pageIndex,
    pageCount,
    pageStart,
    pageRange,
    goToPage,
    tools,
  };
}

/** The rows as TanStack gets them, the filter's test of one cell and the sort's comparison of two. */
interface IndexedRows<TData> {
  readonly rows: readonly DataTableRow<TData>[];
  /** An ascending comparison of two rows by one column's value. */
  readonly compareRows: (a: DataTableRow<TData>, b: DataTableRow<TData>, columnIndex: number) => number;
  /** Whether the cell's value, or a number as shown, contains the (normalised) needle. */
  readonly cellMatches: (row: DataTableRow<TData>, columnIndex: number, needle: string) => boolean;
}

/**
 * Read every column's value of every row once, and prepare the rest lazily, because most tables are
 * never filtered and most columns never sorted:
 * - a row's search texts are built the first time the filter looks at it, then kept;
 * - a column's rank of each row is computed by the first sort on it (one pass of the collator, the costly
 *   part), so flipping the direction afterwards compares integers.
 */
function indexRows<TData>(
  data: readonly TData[],
  columns: readonly DataTableColumn<TData>[],
  locale: KitLocale,
  formatNumber: KitLocaleTools["number"],
): IndexedRows<TData> {
  const rows = data.map((item, index): DataTableRow<TData> => ({
    item,
    index,
    values: columns.map((column) => column.value(item)),
  }));
  const searchTexts = new Map<DataTableRow<TData>, readonly string[]>();
  const textsOf = (row: DataTableRow<TData>): readonly string[] => {
    let texts = searchTexts.get(row);
    if (texts === undefined) {
      texts = columns.map((column, index) => {
        const value = row.values[index] ?? null;
        if (value === null) return "";
        const raw = normalizeSearchText(String(value), locale);
        if (typeof value !== "number") return raw;
        // A separator no one can type keeps a needle from matching across the two forms.
        const shown = normalizeSearchText(
          formatNumber(value, { maximumFractionDigits: column.maximumFractionDigits ?? 1 }),
          locale,
        );
        return `${raw}\u0000${shown}`;
      });
      searchTexts.set(row, texts);
    }
    return texts;
  };
  const compareValues = createValueComparator(locale);
  const ranks = new Map<number, Int32Array>();
  const ranksOf = (columnIndex: number): Int32Array => {
    let columnRanks = ranks.get(columnIndex);
    if (columnRanks === undefined) {
      const valueOf = (position: number): DataTableValue => rows[position]?.values[columnIndex] ?? null;
      const order = rows.map((_, position) => position).sort((a, b) => compareValues(valueOf(a), valueOf(b)));
      columnRanks = new Int32Array(rows.length);
      let rank = 0;
      for (let i = 0; i < order.length; i += 1) {
        const position = order[i] as number;
        // Equal values share a rank, so TanStack's tie-break (the data's order) keeps the sort stable.
        if (i > 0 && compareValues(valueOf(order[i - 1] as number), valueOf(position)) !== 0) rank += 1;
        columnRanks[position] = rank;
      }
      ranks.set(columnIndex, columnRanks);
    }
    return columnRanks;
  };
  return {
    rows,
    cellMatches: (row, columnIndex, needle) => (textsOf(row)[columnIndex] ?? "").includes(needle),
    compareRows: (a, b, columnIndex) => {
      const columnRanks = ranksOf(columnIndex);
      return (columnRanks[a.index] ?? 0) - (columnRanks[b.index] ?? 0);
    },
  };
}

/** A usable page size: a whole number from 1 up (`Infinity` means one page), else the default. */
function normalizePageSize(pageSize: number | undefined): number {
  if (pageSize === undefined || Number.isNaN(pageSize)) return DEFAULT_PAGE_SIZE;
  // A finite cap keeps page arithmetic clear of `0 * Infinity = NaN`.
  return Math.min(Math.max(1, Math.floor(pageSize)), Number.MAX_SAFE_INTEGER);
}
