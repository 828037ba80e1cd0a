/**
 * `@systemledning/core/structure`: organisations, people, leaderships, forums, memberships, charters and
 * the questions users ask of them (coverage, mandates, key roles, chair rotation, charter completeness).
 * @module
 */
export * from "./schema.js";
export { validateStructureReferences } from "./references.js";
export { STRUCTURE_ISSUE_MESSAGES, createStructureIssue, type StructureIssueCode } from "./issues.js";

// The questions users ask (docs/domain.md, Structure). Each takes the workspace, its target and `{ asOf }`;
// an unknown target id throws SystemledningError with reason "invalidInput", as does an `asOf` that is not a date.
// They share the workspace's one index (getWorkspaceIndex, in @systemledning/core/workspace).
export { isMembershipActive, isSeated, type StructureQueryOptions, type StructureTarget } from "./queries.js";
export {
  principalKeyOf,
  principalKeysOf,
  type PrincipalKey,
  type PrincipalKind,
  type PrincipalRecord,
} from "./principals.js";
export {
  CHARTER_SECTION_NAMES,
  FORUM_COMPOSITION_NAMES,
  MEMBERSHIP_ROLE_NAMES,
  STRUCTURE_MESSAGES,
  STRUCTURE_STATUS_RANK,
  createFinding,
  worseStatus,
  worstStatus,
  type CharterTemplateSection,
  type StructureFinding,
  type StructureMessageParams,
  type StructureReasonCode,
  type StructureStatus,
} from "./messages.js";
export {
  getSectorCoverage,
  type CoOptedSectorItem,
  type RequiredSectorItem,
  type SectorCoverage,
  type SectorCoverageItem,
} from "./sector-coverage.js";
export {
  getPrincipalMandateCoverage,
  type PrincipalMandateCoverage,
  type PrincipalMandateItem,
  type PrincipalRepresentation,
} from "./principal-coverage.js";
export { getKeyRoleStatus, type KeyRoleItem, type KeyRoleStatus, type RoleHolder } from "./key-roles.js";
export {
  getMandateHoldersWithoutSubstitute,
  type MandateHoldersWithoutSubstitute,
  type OrphanedSubstituteItem,
  type SubstituteAnswerItem,
} from "./substitutes.js";
export { getForumKindCoverage, type ForumKindCoverage, type ForumKindItem } from "./forum-kinds.js";
export { getChairRotation, type ChairPrincipal, type ChairRotation, type ChairTerm } from "./chair-rotation.js";
export {
  CHARTER_TEMPLATE_SECTIONS,
  currentCharterOf,
  getCharterCompleteness,
  type CharterCompleteness,
  type CharterItem,
  type CharterQuestionItem,
  type CharterSectionItem,
} from "./charter-completeness.js";
export {
  getAllLeadershipOverviews,
  getLeadershipOverview,
  type ForumOverview,
  type ForumSummary,
  type LeadershipOverview,
  type LeadershipSummary,
} from "./overview.js";

// The commands (docs/domain.md, Structure): each takes the workspace and an intent and returns a Result with a
// new workspace, or a SystemledningError (invalidInput) whose issues have paths into the intent. Pure: the
// input is never mutated, and the result always passes the workspace's door.
export * from "./schema-intents.js";
export { addMembership, addOrganisation, addPerson, endMembership, setSubstitute } from "./commands.js";
export { slugOf, type StructureCommandResult } from "./commands-support.js";
export {
  addForum,
  endForum,
  renameForum,
  setForumChairRule,
  setForumComposition,
  setForumMeetingRules,
  setForumSectors,
} from "./commands-forum.js";
export {
  adoptCharter,
  adoptDefaultPrinciples,
  adoptDefaultTasks,
  answerCharterQuestion,
  clearCharterAnswer,
  setCharterPrinciples,
  setCharterTasks,
  setCharterText,
} from "./commands-charter.js";

// The charter (the *överenskommelse*) as a document, and the Metodstöd's parts in order (the workbook's sections).
export { CHARTER_PARTS, type CharterListField, type CharterPart, type CharterTextField } from "./charter-parts.js";
export { formatCharterHtml, type CharterHtmlOptions } from "./charter-document.js";
export { CHARTER_STYLES } from "./charter-styles.js";
export { meetingRulesInWords } from "./charter-rule-words.js";
