/**
 * The system map as plain data (*Att leda hela systemet*, Hälsolabb): nodes (levels of the system logic,
 * organisations, leaderships, forums, sectors, optionally people and citizen groups, and explicit "missing"
 * placeholders for representation gaps) and edges with kinds, for three views of the same workspace. A view
 * draws it (the React kit's `SystemMap`), a table lists it, a workshop annotates it. Ids are stable across
 * calls and views (`forum:f-lchnv`), so annotations made on one view show on another.
 */

/** Which picture of the system: the system logic's levels, the hierarchy per principal, or the system seen from one node. */
export type SystemMapView = "system" | "hierarchy" | "perspective";

/**
 * What a node is:
 * - `level`: a level of the system logic or the hierarchy (*Att leda hela systemet*, the slide "Olika logiker
 *   existerar samtidigt": Länsgemensam politisk nivå, Kommun- och regiondirektörer, …), as a band the other
 *   nodes stand in — never drawn as a dot;
 * - `organisation`, `leadership`, `forum`, `sector`, `person`: records of the workspace (and the profile's sectors);
 * - `citizen-group`: a group of residents whose contacts a perspective follows ("en familj med ett barn med funktionsvariationer");
 * - `missing`: a placeholder for what should be there and is not (a required sector missing in a forum);
 * - `group`: parts folded into one node until a reader opens it (`foldSystemGraph`): a leadership with its forums,
 *   people in their organisation, organisations under their principal, or the rest of a crowded level by kind.
 */
export type SystemNodeKind =
  "level" | "organisation" | "leadership" | "forum" | "sector" | "person" | "citizen-group" | "missing" | "group";

/**
 * What an edge says:
 * - `member-of`: a person or organisation sits in a forum, a forum belongs to a leadership;
 * - `covers`: a leadership covers a municipality or region (a principal);
 * - `reports-to`: prepares for or reports to (a local leadership to the regional one, a process group to its forum);
 * - `collaborates`: works with, as peers;
 * - `hierarchy`: a line of the hierarchy (council → committee → administration → operation);
 * - `represents`: a forum's member represents a sector;
 * - `missing`: from a forum to a `missing` placeholder (a representation gap);
 * - `concerns`: a citizen group's contact with a part of the system.
 */
export type SystemEdgeKind =
  "member-of" | "covers" | "reports-to" | "collaborates" | "hierarchy" | "represents" | "missing" | "concerns";

/** A level: a horizontal band of the picture, top (index 0) to bottom. */
export interface SystemLevel {
  /** Stable key, e.g. `politisk-niva`. */
  readonly key: string;
  readonly label: { readonly sv: string; readonly en?: string };
  readonly index: number;
}

/** The record a node comes from, by exact path in the workspace (or the profile), when it has one. */
export interface SystemNodeSource {
  readonly collection: "organisations" | "leaderships" | "forums" | "people" | "profile.sectors" | "profile.systemMap";
  readonly id: string;
  readonly path: string;
}

/** One node of the map. */
export interface SystemNode {
  /** Stable id: `<kind>:<record id>` (`forum:f-lchnv`), `missing:<forum id>/<sector id>`, `level:<key>`. */
  readonly id: string;
  readonly kind: SystemNodeKind;
  readonly label: string;
  /** A short label for small scales and tight places. */
  readonly shortLabel: string;
  /** The level (band) the node stands in: an index into the graph's `levels`. */
  readonly level: number;
  /** Municipality and region codes it concerns (filters, colouring by place). */
  readonly municipalityCodes: readonly string[];
  /** Sectors it belongs to or represents. */
  readonly sectorIds: readonly string[];
  /** The leadership it belongs to, for forums, members and placeholders. */
  readonly leadershipId: string | null;
  /** For a perspective: steps from the focus (0 for the focus); `null` in other views. */
  readonly distance: number | null;
  /** For a `missing` placeholder: the forum that lacks something and what it lacks, in words. */
  readonly missing: {
    readonly forumId: string;
    readonly sectorId: string;
    readonly message: { readonly sv: string; readonly en: string };
  } | null;
  readonly source: SystemNodeSource | null;
  /** For a `group` node: the ids (in the full graph) of the parts folded into it, in the graph's order. */
  readonly members?: readonly string[] | undefined;
}

/** One edge of the map, from `source` to `target` (directed where the kind is: reports-to, hierarchy). */
export interface SystemEdge {
  /** Stable id: `<kind>:<source id>><target id>`. */
  readonly id: string;
  readonly source: string;
  readonly target: string;
  readonly kind: SystemEdgeKind;
  /** Words on the edge, when it has any: the contacts a citizen group's `concerns` edge stands for ("Skola, Elevhälsa"). */
  readonly label?: string;
  /**
   * For a bundle of a folded graph (`foldSystemGraph`): how many edges of the full graph it stands for, their ids,
   * and their kinds by frequency, most frequent first (`kind` is the first of them).
   */
  readonly bundle?:
    | {
        readonly count: number;
        readonly edgeIds: readonly string[];
        readonly kinds: readonly SystemEdgeKind[];
      }
    | undefined;
}

/** A view of the system as a graph. */
export interface SystemGraph {
  readonly view: SystemMapView;
  /** The bands, top to bottom; every node's `level` indexes this list. */
  readonly levels: readonly SystemLevel[];
  /** Nodes, in a stable order (by level, then kind, then label, then id). */
  readonly nodes: readonly SystemNode[];
  /** Edges, in a stable order (by id). Both ends are always in `nodes`. */
  readonly edges: readonly SystemEdge[];
  /** The node a perspective is seen from; `null` in other views. */
  readonly focusId: string | null;
  /** The day the graph answers for (memberships active on it, gaps on it). */
  readonly asOf?: string;
}
