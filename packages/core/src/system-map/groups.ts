/**
 * The groups a system map can fold its parts into, level by level, so that a county's map (a hundred parts on
 * six bands) reads at a glance and opens where the reader looks: a leadership with its forums and gaps, people
 * in the organisation they represent, a principal's bodies in the hierarchy, and what is left of a crowded
 * level by kind. Pure and linear in the graph; `foldSystemGraph` (fold.ts) draws the folded picture.
 */
import type { SystemGraph, SystemNode, SystemNodeKind } from "./model.js";
import { SYSTEM_NODE_KIND_GROUP_LABELS } from "./labels.js";

/** Why a group's members belong together. */
export type SystemGroupBasis = "leadership" | "organisation" | "principal" | "kind";

/** One group of parts on one level. */
export interface SystemGroup {
  /** `group:<basis>:<key>@<level>`: `group:leadership:ls-falun@2`, `group:principal:2085@1`, `group:kind:sector@5`. */
  readonly id: string;
  /** In the language of the graph's labels: "Lokal systemledning Falun", "Ludvika kommun", "Sektorer". */
  readonly label: string;
  /** "Falun", "Ludvika", "Sektorer". */
  readonly shortLabel: string;
  readonly level: number;
  readonly basis: SystemGroupBasis;
  /** At least two ids of the full graph's nodes, in the graph's order; a node is a member of at most one group. */
  readonly memberIds: readonly string[];
}

/** The groups of one graph and, for each member, its group. */
export interface SystemGroups {
  /** By level, then by the position of the first member in the graph's nodes. */
  readonly groups: readonly SystemGroup[];
  /** A member's node id → its group's id. */
  readonly groupOf: ReadonlyMap<string, string>;
}

/** Options of {@link getSystemGroups}. */
export interface SystemGroupOptions {
  /** The language of the words of `kind` groups ("Sektorer" / "Sectors"); other labels are the graph's. @default "sv" */
  readonly locale?: "sv" | "en";
  /** A level's parts of one kind, left over by the other rules, form a `kind` group when more than this many (and at least two). @default 6 */
  readonly minKindGroup?: number;
}

interface Candidate {
  readonly basis: SystemGroupBasis;
  readonly key: string;
  readonly level: number;
  readonly members: number[];
}

/** The record id of a node id (`organisation:org-falun` → `org-falun`). */
const recordId = (nodeId: string): string => nodeId.slice(nodeId.indexOf(":") + 1);

/**
 * For each person, the organisation node they represent: the first `represents` edge from the person to an
 * organisation, in the graph's edge order (by id), so a person with seats for two organisations goes with one.
 */
function organisationOfPeople(graph: SystemGraph, kindOf: ReadonlyMap<string, SystemNodeKind>): Map<string, string> {
  const organisationOf = new Map<string, string>();
  for (const edge of graph.edges) {
    if (edge.kind !== "represents" || organisationOf.has(edge.source)) continue;
    if (kindOf.get(edge.source) === "person" && kindOf.get(edge.target) === "organisation")
      organisationOf.set(edge.source, edge.target);
  }
  return organisationOf;
}

/**
 * The node that stands for each principal code in the hierarchy view: the organisation of that code no
 * `hierarchy` edge leads to (the region or municipality itself, above its council), the first such in order.
 */
function principalNodes(graph: SystemGraph): Map<string, SystemNode> {
  const governed = new Set<string>();
  for (const edge of graph.edges) if (edge.kind === "hierarchy") governed.add(edge.target);
  const byCode = new Map<string, SystemNode>();
  for (const node of graph.nodes) {
    const code = node.municipalityCodes[0];
    if (node.kind !== "organisation" || code === undefined || governed.has(node.id)) continue;
    const seen = byCode.get(code);
    // Among roots of one code, the one on the highest band: the principal stands on the top level.
    if (seen === undefined || node.level < seen.level) byCode.set(code, node);
  }
  return byCode;
}

/** The basis and key of the first of rules 1–3 that applies to a node; `null` when none does. */
type RuleOf = (node: SystemNode) => { readonly basis: SystemGroupBasis; readonly key: string } | null;

function rulesFor(graph: SystemGraph): RuleOf {
  const kindOf = new Map(graph.nodes.map((node) => [node.id, node.kind] as const));
  const organisationOf = organisationOfPeople(graph, kindOf);
  const levelOf = new Map(graph.nodes.map((node) => [node.id, node.level] as const));
  // An organisation goes with its people when one of them stands on its level.
  const withPeople = new Set<string>();
  for (const [personId, organisationId] of organisationOf)
    if (levelOf.get(personId) === levelOf.get(organisationId)) withPeople.add(organisationId);
  const hierarchy = graph.view === "hierarchy";
  return (node) => {
    if (node.kind === "leadership") return { basis: "leadership", key: node.leadershipId ?? recordId(node.id) };
    if ((node.kind === "forum" || node.kind === "missing") && node.leadershipId !== null)
      return { basis: "leadership", key: node.leadershipId };
    if (node.kind === "person") {
      const organisationId = organisationOf.get(node.id);
      if (organisationId !== undefined) return { basis: "organisation", key: recordId(organisationId) };
    }
    if (node.kind === "organisation" && withPeople.has(node.id))
      return { basis: "organisation", key: recordId(node.id) };
    const code = node.municipalityCodes[0];
    if (hierarchy && node.kind === "organisation" && code !== undefined) return { basis: "principal", key: code };
    return null;
  };
}

/**
 * The groups of a system graph's parts, per level (a group never spans two bands; level nodes are never grouped).
 * The first rule that applies to a node decides its group:
 *
 * 1. `leadership`: a leadership and the forums and gaps (`missing`) of the same level that belong to it; forums
 *    and gaps of a leadership that stands on another level group by leadership and level, named after it;
 * 2. `organisation`: people into the organisation they represent (with it, when it stands on their level);
 * 3. `principal` (hierarchy view): bodies into the region or municipality their code names, named after it;
 * 4. `kind`: what is left on a level, when more than `minKindGroup` parts are of one kind ("Sektorer").
 *
 * A group has at least two members; a rule's group of one leaves its node to rule 4. Linear in the graph.
 *
 * @example
 * const { groups, groupOf } = getSystemGroups(getSystemGraph(ws, { view: "system", asOf }));
 * groupOf.get("forum:f-falun"); // "group:leadership:ls-falun@2"
 * groups.find((g) => g.id === "group:kind:sector@5")?.label; // "Sektorer"
 */
export function getSystemGroups(graph: SystemGraph, options: SystemGroupOptions = {}): SystemGroups {
  const locale = options.locale ?? "sv";
  const minKindGroup = options.minKindGroup ?? 6;
  const ruleOf = rulesFor(graph);
  const candidates = new Map<string, Candidate>();
  const add = (basis: SystemGroupBasis, key: string, level: number, index: number): void => {
    const id = `group:${basis}:${key}@${level}`;
    const candidate = candidates.get(id);
    if (candidate === undefined) candidates.set(id, { basis, key, level, members: [index] });
    else candidate.members.push(index);
  };
  const nodes = graph.nodes;
  nodes.forEach((node, index) => {
    if (node.kind === "level" || node.kind === "group") return;
    const rule = ruleOf(node);
    if (rule !== null) add(rule.basis, rule.key, node.level, index);
  });

  const kept = [...candidates].filter(([, candidate]) => candidate.members.length >= 2);
  const grouped = new Set<number>();
  for (const [, candidate] of kept) for (const index of candidate.members) grouped.add(index);
  const leftover = new Map<string, Candidate>();
  nodes.forEach((node, index) => {
    if (node.kind === "level" || node.kind === "group" || grouped.has(index)) return;
    const id = `group:kind:${node.kind}@${node.level}`;
    const candidate = leftover.get(id);
    if (candidate === undefined)
      leftover.set(id, { basis: "kind", key: node.kind, level: node.level, members: [index] });
    else candidate.members.push(index);
  });
  for (const entry of leftover) if (entry[1].members.length > Math.max(minKindGroup, 1)) kept.push(entry);

  const byId = new Map(nodes.map((node) => [node.id, node] as const));
  const principals = graph.view === "hierarchy" ? principalNodes(graph) : new Map<string, SystemNode>();
  const named = (candidate: Candidate): { label: string; shortLabel: string } => {
    const namer =
      candidate.basis === "leadership"
        ? byId.get(`leadership:${candidate.key}`)
        : candidate.basis === "organisation"
          ? byId.get(`organisation:${candidate.key}`)
          : candidate.basis === "principal"
            ? principals.get(candidate.key)
            : undefined;
    if (namer !== undefined) return { label: namer.label, shortLabel: namer.shortLabel };
    if (candidate.basis === "kind") {
      const words = SYSTEM_NODE_KIND_GROUP_LABELS[candidate.key as keyof typeof SYSTEM_NODE_KIND_GROUP_LABELS];
      return { label: words[locale], shortLabel: words[locale] };
    }
    // The record that names the group is not on this map (filtered out): its key is the best name there is.
    return { label: candidate.key, shortLabel: candidate.key };
  };

  kept.sort(([, a], [, b]) => a.level - b.level || a.members[0]! - b.members[0]!);
  const groups: SystemGroup[] = [];
  const groupOf = new Map<string, string>();
  for (const [id, candidate] of kept) {
    const memberIds = candidate.members.map((index) => nodes[index]!.id);
    groups.push({ id, ...named(candidate), level: candidate.level, basis: candidate.basis, memberIds });
    for (const memberId of memberIds) groupOf.set(memberId, id);
  }
  return { groups, groupOf };
}
