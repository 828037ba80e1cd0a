/**
 * What one cell of a kit table shows. Values are React children, never markup (docs/quality.md S1): a hostile
 * string in the data shows as the string it is.
 */
import type { ReactNode } from "react";
import type { KitLocaleTools, PrimitiveMessageKey } from "../../i18n/locale.js";
import type { DataTableColumn, DataTableValue } from "./types.js";

/**
 * An empty cell: an en dash for the eye and the words "inget värde" for a screen reader, which would
 * otherwise read "dash" or nothing and leave the listener unsure whether a value was skipped.
 *
 * @example
 * <td><NoValue label={t("noValue")} /></td>
 */
export function NoValue({ label }: { readonly label: string }) {
  return (
    <>
      <span aria-hidden="true">–</span>
      <span className="sl-visually-hidden">{label}</span>
    </>
  );
}

/**
 * The content of a cell: the column's own `cell` renderer when it has one, else the raw value, with
 * numbers of a number column formatted for the locale (one decimal unless the column says otherwise) and
 * `null` as {@link NoValue}.
 *
 * @example
 * renderCell({ id: "n", header: "Antal", value: (r) => r.n, kind: "number" }, row, 12345.67, tools) // "12 345,7"
 */
export function renderCell<TData>(
  column: DataTableColumn<TData>,
  item: TData,
  value: DataTableValue,
  tools: KitLocaleTools<PrimitiveMessageKey>,
): ReactNode {
  if (column.cell !== undefined) return column.cell(item);
  if (value === null) return <NoValue label={tools.t("noValue")} />;
  if (typeof value === "number" && column.kind === "number") {
    return tools.number(value, { maximumFractionDigits: column.maximumFractionDigits ?? 1 });
  }
  return String(value);
}

/**
 * The arrow beside a sortable header: both heads while unsorted (the column can be sorted), one head for
 * the direction once sorted. Decoration only: the direction is the `<th>`'s `aria-sort`.
 *
 * @example
 * <SortIndicator direction="asc" />
 */
export function SortIndicator({ direction }: { readonly direction: false | "asc" | "desc" }) {
  return (
    <svg className="sl-table-sort-icon" viewBox="0 0 10 16" width="10" height="16" aria-hidden="true" focusable="false">
      {direction === "desc" ? null : <path d="M5 1 9.5 6.5h-9Z" />}
      {direction === "asc" ? null : <path d="M5 15 .5 9.5h9Z" />}
    </svg>
  );
}
