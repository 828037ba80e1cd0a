/**
 * The forums a view asked of a leadership goes through: those the core's leadership overview lists on the
 * day (a forum the core leaves out is left out here too), with their names; a view asked of one forum goes
 * through that forum only.
 */
import { getLeadershipOverview } from "@systemledning/core/structure";
import type { Workspace, WorkspaceIndex } from "@systemledning/core/workspace";
import type { StructureTargetProps } from "./view-shared.js";

/** A forum of a view: its id and name. */
export interface ViewForum {
  readonly forumId: string;
  readonly name: string;
}

/** The forum of `target`, or the forums of its leadership on `asOf` in the overview's order (by name). */
export function forumsOf(
  workspace: Workspace,
  index: WorkspaceIndex,
  target: StructureTargetProps,
  asOf: string,
): readonly ViewForum[] {
  if (target.forumId !== undefined)
    return [{ forumId: target.forumId, name: index.forumById.get(target.forumId)?.name ?? target.forumId }];
  return getLeadershipOverview(workspace, target.leadershipId, { asOf }).forums.map((forum) => ({
    forumId: forum.forumId,
    name: forum.name,
  }));
}
