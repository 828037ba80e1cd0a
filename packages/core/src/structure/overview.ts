/**
 * The leadership overview: every structure question for one leadership and each of its forums, with a
 * summary status per question, as the dashboard shows it.
 */
import type { IsoDate } from "../schema/primitives.js";
import type { Workspace } from "../workspace/schema.js";
import { computeChairRotation, type ChairRotation } from "./chair-rotation.js";
import { computeCharterCompleteness, type CharterCompleteness } from "./charter-completeness.js";
import { computeForumKindCoverage, type ForumKindCoverage } from "./forum-kinds.js";
import { computeKeyRoleStatus, type KeyRoleStatus } from "./key-roles.js";
import { worstStatus, type StructureStatus } from "./messages.js";
import { computePrincipalMandateCoverage, type PrincipalMandateCoverage } from "./principal-coverage.js";
import type { ForumComposition, Forum, Leadership, LeadershipLevel } from "./schema.js";
import { computeSectorCoverage, type SectorCoverage } from "./sector-coverage.js";
import { compareIds } from "../common/ids.js";
import { forumsOfLeadership, requireLeadership, indexForQuestion, type StructureQueryOptions } from "./queries.js";
import type { WorkspaceIndex } from "../workspace/workspace-index.js";
import { computeMandateHoldersWithoutSubstitute, type MandateHoldersWithoutSubstitute } from "./substitutes.js";

/** Summary status of each question asked of a forum. */
export interface ForumSummary {
  readonly sectorCoverage: StructureStatus;
  readonly principalMandates: StructureStatus;
  readonly keyRoles: StructureStatus;
  readonly substitutes: StructureStatus;
  readonly chairRotation: StructureStatus;
}

/** Summary status of each question asked of a leadership. */
export interface LeadershipSummary extends ForumSummary {
  readonly forumKinds: StructureStatus;
  readonly charter: StructureStatus;
}

/** Every question asked of one forum. */
export interface ForumOverview {
  readonly forumId: string;
  readonly name: string;
  readonly composition: ForumComposition;
  /** The worst of the summary statuses. */
  readonly status: StructureStatus;
  readonly summary: ForumSummary;
  readonly sectorCoverage: SectorCoverage;
  readonly principalMandates: PrincipalMandateCoverage;
  readonly keyRoles: KeyRoleStatus;
  readonly substitutes: MandateHoldersWithoutSubstitute;
  readonly chairRotation: ChairRotation;
}

/** Every question asked of one leadership, and of each of its forums. */
export interface LeadershipOverview {
  readonly leadershipId: string;
  readonly name: string;
  readonly level: LeadershipLevel;
  readonly asOf: IsoDate;
  /** The worst of the summary statuses. */
  readonly status: StructureStatus;
  /**
   * Per question: coverage, mandates and substitutes over the union of the forums; key roles and chair
   * rotation as the worst of the forums (`missing` and `info` respectively when there is no forum).
   */
  readonly summary: LeadershipSummary;
  readonly sectorCoverage: SectorCoverage;
  readonly principalMandates: PrincipalMandateCoverage;
  readonly substitutes: MandateHoldersWithoutSubstitute;
  readonly forumKinds: ForumKindCoverage;
  readonly charter: CharterCompleteness;
  /** The leadership's forums, ordered by name (Swedish collation), then id. */
  readonly forums: readonly ForumOverview[];
}

let collator: Intl.Collator | undefined;
const byName = (
  a: { readonly name: string; readonly id: string },
  b: { readonly name: string; readonly id: string },
): number => {
  collator ??= new Intl.Collator("sv");
  return collator.compare(a.name, b.name) || compareIds(a.id, b.id);
};

function forumOverview(index: WorkspaceIndex, leadership: Leadership, forum: Forum, asOf: IsoDate): ForumOverview {
  const target = { forumId: forum.id };
  const resolved = { leadership, forums: [forum], memberships: index.membershipsByForum.get(forum.id) ?? [] };
  const sectorCoverage = computeSectorCoverage(index, target, resolved, asOf);
  const principalMandates = computePrincipalMandateCoverage(index, target, resolved, asOf);
  const keyRoles = computeKeyRoleStatus(index, forum, asOf);
  const substitutes = computeMandateHoldersWithoutSubstitute(index, target, resolved, asOf);
  const chairRotation = computeChairRotation(index, forum, asOf);
  const summary: ForumSummary = {
    sectorCoverage: sectorCoverage.status,
    principalMandates: principalMandates.status,
    keyRoles: keyRoles.status,
    substitutes: substitutes.status,
    chairRotation: chairRotation.status,
  };
  return {
    forumId: forum.id,
    name: forum.name,
    composition: forum.composition,
    status: worstStatus(Object.values(summary)),
    summary,
    sectorCoverage,
    principalMandates,
    keyRoles,
    substitutes,
    chairRotation,
  };
}

function leadershipOverview(index: WorkspaceIndex, leadership: Leadership, asOf: IsoDate): LeadershipOverview {
  // A forum that ended before `asOf` is history: the leadership's answers on that day leave it out.
  const forums = [...forumsOfLeadership(index, leadership.id, asOf)].sort(byName);
  const target = { leadershipId: leadership.id };
  const resolved = { leadership, forums, memberships: forums.flatMap((f) => index.membershipsByForum.get(f.id) ?? []) };
  const forumOverviews = forums.map((forum) => forumOverview(index, leadership, forum, asOf));
  // A leadership with one forum (most local ones) has that forum's answers; only the target differs.
  const only = forumOverviews.length === 1 ? forumOverviews[0] : undefined;
  const sectorCoverage = only
    ? { ...only.sectorCoverage, target }
    : computeSectorCoverage(index, target, resolved, asOf);
  const principalMandates = only
    ? { ...only.principalMandates, target }
    : computePrincipalMandateCoverage(index, target, resolved, asOf);
  const substitutes = only
    ? { ...only.substitutes, target }
    : computeMandateHoldersWithoutSubstitute(index, target, resolved, asOf);
  const forumKinds = computeForumKindCoverage(index, leadership, asOf);
  const charter = computeCharterCompleteness(index, leadership);
  const noForums = forumOverviews.length === 0;
  const summary: LeadershipSummary = {
    sectorCoverage: sectorCoverage.status,
    principalMandates: principalMandates.status,
    // With no forum no one holds a key role at all; the missing forums themselves show in forumKinds.
    keyRoles: noForums ? "missing" : worstStatus(forumOverviews.map((f) => f.summary.keyRoles)),
    substitutes: substitutes.status,
    chairRotation: noForums ? "info" : worstStatus(forumOverviews.map((f) => f.summary.chairRotation)),
    forumKinds: forumKinds.status,
    charter: charter.status,
  };
  return {
    leadershipId: leadership.id,
    name: leadership.name,
    level: leadership.level,
    asOf,
    status: worstStatus(Object.values(summary)),
    summary,
    sectorCoverage,
    principalMandates,
    substitutes,
    forumKinds,
    charter,
    forums: forumOverviews,
  };
}

/**
 * Every structure question for one leadership on `asOf`: representation, principal mandates,
 * substitutes (over the union of its forums), forum kinds, charter completeness, and for each forum its
 * own coverage, mandates, key roles, substitutes and chair rotation. `summary` holds one status per
 * question and `status` the worst of them.
 *
 * @throws {SystemledningError} with reason `invalidInput` when the leadership id is unknown or `asOf` is not a date.
 * @example
 * const overview = getLeadershipOverview(ws, "falun", { asOf: "2025-06-01" });
 * overview.summary.principalMandates; // "ok" | "info" | "warning" | "missing"
 */
export function getLeadershipOverview(
  ws: Workspace,
  leadershipId: string,
  options: StructureQueryOptions,
): LeadershipOverview {
  const index = indexForQuestion(ws, options);
  return leadershipOverview(index, requireLeadership(index, leadershipId), options.asOf);
}

/**
 * {@link getLeadershipOverview} for every leadership of the workspace, sharing one index, ordered by
 * name (Swedish collation), then id. Linear in the size of the workspace.
 *
 * @throws {SystemledningError} with reason `invalidInput` when `asOf` is not a date.
 * @example
 * const overviews = getAllLeadershipOverviews(ws, { asOf: "2025-06-01" });
 * overviews.filter((o) => o.status === "missing").map((o) => o.name);
 */
export function getAllLeadershipOverviews(ws: Workspace, options: StructureQueryOptions): LeadershipOverview[] {
  const index = indexForQuestion(ws, options);
  return [...ws.leaderships].sort(byName).map((leadership) => leadershipOverview(index, leadership, options.asOf));
}
