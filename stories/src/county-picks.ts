/**
 * What a story shows of the county the toolbar chose, picked from its data rather than named by id, so the same
 * story holds for every bundled county: its regional leadership, its first local one, a forum of either.
 */
import type { Workspace } from "@systemledning/core/workspace";
import type { StoryCounty } from "./story-county.js";

type Leadership = Workspace["leaderships"][number];
type Forum = Workspace["forums"][number];

/** The workspace's regional leadership, if it has one (a made-up workspace may not). */
export function findRegionalLeadership(workspace: Workspace): Leadership | undefined {
  return workspace.leaderships.find((l) => l.level === "regional");
}

/** The county's regional leadership (every bundled county has one), else its first leadership. */
export function regionalLeadership(workspace: Workspace): Leadership {
  const found = findRegionalLeadership(workspace) ?? workspace.leaderships[0];
  if (!found) throw new Error("The county's sample has no leadership.");
  return found;
}

/** The county's local leaderships, in the sample's order (none in a county led county-wide, such as Kalmar). */
export function localLeaderships(workspace: Workspace): readonly Leadership[] {
  return workspace.leaderships.filter((l) => l.level === "local");
}

/** The local leadership of the most municipalities (the first of them in the sample's order), if there is one. */
export function widestLocalLeadership(workspace: Workspace): Leadership | undefined {
  return [...localLeaderships(workspace)].sort((a, b) => b.municipalityCodes.length - a.municipalityCodes.length)[0];
}

/** The first local leadership, else the regional one: a leadership close to the municipalities. */
export function nearestLeadership(workspace: Workspace): Leadership {
  return localLeaderships(workspace)[0] ?? regionalLeadership(workspace);
}

/** The forums of a leadership, in the sample's order. */
export function forumsOf(workspace: Workspace, leadershipId: string): readonly Forum[] {
  return workspace.forums.filter((forum) => forum.leadershipId === leadershipId);
}

/** The first forum of a leadership, else the county's first forum. */
export function firstForumOf(workspace: Workspace, leadershipId: string): Forum {
  const found = forumsOf(workspace, leadershipId)[0] ?? workspace.forums[0];
  if (!found) throw new Error("The county's sample has no forum.");
  return found;
}

/** The county a play function checks against: the one the preview's loader loaded for this run. */
export function loadedCounty(context: { readonly loaded: Record<string, unknown> }): StoryCounty {
  const county = context.loaded["county"] as StoryCounty | undefined;
  if (!county) throw new Error("The story has no loaded county (stories/.storybook/preview.tsx).");
  return county;
}
