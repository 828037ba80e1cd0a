/**
 * The CSV download of a table or chart (docs/quality.md A2, S4): the same columns as the table on screen, through
 * the core's RFC 4180 writer, which defuses cells a spreadsheet would run as a formula. In Swedish the file
 * is what Excel in Sweden opens as columns of numbers: semicolons, a decimal comma and a byte-order mark.
 */
import { formatCsv, type CsvCell } from "@systemledning/core/io";
import type { KitLocale } from "../i18n/format.js";
import type { DataTableColumn } from "./data-table/types.js";

/**
 * The rows as CSV text with a header row of the columns' headers. Numbers keep every decimal (rounding is
 * for the screen only); `null` is an empty cell.
 *
 * @example
 * toCsv([{ id: "n", header: "Antal", value: (r) => r.n, kind: "number" }], [{ n: 2.5 }], "sv") // "\uFEFFAntal\r\n2,5\r\n"
 */
export function toCsv<TData>(
  columns: readonly DataTableColumn<TData>[],
  rows: readonly TData[],
  locale: KitLocale,
): string {
  const header = columns.map((column) => column.header);
  // Numbers go to the writer as numbers: it writes the decimal comma, and a negative number is never
  // mistaken for a formula and defused into text.
  const body = rows.map((row) => columns.map((column): CsvCell => column.value(row)));
  return formatCsv(
    [header, ...body],
    locale === "sv" ? { delimiter: ";", byteOrderMark: true, decimalComma: true } : { delimiter: "," },
  );
}

/**
 * A file name from a title: letters and digits kept (å, ä, ö too), everything else a hyphen, `.csv` added.
 *
 * @example
 * csvFileName("Svarsfördelning 2025") // "svarsfördelning-2025.csv"
 */
export function csvFileName(title: string): string {
  // Cut by code points (never inside a surrogate pair), then trim: a cut may leave a hyphen at the end.
  const slug = Array.from(
    title
      .normalize("NFC")
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, "-")
      .replace(/^-+/, ""),
  )
    .slice(0, 80)
    .join("");
  const base = slug.replace(/-+$/, "");
  return `${base === "" ? "data" : base}.csv`;
}

/**
 * Offer `text` to the user as a file download, from memory: a Blob and an object URL, no request and no
 * storage (docs/quality.md S5, S6). The URL is revoked right after the click.
 */
export function downloadText(text: string, fileName: string, type = "text/csv;charset=utf-8"): void {
  downloadBlob(new Blob([text], { type }), fileName);
}

/**
 * Offer a Blob (a drawn PNG, say) to the user as a file download, the same way as {@link downloadText}.
 */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers start the download after the click handler returns: revoke on the next task.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
