/**
 * The system view's part of the graph: the leaderships, their forums, the organisations and people who sit
 * in them, the principals the leaderships cover, the sectors represented, and each representation gap as a
 * `missing` node, every record on the level of the system logic the placement rules give it.
 */
import type { BilingualMessage } from "../common/issues.js";
import type { LocalizedText } from "../schema/primitives.js";
import { computeSectorCoverage, type SectorCoverage } from "../structure/sector-coverage.js";
import type { Forum, Leadership, Membership, Person } from "../structure/schema.js";
import { isMembershipActive } from "../structure/queries.js";
import type { DraftNode, GraphBuilder } from "./graph-builder.js";
import { compositionPasses, forumSectorsPass, hasForumFilter, leadershipPasses } from "./graph-filters.js";
import { missingNodeId, systemNodeId } from "./ids.js";
import { SYSTEM_MAP_MESSAGES } from "./labels.js";
import type { SystemPlacement } from "./placement.js";
import type { RecordNodes } from "./record-nodes.js";
import type { ViewContext } from "./view-context.js";

/** A forum the filters keep, with the coverage of its required and co-opted sectors on the day. */
interface KeptForum {
  readonly forum: Forum;
  readonly coverage: SectorCoverage;
}

/** What the system part's steps share: where to add, the context, and the positions of records for their source paths. */
interface SystemPart {
  readonly graph: GraphBuilder;
  readonly records: RecordNodes;
  readonly context: ViewContext;
  readonly place: SystemPlacement;
  readonly leadershipPosition: ReadonlyMap<string, number>;
  readonly forumPosition: ReadonlyMap<string, number>;
  readonly personPosition: ReadonlyMap<string, number>;
  /** People seen so far, so each is described once. */
  readonly personNodes: Map<string, DraftNode>;
}

/** Profile text in both languages, the Swedish standing in for a missing English. */
const bilingual = (value: LocalizedText): BilingualMessage => ({ sv: value.sv, en: value.en ?? value.sv });

/** Each record's position in its collection, for the path of its source. */
const positionOf = (records: readonly { readonly id: string }[]): ReadonlyMap<string, number> =>
  new Map(records.map((record, i) => [record.id, i] as const));

/**
 * Add the system part to `graph`: the leaderships the filters keep (`leadershipIds`, `municipalityCodes`)
 * with the forums they keep (`forumCompositions`, `sectorIds`), and what hangs on them. A local or
 * subregional leadership `reports-to` the regional one of its region, and the forums of one leadership
 * `collaborate`. Draws nothing without a placement (the hierarchy view).
 *
 * @example
 * addSystemView(graph, createRecordNodes(graph, context), context);
 */
export function addSystemView(graph: GraphBuilder, records: RecordNodes, context: ViewContext): void {
  const place = context.placement;
  if (place === null) return;
  const { ws, index } = context;
  const part: SystemPart = {
    graph,
    records,
    context,
    place,
    leadershipPosition: positionOf(ws.leaderships),
    forumPosition: positionOf(ws.forums),
    personPosition: positionOf(ws.people),
    personNodes: new Map(),
  };
  const keptForums = keptForumsByLeadership(context);
  // Every kept leadership's node first, so a local one's edge to the regional one has both ends.
  const leadershipNodes = new Map<string, DraftNode>();
  for (const leadershipId of keptForums.keys())
    leadershipNodes.set(leadershipId, addLeadership(part, index.leadershipById.get(leadershipId)!));
  const regionalByRegion = regionalLeadershipsByRegion(context, keptForums.keys());

  for (const [leadershipId, forums] of keptForums) {
    const leadership = index.leadershipById.get(leadershipId)!;
    const leadershipNode = leadershipNodes.get(leadershipId)!;
    // A regional leadership reports to none; a local or subregional one to the regional ones of its region.
    const regionalIds = leadership.level === "regional" ? [] : (regionalByRegion.get(leadership.regionCode) ?? []);
    addLeadershipEdges(
      part,
      leadership,
      leadershipNode,
      regionalIds.map((id) => leadershipNodes.get(id)!),
    );
    const forumNodes = forums.map((kept) => addForum(part, kept, leadershipNode));
    for (let i = 0; i < forumNodes.length; i++) {
      for (let j = i + 1; j < forumNodes.length; j++) graph.addEdge("collaborates", forumNodes[i]!, forumNodes[j]!);
    }
  }
}

/** A leadership `covers` the organisations of its principals and `reports-to` the regional leaderships of its region. */
function addLeadershipEdges(
  part: SystemPart,
  leadership: Leadership,
  leadershipNode: DraftNode,
  regionalNodes: readonly DraftNode[],
): void {
  const { graph, records, context } = part;
  for (const principal of context.index.principalsByLeadership.get(leadership.id) ?? []) {
    for (const organisationId of principal.organisationIds) {
      graph.addEdge(
        "covers",
        leadershipNode,
        records.organisation(context.index.organisationById.get(organisationId)!),
      );
    }
  }
  for (const regionalNode of regionalNodes) graph.addEdge("reports-to", leadershipNode, regionalNode);
}

/**
 * The leaderships the filters keep, in the workspace's order, each with the forums they keep. When a forum
 * filter is set, a leadership none of whose forums passes is left out: the picture is of the forums asked for.
 */
function keptForumsByLeadership(context: ViewContext): Map<string, KeptForum[]> {
  const { ws, index, filters, asOf } = context;
  const kept = new Map<string, KeptForum[]>();
  for (const leadership of ws.leaderships) {
    if (!leadershipPasses(filters, leadership)) continue;
    const forums: KeptForum[] = [];
    for (const forum of index.forumsByLeadership.get(leadership.id) ?? []) {
      if (!compositionPasses(filters, forum)) continue;
      const memberships = index.membershipsByForum.get(forum.id) ?? [];
      const coverage = computeSectorCoverage(
        index,
        { forumId: forum.id },
        { leadership, forums: [forum], memberships },
        asOf,
      );
      if (!forumSectorsPass(filters, forumSectorIds(forum, coverage))) continue;
      forums.push({ forum, coverage });
    }
    if (hasForumFilter(filters) && forums.length === 0) continue;
    kept.set(leadership.id, forums);
  }
  return kept;
}

/** The ids of the kept regional leaderships of each region, in the order kept. */
function regionalLeadershipsByRegion(context: ViewContext, leadershipIds: Iterable<string>): Map<string, string[]> {
  const byRegion = new Map<string, string[]>();
  for (const leadershipId of leadershipIds) {
    const leadership = context.index.leadershipById.get(leadershipId)!;
    if (leadership.level !== "regional") continue;
    const list = byRegion.get(leadership.regionCode);
    if (list === undefined) byRegion.set(leadership.regionCode, [leadership.id]);
    else list.push(leadership.id);
  }
  return byRegion;
}

/** The sectors a forum is about: required, co-opted and represented on the day, in catalogue order. */
function forumSectorIds(forum: Forum, coverage: SectorCoverage): string[] {
  const ids = new Set<string>([...forum.requiredSectorIds, ...forum.coOptedSectorIds]);
  for (const item of coverage.extra) ids.add(item.sectorId);
  return [...ids];
}

/** A leadership's node; it concerns its region and the municipalities it covers. */
function addLeadership(part: SystemPart, leadership: Leadership): DraftNode {
  return part.graph.addNode({
    id: systemNodeId("leadership", leadership.id),
    kind: "leadership",
    label: leadership.name,
    shortLabel: leadership.shortName ?? leadership.name,
    level: part.place.leadership(leadership),
    municipalityCodes: [leadership.regionCode, ...leadership.municipalityCodes],
    leadershipId: leadership.id,
    missing: null,
    source: {
      collection: "leaderships",
      id: leadership.id,
      path: `leaderships[${part.leadershipPosition.get(leadership.id) ?? 0}]`,
    },
  });
}

/** A forum's node, its edge to its leadership, the sectors represented, its gaps, and who sits in it. */
function addForum(part: SystemPart, { forum, coverage }: KeptForum, leadershipNode: DraftNode): DraftNode {
  const { graph, records } = part;
  const forumNode = graph.addNode({
    id: systemNodeId("forum", forum.id),
    kind: "forum",
    label: forum.name,
    shortLabel: forum.shortName ?? forum.name,
    level: part.place.forum(forum),
    // A forum concerns the places of its leadership.
    municipalityCodes: leadershipNode.municipalityCodes,
    sectorIds: forumSectorIds(forum, coverage),
    leadershipId: forum.leadershipId,
    missing: null,
    source: { collection: "forums", id: forum.id, path: `forums[${part.forumPosition.get(forum.id) ?? 0}]` },
  });
  graph.addEdge("member-of", forumNode, leadershipNode);

  const represented = [
    ...coverage.required.filter((item) => item.covered),
    ...coverage.coOpted.filter((item) => item.available),
    ...coverage.extra,
  ];
  for (const item of represented) {
    const sector = records.sector(item.sectorId);
    if (sector !== null) graph.addEdge("represents", forumNode, sector);
  }
  for (const item of coverage.required) {
    if (!item.covered) graph.addEdge("missing", forumNode, addGap(part, forum, item.sectorId, leadershipNode));
  }
  for (const membership of part.context.index.membershipsByForum.get(forum.id) ?? []) {
    if (isMembershipActive(membership, part.context.asOf)) addSeat(part, membership, forum, forumNode);
  }
  return forumNode;
}

/**
 * The `missing` node of a required sector no seated member represents on the day: on the forum's level,
 * with a Swedish and an English message that names the sector, the forum and the day.
 */
function addGap(part: SystemPart, forum: Forum, sectorId: string, leadershipNode: DraftNode): DraftNode {
  const { index, asOf, locale } = part.context;
  const sector = index.sectorById.get(sectorId);
  // The message needs both languages whatever the graph's: a sector named in Swedish only is named so in both.
  const name = bilingual(sector?.name ?? { sv: sectorId });
  return part.graph.addNode({
    id: missingNodeId(forum.id, sectorId),
    kind: "missing",
    label: SYSTEM_MAP_MESSAGES.missingLabel(name)[locale],
    shortLabel: name[locale],
    level: part.place.forum(forum),
    municipalityCodes: leadershipNode.municipalityCodes,
    sectorIds: [sectorId],
    leadershipId: forum.leadershipId,
    missing: {
      forumId: forum.id,
      sectorId,
      message: SYSTEM_MAP_MESSAGES.missingMessage({ sector: name, forum: forum.name, asOf }),
    },
    source: {
      collection: "forums",
      id: forum.id,
      path: `forums[${part.forumPosition.get(forum.id) ?? 0}].requiredSectorIds[${forum.requiredSectorIds.indexOf(sectorId)}]`,
    },
  });
}

/**
 * An active seat: the organisation `member-of` the forum, and with people drawn, the person `member-of` the
 * forum, `represents` the organisation and the seat's sector, concerning the organisation's place.
 */
function addSeat(part: SystemPart, membership: Membership, forum: Forum, forumNode: DraftNode): void {
  const { graph, records, context } = part;
  const organisation = context.index.organisationById.get(membership.organisationId);
  if (organisation === undefined) return;
  const organisationNode = records.organisation(organisation);
  graph.addEdge("member-of", organisationNode, forumNode);
  if (!context.includePeople) return;
  const person = context.index.personById.get(membership.personId);
  if (person === undefined) return;
  const personNode = addPerson(part, person);
  // The organisation's node holds its principal's code, if it has one.
  const code = organisationNode.municipalityCodes[0];
  if (code !== undefined) graph.addCode(personNode, code);
  graph.noteLeadership(personNode, forum.leadershipId);
  graph.addEdge("member-of", personNode, forumNode);
  graph.addEdge("represents", personNode, organisationNode);
  const sector = membership.sectorId === undefined ? null : records.sector(membership.sectorId);
  if (sector !== null) {
    graph.addSector(personNode, membership.sectorId!);
    graph.addEdge("represents", personNode, sector);
  }
}

/** The node of a person, made once, on the level the placement rules give them on the day. */
function addPerson(part: SystemPart, person: Person): DraftNode {
  let node = part.personNodes.get(person.id);
  if (node !== undefined) return node;
  node = part.graph.addNode({
    id: systemNodeId("person", person.id),
    kind: "person",
    label: person.name,
    shortLabel: person.name,
    level: part.place.person(person.id),
    missing: null,
    source: { collection: "people", id: person.id, path: `people[${part.personPosition.get(person.id) ?? 0}]` },
  });
  part.personNodes.set(person.id, node);
  return node;
}
