/**
 * The system map's settings for a profile without a `systemMap` part: the two logics of *Att leda hela systemet*
 * (Hälsolabb's picture is national, not a county's), placement rules that need no county's ids, and two citizen groups
 * named by the Metodstöd's sector ids. Plain data: no zod at runtime, so the profiles can reuse the levels.
 */
import type { LocalizedText } from "../schema/primitives.js";
import type { Profile } from "../profile/schema.js";
import type {
  CitizenGroup,
  HierarchyLevel,
  PlacementRule,
  SystemMapLevel,
  SystemMapProfileSettings,
} from "./schema.js";

/** Freeze `value` and everything in it: the defaults are shared by every workspace without a part of its own. */
function freezeDeep<TValue>(value: TValue): TValue {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) freezeDeep(child);
  }
  return value;
}

/**
 * The levels of the system logic as *Att leda hela systemet* draws them (the SYSTEM column of the slide
 * "Olika logiker existerar samtidigt"), top to bottom: Länsgemensam politisk nivå; Kommun- och
 * regiondirektörer; Social-, hälso- och sjukvård- och skolchefer; Processgrupper; Verksamhetsutvecklare;
 * Verksamhet. The Swedish labels are the slide's words.
 */
export const SEED_003_SYSTEM_LEVELS: readonly SystemMapLevel[] = freezeDeep([
  {
    key: "lansgemensam-politisk-niva",
    label: { sv: "Länsgemensam politisk nivå", en: "County-wide political level" },
    description: {
      sv: "Politiska samverkansforum för kommunerna och regionen.",
      en: "Political forums of the municipalities and the region together.",
    },
  },
  {
    key: "kommun-och-regiondirektorer",
    label: { sv: "Kommun- och regiondirektörer", en: "Municipal and regional directors" },
    description: {
      sv: "Huvudmännens högsta tjänstepersoner och deras samverkan.",
      en: "The principals' chief executives and their collaboration.",
    },
  },
  {
    key: "sektorschefer",
    label: {
      sv: "Social-, hälso- och sjukvård- och skolchefer",
      en: "Heads of social services, health care and schools",
    },
    description: {
      sv: "Förvaltnings- och verksamhetschefer som möts i systemledningarna.",
      en: "Heads of departments and services who meet in the system leaderships.",
    },
  },
  {
    key: "processgrupper",
    label: { sv: "Processgrupper", en: "Process groups" },
    description: {
      sv: "Grupper och processledare som bereder och driver frågor mellan forumen.",
      en: "Groups and process leaders who prepare and drive issues between the forums.",
    },
  },
  {
    key: "verksamhetsutvecklare",
    label: { sv: "Verksamhetsutvecklare", en: "Development officers" },
    description: {
      sv: "Utvecklingsledare och stödfunktioner som gör verkstad av besluten.",
      en: "Development leads and support functions who put the decisions into practice.",
    },
  },
  {
    key: "verksamhet",
    label: { sv: "Verksamhet", en: "Operations" },
    description: {
      sv: "Där invånarna möter vården, omsorgen och skolan.",
      en: "Where residents meet care, social services and school.",
    },
  },
]);

/**
 * The levels of the hierarchy as *Att leda hela systemet* draws them (the HIERARKI column of the same slide),
 * top to bottom: Kommunfullmäktige; Nämndspolitik; Förvaltningshierarki; Verksamhet. Its *Verksamhet* is the
 * system logic's: the same key, so a mark on one is on the other, as the slide's picture shares it.
 */
export const SEED_003_HIERARCHY_LEVELS: readonly HierarchyLevel[] = freezeDeep([
  { key: "kommunfullmaktige", label: { sv: "Kommunfullmäktige", en: "Municipal council" }, tiers: ["council"] },
  { key: "namndspolitik", label: { sv: "Nämndspolitik", en: "Committee politics" }, tiers: ["committee"] },
  {
    key: "forvaltningshierarki",
    label: { sv: "Förvaltningshierarki", en: "Administrative hierarchy" },
    tiers: ["administration"],
  },
  { key: "verksamhet", label: { sv: "Verksamhet", en: "Operations" }, tiers: ["operation"] },
]);

/** The band of citizen groups in a perspective, below the system's levels. */
export const DEFAULT_CITIZEN_LEVEL: SystemMapLevel = freezeDeep({
  key: "invanare",
  label: { sv: "Invånare", en: "Residents" },
});

/** People by kind, title and role, first match wins (see {@link DEFAULT_PLACEMENT_RULES}); the profiles reuse them. */
export const DEFAULT_PERSON_PLACEMENT_RULES: readonly PlacementRule[] = freezeDeep([
  { appliesTo: "person", level: "lansgemensam-politisk-niva", memberKinds: ["politician"] },
  { appliesTo: "person", level: "kommun-och-regiondirektorer", titleIncludes: ["kommundirektör", "regiondirektör"] },
  { appliesTo: "person", level: "processgrupper", roles: ["process-leader"] },
  {
    appliesTo: "person",
    level: "verksamhetsutvecklare",
    titleIncludes: ["utvecklingsledare", "utvecklare", "processledare", "samordnare"],
  },
  { appliesTo: "person", level: "sektorschefer", titleIncludes: ["chef", "direktör"] },
]);

/** Organisations by tier and kind, first match wins (see {@link DEFAULT_PLACEMENT_RULES}). */
export const DEFAULT_ORGANISATION_PLACEMENT_RULES: readonly PlacementRule[] = freezeDeep([
  { appliesTo: "organisation", level: "lansgemensam-politisk-niva", tiers: ["council", "committee"] },
  { appliesTo: "organisation", level: "sektorschefer", tiers: ["administration"] },
  { appliesTo: "organisation", level: "verksamhet", tiers: ["operation"] },
  {
    appliesTo: "organisation",
    level: "kommun-och-regiondirektorer",
    organisationKinds: ["region", "municipality", "municipal-association"],
  },
  { appliesTo: "organisation", level: "verksamhetsutvecklare", organisationKinds: ["support-structure"] },
]);

/** Sectors: the politicians' sector on the political level (see {@link DEFAULT_PLACEMENT_RULES}). */
export const DEFAULT_SECTOR_PLACEMENT_RULES: readonly PlacementRule[] = freezeDeep([
  { appliesTo: "sector", level: "lansgemensam-politisk-niva", sectorIds: ["politiker"] },
]);

/**
 * Placement rules that need no county's ids, first match wins:
 * - forums: politicians only, or joint and regional → the political level; otherwise the level where most of
 *   their seated members stand (LGRS of the directors lands with the directors); else the heads' level;
 * - leaderships: regional → the political level; the others → the heads' level;
 * - people: politicians → the political level; titles with "kommundirektör"/"regiondirektör" → directors;
 *   process leaders → process groups; development titles → development officers; titles with "chef" or
 *   "direktör" → the heads' level; anyone else → operations;
 * - organisations: councils and committees → the political level; administrations → the heads' level;
 *   operations → operations; principals and municipal associations → directors; support structures (RSS)
 *   → development officers; agencies, civil society and others → operations;
 * - sectors: Politiker → the political level; the others → operations.
 */
export const DEFAULT_PLACEMENT_RULES: readonly PlacementRule[] = freezeDeep([
  { appliesTo: "forum", level: "lansgemensam-politisk-niva", compositions: ["politicians"] },
  { appliesTo: "forum", level: "lansgemensam-politisk-niva", compositions: ["joint"], leadershipLevels: ["regional"] },
  { appliesTo: "forum", levelFrom: "members" },
  { appliesTo: "forum", level: "sektorschefer" },
  { appliesTo: "leadership", level: "lansgemensam-politisk-niva", leadershipLevels: ["regional"] },
  { appliesTo: "leadership", level: "sektorschefer" },
  ...DEFAULT_PERSON_PLACEMENT_RULES,
  ...DEFAULT_ORGANISATION_PLACEMENT_RULES,
  ...DEFAULT_SECTOR_PLACEMENT_RULES,
]);

const contact = (id: string, sv: string, en: string, sectorIds: readonly string[]) => ({
  id,
  label: { sv, en },
  sectorIds: [...sectorIds],
});

/**
 * The example in *Att leda hela systemet* (the slide "Systemet ser annorlunda ut beroende på ur vilket perspektiv man
 * ser det"), "En familjs kontakter kring ett barn med funktionsvariationer": the parts of the system
 * such a family touches, named by the Metodstöd's sector ids (a profile without those sectors gets no edge
 * for them).
 */
export const FAMILY_WITH_DISABLED_CHILD: CitizenGroup = freezeDeep({
  id: "familj-barn-med-funktionsvariation",
  name: {
    sv: "En familjs kontakter kring ett barn med funktionsvariationer",
    en: "A family's contacts around a child with disabilities",
  },
  shortName: { sv: "Familj med barn med funktionsvariationer", en: "Family with a disabled child" },
  description: {
    sv: 'Exemplet i Hälsolabbs bild "Systemet ser annorlunda ut beroende på ur vilket perspektiv man ser det".',
    en: 'The example of Hälsolabb\'s picture "The system looks different depending on the perspective you see it from".',
  },
  contacts: [
    contact("skola", "Skola", "School", ["skolchef"]),
    contact("elevhalsa", "Elevhälsa", "Pupil health services", ["elevhalsa"]),
    contact("habilitering", "Habilitering", "Habilitation", ["specialistvard"]),
    contact("primarvard", "Primärvård", "Primary care", ["primarvard"]),
    contact("socialtjanst", "Socialtjänst och LSS", "Social services and disability support (LSS)", [
      "socialtjanst",
      "vard-och-omsorg",
    ]),
    contact("forsakringskassa", "Försäkringskassan", "Social Insurance Agency", ["forsakringskassa"]),
    contact("tandvard", "Tandvård", "Dental care", ["folktandvard"]),
    contact("fritid", "Fritid", "Leisure", ["fritidsforvaltning"]),
    contact("foreningar", "Föreningar och civilsamhälle", "Associations and civil society", ["civilsamhallet"]),
  ],
});

/**
 * Frail elderly people with extensive needs, the target group of Dalarna's regional action plan
 * (*Regional årsrapport 2025*, §4.1.2).
 */
export const FRAIL_ELDERLY: CitizenGroup = freezeDeep({
  id: "skora-aldre",
  name: { sv: "Multisjuka sköra äldre", en: "Frail elderly people with multiple conditions" },
  shortName: { sv: "Sköra äldre", en: "Frail elderly" },
  contacts: [
    contact("hemtjanst", "Hemtjänst och hemsjukvård", "Home care and home health care", ["vard-och-omsorg"]),
    contact("primarvard", "Primärvård", "Primary care", ["primarvard"]),
    contact("specialistvard", "Sjukhusvård och geriatrik", "Hospital care and geriatrics", ["specialistvard"]),
    contact("socialtjanst", "Biståndshandläggning", "Needs assessment for social care", ["socialtjanst"]),
    contact("tandvard", "Tandvård", "Dental care", ["folktandvard"]),
    contact("civilsamhalle", "Anhöriga och frivilliga", "Relatives and volunteers", ["civilsamhallet"]),
  ],
});

const DEFAULT_NOTES: readonly LocalizedText[] = [
  {
    sv: 'Nivåerna är Hälsolabbs bild "Olika logiker existerar samtidigt" (SYSTEM och HIERARKI). Placeringsreglerna och invånargrupperna är projektets allmänna förval.',
    en: "The levels are Hälsolabb's picture \"Different logics exist at once\" (SYSTEM and HIERARCHY). The placement rules and citizen groups are the project's generic defaults.",
  },
];

/**
 * The settings a profile without a `systemMap` part gets: the levels of *Att leda hela systemet*,
 * {@link DEFAULT_PLACEMENT_RULES}, the default level *Verksamhet*, and the citizen groups
 * {@link FAMILY_WITH_DISABLED_CHILD} and {@link FRAIL_ELDERLY}.
 *
 * @example
 * DEFAULT_SYSTEM_MAP_SETTINGS.systemLevels.map((l) => l.label.sv)[0]; // "Länsgemensam politisk nivå"
 */
export const DEFAULT_SYSTEM_MAP_SETTINGS: SystemMapProfileSettings = freezeDeep({
  systemLevels: [...SEED_003_SYSTEM_LEVELS],
  hierarchyLevels: [...SEED_003_HIERARCHY_LEVELS],
  citizenLevel: DEFAULT_CITIZEN_LEVEL,
  defaultLevel: "verksamhet",
  placement: [...DEFAULT_PLACEMENT_RULES],
  citizenGroups: [FAMILY_WITH_DISABLED_CHILD, FRAIL_ELDERLY],
  notes: [...DEFAULT_NOTES],
});

/**
 * The system map settings of a profile: its own `systemMap` part, or {@link DEFAULT_SYSTEM_MAP_SETTINGS}.
 *
 * @example
 * getSystemMapSettings(ws.profile).systemLevels.length; // 6
 */
export function getSystemMapSettings(profile: Pick<Profile, "systemMap">): SystemMapProfileSettings {
  return profile.systemMap ?? DEFAULT_SYSTEM_MAP_SETTINGS;
}
