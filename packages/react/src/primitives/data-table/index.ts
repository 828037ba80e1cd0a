/**
 * The kit's data table: `DataTable` and its column model, shared with the CSV download.
 * @module
 */
export { DataTable } from "./data-table.js";
export type { DataTableColumn, DataTableProps, DataTableSorting, DataTableValue } from "./types.js";
