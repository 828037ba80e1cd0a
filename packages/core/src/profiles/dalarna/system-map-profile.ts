/**
 * Dalarna's part of the profile for the system map: the two logics of *Att leda hela systemet* as its levels, the
 * generic placement rules with Dalarna's regional forums placed as *Regional årsrapport 2025* describes them (§4.1.1,
 * §4.3), and the citizen groups a perspective can start from — the family of its perspective slide, with a child
 * with disabilities, here a family in Ludvika with the units it meets, and the frail elderly of the regional action
 * plan (*Regional årsrapport 2025*, §4.1.2).
 */
import type { Profile } from "../../profile/schema.js";
import {
  DEFAULT_CITIZEN_LEVEL,
  DEFAULT_ORGANISATION_PLACEMENT_RULES,
  DEFAULT_PERSON_PLACEMENT_RULES,
  DEFAULT_SECTOR_PLACEMENT_RULES,
  SEED_003_HIERARCHY_LEVELS,
  SEED_003_SYSTEM_LEVELS,
} from "../../system-map/defaults.js";
import type { PlacementRule, SystemMapLevel } from "../../system-map/schema.js";
import { deepFreeze } from "../shared/sample-builder.js";
import { DALARNA_REGIONAL_FORUM } from "./forums.js";
import { DALARNA_BODY } from "./organisations-hierarchy.js";
import { DALARNA_ORG } from "./organisations.js";

/** The family of the example in *Att leda hela systemet* (its perspective slide), in Ludvika: its id. */
export const DALARNA_FAMILY_GROUP_ID = "familj-barn-med-funktionsvariation";
/** The frail elderly of the regional action plan: its id. */
export const DALARNA_FRAIL_ELDERLY_GROUP_ID = "skora-aldre";

/**
 * The levels of the system logic in *Att leda hela systemet* (the SYSTEM column of the slide "Olika logiker existerar
 * samtidigt"), top to bottom, in the slide's words: the defaults' levels, by key and label (the profile carries no
 * descriptions of them). The hierarchy's levels and the residents' band are the defaults' as they are.
 */
const SYSTEM_LEVELS: readonly SystemMapLevel[] = SEED_003_SYSTEM_LEVELS.map(({ key, label }) => ({ key, label }));

/** People, organisations and sectors are placed by the project's defaults (first match wins). */
const COMMON_RULES: readonly PlacementRule[] = [
  ...DEFAULT_PERSON_PLACEMENT_RULES,
  ...DEFAULT_ORGANISATION_PLACEMENT_RULES,
  ...DEFAULT_SECTOR_PLACEMENT_RULES,
];

/**
 * Dalarna's own rules come before the generic ones: LGRS (the municipal directors and the regional director,
 * footnote 8) on the directors' level; BDU and Välfärdsrådet (politicians) and Vårdrådet (joint, regional) on
 * the political level; LCHNV and SCHNV (heads of departments and of social services) on the heads' level; the
 * local forums where most of their members stand; the regional leadership on the political level and the local
 * ones on the heads' level.
 */
const DALARNA_RULES: readonly PlacementRule[] = [
  {
    appliesTo: "forum",
    level: "kommun-och-regiondirektorer",
    forumIds: [DALARNA_REGIONAL_FORUM.lgrs],
    note: {
      sv: "LGRS: länets kommundirektörer samt regiondirektören (årsrapporten 2025, fotnot 8).",
      en: "LGRS: the county's municipal directors and the regional director (annual report 2025, footnote 8).",
    },
  },
  {
    appliesTo: "forum",
    level: "lansgemensam-politisk-niva",
    forumIds: [DALARNA_REGIONAL_FORUM.bdu, DALARNA_REGIONAL_FORUM.vfr, DALARNA_REGIONAL_FORUM.vardradet],
    note: {
      sv: "BDU och Välfärdsrådet är politiska forum; Vårdrådet är gemensamt för politiker och tjänstepersoner.",
      en: "BDU and Välfärdsrådet are political forums; Vårdrådet is joint for politicians and officials.",
    },
  },
  {
    appliesTo: "forum",
    level: "sektorschefer",
    forumIds: [DALARNA_REGIONAL_FORUM.lchnv, DALARNA_REGIONAL_FORUM.schnv],
    note: {
      sv: "Länsnätverket för förvaltningschefer och Socialchefsnätverket.",
      en: "The county network of heads of department and the network of heads of social services.",
    },
  },
  { appliesTo: "forum", level: "lansgemensam-politisk-niva", compositions: ["politicians"] },
  {
    appliesTo: "forum",
    levelFrom: "members",
    note: {
      sv: "De lokala systemledningarnas forum står där de flesta ledamöterna står.",
      en: "The local leaderships' forums stand where most of their members stand.",
    },
  },
  { appliesTo: "forum", level: "sektorschefer" },
  { appliesTo: "leadership", level: "lansgemensam-politisk-niva", leadershipLevels: ["regional"] },
  { appliesTo: "leadership", level: "sektorschefer" },
];

/**
 * Dalarna's `systemMap` part: the six system levels and four hierarchy levels of *Att leda hela systemet*, the citizen
 * level, the rules above followed by the common ones, the default level *Verksamhet*, and two citizen groups whose
 * contacts name Dalarna's sectors and, for the family in Ludvika, the units of Region Dalarna, Ludvika kommun and
 * Försäkringskassan it meets.
 */
export const DALARNA_SYSTEM_MAP_PROFILE: Pick<Profile, "systemMap"> = deepFreeze({
  systemMap: {
    systemLevels: [...SYSTEM_LEVELS],
    hierarchyLevels: [...SEED_003_HIERARCHY_LEVELS],
    citizenLevel: DEFAULT_CITIZEN_LEVEL,
    defaultLevel: "verksamhet",
    placement: [...DALARNA_RULES, ...COMMON_RULES],
    citizenGroups: [
      {
        id: DALARNA_FAMILY_GROUP_ID,
        name: {
          sv: "En familjs kontakter kring ett barn med funktionsvariationer",
          en: "A family's contacts around a child with disabilities",
        },
        shortName: { sv: "Familj i Ludvika", en: "Family in Ludvika" },
        description: {
          sv: 'Hälsolabbs exempel ("Systemet ser annorlunda ut beroende på ur vilket perspektiv man ser det"), här en familj i Ludvika: skolan och elevhälsan, habiliteringen, hälsocentralen, barn- och ungdomspsykiatrin, socialtjänsten och LSS, Försäkringskassan, tandvården och föreningslivet.',
          en: 'Hälsolabb\'s example ("The system looks different depending on the perspective you see it from"), here a family in Ludvika: the school and pupil health, habilitation, the health centre, child psychiatry, social services and LSS, the Social Insurance Agency, dental care and local associations.',
        },
        municipalityCodes: ["2085"],
        contacts: [
          {
            id: "skola",
            label: { sv: "Skola", en: "School" },
            sectorIds: ["skolchef"],
            organisationIds: [DALARNA_BODY.ludvikaSchools],
          },
          {
            id: "elevhalsa",
            label: { sv: "Elevhälsa", en: "Pupil health services" },
            sectorIds: ["elevhalsa"],
            organisationIds: [DALARNA_BODY.ludvikaPupilHealth],
          },
          {
            id: "habilitering",
            label: { sv: "Habilitering", en: "Habilitation" },
            sectorIds: ["specialistvard"],
            organisationIds: [DALARNA_BODY.habilitation],
          },
          {
            id: "halsocentral",
            label: { sv: "Hälsocentral", en: "Health centre" },
            sectorIds: ["primarvard"],
            organisationIds: [DALARNA_BODY.healthCentreLudvika],
          },
          {
            id: "bup",
            label: { sv: "Barn- och ungdomspsykiatri", en: "Child and adolescent psychiatry" },
            sectorIds: ["specialistvard"],
            organisationIds: [DALARNA_BODY.childPsychiatry],
          },
          {
            id: "socialtjanst",
            label: { sv: "Socialtjänst", en: "Social services" },
            sectorIds: ["socialtjanst"],
            organisationIds: [DALARNA_BODY.ludvikaFamilyCare],
          },
          {
            id: "lss",
            label: { sv: "Stöd enligt LSS", en: "Disability support (LSS)" },
            sectorIds: ["vard-och-omsorg"],
            organisationIds: [DALARNA_BODY.ludvikaDisabilitySupport],
          },
          {
            id: "forsakringskassan",
            label: { sv: "Försäkringskassan", en: "Social Insurance Agency" },
            sectorIds: ["forsakringskassa"],
            organisationIds: [DALARNA_ORG.forsakringskassan],
          },
          {
            id: "tandvard",
            label: { sv: "Tandvård", en: "Dental care" },
            sectorIds: ["folktandvard"],
            organisationIds: [DALARNA_BODY.dentalService],
          },
          {
            id: "fritid",
            label: { sv: "Fritid och föreningar", en: "Leisure and associations" },
            sectorIds: ["fritidsforvaltning", "civilsamhallet"],
          },
        ],
      },
      {
        id: DALARNA_FRAIL_ELDERLY_GROUP_ID,
        name: { sv: "Multisjuka sköra äldre", en: "Frail elderly people with multiple conditions" },
        shortName: { sv: "Sköra äldre", en: "Frail elderly" },
        description: {
          sv: "Målgruppen för den regionala handlingsplanen (prioriterat område 2025, årsrapporten 2025).",
          en: "The target group of the regional action plan (priority area 2025, annual report 2025).",
        },
        contacts: [
          {
            id: "hemtjanst",
            label: { sv: "Hemtjänst och hemsjukvård", en: "Home care and home health care" },
            sectorIds: ["vard-och-omsorg"],
          },
          { id: "primarvard", label: { sv: "Hälsocentral", en: "Health centre" }, sectorIds: ["primarvard"] },
          {
            id: "sjukhus",
            label: { sv: "Sjukhusvård och geriatrik", en: "Hospital care and geriatrics" },
            sectorIds: ["specialistvard"],
          },
          {
            id: "bistand",
            label: { sv: "Biståndshandläggning", en: "Needs assessment for social care" },
            sectorIds: ["socialtjanst"],
          },
          { id: "tandvard", label: { sv: "Tandvård", en: "Dental care" }, sectorIds: ["folktandvard"] },
          {
            id: "anhoriga",
            label: { sv: "Anhöriga och frivilliga", en: "Relatives and volunteers" },
            sectorIds: ["civilsamhallet"],
          },
        ],
      },
    ],
    notes: [
      {
        sv: 'Nivåerna är Hälsolabbs bild "Olika logiker existerar samtidigt" (SYSTEM och HIERARKI). Att LGRS står på direktörsnivån följer årsrapporten 2025; övriga placeringar följer de allmänna reglerna.',
        en: "The levels are Hälsolabb's picture \"Different logics exist at once\" (SYSTEM and HIERARCHY). LGRS standing on the directors' level follows the annual report 2025; the other placements follow the generic rules.",
      },
      {
        sv: "Familjen i Ludvika och dess kontakter är ett påhittat exempel efter Hälsolabbs bild; sköra äldre är handlingsplanens målgrupp.",
        en: "The family in Ludvika and its contacts are an invented example after Hälsolabb's picture; the frail elderly are the action plan's target group.",
      },
    ],
  },
});
