/**
 * The Metodstöd workbook: the *Metodstöd för lokal systemledning* as a guided form a local system leadership fills
 * in, saving through the core's charter commands, with drafts that survive a reload.
 * @module
 */
export { MetodstodWorkbook, type MetodstodWorkbookProps } from "./metodstod-workbook.js";
export type { WorkbookChangeContext, WorkbookCommandName, WorkbookFieldKey } from "./use-workbook.js";
export { createDraftStore, draftKey, type DraftStorage, type DraftStore, type DraftValue } from "./drafts.js";
export { WORKBOOK_MESSAGES, type WorkbookMessageKey } from "./messages.js";
