/**
 * What the stories of the structure question views share: their args and controls (the scope: the county's regional
 * leadership, its first local one, or one forum, picked from the county the toolbar chose), the view's data props on
 * that county, and the made-up sample of extremes, made once here since the views only read it. Each story file keeps
 * its view, title, words and stories; only what is the same logic in all of them is here.
 */
import type { StructureTargetProps } from "@systemledning/react";
import type { Workspace } from "@systemledning/core/workspace";
import { EXTREME, extremeStructureSample, STRUCTURE_AS_OF } from "../../../tests/fixtures/structure-views.js";
import { HEADING_LEVEL_CONTROL, radioControl, WIDGET_CONTROLS } from "../controls.js";
import { firstForumOf, nearestLeadership, regionalLeadership } from "../county-picks.js";
import { useStoryCounty } from "../story-county.js";

/** Which part of the county a view shows. */
export type Scope = "regional" | "local" | "forum";

/** The story args of a view that shows a leadership or a forum: its scope instead of an id. */
export interface ScopeArgs {
  readonly scope: Scope;
}

/** A view's story args: its own props but the data and the target, which the county and the scope give. */
export type ViewArgs<TProps> = Omit<TProps, "workspace" | "asOf" | "leadershipId" | "forumId"> & ScopeArgs;

/** A view story's controls: language and theme, the heading level, and the scope as a choice in words. */
export const VIEW_CONTROLS = {
  ...WIDGET_CONTROLS,
  ...HEADING_LEVEL_CONTROL,
  scope: radioControl(
    "Visa för (scope)",
    "Regionala ledningen, den första lokala ledningen eller ett av dess forum. / What the view covers.",
    ["regional", "local", "forum"],
    { regional: "Regionala ledningen", local: "En lokal ledning", forum: "Ett forum" },
  ),
};

/** The leadership or forum of `scope` in the county's workspace, as the view's target props. */
export function targetIn(workspace: Workspace, scope: Scope): StructureTargetProps {
  if (scope === "regional") return { leadershipId: regionalLeadership(workspace).id };
  const leadership = nearestLeadership(workspace);
  return scope === "local" ? { leadershipId: leadership.id } : { forumId: firstForumOf(workspace, leadership.id).id };
}

/**
 * A view's data props on the county the toolbar chose, inside its story's component: the county's workspace and day,
 * and the leadership or forum of `scope`.
 *
 * @example
 * function CountyKeyRoles({ scope, ...args }: Args) {
 *   return <KeyRoles {...args} {...useCountyView(scope)} />;
 * }
 */
export function useCountyView(scope: Scope) {
  const { workspace, asOf } = useStoryCounty();
  return { workspace, asOf, ...targetIn(workspace, scope) };
}

/** The sample of extremes (made up): an empty leadership, a forum of 60 seats with very long names. */
const extreme = extremeStructureSample();

/** A view's data props on the made-up leadership without any forum (the same in every county). */
export const ON_EMPTY_LEADERSHIP = {
  workspace: extreme,
  asOf: STRUCTURE_AS_OF,
  leadershipId: EXTREME.emptyLeadership,
} as const;

/** A view's data props on the made-up forum of 60 seats with very long names (the same in every county). */
export const ON_BIG_FORUM = { workspace: extreme, asOf: STRUCTURE_AS_OF, forumId: EXTREME.bigForum } as const;
