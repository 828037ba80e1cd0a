/**
 * `@systemledning/core/io`: deterministic JSON, CSV (RFC 4180, injection-safe) and the JSON Schema export.
 * @module
 */
export { toCanonicalJson, type CanonicalJsonOptions } from "./canonical-json.js";
export {
  csvRowStartLines,
  formatCsv,
  formatCsvRecords,
  parseCsv,
  parseCsvRecords,
  type CsvCell,
  type CsvDelimiter,
  type CsvFormatOptions,
  type CsvParseOptions,
  type CsvRecordsFormatOptions,
  type CsvTable,
} from "./csv.js";
export { profileJsonSchema, workspaceJsonSchema, type JsonSchema } from "./json-schema.js";
