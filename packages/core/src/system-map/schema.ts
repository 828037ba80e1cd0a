/**
 * Schemas of the system map module (docs/domain.md, The system map; *Att leda hela systemet*):
 * the profile's `systemMap` part (the levels of the system logic and of the hierarchy, the rules that place
 * records on them, citizen groups for perspectives) and the workshop annotations of the workspace's
 * `annotations` collection (version 3). Each schema is also the type of the same name.
 */
import * as z from "zod";
import { defineSchema } from "../schema/define-schema.js";
import { ISSUE_MESSAGES, customIssueParams, type CommonIssueCode, type IssueParams } from "../common/issues.js";
import { Ext, Id, IsoDateTime, LocalizedText, LongText, OfficialCode, ShortText } from "../schema/primitives.js";
import {
  ForumComposition,
  LeadershipLevel,
  MemberKind,
  MembershipRole,
  OrganisationKind,
  OrganisationTier,
} from "../structure/schema.js";
import { SYSTEM_EDGE_ENDS, isSystemEdgeShape, parseSystemEdgeId, parseSystemNodeId } from "./ids.js";
import { SYSTEM_MAP_ISSUE_MESSAGES, type SystemMapIssueCode } from "./issues.js";

type CheckContext = { issues: { push(issue: unknown): void } };

function pushIssue(
  ctx: CheckContext,
  path: PropertyKey[],
  input: unknown,
  code: SystemMapIssueCode | CommonIssueCode,
  params: IssueParams = {},
): void {
  const message =
    code in SYSTEM_MAP_ISSUE_MESSAGES
      ? SYSTEM_MAP_ISSUE_MESSAGES[code as SystemMapIssueCode](params)
      : ISSUE_MESSAGES[code as CommonIssueCode](params);
  ctx.issues.push({ code: "custom", input, path, params: customIssueParams(code, message, params) });
}

/** A level (a horizontal band) of the system map: a stable key and its name. */
export const SystemMapLevel = defineSchema(() =>
  z.strictObject({
    /** Stable key, e.g. `processgrupper`; node ids of levels are `level:<key>`. */
    key: Id,
    label: LocalizedText,
    description: LocalizedText.optional(),
  }),
);
/** A level of the system map. */
export type SystemMapLevel = z.infer<typeof SystemMapLevel>;

/** A level of the hierarchy, with the tiers of bodies that stand on it (Nämndspolitik: committees). */
export const HierarchyLevel = defineSchema(() =>
  z.strictObject({
    key: Id,
    label: LocalizedText,
    /** The organisation tiers drawn on this level; every tier belongs to exactly one level. */
    tiers: z.array(OrganisationTier).min(1),
    description: LocalizedText.optional(),
  }),
);
/** A level of the hierarchy. */
export type HierarchyLevel = z.infer<typeof HierarchyLevel>;

/**
 * Place forums on a level: by composition, by the level of the leadership, by id; or `levelFrom: "members"`:
 * on the level where most of the forum's seated members stand that day (ties go to the upper level; a forum
 * without placed members is left to the next rule).
 */
export const ForumPlacementRule = defineSchema(() =>
  z.strictObject({
    appliesTo: z.literal("forum"),
    /** The level's key. Give `level` or `levelFrom`, not both. */
    level: Id.optional(),
    levelFrom: z.literal("members").optional(),
    compositions: z.array(ForumComposition).optional(),
    leadershipLevels: z.array(LeadershipLevel).optional(),
    forumIds: z.array(Id).optional(),
    /** Why the rule is there, for the people who maintain the profile. */
    note: LocalizedText.optional(),
  }),
);
/** A rule that places forums. */
export type ForumPlacementRule = z.infer<typeof ForumPlacementRule>;

/** Place leaderships on a level: by their level (regional, subregional, local) or by id. */
export const LeadershipPlacementRule = defineSchema(() =>
  z.strictObject({
    appliesTo: z.literal("leadership"),
    level: Id,
    leadershipLevels: z.array(LeadershipLevel).optional(),
    leadershipIds: z.array(Id).optional(),
    note: LocalizedText.optional(),
  }),
);
/** A rule that places leaderships. */
export type LeadershipPlacementRule = z.infer<typeof LeadershipPlacementRule>;

/**
 * Place people on a level: by the kind of member they are in any seat that day, by a role they hold in
 * one, by words of their title (any of them, ignoring case: "chef" matches "Socialchef"), or by id.
 */
export const PersonPlacementRule = defineSchema(() =>
  z.strictObject({
    appliesTo: z.literal("person"),
    level: Id,
    memberKinds: z.array(MemberKind).optional(),
    roles: z.array(MembershipRole).optional(),
    titleIncludes: z.array(ShortText).optional(),
    personIds: z.array(Id).optional(),
    note: LocalizedText.optional(),
  }),
);
/** A rule that places people. */
export type PersonPlacementRule = z.infer<typeof PersonPlacementRule>;

/** Place organisations on a level: by kind, by tier (bodies within a principal), or by id. */
export const OrganisationPlacementRule = defineSchema(() =>
  z.strictObject({
    appliesTo: z.literal("organisation"),
    level: Id,
    organisationKinds: z.array(OrganisationKind).optional(),
    tiers: z.array(OrganisationTier).optional(),
    organisationIds: z.array(Id).optional(),
    note: LocalizedText.optional(),
  }),
);
/** A rule that places organisations. */
export type OrganisationPlacementRule = z.infer<typeof OrganisationPlacementRule>;

/** Place sectors of the catalogue on a level. */
export const SectorPlacementRule = defineSchema(() =>
  z.strictObject({
    appliesTo: z.literal("sector"),
    level: Id,
    sectorIds: z.array(Id).optional(),
    note: LocalizedText.optional(),
  }),
);
/** A rule that places sectors. */
export type SectorPlacementRule = z.infer<typeof SectorPlacementRule>;

/**
 * A rule that places records of one kind on a level of the system logic. The rules are read in order and
 * the first whose criteria all hold wins (each criterion holds when the record has one of its values; a
 * criterion left out always holds). A record no rule places stands on the part's `defaultLevel`.
 */
export const PlacementRule = defineSchema(() =>
  z.discriminatedUnion("appliesTo", [
    ForumPlacementRule,
    LeadershipPlacementRule,
    PersonPlacementRule,
    OrganisationPlacementRule,
    SectorPlacementRule,
  ]),
);
/** A rule that places records of one kind on a level. */
export type PlacementRule = z.infer<typeof PlacementRule>;

/**
 * One part of the system a citizen group is in contact with (a school, habilitation, primary care, social
 * services): the sectors of the catalogue that answer for it and, where the workspace has them, the
 * organisations. A perspective links the group to these (`concerns` edges, labelled with the contact).
 */
export const CitizenContact = defineSchema(() =>
  z.strictObject({
    id: Id,
    label: LocalizedText,
    sectorIds: z.array(Id),
    organisationIds: z.array(Id).optional(),
    description: LocalizedText.optional(),
  }),
);
/** One part of the system a citizen group is in contact with. */
export type CitizenContact = z.infer<typeof CitizenContact>;

/**
 * A group of residents whose contacts a perspective follows (*Att leda hela systemet*, the slide "Systemet ser
 * annorlunda ut beroende på ur vilket perspektiv man ser det": "En familjs kontakter kring ett barn med
 * funktionsvariationer"), optionally in given municipalities.
 */
export const CitizenGroup = defineSchema(() =>
  z.strictObject({
    id: Id,
    name: LocalizedText,
    shortName: LocalizedText.optional(),
    description: LocalizedText.optional(),
    /** The municipalities (or region) the group lives in, when it is a particular place's. */
    municipalityCodes: z.array(OfficialCode).optional(),
    contacts: z.array(CitizenContact).min(1),
  }),
);
/** A group of residents whose contacts a perspective follows. */
export type CitizenGroup = z.infer<typeof CitizenGroup>;

/**
 * The profile's part for the system map: the levels of the system logic (`systemLevels`, top to bottom) and of the
 * hierarchy (`hierarchyLevels`), the band of citizen groups in a perspective (`citizenLevel`), the rules that place
 * records on the system levels (`placement`, first match wins, else `defaultLevel`), and the citizen groups. Absent
 * from a profile: `DEFAULT_SYSTEM_MAP_SETTINGS` (the levels of *Att leda hela systemet*, generic rules).
 *
 * Checked here: unique level keys (the citizen level's too), every rule's level and the default level among
 * the system levels, a forum rule with either `level` or `levelFrom`, every tier on exactly one hierarchy
 * level, unique citizen group and contact ids. References to sectors, records and codes are checked at the
 * door with the rest of the workspace.
 */
export const SystemMapProfileSettings = defineSchema(() =>
  z
    .strictObject({
      systemLevels: z.array(SystemMapLevel).min(1),
      hierarchyLevels: z.array(HierarchyLevel).min(1),
      citizenLevel: SystemMapLevel,
      /** The key of the system level a record stands on when no rule places it. */
      defaultLevel: Id,
      placement: z.array(PlacementRule),
      citizenGroups: z.array(CitizenGroup),
      /** Statements about the data: what is sourced, what is plausible. */
      notes: z.array(LocalizedText).optional(),
    })
    .check((ctx) => {
      const { systemLevels, hierarchyLevels, citizenLevel, defaultLevel, placement, citizenGroups } = ctx.value;
      const systemKeys = new Set<string>();
      systemLevels.forEach((level, i) => {
        if (systemKeys.has(level.key))
          pushIssue(ctx, ["systemLevels", i, "key"], level.key, "duplicate_value", { value: level.key });
        systemKeys.add(level.key);
      });
      if (systemKeys.has(citizenLevel.key))
        pushIssue(ctx, ["citizenLevel", "key"], citizenLevel.key, "duplicate_value", { value: citizenLevel.key });
      const known = [...systemKeys].join(", ");
      if (!systemKeys.has(defaultLevel))
        pushIssue(ctx, ["defaultLevel"], defaultLevel, "system_map_unknown_level", { level: defaultLevel, known });
      placement.forEach((rule, i) => {
        if (rule.level !== undefined && !systemKeys.has(rule.level))
          pushIssue(ctx, ["placement", i, "level"], rule.level, "system_map_unknown_level", {
            level: rule.level,
            known,
          });
        if (rule.appliesTo === "forum" && (rule.level === undefined) === (rule.levelFrom === undefined))
          pushIssue(ctx, ["placement", i], rule, "system_map_rule_level");
      });
      const hierarchyKeys = new Set<string>();
      const tiers = new Set<string>();
      hierarchyLevels.forEach((level, i) => {
        if (hierarchyKeys.has(level.key))
          pushIssue(ctx, ["hierarchyLevels", i, "key"], level.key, "duplicate_value", { value: level.key });
        hierarchyKeys.add(level.key);
        level.tiers.forEach((tier, j) => {
          if (tiers.has(tier))
            pushIssue(ctx, ["hierarchyLevels", i, "tiers", j], tier, "duplicate_value", { value: tier });
          tiers.add(tier);
        });
      });
      for (const tier of OrganisationTier.options)
        if (!tiers.has(tier)) pushIssue(ctx, ["hierarchyLevels"], hierarchyLevels, "system_map_tier_missing", { tier });
      const groupIds = new Map<string, number>();
      citizenGroups.forEach((group, i) => {
        const first = groupIds.get(group.id);
        if (first !== undefined)
          pushIssue(ctx, ["citizenGroups", i, "id"], group.id, "duplicate_id", {
            id: group.id,
            first: `citizenGroups[${first}]`,
          });
        else groupIds.set(group.id, i);
        const contactIds = new Map<string, number>();
        group.contacts.forEach((contact, j) => {
          const earlier = contactIds.get(contact.id);
          if (earlier !== undefined)
            pushIssue(ctx, ["citizenGroups", i, "contacts", j, "id"], contact.id, "duplicate_id", {
              id: contact.id,
              first: `citizenGroups[${i}].contacts[${earlier}]`,
            });
          else contactIds.set(contact.id, j);
        });
      });
    }),
);
/** The profile's part for the system map. */
export type SystemMapProfileSettings = z.infer<typeof SystemMapProfileSettings>;

/**
 * What an annotation says (*Att leda hela systemet*, the workshop's Övning 1):
 * - `position`: "here I am in the system" — a ring on the map, with the participant's `role`;
 * - `works-well`: a green dot — governance works well here;
 * - `needs-improvement`: a red dot — governance needs to improve here;
 * - `note`: a note (a post-it) with a text.
 */
export const SystemAnnotationKind = z.enum(["position", "works-well", "needs-improvement", "note"]);
/** What an annotation says. */
export type SystemAnnotationKind = z.infer<typeof SystemAnnotationKind>;

/** A node or edge id as written in an annotation; its form is checked by the annotation's own rules. */
const GraphIdText = z.string().min(1).max(1_000);

/**
 * Where an annotation sits: on a node, on an edge, or on the gap *between* two parts (*Att leda hela systemet*, the
 * workshop's Övning 1: "Tänk särskilt på mellanrum och glapp i systemet!"). Ids are the map's stable ids
 * (`forum:f-lchnv`, `member-of:forum:f-lchnv>leadership:ls-regional`), so a mark made on one view shows on every view
 * that has its target.
 */
export const SystemAnnotationTarget = defineSchema(() =>
  z.discriminatedUnion("type", [
    z.strictObject({ type: z.literal("node"), nodeId: GraphIdText }),
    z.strictObject({ type: z.literal("edge"), edgeId: GraphIdText }),
    z.strictObject({ type: z.literal("gap"), between: z.tuple([GraphIdText, GraphIdText]) }),
  ]),
);
/** Where an annotation sits. */
export type SystemAnnotationTarget = z.infer<typeof SystemAnnotationTarget>;

function checkNodeId(ctx: CheckContext, path: PropertyKey[], id: string): void {
  if (parseSystemNodeId(id) === null) pushIssue(ctx, path, id, "annotation_invalid_node_id", { id });
}

/**
 * A workshop's mark on the system map (docs/domain.md, The system map): a participant's position, a green or red dot,
 * or a note, on a node, an edge or a gap between two parts. `author` is free text and never required; a workshop's
 * marks share a `workshopId` (any id the host chooses, e.g. the meeting or event it was held at).
 *
 * Checked here: the form of node and edge ids (an edge joins the kinds of node its kind joins), a position
 * on a node and with a role, a role only on a position, a note with a text, a gap between two different
 * nodes. That the records behind the ids exist is checked at the door and by {@link addAnnotation}.
 *
 * @example
 * SystemAnnotation.parse({ id: "a-1", kind: "needs-improvement", target: { type: "gap", between: ["forum:f-lchnv", "forum:f-bdu"] },
 *   text: "Tjänstepersonernas och politikernas forum möts aldrig.", createdAt: "2025-02-07T10:40:00+01:00" });
 */
export const SystemAnnotation = defineSchema(() =>
  z
    .strictObject({
      id: Id,
      /** The workshop the mark was made at; groups a workshop's marks. */
      workshopId: Id.optional(),
      kind: SystemAnnotationKind,
      /** For a position: the participant's role in their own words ("Socialchef i Ludvika"). */
      role: ShortText.optional(),
      target: SystemAnnotationTarget,
      /** What the participant wrote (the post-it). */
      text: LongText.optional(),
      /** Who made the mark, in free text; never required (workshop dots are often anonymous). */
      author: ShortText.optional(),
      createdAt: IsoDateTime,
      ext: Ext.optional(),
    })
    .check((ctx) => {
      const { kind, role, target, text } = ctx.value;
      if (target.type === "node") checkNodeId(ctx, ["target", "nodeId"], target.nodeId);
      else if (target.type === "gap") {
        target.between.forEach((id, k) => checkNodeId(ctx, ["target", "between", k], id));
        if (target.between[0] === target.between[1])
          pushIssue(ctx, ["target", "between", 1], target.between[1], "annotation_gap_same_node", {
            id: target.between[1],
          });
      } else {
        const edge = parseSystemEdgeId(target.edgeId);
        const source = edge === null ? null : parseSystemNodeId(edge.source);
        const sink = edge === null ? null : parseSystemNodeId(edge.target);
        if (edge === null || source === null || sink === null)
          pushIssue(ctx, ["target", "edgeId"], target.edgeId, "annotation_invalid_edge_id", { id: target.edgeId });
        else if (!isSystemEdgeShape(edge.kind, source.kind, sink.kind)) {
          const allowed = SYSTEM_EDGE_ENDS[edge.kind].map(([s, t]) => `${s} → ${t}`).join(", ");
          pushIssue(ctx, ["target", "edgeId"], target.edgeId, "annotation_edge_shape", {
            kind: edge.kind,
            sourceKind: source.kind,
            targetKind: sink.kind,
            allowed,
          });
        }
      }
      if (kind === "position") {
        if (role === undefined) pushIssue(ctx, ["role"], role, "annotation_role_missing");
        if (target.type !== "node")
          pushIssue(ctx, ["target", "type"], target.type, "annotation_position_target", { type: target.type });
      } else if (role !== undefined) pushIssue(ctx, ["role"], role, "annotation_role_not_allowed", { kind });
      if (kind === "note" && (text === undefined || text.trim() === ""))
        pushIssue(ctx, ["text"], text, "annotation_text_missing");
    }),
);
/** A workshop's mark on the system map. */
export type SystemAnnotation = z.infer<typeof SystemAnnotation>;
