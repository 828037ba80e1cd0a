/**
 * The structure area of the kit: the views of the structure questions (docs/domain.md, Structure), each
 * computed by the core from a workspace on a day, with every finding's status as a badge and the core's
 * words on what to do about it.
 * @module
 */
export { SectorCoverage, type SectorCoverageProps } from "./sector-coverage.js";
export { PrincipalMandate, type PrincipalMandateProps } from "./principal-mandate.js";
export { KeyRoles, type KeyRolesProps } from "./key-roles.js";
export { Substitutes, type SubstitutesProps } from "./substitutes.js";
export { ChairRotation, type ChairRotationProps } from "./chair-rotation.js";
export { ForumMembers, type ForumMembersProps } from "./forum-members.js";
export type { StructureTargetProps, StructureViewBaseProps } from "./view-shared.js";
