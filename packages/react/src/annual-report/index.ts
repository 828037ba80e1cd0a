/**
 * The annual report (*årsrapport*) as a page ({@link AnnualReport}): the report the core assembles, its texts
 * editable and saved in the workspace, downloads as HTML and Markdown and a print stylesheet for PDF.
 * @module
 */
export { AnnualReport, type AnnualReportProps } from "./annual-report.js";
export type { AnnualReportChangeContext, AnnualReportTextField } from "./use-text-save.js";
export { ANNUAL_REPORT_MESSAGES, type AnnualReportMessageKey } from "./messages.js";
