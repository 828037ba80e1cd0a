/**
 * The annual report (*årsrapport*): assembled from a workspace as plain data following the table of contents
 * of *Regional årsrapport 2025*, and rendered to an accessible, print-ready HTML document or to Markdown.
 * @module
 */
export { assembleAnnualReport } from "./assemble.js";
export {
  AnnualReportOptions,
  AnnualReportRecord,
  AnnualReportTexts,
  ReportParagraphsInput,
  SetAnnualReportTextsIntent,
  parseAnnualReportOptions,
} from "./schema.js";
export {
  getAnnualReportTexts,
  setAnnualReportTexts,
  validateAnnualReportReferences,
  type AnnualReportCommandResult,
} from "../commands-report.js";
export { NO_DATA_REASONS, PLAN_STATUS_LABELS, REPORT_HEADINGS } from "./labels.js";
export {
  escapeMarkdown,
  formatChange,
  formatDate,
  formatNumber,
  formatPercent,
  pick as pickReportText,
  type ReportLocale,
} from "./format.js";
/** The report's own words (table headers, captions, labels), shared by the HTML renderer and the kit's page. */
export { HTML_WORDS as REPORT_WORDS } from "./render-html-shared.js";
export { renderAnnualReportHtml, type RenderReportOptions } from "./render-html.js";
export { renderAnnualReportMarkdown } from "./render-markdown.js";
export { REPORT_STYLES } from "./styles.js";
export type * from "./types.js";
