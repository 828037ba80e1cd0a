/**
 * The column model of the kit's tables. It is deliberately smaller than TanStack Table's: one definition
 * serves the table on screen, its sorting and filtering, and the CSV download, so the three can never
 * disagree about what a column holds.
 */
import type { ReactNode } from "react";

/** A cell's raw value: what sorting, filtering and the CSV file use. `null` is "no value" (an empty cell). */
export type DataTableValue = string | number | null;

/** One column of a {@link DataTableProps.columns} list. */
export interface DataTableColumn<TData> {
  /** A stable id, unique in the table. */
  readonly id: string;
  /** The header text (also the CSV column name). */
  readonly header: string;
  /** The raw value of the column for a row. */
  readonly value: (row: TData) => DataTableValue;
  /**
   * What the cell shows; by default the value, numbers formatted for the locale (one decimal at most) and
   * `null` as an en dash with "no value" for screen readers.
   */
  readonly cell?: (row: TData) => ReactNode;
  /** Numbers are right-aligned, formatted through `Intl` and sorted numerically. @default "text" */
  readonly kind?: "text" | "number";
  /** Decimals shown for a number column. @default 1 */
  readonly maximumFractionDigits?: number;
  /** Whether this column names the row: its cells are `<th scope="row">`. @default false */
  readonly isRowHeader?: boolean;
  /** Whether the header offers sorting. @default true */
  readonly sortable?: boolean;
}

/** The sorting of a table: one column, ascending or descending. */
export interface DataTableSorting {
  readonly columnId: string;
  readonly descending: boolean;
}

/** Props of `DataTable`. */
export interface DataTableProps<TData> {
  /** The table's `<caption>`: what the table shows. Also names its scroll region. */
  readonly caption: ReactNode;
  readonly columns: readonly DataTableColumn<TData>[];
  readonly data: readonly TData[];
  /** A stable id per row. @default the row's index */
  readonly getRowId?: (row: TData, index: number) => string;
  /** Show a text filter over every column. @default true when there are more than 10 rows */
  readonly filterable?: boolean;
  /** Rows per page; tables longer than this are paged, with `aria-rowcount` telling the full count. @default 200 */
  readonly pageSize?: number;
  /** The sorting the table starts with. @default the data's own order */
  readonly initialSorting?: DataTableSorting;
  /**
   * Rows after the data in the table's `<tfoot>`, in the same columns but outside sorting, filtering and
   * paging: the totals or reference values a reader compares the rows with (the county, the country, a mean).
   */
  readonly footerRows?: readonly TData[];
  /** Shown in the body when there are no rows. @default "Inga rader att visa." */
  readonly emptyMessage?: ReactNode;
  /** Extra class on the scroll region. */
  readonly className?: string;
}
