/**
 * What the stories of the structure question views share: the scope control (the county's regional leadership,
 * its first local one, or one forum, picked from the county the toolbar chose) and the made-up sample of
 * extremes, made once here since the views only read it.
 */
import type { StructureTargetProps } from "@systemledning/react";
import type { Workspace } from "@systemledning/core/workspace";
import { extremeStructureSample } from "../../../tests/fixtures/structure-views.js";
import { firstForumOf, nearestLeadership, regionalLeadership } from "../county-picks.js";

export { EXTREME, STRUCTURE_AS_OF } from "../../../tests/fixtures/structure-views.js";

/** Which part of the county a view shows. */
export type Scope = "regional" | "local" | "forum";

/** The story args of a view that shows a leadership or a forum: its scope instead of an id. */
export interface ScopeArgs {
  readonly scope: Scope;
}

/** The scope as a choice in words. */
export const SCOPE_CONTROL = {
  scope: {
    name: "Visa för (scope)",
    description: "Regionala ledningen, den första lokala ledningen eller ett av dess forum. / What the view covers.",
    control: {
      type: "radio",
      labels: { regional: "Regionala ledningen", local: "En lokal ledning", forum: "Ett forum" },
    },
    options: ["regional", "local", "forum"],
  },
} as const;

/** The leadership or forum of `scope` in the county's workspace, as the view's target props. */
export function targetIn(workspace: Workspace, scope: Scope): StructureTargetProps {
  if (scope === "regional") return { leadershipId: regionalLeadership(workspace).id };
  const leadership = nearestLeadership(workspace);
  return scope === "local" ? { leadershipId: leadership.id } : { forumId: firstForumOf(workspace, leadership.id).id };
}

/** The sample of extremes (made up): an empty leadership, a forum of 60 seats with very long names. */
export const extreme = extremeStructureSample();
