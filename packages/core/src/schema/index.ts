/**
 * The zod building blocks of every module's schemas (not a public entry of its own: the workspace entry
 * re-exports the primitives).
 * @module
 */
export { defineSchema, ensureJitlessZod } from "./define-schema.js";
export {
  Ext,
  Id,
  IsoDate,
  IsoDateTime,
  JsonValue,
  LocalizedText,
  LONG_TEXT_MAX,
  LongText,
  OfficialCode,
  SHORT_TEXT_MAX,
  ShortText,
} from "./primitives.js";
export { fromZodIssues } from "./zod-issues.js";
