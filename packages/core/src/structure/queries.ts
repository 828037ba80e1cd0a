/**
 * What every structure question has in common: its options, its target (a forum or a leadership), the
 * checks of its arguments, and the workspace's one lookup index ({@link getWorkspaceIndex}), so that each
 * question is linear in the records it looks at.
 */
import { SystemledningError } from "../common/errors.js";
import { requireIsoDate } from "../common/iso-date.js";
import { createIssue } from "../common/issues.js";
import { getWorkspaceIndex, type WorkspaceIndex } from "../workspace/workspace-index.js";
import type { Workspace } from "../workspace/schema.js";
import { SharedFindings } from "./messages.js";
import type { Forum, Leadership, Membership } from "./schema.js";

/** Options every question over time takes. */
export interface StructureQueryOptions {
  /** The day the answer is for, `YYYY-MM-DD`. A membership is active on it when `from <= asOf` and (`to` absent or `asOf <= to`). */
  readonly asOf: string;
}

/** What a question is asked about: one forum, or a leadership (the union of its forums). */
export type StructureTarget = { readonly forumId: string } | { readonly leadershipId: string };

/**
 * Whether `membership` is active on `asOf`: it has started (`from <= asOf`) and not ended
 * (`to` absent or `asOf <= to`). Both ends are inclusive.
 *
 * @example
 * isMembershipActive({ ...m, from: "2024-01-01", to: "2024-12-31" }, "2024-12-31"); // true
 */
export function isMembershipActive(membership: Pick<Membership, "from" | "to">, asOf: string): boolean {
  return membership.from <= asOf && (membership.to === undefined || asOf <= membership.to);
}

/**
 * Whether `forum` is still running on `asOf`: it has no end, or `asOf` is on or before its last day
 * (`endedOn`). A forum that ended before `asOf` is left out of a leadership's answers on that day.
 *
 * @example
 * isForumActive({ endedOn: "2026-06-30" }, "2026-07-01"); // false
 */
export function isForumActive(forum: Pick<Forum, "endedOn">, asOf: string): boolean {
  return forum.endedOn === undefined || asOf <= forum.endedOn;
}

/**
 * The leadership's forums still running on `asOf` (by id); without `asOf`, those that have not ended at all.
 */
export function forumsOfLeadership(index: WorkspaceIndex, leadershipId: string, asOf?: string): readonly Forum[] {
  const forums = index.forumsByLeadership.get(leadershipId) ?? [];
  return forums.filter((forum) => (asOf === undefined ? forum.endedOn === undefined : isForumActive(forum, asOf)));
}

/**
 * Whether `membership` holds a seat of its own. A substitute stands in only when the member is absent,
 * so substitutes do not count towards representation.
 */
export function isSeated(membership: Membership): boolean {
  return !membership.roles.includes("substitute");
}

function invalidInput(
  path: readonly (string | number)[],
  code: "dangling_reference" | "invalid_value",
  params: Record<string, string>,
): SystemledningError {
  return new SystemledningError("invalidInput", [createIssue(path, code, params)]);
}

/**
 * Check the options of a question and return the workspace's index. Throws a {@link SystemledningError}
 * with reason `invalidInput` when `asOf` is given and is not a `YYYY-MM-DD` date.
 */
export function indexForQuestion(ws: Workspace, options: Partial<StructureQueryOptions> = {}): WorkspaceIndex {
  if ("asOf" in options) requireIsoDate(options.asOf, ["options", "asOf"]);
  return getWorkspaceIndex(ws);
}

/** The leadership with `leadershipId`, or a {@link SystemledningError} (`invalidInput`) naming the unknown id. */
export function requireLeadership(
  index: WorkspaceIndex,
  leadershipId: string,
  path: readonly (string | number)[] = ["leadershipId"],
): Leadership {
  const leadership = index.leadershipById.get(leadershipId);
  if (leadership === undefined)
    throw invalidInput(path, "dangling_reference", { id: String(leadershipId), collection: "leaderships" });
  return leadership;
}

/** The forum with `forumId`, or a {@link SystemledningError} (`invalidInput`) naming the unknown id. */
export function requireForum(
  index: WorkspaceIndex,
  forumId: string,
  path: readonly (string | number)[] = ["forumId"],
): Forum {
  const forum = index.forumById.get(forumId);
  if (forum === undefined)
    throw invalidInput(path, "dangling_reference", { id: String(forumId), collection: "forums" });
  return forum;
}

/** A target resolved to its leadership, its forums (by id) and all their memberships. */
export interface ResolvedTarget {
  readonly leadership: Leadership;
  readonly forums: readonly Forum[];
  readonly memberships: readonly Membership[];
}

/**
 * Resolve a {@link StructureTarget} on `asOf`: a forum as asked (its seats end by its last day, so after its end
 * none is active), a leadership with the forums still running on `asOf`. Unknown ids throw a
 * {@link SystemledningError} with reason `invalidInput`.
 */
export function resolveTarget(index: WorkspaceIndex, target: StructureTarget, asOf: string): ResolvedTarget {
  if ("forumId" in target && typeof target.forumId === "string") {
    const forum = requireForum(index, target.forumId, ["target", "forumId"]);
    const leadership = requireLeadership(index, forum.leadershipId, ["target", "forumId"]);
    return { leadership, forums: [forum], memberships: index.membershipsByForum.get(forum.id) ?? [] };
  }
  if ("leadershipId" in target && typeof target.leadershipId === "string") {
    const leadership = requireLeadership(index, target.leadershipId, ["target", "leadershipId"]);
    const forums = forumsOfLeadership(index, leadership.id, asOf);
    const memberships = forums.flatMap((forum) => index.membershipsByForum.get(forum.id) ?? []);
    return { leadership, forums, memberships };
  }
  throw invalidInput(["target"], "invalid_value", { allowed: "{ forumId } | { leadershipId }" });
}

// Per index, so findings are shared by every answer about one workspace and collected with it.
const sharedFindingsByIndex = new WeakMap<WorkspaceIndex, SharedFindings>();

/** The findings shared by every answer computed with `index` (made on first use). */
export function sharedFindingsOf(index: WorkspaceIndex): SharedFindings {
  let shared = sharedFindingsByIndex.get(index);
  if (shared === undefined) {
    shared = new SharedFindings();
    sharedFindingsByIndex.set(index, shared);
  }
  return shared;
}
