/**
 * The nodes more than one view draws: the level bands, organisations and the profile's sectors. Each is
 * described in one place — id, labels, level, codes and the path of the record it comes from — so every
 * view draws a record the same way and an annotation made on one view shows on another.
 */
import { localize } from "../common/localize.js";
import type { LocalizedText } from "../schema/primitives.js";
import type { Organisation } from "../structure/schema.js";
import type { PrincipalKey } from "../structure/principals.js";
import type { DraftNode, GraphBuilder } from "./graph-builder.js";
import { systemNodeId } from "./ids.js";
import type { SystemMapLevel } from "./schema.js";
import type { ViewContext } from "./view-context.js";

/** The nodes of the records every view may reach, each made once. */
export interface RecordNodes {
  /** The text of the profile's words in the graph's language. */
  text(value: LocalizedText): string;
  /**
   * The node of an organisation: in the hierarchy view on `hierarchyLevel` (the top level when not given),
   * in the others where the placement rules put it. The first call decides, later ones return that node.
   */
  organisation(organisation: Organisation, hierarchyLevel?: number): DraftNode;
  /** The node of a sector of the profile's catalogue; `null` for an id the catalogue lacks, and in the hierarchy view. */
  sector(sectorId: string): DraftNode | null;
}

/** The municipality or region code of a principal key (`municipality:2080` → `2080`). */
const codeOfPrincipal = (key: PrincipalKey | null | undefined): string | null =>
  key === null || key === undefined ? null : key.slice(key.indexOf(":") + 1);

/**
 * The record nodes of one graph, added to `graph` as the views ask for them.
 *
 * @example
 * const records = createRecordNodes(graph, context);
 * graph.addEdge("member-of", records.organisation(falun), forumNode);
 */
export function createRecordNodes(graph: GraphBuilder, context: ViewContext): RecordNodes {
  const { ws, index, placement, locale } = context;
  const organisationPosition = new Map(ws.organisations.map((record, i) => [record.id, i] as const));
  // The builder finds a node by id as well; these maps spare building a node's description again.
  const organisationNodes = new Map<string, DraftNode>();
  const sectorNodes = new Map<string, DraftNode | null>();

  const text = (value: LocalizedText): string => localize(value, locale);

  const organisation = (record: Organisation, hierarchyLevel?: number): DraftNode => {
    let node = organisationNodes.get(record.id);
    if (node !== undefined) return node;
    const code = codeOfPrincipal(index.principalOfOrganisation.get(record.id));
    node = graph.addNode({
      id: systemNodeId("organisation", record.id),
      kind: "organisation",
      label: record.name,
      shortLabel: record.shortName ?? record.name,
      level: placement === null ? (hierarchyLevel ?? 0) : placement.organisation(record),
      // An organisation within a principal concerns its place; an agency or an association, no place in particular.
      municipalityCodes: code === null ? [] : [code],
      missing: null,
      source: {
        collection: "organisations",
        id: record.id,
        path: `organisations[${organisationPosition.get(record.id) ?? 0}]`,
      },
    });
    organisationNodes.set(record.id, node);
    return node;
  };

  const sector = (sectorId: string): DraftNode | null => {
    let node = sectorNodes.get(sectorId);
    if (node !== undefined) return node;
    const record = index.sectorById.get(sectorId);
    node =
      record === undefined || placement === null
        ? null
        : graph.addNode({
            id: systemNodeId("sector", sectorId),
            kind: "sector",
            label: text(record.name),
            shortLabel: text(record.name),
            level: placement.sector(sectorId),
            sectorIds: [sectorId],
            missing: null,
            source: {
              collection: "profile.sectors",
              id: sectorId,
              path: `profile.sectors[${index.sectorPosition.get(sectorId) ?? 0}]`,
            },
          });
    sectorNodes.set(sectorId, node);
    return node;
  };

  return { text, organisation, sector };
}

/**
 * Add a `level` node for each of the view's levels: annotation targets and navigation stops, which a view
 * draws as bands, never as dots. A level is a record of the document only when the profile has a system map
 * part of its own; `paths` gives each one's path there.
 */
export function addLevelNodes(
  graph: GraphBuilder,
  records: RecordNodes,
  context: ViewContext,
  defs: readonly SystemMapLevel[],
  paths: readonly string[],
): void {
  defs.forEach((def, i) => {
    const path = paths[i];
    graph.addNode({
      id: systemNodeId("level", def.key),
      kind: "level",
      label: records.text(def.label),
      shortLabel: records.text(def.label),
      level: i,
      missing: null,
      source: context.ownSettings && path !== undefined ? { collection: "profile.systemMap", id: def.key, path } : null,
    });
  });
}
