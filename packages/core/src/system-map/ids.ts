/**
 * The ids of the system map: a node is `<kind>:<record id>` (`forum:f-lchnv`, `level:processgrupper`), a
 * representation gap `missing:<forum id>/<sector id>`, an edge `<kind>:<source id>><target id>`. They are
 * stable across calls and views, so an annotation made on one view shows on another. Record ids never hold
 * `/` or `>` (see `Id`), so every id reads back unambiguously.
 */
import type { SystemEdgeKind, SystemNodeKind } from "./model.js";

/** Node kinds whose id is `<kind>:<record id>` (every kind but `missing`). */
export type SystemRecordNodeKind = Exclude<SystemNodeKind, "missing">;

/** Every node kind, in the order a graph lists the kinds of one level. */
export const SYSTEM_NODE_KINDS: readonly SystemNodeKind[] = Object.freeze([
  "level",
  "citizen-group",
  "leadership",
  "forum",
  "missing",
  "organisation",
  "sector",
  "person",
  "group",
]);

/** Every edge kind, in the order the text equivalent lists them. */
export const SYSTEM_EDGE_KINDS: readonly SystemEdgeKind[] = Object.freeze([
  "reports-to",
  "collaborates",
  "member-of",
  "covers",
  "hierarchy",
  "represents",
  "missing",
  "concerns",
]);

/** A node id read back into its parts. */
export type ParsedSystemNodeId =
  | { readonly kind: SystemRecordNodeKind; readonly recordId: string }
  | { readonly kind: "missing"; readonly forumId: string; readonly sectorId: string };

/** An edge id read back into its parts. */
export interface ParsedSystemEdgeId {
  readonly kind: SystemEdgeKind;
  readonly source: string;
  readonly target: string;
}

const RECORD_ID = "[A-Za-z0-9][A-Za-z0-9._:-]{0,127}";
const RECORD_NODE_KINDS = "level|citizen-group|leadership|forum|organisation|sector|person";
const NODE_ID_SOURCE = `(?:(?:${RECORD_NODE_KINDS}):${RECORD_ID}|missing:${RECORD_ID}/${RECORD_ID})`;
const NODE_ID = new RegExp(`^(${RECORD_NODE_KINDS}):(${RECORD_ID})$`);
const MISSING_ID = new RegExp(`^missing:(${RECORD_ID})/(${RECORD_ID})$`);
const EDGE_ID = new RegExp(`^(${SYSTEM_EDGE_KINDS.join("|")}):(${NODE_ID_SOURCE})>(${NODE_ID_SOURCE})$`);

/**
 * The id of a record's node.
 *
 * @example
 * systemNodeId("forum", "f-lchnv"); // "forum:f-lchnv"
 */
export function systemNodeId(kind: SystemRecordNodeKind, recordId: string): string {
  return `${kind}:${recordId}`;
}

/**
 * The id of the placeholder for a required sector missing in a forum.
 *
 * @example
 * missingNodeId("f-gagnef", "primarvard"); // "missing:f-gagnef/primarvard"
 */
export function missingNodeId(forumId: string, sectorId: string): string {
  return `missing:${forumId}/${sectorId}`;
}

/**
 * The id of an edge.
 *
 * @example
 * systemEdgeId("member-of", "forum:f-lchnv", "leadership:ls-regional"); // "member-of:forum:f-lchnv>leadership:ls-regional"
 */
export function systemEdgeId(kind: SystemEdgeKind, source: string, target: string): string {
  return `${kind}:${source}>${target}`;
}

/**
 * Read a node id, or `null` when it is not one (wrong kind, bad record id, missing parts).
 *
 * @example
 * parseSystemNodeId("missing:f-gagnef/primarvard"); // { kind: "missing", forumId: "f-gagnef", sectorId: "primarvard" }
 * parseSystemNodeId("forum f-lchnv"); // null
 */
export function parseSystemNodeId(id: string): ParsedSystemNodeId | null {
  const missing = MISSING_ID.exec(id);
  if (missing !== null) return { kind: "missing", forumId: missing[1]!, sectorId: missing[2]! };
  const plain = NODE_ID.exec(id);
  if (plain === null) return null;
  return { kind: plain[1] as SystemRecordNodeKind, recordId: plain[2]! };
}

/**
 * Read an edge id, or `null` when it is not one.
 *
 * @example
 * parseSystemEdgeId("covers:leadership:ls-falun>organisation:org-falun");
 * // { kind: "covers", source: "leadership:ls-falun", target: "organisation:org-falun" }
 */
export function parseSystemEdgeId(id: string): ParsedSystemEdgeId | null {
  const match = EDGE_ID.exec(id);
  if (match === null) return null;
  return { kind: match[1] as SystemEdgeKind, source: match[2]!, target: match[3]! };
}

/**
 * The node kinds each edge kind joins, source first, as `getSystemGraph` makes them. Annotations on an edge
 * are checked against it, and the React kit may use it to draw each kind.
 */
export const SYSTEM_EDGE_ENDS: Readonly<
  Record<SystemEdgeKind, readonly (readonly [SystemNodeKind, SystemNodeKind])[]>
> = Object.freeze({
  "member-of": [
    ["forum", "leadership"],
    ["organisation", "forum"],
    ["person", "forum"],
  ],
  covers: [["leadership", "organisation"]],
  "reports-to": [["leadership", "leadership"]],
  collaborates: [["forum", "forum"]],
  hierarchy: [["organisation", "organisation"]],
  represents: [
    ["forum", "sector"],
    ["person", "sector"],
    ["person", "organisation"],
  ],
  missing: [["forum", "missing"]],
  concerns: [
    ["citizen-group", "sector"],
    ["citizen-group", "organisation"],
  ],
});

/** Whether an edge of `kind` may join a node of `sourceKind` to one of `targetKind`. */
export function isSystemEdgeShape(
  kind: SystemEdgeKind,
  sourceKind: SystemNodeKind,
  targetKind: SystemNodeKind,
): boolean {
  return SYSTEM_EDGE_ENDS[kind].some(([s, t]) => s === sourceKind && t === targetKind);
}

/**
 * The key of a gap between two parts: both ids sorted by code unit and joined with `|` (no node id holds
 * one), so a gap has one key whichever end was named first.
 *
 * @example
 * gapKey("forum:f-vfr", "forum:f-lchnv"); // "forum:f-lchnv|forum:f-vfr"
 */
export function gapKey(a: string, b: string): string {
  return a <= b ? `${a}|${b}` : `${b}|${a}`;
}
