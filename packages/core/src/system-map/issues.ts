/**
 * Codes and messages of the system map module's own validation rules (the common ones are in common/issues.ts):
 * the profile's `systemMap` part and the workshop annotations. Every code has a Swedish and an English
 * message that says what is wrong and how to fix it.
 */
import {
  issueWithMessage,
  type BilingualMessage,
  type IssueParams,
  type PathSegment,
  type ValidationIssue,
} from "../common/issues.js";

/** Stable codes of the system map module's rules. */
export type SystemMapIssueCode =
  | "system_map_unknown_level"
  | "system_map_rule_level"
  | "system_map_tier_missing"
  | "system_map_focus_not_found"
  | "annotation_invalid_node_id"
  | "annotation_invalid_edge_id"
  | "annotation_edge_shape"
  | "annotation_unknown_node"
  | "annotation_sector_not_required"
  | "annotation_role_missing"
  | "annotation_role_not_allowed"
  | "annotation_position_target"
  | "annotation_gap_same_node"
  | "annotation_text_missing";

const str = (value: string | number | undefined): string => String(value ?? "");

/** The collection a kind of node points into, in the words of the messages. */
const NODE_COLLECTION: Readonly<Record<string, BilingualMessage>> = {
  level: { sv: "kartans nivåer", en: "the map's levels" },
  "citizen-group": { sv: "kartans invånargrupper", en: "the map's citizen groups" },
  leadership: { sv: "leaderships (systemledningar)", en: "leaderships" },
  forum: { sv: "forums", en: "forums" },
  organisation: { sv: "organisations", en: "organisations" },
  sector: { sv: "profilens sektorer", en: "the profile's sectors" },
  person: { sv: "people (personer)", en: "people" },
};

const collection = (p: IssueParams, locale: "sv" | "en"): string =>
  NODE_COLLECTION[str(p.kind)]?.[locale] ?? str(p.kind);

/** Message builders per code of the system map module. */
export const SYSTEM_MAP_ISSUE_MESSAGES: Readonly<Record<SystemMapIssueCode, (p: IssueParams) => BilingualMessage>> = {
  system_map_unknown_level: (p) => ({
    sv: `Nivån "${str(p.level)}" finns inte bland kartans nivåer (${str(p.known)}). Ange nyckeln för en av dem.`,
    en: `The level "${str(p.level)}" is not one of the map's levels (${str(p.known)}). Give the key of one of them.`,
  }),
  system_map_rule_level: () => ({
    sv: `En placeringsregel anger antingen en nivå (level) eller att nivån hämtas från ledamöterna (levelFrom: "members"), inte båda och inte ingetdera.`,
    en: `A placement rule gives either a level (level) or that the level is taken from the members (levelFrom: "members"), not both and not neither.`,
  }),
  system_map_tier_missing: (p) => ({
    sv: `Nivån "${str(p.tier)}" i hierarkin hör inte till någon av hierarkins nivåer. Lägg till den i tiers på en av dem.`,
    en: `The hierarchy tier "${str(p.tier)}" belongs to none of the hierarchy's levels. Add it to the tiers of one of them.`,
  }),
  system_map_focus_not_found: (p) => ({
    sv: `Fokus "${str(p.focus)}" finns inte på kartan den ${str(p.asOf)} med de valda filtren. Välj en nod som finns där: en person med en plats i ett forum den dagen, en systemledning, ett forum, en organisation, en sektor eller en invånargrupp.`,
    en: `The focus "${str(p.focus)}" is not on the map on ${str(p.asOf)} with the filters chosen. Pick a node that is there: a person with a seat in a forum that day, a leadership, a forum, an organisation, a sector or a citizen group.`,
  }),
  annotation_invalid_node_id: (p) => ({
    sv: `"${str(p.id)}" är inte ett nod-id på systemkartan. En nod skrivs <slag>:<id>, t.ex. forum:f-lchnv, organisation:org-falun eller level:processgrupper, och en saknad sektor missing:<forum-id>/<sektor-id>.`,
    en: `"${str(p.id)}" is not a node id of the system map. A node is written <kind>:<id>, e.g. forum:f-lchnv, organisation:org-falun or level:processgrupper, and a missing sector missing:<forum id>/<sector id>.`,
  }),
  annotation_invalid_edge_id: (p) => ({
    sv: `"${str(p.id)}" är inte ett kant-id på systemkartan. En kant skrivs <slag>:<från-nod>><till-nod>, t.ex. member-of:forum:f-lchnv>leadership:ls-regional.`,
    en: `"${str(p.id)}" is not an edge id of the system map. An edge is written <kind>:<source node>><target node>, e.g. member-of:forum:f-lchnv>leadership:ls-regional.`,
  }),
  annotation_edge_shape: (p) => ({
    sv: `En kant av slaget "${str(p.kind)}" går aldrig från en nod av slaget "${str(p.sourceKind)}" till en av slaget "${str(p.targetKind)}" (tillåtet: ${str(p.allowed)}). Välj kanten på kartan, eller märk ett glapp mellan de två delarna i stället.`,
    en: `An edge of kind "${str(p.kind)}" never goes from a node of kind "${str(p.sourceKind)}" to one of kind "${str(p.targetKind)}" (allowed: ${str(p.allowed)}). Pick the edge on the map, or mark a gap between the two parts instead.`,
  }),
  annotation_unknown_node: (p) => ({
    sv: `Noden "${str(p.nodeId)}" pekar på "${str(p.id)}", som inte finns i ${collection(p, "sv")}. Ange en nod som finns på kartan.`,
    en: `The node "${str(p.nodeId)}" points to "${str(p.id)}", which is not in ${collection(p, "en")}. Give a node that is on the map.`,
  }),
  annotation_sector_not_required: (p) => ({
    sv: `Noden "${str(p.nodeId)}" står för en saknad sektor, men forumet ${str(p.forumId)} kräver inte sektorn ${str(p.sectorId)}, så den kan aldrig saknas där. Märk forumet eller sektorn i stället.`,
    en: `The node "${str(p.nodeId)}" stands for a missing sector, but the forum ${str(p.forumId)} does not require the sector ${str(p.sectorId)}, so it can never be missing there. Mark the forum or the sector instead.`,
  }),
  annotation_role_missing: () => ({
    sv: `En markering "här finns jag" (position) behöver en roll: skriv din roll, t.ex. "Socialchef i Ludvika".`,
    en: `A "here I am" mark (position) needs a role: write your role, e.g. "Head of social services in Ludvika".`,
  }),
  annotation_role_not_allowed: (p) => ({
    sv: `Bara en markering "här finns jag" (position) har en roll, inte en av slaget "${str(p.kind)}". Ta bort rollen eller lägg den i texten.`,
    en: `Only a "here I am" mark (position) has a role, not one of kind "${str(p.kind)}". Remove the role or put it in the text.`,
  }),
  annotation_position_target: (p) => ({
    sv: `En markering "här finns jag" (position) sätts på en nod, inte på en ${str(p.type) === "edge" ? "kant" : "glipa"}. Välj noden där du finns i systemet.`,
    en: `A "here I am" mark (position) goes on a node, not on ${str(p.type) === "edge" ? "an edge" : "a gap"}. Pick the node where you are in the system.`,
  }),
  annotation_gap_same_node: (p) => ({
    sv: `Ett glapp ligger mellan två olika delar, men båda ändarna är "${str(p.id)}". Ange två olika noder, eller märk noden själv.`,
    en: `A gap lies between two different parts, but both ends are "${str(p.id)}". Give two different nodes, or mark the node itself.`,
  }),
  annotation_text_missing: () => ({
    sv: "En anteckning (note) behöver en text. Skriv anteckningen, eller välj en grön eller röd prick.",
    en: "A note needs a text. Write the note, or choose a green or a red dot.",
  }),
};

/** Build a validation issue of the system map module. */
export function createSystemMapIssue(
  pathSegments: readonly PathSegment[],
  code: SystemMapIssueCode,
  params: IssueParams = {},
): ValidationIssue {
  return issueWithMessage(pathSegments, code, SYSTEM_MAP_ISSUE_MESSAGES[code](params), params);
}
