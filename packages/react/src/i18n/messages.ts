/**
 * Every text of the kit's own chrome, in Swedish and English (texts from the profile and the core's
 * findings arrive bilingual with the data). Each area keeps its texts beside its code (`primitives/
 * messages.ts`, `scoring/messages.ts`, …); this is their union, for hosts and tests. The kit's components
 * never read it: each area's components look their keys up in their own catalogue and the primitives'
 * (`useKitLocale(locale, SCORING_MESSAGES)`), so a page that shows one chart does not carry the meeting
 * views' texts (docs/decisions/0011-one-catalogue-per-area.md). Placeholders are `{name}` and are filled by
 * `t(key, params)` (`template.ts`); numbers are formatted by the caller through `Intl` before they are
 * passed, so the catalogue holds words only. A host may replace any entry through `LocaleProvider`'s
 * `messages` prop.
 */
import { INDICATOR_PANEL_MESSAGES } from "../indicator-panel/messages.js";
import { INDICATOR_COMPARISON_MESSAGES } from "../indicator-comparison/messages.js";
import { KOLADA_FETCH_MESSAGES } from "../kolada-fetch/messages.js";
import { CHECK_IN_MESSAGES } from "../check-ins/messages.js";
import { ACTION_PLAN_MESSAGES } from "../action-plan/messages.js";
import { ANNUAL_REPORT_MESSAGES } from "../annual-report/messages.js";
import { MEETING_VIEW_MESSAGES } from "../meetings/messages.js";
import { PRIMITIVE_MESSAGES } from "../primitives/messages.js";
import { SCORING_MESSAGES } from "../scoring/messages.js";
import { STORE_MESSAGES } from "../store/messages.js";
import { STRUCTURE_VIEW_MESSAGES } from "../structure/messages-views.js";
import { STRUCTURE_OVERVIEW_MESSAGES } from "../structure/messages-overview.js";
import { MEMBERS_EDITOR_MESSAGES } from "../structure/messages-members.js";
import { MAP_VIEW_MESSAGES } from "../system-map/messages.js";
import { TIMELINE_MESSAGES } from "../timeline/messages.js";
import { WORKBOOK_MESSAGES } from "../workbook/messages.js";
import { WORKBOOK_FORM_MESSAGES } from "../workbook/messages-forms.js";

/** The texts of each area of the kit, by area (a key must belong to one area only: a test checks it). */
export const KIT_MESSAGE_AREAS = {
  primitives: PRIMITIVE_MESSAGES,
  scoring: SCORING_MESSAGES,
  timeline: TIMELINE_MESSAGES,
  meetings: MEETING_VIEW_MESSAGES,
  systemMap: MAP_VIEW_MESSAGES,
  store: STORE_MESSAGES,
  structureViews: STRUCTURE_VIEW_MESSAGES,
  structureOverview: STRUCTURE_OVERVIEW_MESSAGES,
  structureMembers: MEMBERS_EDITOR_MESSAGES,
  workbook: WORKBOOK_MESSAGES,
  workbookForms: WORKBOOK_FORM_MESSAGES,
  indicatorPanel: INDICATOR_PANEL_MESSAGES,
  indicatorComparison: INDICATOR_COMPARISON_MESSAGES,
  koladaFetch: KOLADA_FETCH_MESSAGES,
  checkIns: CHECK_IN_MESSAGES,
  actionPlan: ACTION_PLAN_MESSAGES,
  annualReport: ANNUAL_REPORT_MESSAGES,
} as const;

/** Every text of the kit, by key. */
export const KIT_MESSAGES = {
  ...PRIMITIVE_MESSAGES,
  ...SCORING_MESSAGES,
  ...TIMELINE_MESSAGES,
  ...MEETING_VIEW_MESSAGES,
  ...MAP_VIEW_MESSAGES,
  ...STORE_MESSAGES,
  ...STRUCTURE_VIEW_MESSAGES,
  ...STRUCTURE_OVERVIEW_MESSAGES,
  ...MEMBERS_EDITOR_MESSAGES,
  ...WORKBOOK_MESSAGES,
  ...WORKBOOK_FORM_MESSAGES,
  ...INDICATOR_PANEL_MESSAGES,
  ...INDICATOR_COMPARISON_MESSAGES,
  ...KOLADA_FETCH_MESSAGES,
  ...CHECK_IN_MESSAGES,
  ...ACTION_PLAN_MESSAGES,
  ...ANNUAL_REPORT_MESSAGES,
} as const;

/** The key of a kit message. */
export type KitMessageKey = keyof typeof KIT_MESSAGES;

export type { MessageParams } from "./template.js";
