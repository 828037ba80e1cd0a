/**
 * The Metodstöd workbook: the *Metodstöd för lokal systemledning* as a guided form a local system leadership fills
 * in ({@link MetodstodWorkbook}), saving through the core's charter commands, with drafts that survive a reload;
 * within it the representation checklist ({@link SectorChecklist}) and the meeting structure
 * ({@link MeetingRulesForm}), each also its own widget that saves through the core's structure commands.
 * @module
 */
export { MetodstodWorkbook, type MetodstodWorkbookProps } from "./metodstod-workbook.js";
export type {
  WorkbookChangeContext,
  WorkbookAdoptionChangeContext,
  WorkbookCharterChangeContext,
  WorkbookCommandName,
  WorkbookFieldKey,
} from "./use-workbook.js";
export {
  createDraftStore,
  draftKey,
  type DraftStorage,
  type DraftStore,
  type DraftValue,
} from "../primitives/drafts.js";
export { WORKBOOK_MESSAGES, type WorkbookMessageKey } from "./messages.js";
export {
  SectorChecklist,
  representativesBySector,
  sectorChoiceOf,
  type SectorChecklistChangeContext,
  type SectorChecklistProps,
  type SectorChoice,
} from "./sector-checklist.js";
export { MeetingRulesForm, type MeetingRulesChangeContext, type MeetingRulesFormProps } from "./meeting-rules-form.js";
export { WORKBOOK_FORM_MESSAGES, type WorkbookFormMessageKey } from "./messages-forms.js";
