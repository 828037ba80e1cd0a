/**
 * The structure area of the kit: the county's overview, a leadership's page, and the views of the structure
 * questions (docs/domain.md, Structure), each computed by the core from a workspace on a day, with every
 * finding's status as a badge and the core's words on what to do about it.
 * @module
 */
export { SectorCoverage, type SectorCoverageProps } from "./sector-coverage.js";
export { PrincipalMandate, type PrincipalMandateProps } from "./principal-mandate.js";
export { KeyRoles, type KeyRolesProps } from "./key-roles.js";
export { Substitutes, type SubstitutesProps } from "./substitutes.js";
export { ChairRotation, type ChairRotationProps } from "./chair-rotation.js";
export { ForumMembers, type ForumMembersProps } from "./forum-members.js";
export type { StructureTargetProps, StructureViewBaseProps } from "./view-shared.js";
export { StructureOverview, type StructureOverviewProps } from "./structure-overview.js";
export { LeadershipPage, type LeadershipPageProps } from "./leadership-page.js";
export { CharterCompleteness, type CharterCompletenessProps } from "./charter-completeness.js";
export type { LeadershipLinkProps } from "./overview-parts.js";
export { findingsOf, municipalityNames, nextStep, type NextStep, type StructureQuestionKey } from "./overview-model.js";
