/**
 * `getSystemGraph`: the system map of a workspace as plain data (model.ts), in three views of the same
 * records — the system logic's levels, the hierarchy per principal, and the system seen from one node —
 * with stable ids and a stable order, so the same workspace always gives the same graph.
 */
import { SystemledningError } from "../common/errors.js";
import { createIssue, type BilingualMessage, type ValidationIssue } from "../common/issues.js";
import { localize, type LocalizedText } from "../common/primitives.js";
import { computeSectorCoverage } from "../structure/sector-coverage.js";
import type { Forum, ForumComposition, Organisation, Person } from "../structure/schema.js";
import { isMembershipActive, principalKeyOf, resolveIndex, type PrincipalKey, type StructureIndex } from "../structure/structure-index.js";
import type { Workspace } from "../workspace/schema.js";
import { getSystemMapSettings } from "./defaults.js";
import { GraphBuilder, type DraftNode } from "./graph-builder.js";
import { compositionPasses, forumSectorsPass, hasForumFilter, keepsNode, leadershipPasses, readFilters } from "./graph-filters.js";
import { missingNodeId, systemNodeId } from "./ids.js";
import { createSystemMapIssue } from "./issues.js";
import { SYSTEM_MAP_MESSAGES } from "./labels.js";
import type { SystemEdge, SystemGraph, SystemLevel, SystemMapView } from "./model.js";
import { orderNodes } from "./node-order.js";
import { createSystemPlacement, type SystemPlacement } from "./placement.js";
import type { SystemMapLevel, SystemMapProfileSettings } from "./schema.js";

export { labelSortKey } from "./node-order.js";

/** Options of {@link getSystemGraph}. */
export interface SystemGraphOptions {
  /** Which picture: the system logic's levels, the hierarchy per principal, or the system seen from `focus`. */
  readonly view: SystemMapView;
  /** The day the map is for: memberships active on it, representation gaps on it. */
  readonly asOf: string;
  /** The language of the profile's words in labels (levels, sectors, citizen groups, gaps). @default "sv" */
  readonly locale?: "sv" | "en";
  /** Only nodes on these levels (keys of the view's levels), with their edges. */
  readonly levels?: readonly string[];
  /**
   * Only what concerns these municipality or region codes: leaderships covering one of them, and nodes whose
   * codes meet them (nodes of no place in particular, such as sectors and agencies, stay). A region counts by
   * its own code: pass `"0020"` to keep Region Dalarna.
   */
  readonly municipalityCodes?: readonly string[];
  /** Only forums that require, co-opt or have represented one of these sectors, and nodes of these sectors (nodes of no sector stay). */
  readonly sectorIds?: readonly string[];
  /** Only forums of these compositions. */
  readonly forumCompositions?: readonly ForumComposition[];
  /** Only these leaderships and their forums (in the hierarchy view: their principals). */
  readonly leadershipIds?: readonly string[];
  /** Add the people who hold a seat on the day (system and perspective views). A person as focus adds them. @default false */
  readonly includePeople?: boolean;
  /** The node a perspective is seen from: a person, a leadership, a forum, an organisation, a sector or a citizen group. */
  readonly focus?: string;
  /** How many steps from the focus a perspective reaches. @default 2 */
  readonly maxDistance?: number;
  /** A shared index from `createStructureIndex` for the same workspace; built when absent. */
  readonly index?: StructureIndex;
}

const VIEWS: readonly SystemMapView[] = ["system", "hierarchy", "perspective"];

function invalidOption(issue: ValidationIssue): SystemledningError {
  return new SystemledningError("invalidInput", [issue]);
}

const codeOfPrincipal = (key: PrincipalKey | null | undefined): string | null => (key === null || key === undefined ? null : key.slice(key.indexOf(":") + 1));

/** Read and check the options a view needs; throws `invalidInput` with the option's path. */
function readOptions(options: SystemGraphOptions): { view: SystemMapView; focus: string | null; maxDistance: number } {
  const view = options.view;
  if (!VIEWS.includes(view)) throw invalidOption(createIssue(["options", "view"], "invalid_value", { allowed: VIEWS.map((v) => `"${v}"`).join(", ") }));
  if (view !== "perspective") return { view, focus: null, maxDistance: 0 };
  if (typeof options.focus !== "string" || options.focus === "") throw invalidOption(createIssue(["options", "focus"], "missing_field", { expected: "string" }));
  const maxDistance = options.maxDistance ?? 2;
  if (!Number.isInteger(maxDistance)) throw invalidOption(createIssue(["options", "maxDistance"], "invalid_type", { expected: "int", received: typeof maxDistance }));
  if (maxDistance < 0) throw invalidOption(createIssue(["options", "maxDistance"], "too_small", { origin: "number", minimum: 0 }));
  return { view, focus: options.focus, maxDistance };
}

/** The view's levels as the graph lists them, with the path of each in the profile's part. */
function levelsOf(view: SystemMapView, settings: SystemMapProfileSettings): { levels: SystemLevel[]; defs: readonly SystemMapLevel[]; paths: readonly string[] } {
  const system = settings.systemLevels.map((_, i) => `profile.systemMap.systemLevels[${i}]`);
  const [defs, paths] =
    view === "hierarchy"
      ? [settings.hierarchyLevels, settings.hierarchyLevels.map((_, i) => `profile.systemMap.hierarchyLevels[${i}]`)]
      : view === "system"
        ? [settings.systemLevels, system]
        : [[...settings.systemLevels, settings.citizenLevel], [...system, "profile.systemMap.citizenLevel"]];
  const levels = defs.map((def, index): SystemLevel => ({ key: def.key, label: def.label.en === undefined ? { sv: def.label.sv } : { sv: def.label.sv, en: def.label.en }, index }));
  return { levels, defs, paths };
}

/**
 * The system map of a workspace as a graph ({@link SystemGraph}), in one of three views:
 *
 * - **`system`**: the levels of the system logic (seed 003, "SYSTEM"; the profile's `systemMap.systemLevels`)
 *   as `level` nodes, and the leaderships, their forums, the organisations that sit in them and the
 *   principals the leaderships cover, the sectors represented, and — as `missing` nodes with a Swedish and an
 *   English message — every required sector no seated member represents on `asOf` (the structure module's
 *   sector coverage). Each record stands on the level the profile's placement rules give it. Edges: a forum
 *   is `member-of` its leadership, an organisation (and a person) `member-of` a forum it sits in, a
 *   leadership `covers` its principals, a local or subregional leadership `reports-to` the regional one of
 *   its region, the forums of one leadership `collaborate`, a forum (and a person) `represents` a sector, a
 *   person `represents` their organisation, a forum has a `missing` edge to each gap.
 * - **`hierarchy`**: the levels of the hierarchy (seed 003, "HIERARKI") and each principal with the bodies
 *   under it (organisations with a `tier`, by `parentId`): `hierarchy` edges from council to committee to
 *   administration to operation. A principal stands on the top level, a body on its tier's level, a body
 *   without a tier one level below its parent. People are not drawn here.
 * - **`perspective`**: the system and the hierarchy together with the profile's citizen groups (each with a
 *   `concerns` edge to the sectors and organisations of its contacts), seen from `focus`: every node within
 *   `maxDistance` steps (either direction), with its `distance`, and the edges among them. The levels are the
 *   system's with the citizen level below.
 *
 * Filters select leaderships (`leadershipIds`, `municipalityCodes`) and forums (`forumCompositions`,
 * `sectorIds`); then nodes are kept by `levels`, `municipalityCodes` and `sectorIds` (a node with no codes
 * or no sectors is of no place or sector in particular and stays), with the edges between kept nodes. A
 * leadership none of whose forums is kept is left out when a forum filter is set. In a perspective the focus
 * always stays. Both ends of every edge are nodes of the graph.
 *
 * Ids are stable (`forum:f-lchnv`, `missing:f-gagnef/primarvard`, `member-of:forum:f-lchnv>leadership:ls-regional`);
 * nodes are ordered by level, kind, label (Swedish collation), then id, and edges by id, whatever the order
 * of the workspace's collections. Linear in the workspace plus sorting: a national workspace with its people
 * takes tens of milliseconds.
 *
 * @throws {SystemledningError} with reason `invalidInput` for a `view` that is not one, an `asOf` that is not
 *   a date, a perspective without `focus` or with a focus not on its map (`system_map_focus_not_found`), a
 *   negative or fractional `maxDistance`, or an `index` of another workspace.
 * @example
 * const graph = getSystemGraph(ws, { view: "system", asOf: "2026-05-13" });
 * graph.levels.map((l) => l.label.sv); // ["Länsgemensam politisk nivå", "Kommun- och regiondirektörer", …]
 * graph.nodes.filter((n) => n.kind === "missing").map((n) => n.missing?.message.sv);
 * // ["Primärvård saknas i Systemledning Gagnef den 2026-05-13: …", …]
 * const seen = getSystemGraph(ws, { view: "perspective", asOf: "2026-05-13", focus: "citizen-group:familj-barn-med-funktionsvariation" });
 */
export function getSystemGraph(ws: Workspace, options: SystemGraphOptions): SystemGraph {
  const { view, focus, maxDistance } = readOptions(options);
  const index = resolveIndex(ws, options);
  const asOf = options.asOf;
  const locale = options.locale ?? "sv";
  const settings = getSystemMapSettings(ws.profile);
  const ownSettings = ws.profile.systemMap !== undefined;
  const includePeople = view !== "hierarchy" && (options.includePeople === true || (focus !== null && focus.startsWith("person:")));
  const { levels, defs, paths } = levelsOf(view, settings);
  const placement = view === "hierarchy" ? null : createSystemPlacement(index, settings, asOf);

  const graph = new GraphBuilder(index.sectorPosition);
  const positionOf = <T extends { readonly id: string }>(records: readonly T[]) => new Map(records.map((record, i) => [record.id, i] as const));
  const organisationPosition = positionOf(ws.organisations);
  const leadershipPosition = positionOf(ws.leaderships);
  const forumPosition = positionOf(ws.forums);
  const personPosition = positionOf(ws.people);
  const text = (value: LocalizedText): string => localize(value, locale);
  const bilingual = (value: LocalizedText): BilingualMessage => ({ sv: value.sv, en: value.en ?? value.sv });

  // Level nodes: annotation targets and navigation stops; a view draws them as bands, never as dots.
  if (view !== "perspective") {
    defs.forEach((def, i) => {
      const path = paths[i];
      graph.addNode({
        id: systemNodeId("level", def.key),
        kind: "level",
        label: text(def.label),
        shortLabel: text(def.label),
        level: i,
        missing: null,
        source: ownSettings && path !== undefined ? { collection: "profile.systemMap", id: def.key, path } : null,
      });
    });
  }

  const organisationNodes = new Map<string, DraftNode>();
  /** The node of an organisation, made once: in the hierarchy view on its hierarchy level, else where the rules place it. */
  const organisationNode = (organisation: Organisation, hierarchyLevel?: number): DraftNode => {
    let node = organisationNodes.get(organisation.id);
    if (node !== undefined) return node;
    const code = codeOfPrincipal(index.principalOfOrganisation.get(organisation.id));
    node = graph.addNode({
      id: systemNodeId("organisation", organisation.id),
      kind: "organisation",
      label: organisation.name,
      shortLabel: organisation.shortName ?? organisation.name,
      level: placement === null ? (hierarchyLevel ?? 0) : placement.organisation(organisation),
      municipalityCodes: code === null ? [] : [code],
      missing: null,
      source: { collection: "organisations", id: organisation.id, path: `organisations[${organisationPosition.get(organisation.id) ?? 0}]` },
    });
    organisationNodes.set(organisation.id, node);
    return node;
  };
  const sectorNodes = new Map<string, DraftNode | null>();
  /** The node of a sector of the profile's catalogue, made once; `null` for an id the catalogue lacks. */
  const sectorNode = (sectorId: string): DraftNode | null => {
    let node = sectorNodes.get(sectorId);
    if (node !== undefined) return node;
    const sector = index.sectorById.get(sectorId);
    node =
      sector === undefined || placement === null
        ? null
        : graph.addNode({
            id: systemNodeId("sector", sectorId),
            kind: "sector",
            label: text(sector.name),
            shortLabel: text(sector.name),
            level: placement.sector(sectorId),
            sectorIds: [sectorId],
            missing: null,
            source: { collection: "profile.sectors", id: sectorId, path: `profile.sectors[${index.sectorPosition.get(sectorId) ?? 0}]` },
          });
    sectorNodes.set(sectorId, node);
    return node;
  };
  const personNodes = new Map<string, DraftNode>();
  /** The node of a person, made once. */
  const personNode = (person: Person, place: SystemPlacement): DraftNode => {
    let node = personNodes.get(person.id);
    if (node !== undefined) return node;
    node = graph.addNode({
      id: systemNodeId("person", person.id),
      kind: "person",
      label: person.name,
      shortLabel: person.name,
      level: place.person(person.id),
      missing: null,
      source: { collection: "people", id: person.id, path: `people[${personPosition.get(person.id) ?? 0}]` },
    });
    personNodes.set(person.id, node);
    return node;
  };

  const filters = readFilters(options);

  if (view !== "hierarchy" && placement !== null) addSystemPart();
  if (view !== "system") addHierarchyPart();
  if (view === "perspective") addCitizenPart();

  /** Leaderships, forums, the organisations and people in them, sectors and gaps. */
  function addSystemPart(): void {
    const place = placement as SystemPlacement;
    const keptForumsByLeadership = new Map<string, Forum[]>();
    const coverageOf = new Map<string, ReturnType<typeof computeSectorCoverage>>();
    for (const leadership of ws.leaderships) {
      if (!leadershipPasses(filters, leadership)) continue;
      const kept: Forum[] = [];
      for (const forum of index.forumsByLeadership.get(leadership.id) ?? []) {
        if (!compositionPasses(filters, forum)) continue;
        const memberships = index.membershipsByForum.get(forum.id) ?? [];
        const coverage = computeSectorCoverage(index, { forumId: forum.id }, { leadership, forums: [forum], memberships }, asOf);
        if (!forumSectorsPass(filters, forumSectorIds(forum, coverage))) continue;
        coverageOf.set(forum.id, coverage);
        kept.push(forum);
      }
      if (hasForumFilter(filters) && kept.length === 0) continue;
      keptForumsByLeadership.set(leadership.id, kept);
    }

    const regionalByRegion = new Map<string, string[]>();
    for (const leadershipId of keptForumsByLeadership.keys()) {
      const leadership = index.leadershipById.get(leadershipId)!;
      if (leadership.level !== "regional") continue;
      const list = regionalByRegion.get(leadership.regionCode);
      if (list === undefined) regionalByRegion.set(leadership.regionCode, [leadership.id]);
      else list.push(leadership.id);
    }

    // Every kept leadership's node first, so a local one's edge to the regional one has both ends.
    const leadershipNodes = new Map<string, DraftNode>();
    for (const leadershipId of keptForumsByLeadership.keys()) {
      const leadership = index.leadershipById.get(leadershipId)!;
      leadershipNodes.set(
        leadershipId,
        graph.addNode({
          id: systemNodeId("leadership", leadership.id),
          kind: "leadership",
          label: leadership.name,
          shortLabel: leadership.shortName ?? leadership.name,
          level: place.leadership(leadership),
          municipalityCodes: [leadership.regionCode, ...leadership.municipalityCodes],
          leadershipId: leadership.id,
          missing: null,
          source: { collection: "leaderships", id: leadership.id, path: `leaderships[${leadershipPosition.get(leadership.id) ?? 0}]` },
        }),
      );
    }
    for (const [leadershipId, forums] of keptForumsByLeadership) {
      const leadership = index.leadershipById.get(leadershipId)!;
      const leadershipNode = leadershipNodes.get(leadershipId)!;
      for (const principal of index.principalsByLeadership.get(leadership.id) ?? []) {
        for (const organisationId of principal.organisationIds) graph.addEdge("covers", leadershipNode, organisationNode(index.organisationById.get(organisationId)!));
      }
      if (leadership.level !== "regional") {
        for (const regionalId of regionalByRegion.get(leadership.regionCode) ?? []) graph.addEdge("reports-to", leadershipNode, leadershipNodes.get(regionalId)!);
      }
      const forumNodes = forums.map((forum) => addForum(forum, leadershipNode, coverageOf.get(forum.id)!, place));
      for (let i = 0; i < forumNodes.length; i++) {
        for (let j = i + 1; j < forumNodes.length; j++) graph.addEdge("collaborates", forumNodes[i]!, forumNodes[j]!);
      }
    }
  }

  /** The sectors a forum is about: required, co-opted and represented on the day, in catalogue order. */
  function forumSectorIds(forum: Forum, coverage: ReturnType<typeof computeSectorCoverage>): string[] {
    const ids = new Set<string>([...forum.requiredSectorIds, ...forum.coOptedSectorIds]);
    for (const item of coverage.extra) ids.add(item.sectorId);
    return [...ids];
  }

  /** A forum's node, its edges to its leadership, the sectors represented, its gaps, and who sits in it. */
  function addForum(forum: Forum, leadershipNode: DraftNode, coverage: ReturnType<typeof computeSectorCoverage>, place: SystemPlacement): DraftNode {
    const forumLevel = place.forum(forum);
    const forumNode = graph.addNode({
      id: systemNodeId("forum", forum.id),
      kind: "forum",
      label: forum.name,
      shortLabel: forum.shortName ?? forum.name,
      level: forumLevel,
      municipalityCodes: leadershipNode.municipalityCodes,
      sectorIds: forumSectorIds(forum, coverage),
      leadershipId: forum.leadershipId,
      missing: null,
      source: { collection: "forums", id: forum.id, path: `forums[${forumPosition.get(forum.id) ?? 0}]` },
    });
    graph.addEdge("member-of", forumNode, leadershipNode);

    const represented = [...coverage.required.filter((item) => item.covered), ...coverage.coOpted.filter((item) => item.available), ...coverage.extra];
    for (const item of represented) {
      const sector = sectorNode(item.sectorId);
      if (sector !== null) graph.addEdge("represents", forumNode, sector);
    }
    const position = forumPosition.get(forum.id) ?? 0;
    for (const item of coverage.required) {
      if (item.covered) continue;
      const sector = index.sectorById.get(item.sectorId);
      const name = bilingual(sector?.name ?? { sv: item.sectorId });
      const label = SYSTEM_MAP_MESSAGES.missingLabel(name);
      const gap = graph.addNode({
        id: missingNodeId(forum.id, item.sectorId),
        kind: "missing",
        label: label[locale],
        shortLabel: name[locale],
        level: forumLevel,
        municipalityCodes: leadershipNode.municipalityCodes,
        sectorIds: [item.sectorId],
        leadershipId: forum.leadershipId,
        missing: { forumId: forum.id, sectorId: item.sectorId, message: SYSTEM_MAP_MESSAGES.missingMessage({ sector: name, forum: forum.name, asOf }) },
        source: { collection: "forums", id: forum.id, path: `forums[${position}].requiredSectorIds[${forum.requiredSectorIds.indexOf(item.sectorId)}]` },
      });
      graph.addEdge("missing", forumNode, gap);
    }

    for (const membership of index.membershipsByForum.get(forum.id) ?? []) {
      if (!isMembershipActive(membership, asOf)) continue;
      const organisation = index.organisationById.get(membership.organisationId);
      if (organisation === undefined) continue;
      const organisationDraft = organisationNode(organisation);
      graph.addEdge("member-of", organisationDraft, forumNode);
      if (!includePeople) continue;
      const person = index.personById.get(membership.personId);
      if (person === undefined) continue;
      const node = personNode(person, place);
      // The organisation's node holds its principal's code, if it has one.
      const code = organisationDraft.municipalityCodes[0];
      if (code !== undefined) graph.addCode(node, code);
      graph.noteLeadership(node, forum.leadershipId);
      graph.addEdge("member-of", node, forumNode);
      graph.addEdge("represents", node, organisationDraft);
      const sector = membership.sectorId === undefined ? null : sectorNode(membership.sectorId);
      if (sector !== null) {
        graph.addSector(node, membership.sectorId!);
        graph.addEdge("represents", node, sector);
      }
    }
    return forumNode;
  }

  /** Each principal and the bodies under it, with the lines of the hierarchy. */
  function addHierarchyPart(): void {
    let selectedPrincipals: Set<PrincipalKey> | null = null;
    if (filters.leadershipIds !== null) {
      selectedPrincipals = new Set();
      for (const id of filters.leadershipIds) for (const principal of index.principalsByLeadership.get(id) ?? []) selectedPrincipals.add(principal.key);
    }
    const included = new Map<string, Organisation>();
    for (const organisation of ws.organisations) {
      const key = index.principalOfOrganisation.get(organisation.id) ?? null;
      if (key === null || (selectedPrincipals !== null && !selectedPrincipals.has(key))) continue;
      included.set(organisation.id, organisation);
    }
    const tierLevel = new Map<string, number>();
    settings.hierarchyLevels.forEach((level, i) => {
      for (const tier of level.tiers) if (!tierLevel.has(tier)) tierLevel.set(tier, i);
    });
    const last = settings.hierarchyLevels.length - 1;
    const hierarchyLevel = new Map<string, number>();
    const levelInHierarchy = (organisation: Organisation, visiting: Set<string>): number => {
      const known = hierarchyLevel.get(organisation.id);
      if (known !== undefined) return known;
      let level = 0;
      if (principalKeyOf(organisation) !== null) level = 0;
      else if (organisation.tier !== undefined) level = tierLevel.get(organisation.tier) ?? last;
      else {
        const parent = organisation.parentId === undefined ? undefined : included.get(organisation.parentId);
        if (parent !== undefined && !visiting.has(parent.id)) {
          visiting.add(organisation.id);
          level = Math.min(last, levelInHierarchy(parent, visiting) + 1);
        }
      }
      hierarchyLevel.set(organisation.id, level);
      return level;
    };
    for (const organisation of included.values()) organisationNode(organisation, placement === null ? levelInHierarchy(organisation, new Set()) : undefined);
    for (const organisation of included.values()) {
      if (organisation.parentId === undefined || organisation.parentId === organisation.id || !included.has(organisation.parentId)) continue;
      graph.addEdge("hierarchy", organisationNode(included.get(organisation.parentId)!), organisationNode(organisation));
    }
  }

  /** The profile's citizen groups with their contacts' sectors and organisations. */
  function addCitizenPart(): void {
    const citizenLevel = settings.systemLevels.length;
    settings.citizenGroups.forEach((group, i) => {
      const groupNode = graph.addNode({
        id: systemNodeId("citizen-group", group.id),
        kind: "citizen-group",
        label: text(group.name),
        shortLabel: text(group.shortName ?? group.name),
        level: citizenLevel,
        municipalityCodes: group.municipalityCodes ?? [],
        missing: null,
        source: ownSettings ? { collection: "profile.systemMap", id: group.id, path: `profile.systemMap.citizenGroups[${i}]` } : null,
      });
      for (const contact of group.contacts) {
        const label = text(contact.label);
        for (const sectorId of contact.sectorIds) {
          const sector = sectorNode(sectorId);
          if (sector === null) continue;
          graph.addSector(groupNode, sectorId);
          graph.addEdge("concerns", groupNode, sector, label);
        }
        for (const organisationId of contact.organisationIds ?? []) {
          const organisation = index.organisationById.get(organisationId);
          if (organisation !== undefined) graph.addEdge("concerns", groupNode, organisationNode(organisation), label);
        }
      }
    });
  }

  // Keep the nodes the filters keep (the focus always), then the edges between them.
  const finished = graph.finish((node) => node.id === focus || keepsNode(filters, node, levels));
  let { nodes, edges } = finished;

  if (focus !== null) {
    if (!nodes.some((node) => node.id === focus)) throw invalidOption(createSystemMapIssue(["options", "focus"], "system_map_focus_not_found", { focus, asOf }));
    const distances = breadthFirst(focus, edges, maxDistance);
    nodes = nodes.filter((node) => distances.has(node.id)).map((node) => ({ ...node, distance: distances.get(node.id)! }));
    edges = edges.filter((edge) => distances.has(edge.source) && distances.has(edge.target));
  }

  return { view, levels, nodes: orderNodes(nodes), edges, focusId: focus, asOf };
}

/** Steps from `start` to every node within `maxDistance`, over edges in either direction. */
function breadthFirst(start: string, edges: readonly SystemEdge[], maxDistance: number): Map<string, number> {
  const neighbours = new Map<string, string[]>();
  const link = (a: string, b: string) => {
    const list = neighbours.get(a);
    if (list === undefined) neighbours.set(a, [b]);
    else list.push(b);
  };
  for (const edge of edges) {
    link(edge.source, edge.target);
    link(edge.target, edge.source);
  }
  const distances = new Map<string, number>([[start, 0]]);
  let frontier = [start];
  for (let step = 1; step <= maxDistance && frontier.length > 0; step++) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const other of neighbours.get(id) ?? []) {
        if (distances.has(other)) continue;
        distances.set(other, step);
        next.push(other);
      }
    }
    frontier = next;
  }
  return distances;
}
