/**
 * The structure views: the county's overview, a leadership's page, and each structure question as its own
 * widget (docs/domain.md, Structure). Each is a kit widget (an `sl-root` with `lang`, an error boundary and
 * a polite live region) that reads the core's answers from the workspace it is given.
 * @module
 */
export { StructureOverview, type StructureOverviewProps } from "./structure-overview.js";
export { LeadershipPage, type LeadershipPageProps } from "./leadership-page.js";
export { CharterCompleteness, type CharterCompletenessProps } from "./charter-completeness.js";
export type { LeadershipLinkProps } from "./overview-parts.js";
export {
  FORUM_QUESTIONS,
  STRUCTURE_QUESTIONS,
  findingsOf,
  municipalityNames,
  nextStep,
  type NextStep,
  type StructureQuestionKey,
} from "./overview-model.js";
export { STRUCTURE_OVERVIEW_MESSAGES } from "./messages-overview.js";
