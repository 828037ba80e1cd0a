/**
 * Kalmar's part of the profile for the system map: the levels of *Att leda hela systemet* (Hälsolabb's picture is
 * national), placement rules that put LGL (joint, county-wide) and the presidium conference (politicians) on the
 * county-wide political level, and the family of its perspective slide (a child with disabilities), with the contacts
 * named by Kalmar's five sectors and the user representatives' organisations. Data only, like the rest of the Kalmar
 * profile.
 */
import type { Profile } from "../../profile/schema.js";
import type { HierarchyLevel, PlacementRule, SystemMapLevel } from "../../system-map/schema.js";
import { deepFreeze } from "../shared/sample-builder.js";
import { KALMAR_ORG } from "./organisations.js";

/**
 * The levels of the system logic in *Att leda hela systemet* (the SYSTEM column of the slide "Olika logiker
 * existerar samtidigt"), top to bottom, in the slide's words.
 */
const SYSTEM_LEVELS: readonly SystemMapLevel[] = [
  { key: "lansgemensam-politisk-niva", label: { sv: "Länsgemensam politisk nivå", en: "County-wide political level" } },
  {
    key: "kommun-och-regiondirektorer",
    label: { sv: "Kommun- och regiondirektörer", en: "Municipal and regional directors" },
  },
  {
    key: "sektorschefer",
    label: {
      sv: "Social-, hälso- och sjukvård- och skolchefer",
      en: "Heads of social services, health care and schools",
    },
  },
  { key: "processgrupper", label: { sv: "Processgrupper", en: "Process groups" } },
  { key: "verksamhetsutvecklare", label: { sv: "Verksamhetsutvecklare", en: "Development officers" } },
  { key: "verksamhet", label: { sv: "Verksamhet", en: "Operations" } },
];

/**
 * The levels of the hierarchy in *Att leda hela systemet* (the HIERARKI column of the same slide), top to bottom;
 * *Verksamhet* is the system logic's too.
 */
const HIERARCHY_LEVELS: readonly HierarchyLevel[] = [
  { key: "kommunfullmaktige", label: { sv: "Kommunfullmäktige", en: "Municipal council" }, tiers: ["council"] },
  { key: "namndspolitik", label: { sv: "Nämndspolitik", en: "Committee politics" }, tiers: ["committee"] },
  {
    key: "forvaltningshierarki",
    label: { sv: "Förvaltningshierarki", en: "Administrative hierarchy" },
    tiers: ["administration"],
  },
  { key: "verksamhet", label: { sv: "Verksamhet", en: "Operations" }, tiers: ["operation"] },
];

/**
 * Kalmar's rules, first match wins: the political forums and LGL (joint, county-wide) on the political level,
 * other forums where most of their members stand; LGL's leadership on the political level; people, bodies
 * and sectors by the common rules (the municipal association's director, *Förbundsdirektör*, among the heads).
 */
const RULES: readonly PlacementRule[] = [
  { appliesTo: "forum", level: "lansgemensam-politisk-niva", compositions: ["politicians"] },
  { appliesTo: "forum", level: "lansgemensam-politisk-niva", compositions: ["joint"], leadershipLevels: ["regional"] },
  { appliesTo: "forum", levelFrom: "members" },
  { appliesTo: "leadership", level: "lansgemensam-politisk-niva", leadershipLevels: ["regional"] },
  { appliesTo: "leadership", level: "sektorschefer" },
  { appliesTo: "person", level: "lansgemensam-politisk-niva", memberKinds: ["politician"] },
  { appliesTo: "person", level: "kommun-och-regiondirektorer", titleIncludes: ["kommundirektör", "regiondirektör"] },
  { appliesTo: "person", level: "processgrupper", roles: ["process-leader"] },
  {
    appliesTo: "person",
    level: "verksamhetsutvecklare",
    titleIncludes: ["utvecklingsledare", "utvecklare", "processledare", "samordnare"],
  },
  { appliesTo: "person", level: "sektorschefer", titleIncludes: ["chef", "direktör"] },
  { appliesTo: "organisation", level: "lansgemensam-politisk-niva", tiers: ["council", "committee"] },
  { appliesTo: "organisation", level: "sektorschefer", tiers: ["administration"] },
  { appliesTo: "organisation", level: "verksamhet", tiers: ["operation"] },
  {
    appliesTo: "organisation",
    level: "kommun-och-regiondirektorer",
    organisationKinds: ["region", "municipality", "municipal-association"],
  },
  { appliesTo: "sector", level: "lansgemensam-politisk-niva", sectorIds: ["politiker"] },
];

/** Kalmar's `systemMap` part. */
export const KALMAR_SYSTEM_MAP_PROFILE: Pick<Profile, "systemMap"> = deepFreeze({
  systemMap: {
    systemLevels: [...SYSTEM_LEVELS],
    hierarchyLevels: [...HIERARCHY_LEVELS],
    citizenLevel: { key: "invanare", label: { sv: "Invånare", en: "Residents" } },
    defaultLevel: "verksamhet",
    placement: [...RULES],
    citizenGroups: [
      {
        id: "familj-barn-med-funktionsvariation",
        name: {
          sv: "En familjs kontakter kring ett barn med funktionsvariationer",
          en: "A family's contacts around a child with disabilities",
        },
        shortName: { sv: "Familj med barn med funktionsvariationer", en: "Family with a disabled child" },
        description: {
          sv: "Hälsolabbs exempel, med kontakterna i Kalmar läns sektorer.",
          en: "Hälsolabb's example, with the contacts in Kalmar County's sectors.",
        },
        contacts: [
          { id: "skola", label: { sv: "Skola och elevhälsa", en: "School and pupil health" }, sectorIds: ["skola"] },
          {
            id: "vard",
            label: { sv: "Primärvård och habilitering", en: "Primary care and habilitation" },
            sectorIds: ["halso-och-sjukvard"],
          },
          {
            id: "socialtjanst",
            label: { sv: "Socialtjänst och LSS", en: "Social services and disability support (LSS)" },
            sectorIds: ["socialtjanst"],
          },
          {
            id: "funktionsratt",
            label: { sv: "Funktionsrättsorganisationer", en: "Disability rights organisations" },
            sectorIds: ["brukare"],
            organisationIds: [KALMAR_ORG.funktionsratt],
          },
        ],
      },
    ],
    notes: [
      {
        sv: "Nivåerna är Hälsolabbs bild (SYSTEM och HIERARKI); familjens kontakter är ett exempel efter samma bild.",
        en: "The levels are Hälsolabb's picture (SYSTEM and HIERARCHY); the family's contacts are an example after the same picture.",
      },
    ],
  },
});
