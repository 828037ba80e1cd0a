export { escapeHtml } from "./html.js";
export { SystemledningError, isSystemledningError, type SystemledningErrorReason } from "./errors.js";
export {
  ISSUE_MESSAGES,
  createIssue,
  customIssueParams,
  formatPath,
  issueWithMessage,
  type BilingualMessage,
  type CommonIssueCode,
  type IssueCode,
  type IssueParams,
  type PathSegment,
  type ValidationIssue,
} from "./issues.js";
export { Ext, Id, IsoDate, IsoDateTime, JsonValue, LocalizedText, LongText, OfficialCode, ShortText, localize } from "./primitives.js";
export { err, ok, type Result } from "./result.js";
