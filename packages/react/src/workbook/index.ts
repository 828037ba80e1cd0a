/**
 * The Metodstöd workbook: the representation checklist ({@link SectorChecklist}) and the meeting structure
 * ({@link MeetingRulesForm}), each its own widget that saves through the core's structure commands and hands the
 * change to its host (`onChange`).
 * @module
 */
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
