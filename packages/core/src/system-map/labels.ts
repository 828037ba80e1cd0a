/**
 * The system map's words a reader sees, in Swedish and English: the kinds of node and edge, how each edge reads from
 * either end in the text equivalent ("X samverkar med Y, Z", "X rapporterar till Y"), the message of a representation
 * gap, and the annotation kinds of the workshop in *Att leda hela systemet*.
 */
import type { BilingualMessage } from "../common/issues.js";
import type { SystemEdgeKind, SystemNodeKind } from "./model.js";
import type { SystemAnnotationKind } from "./schema.js";

/** Names of the node kinds, as the text equivalent writes them after a node's name. */
export const SYSTEM_NODE_KIND_LABELS: Readonly<Record<SystemNodeKind, BilingualMessage>> = Object.freeze({
  level: { sv: "nivå", en: "level" },
  organisation: { sv: "organisation", en: "organisation" },
  leadership: { sv: "systemledning", en: "system leadership" },
  forum: { sv: "forum", en: "forum" },
  sector: { sv: "sektor", en: "sector" },
  person: { sv: "person", en: "person" },
  "citizen-group": { sv: "invånargrupp", en: "citizen group" },
  missing: { sv: "saknas", en: "missing" },
  group: { sv: "grupp", en: "group" },
});

/** Names of the edge kinds (a legend, a filter). */
export const SYSTEM_EDGE_KIND_LABELS: Readonly<Record<SystemEdgeKind, BilingualMessage>> = Object.freeze({
  "member-of": { sv: "Ingår i", en: "Member of" },
  covers: { sv: "Omfattar", en: "Covers" },
  "reports-to": { sv: "Rapporterar till", en: "Reports to" },
  collaborates: { sv: "Samverkar med", en: "Collaborates with" },
  hierarchy: { sv: "Linje i hierarkin", en: "Line of the hierarchy" },
  represents: { sv: "Företräder", en: "Represents" },
  missing: { sv: "Saknar", en: "Lacks" },
  concerns: { sv: "Har kontakt med", en: "In contact with" },
});

/**
 * How an edge reads in the text equivalent: from its source (`out`) and from its target (`in`). A
 * symmetric kind (collaborates) reads the same both ways.
 */
export const SYSTEM_EDGE_PHRASES: Readonly<
  Record<SystemEdgeKind, { readonly out: BilingualMessage; readonly in: BilingualMessage }>
> = Object.freeze({
  "member-of": { out: { sv: "ingår i", en: "is a member of" }, in: { sv: "har som medlemmar", en: "has as members" } },
  covers: { out: { sv: "omfattar", en: "covers" }, in: { sv: "omfattas av", en: "is covered by" } },
  "reports-to": {
    out: { sv: "rapporterar till", en: "reports to" },
    in: { sv: "tar emot rapporter från", en: "receives reports from" },
  },
  collaborates: {
    out: { sv: "samverkar med", en: "collaborates with" },
    in: { sv: "samverkar med", en: "collaborates with" },
  },
  hierarchy: { out: { sv: "har under sig", en: "directs" }, in: { sv: "lyder under", en: "answers to" } },
  represents: { out: { sv: "företräder", en: "represents" }, in: { sv: "företräds av", en: "is represented by" } },
  missing: { out: { sv: "saknar", en: "lacks" }, in: { sv: "saknas i", en: "is missing in" } },
  concerns: {
    out: { sv: "har kontakt med", en: "is in contact with" },
    in: { sv: "har kontakt med", en: "is in contact with" },
  },
});

/**
 * Where an edge reads better from a particular kind of node, by `"<edge kind> <direction> <node kind>"`: an
 * organisation or a person *sits in* a forum, a leadership *has the forums*. Other ends read as
 * {@link SYSTEM_EDGE_PHRASES} has them.
 */
export const SYSTEM_EDGE_PHRASES_BY_NODE: Readonly<Record<string, BilingualMessage>> = Object.freeze({
  "member-of out organisation": { sv: "sitter i", en: "sits in" },
  "member-of out person": { sv: "sitter i", en: "sits in" },
  "member-of in leadership": { sv: "har forumen", en: "has the forums" },
});

/**
 * Names of the annotation kinds, in the workshop's words (*Att leda hela systemet*, Övning 1: ring, grön plupp,
 * röd plupp).
 */
export const SYSTEM_ANNOTATION_KIND_LABELS: Readonly<Record<SystemAnnotationKind, BilingualMessage>> = Object.freeze({
  position: { sv: "Här finns jag", en: "Here I am" },
  "works-well": { sv: "Fungerar bra (grön plupp)", en: "Works well (green dot)" },
  "needs-improvement": { sv: "Kan förbättras (röd plupp)", en: "Needs improvement (red dot)" },
  note: { sv: "Anteckning", en: "Note" },
});

/** The other words of the system map and its text equivalent. */
export const SYSTEM_MAP_MESSAGES = Object.freeze({
  /** The label of a gap's placeholder. */
  missingLabel: (sector: BilingualMessage): BilingualMessage => ({
    sv: `Saknas: ${sector.sv}`,
    en: `Missing: ${sector.en}`,
  }),
  /** What a representation gap means, said of one forum on one day. */
  missingMessage: (p: {
    readonly sector: BilingualMessage;
    readonly forum: string;
    readonly asOf: string;
  }): BilingualMessage => ({
    sv: `${p.sector.sv} saknas i ${p.forum} den ${p.asOf}: sektorn ska vara representerad men ingen ledamot företräder den. Utse en ledamot som företräder sektorn.`,
    en: `${p.sector.en} is missing in ${p.forum} on ${p.asOf}: the sector should be represented but no member represents it. Appoint a member who represents it.`,
  }),
  /** A node's kind, and in a perspective its distance from the focus. */
  kindAndDistance: (kind: BilingualMessage, distance: number | null): BilingualMessage =>
    distance === null
      ? kind
      : distance === 0
        ? { sv: `${kind.sv}, fokus`, en: `${kind.en}, focus` }
        : {
            sv: `${kind.sv}, ${distance} steg bort`,
            en: `${kind.en}, ${distance} ${distance === 1 ? "step" : "steps"} away`,
          },
  /** A level's line: its place among the levels. */
  levelPosition: (position: number, count: number): BilingualMessage => ({
    sv: `nivå ${position} av ${count}`,
    en: `level ${position} of ${count}`,
  }),
  /** A node without edges in this view. */
  noConnections: { sv: "inga förbindelser i den här vyn", en: "no connections in this view" } as BilingualMessage,
  /** The word before the last name of a list. */
  and: { sv: "och", en: "and" } as BilingualMessage,
});

/**
 * The name of a group of the parts of one kind left on a crowded level (`getSystemGroups`, basis `kind`), in the
 * plural and without a count: the map adds the count ("Sektorer · 17 delar"). Levels are never grouped and a
 * group is never folded into another, so those two kinds have no word here.
 */
export const SYSTEM_NODE_KIND_GROUP_LABELS: Readonly<
  Record<Exclude<SystemNodeKind, "level" | "group">, BilingualMessage>
> = Object.freeze({
  organisation: { sv: "Organisationer", en: "Organisations" },
  leadership: { sv: "Systemledningar", en: "System leaderships" },
  forum: { sv: "Forum", en: "Forums" },
  sector: { sv: "Sektorer", en: "Sectors" },
  person: { sv: "Personer", en: "People" },
  "citizen-group": { sv: "Invånargrupper", en: "Citizen groups" },
  missing: { sv: "Saknade delar", en: "Missing parts" },
});
