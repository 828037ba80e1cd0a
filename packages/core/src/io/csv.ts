/**
 * CSV after RFC 4180, safe to open in a spreadsheet.
 *
 * Export quotes a field when it holds the delimiter, a quote, CR or LF (a quote inside is doubled), ends
 * every record with CRLF, and defuses formula injection: a text cell that starts with `=`, `+`, `-`, `@`,
 * tab or CR gets a leading `'`, which spreadsheets read as "this is text". Import parses RFC 4180 and
 * undoes exactly that escaping, so `parseCsv(formatCsv(rows))` gives back the same strings for any text.
 */
import { SystemledningError } from "../common/errors.js";
import { createIssue, type CommonIssueCode, type ValidationIssue } from "../common/issues.js";

/** A value of a cell. Numbers and booleans are written as text; `null` and `undefined` as an empty cell. */
export type CsvCell = string | number | boolean | null | undefined;

/** The field separator: `,` after RFC 4180, or `;` as Swedish spreadsheets expect. */
export type CsvDelimiter = "," | ";";

/** Options of {@link formatCsv} and {@link formatCsvRecords}. */
export interface CsvFormatOptions {
  /** The field separator. @default "," */
  readonly delimiter?: CsvDelimiter;
  /** Start the text with a UTF-8 byte order mark, so that Excel reads å, ä and ö correctly. @default false */
  readonly byteOrderMark?: boolean;
  /**
   * Write numbers with a decimal comma (`2,5`), as a spreadsheet in Swedish reads them; use it with the `;`
   * delimiter. Numbers stay numbers: a negative one is never taken for a formula. @default false
   */
  readonly decimalComma?: boolean;
}

/** Options of {@link formatCsvRecords}. */
export interface CsvRecordsFormatOptions extends CsvFormatOptions {
  /** The columns, in order; other keys of the records are left out. @default every key of the records, in the order first seen */
  readonly columns?: readonly string[];
}

/** Options of {@link parseCsv} and {@link parseCsvRecords}. */
export interface CsvParseOptions {
  /** The field separator. @default "," */
  readonly delimiter?: CsvDelimiter;
}

/** A CSV text read with its header row: the column names in order and one record per data row. */
export interface CsvTable {
  /** The column names of the header row, in order. */
  readonly header: readonly string[];
  /** One record per data row, keyed by column name. */
  readonly records: readonly Readonly<Record<string, string>>[];
}

const LINE_END = "\r\n";
const BYTE_ORDER_MARK = "\uFEFF";
/**
 * Cells a spreadsheet would run as a formula get a leading `'`. Cells that already start with quotes before
 * such a character get one more, so that import can remove exactly one and never touch other text.
 */
const NEEDS_FORMULA_GUARD = /^'*[=+\-@\t\r]/;
const HAS_FORMULA_GUARD = /^'+[=+\-@\t\r]/;

/** Defuse formula injection: `=SUM(A1)` becomes `'=SUM(A1)`. Inverse of {@link removeFormulaGuard}. */
function addFormulaGuard(text: string): string {
  return NEEDS_FORMULA_GUARD.test(text) ? `'${text}` : text;
}

/** Undo {@link addFormulaGuard}: `'=SUM(A1)` becomes `=SUM(A1)`; `'hej` stays `'hej`. */
function removeFormulaGuard(text: string): string {
  return HAS_FORMULA_GUARD.test(text) ? text.slice(1) : text;
}

function cellText(cell: CsvCell, row: number, column: number, decimalComma = false): string {
  if (cell === null || cell === undefined) return "";
  if (typeof cell === "string") return addFormulaGuard(cell);
  if (typeof cell === "boolean") return cell ? "true" : "false";
  // A number cannot carry a formula, so `-5` stays a number in the spreadsheet.
  if (Number.isFinite(cell)) return decimalComma ? String(cell).replace(".", ",") : String(cell);
  throw new SystemledningError("invalidInput", [
    createIssue([row, column], "invalid_type", { expected: "finite number", received: String(cell) }),
  ]);
}

function quoteIfNeeded(text: string, delimiter: CsvDelimiter): string {
  // A field that starts with a byte order mark is quoted so that import, which drops a leading BOM, keeps it.
  const needsQuotes = text.includes(delimiter) || /["\r\n]/.test(text) || text.startsWith(BYTE_ORDER_MARK);
  return needsQuotes ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * Write rows of cells as CSV: RFC 4180 quoting, CRLF after every record, formula cells defused.
 * A row of one empty cell is written `""`, so no line is blank; a row with no cells reads back as one empty cell.
 * Throws a {@link SystemledningError} (`invalidInput`) for a number that is not finite, naming `[row][column]`.
 *
 * @example
 * formatCsv([["Forum", "Ordförande"], ["LCHNV", "=HYPERLINK(\"x\")"]])
 * // 'Forum,Ordförande\r\nLCHNV,"\'=HYPERLINK(""x"")"\r\n'
 */
export function formatCsv(rows: readonly (readonly CsvCell[])[], options: CsvFormatOptions = {}): string {
  const delimiter = options.delimiter ?? ",";
  const decimalComma = options.decimalComma === true;
  const lines = rows.map((row, r) => {
    if (row.length === 1 && cellText(row[0], r, 0) === "") return '""';
    return row.map((cell, c) => quoteIfNeeded(cellText(cell, r, c, decimalComma), delimiter)).join(delimiter);
  });
  const body = lines.map((line) => line + LINE_END).join("");
  return options.byteOrderMark === true ? BYTE_ORDER_MARK + body : body;
}

/**
 * Write records as CSV with a header row of column names. Missing values are empty cells.
 *
 * @example
 * formatCsvRecords([{ name: "Falun", code: "2080" }], { delimiter: ";" })
 * // 'name;code\r\nFalun;2080\r\n'
 */
export function formatCsvRecords(
  records: readonly Readonly<Record<string, CsvCell>>[],
  options: CsvRecordsFormatOptions = {},
): string {
  const columns = options.columns ?? collectColumns(records);
  const rows: CsvCell[][] = [columns.slice()];
  for (const record of records)
    rows.push(columns.map((column) => (Object.hasOwn(record, column) ? record[column] : undefined)));
  return formatCsv(rows, options);
}

function collectColumns(records: readonly Readonly<Record<string, CsvCell>>[]): string[] {
  const seen = new Set<string>();
  for (const record of records) for (const key of Object.keys(record)) seen.add(key);
  return [...seen];
}

/** 1-based line and column of a character, counting CRLF, CR and LF each as one line end. */
function positionOf(text: string, index: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < index; i++) {
    const c = text[i];
    if (c === "\n" || (c === "\r" && text[i + 1] !== "\n")) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: index - lineStart + 1 };
}

function syntaxError(
  text: string,
  index: number,
  code: CommonIssueCode,
  row: number,
  field: number,
): SystemledningError {
  const { line, column } = positionOf(text, index);
  return new SystemledningError("invalidInput", [createIssue([row, field], code, { line, column })]);
}

/**
 * Read CSV text into rows of strings. Accepts RFC 4180 (quoted fields with doubled quotes, CR, LF and
 * delimiters inside), CRLF, LF or CR line ends, a missing final line end and a leading byte order mark; a
 * final line end does not start an empty row, and blank lines at the end are ignored (a blank line elsewhere
 * is a row of one empty field; a quoted `""` is always one). Undoes the formula guard of {@link formatCsv}.
 * Throws a {@link SystemledningError} (`invalidInput`) for an unclosed quote or a stray quote; the issue's
 * path is `[row][field]` and its params hold the 1-based `line` and `column` in the text.
 *
 * @example
 * parseCsv('Forum,Kommentar\r\nLCHNV,"Sa ""ja""\r\ntill förslaget"\r\n')
 * // [["Forum", "Kommentar"], ["LCHNV", 'Sa "ja"\r\ntill förslaget']]
 */
export function parseCsv(text: string, options: CsvParseOptions = {}): string[][] {
  const delimiter = options.delimiter ?? ",";
  const n = text.length;
  let i = text.startsWith(BYTE_ORDER_MARK) ? 1 : 0;
  const rows: string[][] = [];
  // Blank lines at the end (an editor's or a spreadsheet's) are no rows: formatCsv never writes a blank line,
  // since it writes a row of one empty cell as "", so a blank line is never data.
  let trailingBlankLines = 0;
  while (i < n) {
    if (text[i] === "\r" || text[i] === "\n") trailingBlankLines++;
    else trailingBlankLines = 0;
    const row: string[] = [];
    for (;;) {
      let value: string;
      if (text[i] === '"') {
        const opening = i;
        const parts: string[] = [];
        let segmentStart = ++i;
        for (;;) {
          const quote = text.indexOf('"', i);
          if (quote === -1) throw syntaxError(text, opening, "csv_unterminated_quote", rows.length, row.length);
          if (text[quote + 1] === '"') {
            parts.push(text.slice(segmentStart, quote + 1));
            i = segmentStart = quote + 2;
            continue;
          }
          parts.push(text.slice(segmentStart, quote));
          i = quote + 1;
          break;
        }
        if (i < n && text[i] !== delimiter && text[i] !== "\r" && text[i] !== "\n") {
          throw syntaxError(text, i - 1, "csv_invalid_quote", rows.length, row.length);
        }
        value = parts.join("");
      } else {
        let end = i;
        while (end < n) {
          const c = text[end];
          if (c === delimiter || c === "\r" || c === "\n") break;
          if (c === '"') throw syntaxError(text, end, "csv_invalid_quote", rows.length, row.length);
          end++;
        }
        value = text.slice(i, end);
        i = end;
      }
      row.push(removeFormulaGuard(value));
      if (i < n && text[i] === delimiter) {
        i++;
        continue;
      }
      break;
    }
    rows.push(row);
    if (text[i] === "\r") i++;
    if (text[i] === "\n") i++;
  }
  rows.length -= trailingBlankLines;
  return rows;
}

/**
 * Read CSV text whose first row names the columns. Every data row must have as many fields as the header
 * and the column names must be unique; otherwise a {@link SystemledningError} (`invalidInput`) lists each
 * problem row (path `[row]`, params `line`, `expected`, `received`).
 *
 * @example
 * parseCsvRecords("kod;namn\r\n2080;Falun\r\n", { delimiter: ";" }).records // [{ kod: "2080", namn: "Falun" }]
 */
export function parseCsvRecords(text: string, options: CsvParseOptions = {}): CsvTable {
  const rows = parseCsv(text, options);
  const header = rows[0] ?? [];
  const issues: ValidationIssue[] = [];
  const seen = new Set<string>();
  header.forEach((name, field) => {
    if (seen.has(name)) issues.push(createIssue([0, field], "csv_duplicate_header", { value: name, line: 1 }));
    seen.add(name);
  });
  const lines = csvRowStartLines(text, rows.length);
  const records: Record<string, string>[] = [];
  for (let r = 1; r < rows.length; r++) {
    const row = rows[r]!;
    if (row.length !== header.length) {
      issues.push(
        createIssue([r], "csv_field_count", { line: lines[r] ?? r + 1, expected: header.length, received: row.length }),
      );
      continue;
    }
    // fromEntries defines own properties, so a column named "__proto__" is kept as data.
    records.push(Object.fromEntries(header.map((name, field) => [name, row[field]!])));
  }
  if (issues.length > 0) throw new SystemledningError("invalidInput", issues);
  return { header, records };
}

/**
 * The 1-based line on which each row of CSV `text` starts, for messages that point a person at a line: line
 * ends inside quoted fields count as lines, as an editor shows them. Meant for text that already parsed
 * (quotes balance); stops after `rowCount` rows.
 *
 * @example
 * csvRowStartLines('a,b\n"x\ny",1\nz,2\n'); // [1, 2, 4, 5]
 */
export function csvRowStartLines(text: string, rowCount: number = Number.POSITIVE_INFINITY): number[] {
  const starts: number[] = [1];
  let line = 1;
  let quoted = false;
  for (let i = text.startsWith(BYTE_ORDER_MARK) ? 1 : 0; i < text.length && starts.length < rowCount; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (c === "\r" || c === "\n") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      line++;
      if (!quoted) starts.push(line);
    }
  }
  return starts;
}
