/**
 * The hierarchy view's part of the graph: each principal (a region or a municipality) with the bodies under
 * it, from council to committee to administration to operation, and the lines of the hierarchy between them.
 */
import type { Organisation } from "../structure/schema.js";
import { principalKeyOf, type PrincipalKey } from "../structure/principals.js";
import type { GraphBuilder } from "./graph-builder.js";
import type { RecordNodes } from "./record-nodes.js";
import type { HierarchyLevel } from "./schema.js";
import type { ViewContext } from "./view-context.js";

/**
 * Add every organisation within a principal (with `leadershipIds`, only within those leaderships'
 * principals) and a `hierarchy` edge from each body's parent to it. In the hierarchy view a principal stands
 * on the top level, a body on its tier's level, a body without a tier one level below its parent; in a
 * perspective, which has a placement, each stands where the placement rules put it. People are not drawn.
 *
 * @example
 * addHierarchyView(graph, createRecordNodes(graph, context), context);
 */
export function addHierarchyView(graph: GraphBuilder, records: RecordNodes, context: ViewContext): void {
  const included = organisationsWithin(context, selectedPrincipals(context));
  const levelOf = context.placement === null ? hierarchyLevels(context.settings.hierarchyLevels, included) : null;
  for (const organisation of included.values()) records.organisation(organisation, levelOf?.(organisation));
  for (const organisation of included.values()) {
    const parentId = organisation.parentId;
    if (parentId === undefined || parentId === organisation.id || !included.has(parentId)) continue;
    graph.addEdge("hierarchy", records.organisation(included.get(parentId)!), records.organisation(organisation));
  }
}

/** The principals of the leaderships asked for; `null` when every principal is. */
function selectedPrincipals(context: ViewContext): Set<PrincipalKey> | null {
  const leadershipIds = context.filters.leadershipIds;
  if (leadershipIds === null) return null;
  const selected = new Set<PrincipalKey>();
  for (const id of leadershipIds)
    for (const principal of context.index.principalsByLeadership.get(id) ?? []) selected.add(principal.key);
  return selected;
}

/** The organisations within one of `principals` (any principal when `null`), by id, in the workspace's order. */
function organisationsWithin(
  context: ViewContext,
  principals: ReadonlySet<PrincipalKey> | null,
): Map<string, Organisation> {
  const included = new Map<string, Organisation>();
  for (const organisation of context.ws.organisations) {
    const key = context.index.principalOfOrganisation.get(organisation.id) ?? null;
    if (key === null || (principals !== null && !principals.has(key))) continue;
    included.set(organisation.id, organisation);
  }
  return included;
}

/**
 * The level of each included organisation in the hierarchy: a principal on the top level, a body with a tier
 * on the first level that lists its tier (the last when none does), a body without one a level below its
 * parent (the top level when its parent is not included or its parents go round in a circle).
 */
function hierarchyLevels(
  levels: readonly HierarchyLevel[],
  included: ReadonlyMap<string, Organisation>,
): (organisation: Organisation) => number {
  const tierLevel = new Map<string, number>();
  levels.forEach((level, i) => {
    for (const tier of level.tiers) if (!tierLevel.has(tier)) tierLevel.set(tier, i);
  });
  const last = levels.length - 1;
  const known = new Map<string, number>();
  const levelOf = (organisation: Organisation, visiting: Set<string>): number => {
    const seen = known.get(organisation.id);
    if (seen !== undefined) return seen;
    let level = 0;
    if (principalKeyOf(organisation) !== null) level = 0;
    else if (organisation.tier !== undefined) level = tierLevel.get(organisation.tier) ?? last;
    else {
      const parent = organisation.parentId === undefined ? undefined : included.get(organisation.parentId);
      if (parent !== undefined && !visiting.has(parent.id)) {
        visiting.add(organisation.id);
        level = Math.min(last, levelOf(parent, visiting) + 1);
      }
    }
    known.set(organisation.id, level);
    return level;
  };
  return (organisation) => levelOf(organisation, new Set());
}
