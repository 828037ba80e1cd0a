/**
 * Checks of ISO 8601 dates and instants without a schema library, for the arguments of pure functions
 * (`asOf`, a `dtstamp`): they accept exactly what the schemas' `IsoDate` and `IsoDateTime` accept
 * (a test compares them), so a function's own check never disagrees with the door's.
 */
import { SystemledningError } from "./errors.js";
import { createIssue, type PathSegment } from "./issues.js";

// A real calendar day: months of 30 and 31 days, and 29 February only in a leap year (Gregorian rules).
const DATE =
  "(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))";
const ISO_DATE = new RegExp(`^${DATE}$`);
// Seconds are required with `Z` or an offset (RFC 3339); fractions of a second are optional.
const ISO_DATE_TIME = new RegExp(
  `^${DATE}T(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d+)?(?:Z|[+-](?:[01]\\d|2[0-3]):[0-5]\\d)$`,
);

/**
 * Whether `value` is a calendar date `YYYY-MM-DD` that exists.
 *
 * @example
 * isIsoDate("2024-02-29") // true
 * isIsoDate("2025-02-29") // false
 */
export function isIsoDate(value: unknown): value is string {
  return typeof value === "string" && ISO_DATE.test(value);
}

/**
 * Whether `value` is an ISO 8601 instant with seconds and `Z` or an offset, e.g. `2025-03-14T09:00:00+01:00`.
 *
 * @example
 * isIsoDateTime("2025-03-14T09:00:00+01:00") // true
 * isIsoDateTime("2025-03-14T09:00") // false: no seconds, no offset
 */
export function isIsoDateTime(value: unknown): value is string {
  return typeof value === "string" && ISO_DATE_TIME.test(value);
}

/**
 * `value` when it is a `YYYY-MM-DD` date; else a {@link SystemledningError} (`invalidInput`) with an
 * `invalid_format` issue at `path`, in Swedish and English.
 *
 * @example
 * requireIsoDate(options.asOf, ["options", "asOf"]);
 */
export function requireIsoDate(value: unknown, path: readonly PathSegment[]): string {
  if (!isIsoDate(value))
    throw new SystemledningError("invalidInput", [createIssue(path, "invalid_format", { format: "date" })]);
  return value;
}
