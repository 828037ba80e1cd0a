/**
 * The leaf every module builds on: results, the one error class, validation issues with their Swedish and
 * English messages, orderings, ids, ISO dates and Stockholm time, text in two languages, HTML escaping.
 * Nothing here imports anything outside `common/`, and nothing here knows a feature.
 * @module
 */
export { byId, compareNumbers, compareStrings } from "./compare.js";
export {
  addDays,
  civilOf,
  dayNumberOf,
  dayNumberOfIso,
  daysInMonth,
  isoDateOf,
  isoWeekOf,
  monthStartOf,
  nthWeekdayOfMonth,
  weekdayOf,
} from "./day-numbers.js";
export { SystemledningError, isSystemledningError, type SystemledningErrorReason } from "./errors.js";
export { escapeHtml } from "./html.js";
export { compareIds, findDuplicateIds } from "./ids.js";
export { isIsoDate, isIsoDateTime, requireIsoDate } from "./iso-date.js";
export {
  ISSUE_MESSAGES,
  createIssue,
  customIssueParams,
  formatPath,
  issueWithMessage,
  type BilingualMessage,
  type CommonIssueCode,
  type IssueParams,
  type PathSegment,
  type ValidationIssue,
} from "./issues.js";
export { localize, type Locale, type LocalizedString } from "./localize.js";
export { err, ok, type Result } from "./result.js";
export {
  formatStockholmInstant,
  fromStockholm,
  stockholmDateOf,
  stockholmDayNumberOf,
  stockholmOffsetMinutes,
  summerTimeBounds,
  toStockholm,
  type StockholmDateTime,
} from "./stockholm-time.js";
