/**
 * The perspective view: the system and the hierarchy together with the profile's citizen groups, seen from
 * one node — everything within a number of steps of it. *Att leda hela systemet* (Hälsolabb), the slide
 * "Systemet ser annorlunda ut beroende på ur vilket perspektiv man ser det": the system looks different
 * depending on where it is seen from, for example from a family's contacts around a child with disabilities.
 */
import type { CitizenGroup } from "./schema.js";
import type { FinishedGraph, GraphBuilder } from "./graph-builder.js";
import { systemNodeId } from "./ids.js";
import type { SystemEdge } from "./model.js";
import type { RecordNodes } from "./record-nodes.js";
import type { ViewContext } from "./view-context.js";
import { addHierarchyView } from "./view-hierarchy.js";
import { addSystemView } from "./view-system.js";

/**
 * Add the perspective's parts to `graph`: the system view's, the hierarchy view's (every record on the
 * level the placement rules give it) and the citizen groups' on the level below the system's. The cut to
 * the focus's surroundings comes after the filters, with {@link cutToDistance}.
 *
 * @example
 * addPerspectiveView(graph, createRecordNodes(graph, context), context);
 */
export function addPerspectiveView(graph: GraphBuilder, records: RecordNodes, context: ViewContext): void {
  addSystemView(graph, records, context);
  addHierarchyView(graph, records, context);
  context.settings.citizenGroups.forEach((group, i) => addCitizenGroup(graph, records, context, group, i));
}

/**
 * A citizen group's node and a `concerns` edge to each sector and organisation its contacts reach, labelled
 * with the contacts it stands for ("Skola, Elevhälsa"). Sectors the catalogue lacks and organisations not in
 * the workspace are passed over.
 */
function addCitizenGroup(
  graph: GraphBuilder,
  records: RecordNodes,
  context: ViewContext,
  group: CitizenGroup,
  position: number,
): void {
  const { settings, ownSettings, index } = context;
  const groupNode = graph.addNode({
    id: systemNodeId("citizen-group", group.id),
    kind: "citizen-group",
    label: records.text(group.name),
    shortLabel: records.text(group.shortName ?? group.name),
    // The citizen level is the one below the system's levels.
    level: settings.systemLevels.length,
    municipalityCodes: group.municipalityCodes ?? [],
    missing: null,
    source: ownSettings
      ? { collection: "profile.systemMap", id: group.id, path: `profile.systemMap.citizenGroups[${position}]` }
      : null,
  });
  for (const contact of group.contacts) {
    const label = records.text(contact.label);
    for (const sectorId of contact.sectorIds) {
      const sector = records.sector(sectorId);
      if (sector === null) continue;
      graph.addSector(groupNode, sectorId);
      graph.addEdge("concerns", groupNode, sector, label);
    }
    for (const organisationId of contact.organisationIds ?? []) {
      const organisation = index.organisationById.get(organisationId);
      if (organisation !== undefined) graph.addEdge("concerns", groupNode, records.organisation(organisation), label);
    }
  }
}

/**
 * The part of a finished graph within `maxDistance` steps of `focus` (over edges in either direction): those
 * nodes, each a copy with its `distance`, and the edges among them, both in the order given.
 *
 * @example
 * const seen = cutToDistance(graph.finish(keep), "person:p-falun-soc", 2);
 * seen.nodes.find((node) => node.id === "person:p-falun-soc")?.distance; // 0
 */
export function cutToDistance(graph: FinishedGraph, focus: string, maxDistance: number): FinishedGraph {
  const distances = breadthFirst(focus, graph.edges, maxDistance);
  return {
    nodes: graph.nodes
      .filter((node) => distances.has(node.id))
      .map((node) => ({ ...node, distance: distances.get(node.id)! })),
    edges: graph.edges.filter((edge) => distances.has(edge.source) && distances.has(edge.target)),
  };
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
