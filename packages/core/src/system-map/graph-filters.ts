/**
 * The filters of `getSystemGraph`, read once from its options: which leaderships and forums a view draws,
 * and which of the nodes drawn the graph keeps. An absent filter is `null` and lets everything through; an
 * empty one lets nothing through.
 */
import type { Forum, ForumComposition, Leadership } from "../structure/schema.js";
import type { SystemLevel, SystemNode } from "./model.js";

/** The options the filters are read from (see `SystemGraphOptions` for what each means). */
export interface GraphFilterOptions {
  readonly levels?: readonly string[];
  readonly municipalityCodes?: readonly string[];
  readonly sectorIds?: readonly string[];
  readonly forumCompositions?: readonly ForumComposition[];
  readonly leadershipIds?: readonly string[];
}

/** The filters as sets, `null` where the option is absent. */
export interface GraphFilters {
  /** Keys of the view's levels. */
  readonly levels: ReadonlySet<string> | null;
  readonly municipalityCodes: ReadonlySet<string> | null;
  readonly sectorIds: ReadonlySet<string> | null;
  readonly forumCompositions: ReadonlySet<string> | null;
  readonly leadershipIds: ReadonlySet<string> | null;
}

const setOf = <T extends string>(values: readonly T[] | undefined): ReadonlySet<string> | null =>
  values === undefined ? null : new Set<string>(values);

/** Read the filters of `options`. */
export function readFilters(options: GraphFilterOptions): GraphFilters {
  return {
    levels: setOf(options.levels),
    municipalityCodes: setOf(options.municipalityCodes),
    sectorIds: setOf(options.sectorIds),
    forumCompositions: setOf(options.forumCompositions),
    leadershipIds: setOf(options.leadershipIds),
  };
}

/** Whether a forum filter is set: then a leadership none of whose forums passes is left out. */
export function hasForumFilter(filters: GraphFilters): boolean {
  return filters.forumCompositions !== null || filters.sectorIds !== null;
}

/** Whether the leadership is drawn: one of the leaderships asked for, covering one of the places asked for (its region counts). */
export function leadershipPasses(filters: GraphFilters, leadership: Leadership): boolean {
  const { leadershipIds, municipalityCodes } = filters;
  return (
    (leadershipIds === null || leadershipIds.has(leadership.id)) &&
    (municipalityCodes === null ||
      municipalityCodes.has(leadership.regionCode) ||
      leadership.municipalityCodes.some((code) => municipalityCodes.has(code)))
  );
}

/** Whether the forum's composition is one asked for. */
export function compositionPasses(filters: GraphFilters, forum: Forum): boolean {
  return filters.forumCompositions === null || filters.forumCompositions.has(forum.composition);
}

/** Whether a forum about these sectors (required, co-opted or represented) is about one asked for. */
export function forumSectorsPass(filters: GraphFilters, sectorIds: readonly string[]): boolean {
  const wanted = filters.sectorIds;
  return wanted === null || sectorIds.some((id) => wanted.has(id));
}

/**
 * Whether the graph keeps a node: on one of the levels asked for, and concerning one of the places and one
 * of the sectors asked for. A node with no codes (or no sectors) is of no place (or sector) in particular,
 * such as a sector or a national agency, and stays.
 */
export function keepsNode(filters: GraphFilters, node: SystemNode, levels: readonly SystemLevel[]): boolean {
  const { levels: levelKeys, municipalityCodes, sectorIds } = filters;
  if (levelKeys !== null && !levelKeys.has(levels[node.level]?.key ?? "")) return false;
  const codes = node.municipalityCodes;
  if (municipalityCodes !== null && codes.length > 0 && !codes.some((code) => municipalityCodes.has(code)))
    return false;
  if (sectorIds !== null && node.sectorIds.length > 0 && !node.sectorIds.some((id) => sectorIds.has(id))) return false;
  return true;
}
