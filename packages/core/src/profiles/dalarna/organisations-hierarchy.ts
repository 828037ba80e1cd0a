/**
 * The hierarchy of three principals of the Dalarna sample, for the system map's hierarchy view (*Att leda hela
 * systemet*, the HIERARKI column: fullmäktige → nämnder → förvaltningar → verksamheter): Region Dalarna and the two
 * municipalities of Västerbergslagen, Ludvika and Smedjebacken. Every body is a public body by the name every Swedish
 * region or municipality gives such a body ("Socialnämnden, Ludvika kommun"); how each principal actually divides its
 * committees and departments differs and is not taken from the sources (see the profile's notes). No people.
 */
import type { Organisation, OrganisationTier } from "../../structure/schema.js";
import { deepFreeze } from "../shared/sample-builder.js";
import { REGION_DALARNA_ORG_ID, municipalityOrgId } from "./municipalities.js";

/** A body as one row: id, name, tier, parent id (the principal for a council). */
type BodyRow = readonly [id: string, name: string, tier: OrganisationTier, parentId: string, shortName?: string];

const LUDVIKA = municipalityOrgId("ludvika");
const SMEDJEBACKEN = municipalityOrgId("smedjebacken");

/** Ids of the bodies other modules of the sample refer to (the citizen groups, the workshop's marks). */
export const DALARNA_BODY = {
  regionCouncil: "org-rd-regionfullmaktige",
  regionBoard: "org-rd-regionstyrelsen",
  healthCommittee: "org-rd-hsn",
  developmentCommittee: "org-rd-run",
  healthAdministration: "org-rd-hsf",
  healthCentreLudvika: "org-rd-hc-ludvika",
  healthCentreSmedjebacken: "org-rd-hc-smedjebacken",
  ludvikaHospital: "org-rd-ludvika-lasarett",
  habilitation: "org-rd-habiliteringen",
  childPsychiatry: "org-rd-bup",
  dentalService: "org-rd-folktandvarden",
  ludvikaCouncil: "org-ludvika-kf",
  ludvikaBoard: "org-ludvika-ks",
  ludvikaSocialCommittee: "org-ludvika-sn",
  ludvikaEducationCommittee: "org-ludvika-bun",
  ludvikaSocialAdministration: "org-ludvika-sof",
  ludvikaEducationAdministration: "org-ludvika-buf",
  ludvikaFamilyCare: "org-ludvika-ifo",
  ludvikaDisabilitySupport: "org-ludvika-lss",
  ludvikaHomeCare: "org-ludvika-hemtjanst",
  ludvikaPupilHealth: "org-ludvika-elevhalsa",
  ludvikaSchools: "org-ludvika-grundskola",
  smedjebackenCouncil: "org-smedjebacken-kf",
  smedjebackenBoard: "org-smedjebacken-ks",
  smedjebackenSocialCommittee: "org-smedjebacken-sn",
  smedjebackenEducationCommittee: "org-smedjebacken-bun",
  smedjebackenSocialAdministration: "org-smedjebacken-sof",
  smedjebackenEducationAdministration: "org-smedjebacken-buf",
  smedjebackenFamilyCare: "org-smedjebacken-ifo",
  smedjebackenHomeCare: "org-smedjebacken-hemtjanst",
  smedjebackenPupilHealth: "org-smedjebacken-elevhalsa",
} as const;

const B = DALARNA_BODY;

const REGION_ROWS: readonly BodyRow[] = [
  [B.regionCouncil, "Regionfullmäktige, Region Dalarna", "council", REGION_DALARNA_ORG_ID, "Regionfullmäktige"],
  [B.regionBoard, "Regionstyrelsen, Region Dalarna", "committee", B.regionCouncil, "Regionstyrelsen"],
  [
    B.healthCommittee,
    "Hälso- och sjukvårdsnämnden, Region Dalarna",
    "committee",
    B.regionCouncil,
    "Hälso- och sjukvårdsnämnden",
  ],
  [
    B.developmentCommittee,
    "Regionala utvecklingsnämnden, Region Dalarna",
    "committee",
    B.regionCouncil,
    "Regionala utvecklingsnämnden",
  ],
  [
    B.healthAdministration,
    "Hälso- och sjukvårdsförvaltningen, Region Dalarna",
    "administration",
    B.healthCommittee,
    "Hälso- och sjukvårdsförvaltningen",
  ],
  [
    B.healthCentreLudvika,
    "Hälsocentralen i Ludvika, Region Dalarna",
    "operation",
    B.healthAdministration,
    "Hälsocentralen i Ludvika",
  ],
  [
    B.healthCentreSmedjebacken,
    "Hälsocentralen i Smedjebacken, Region Dalarna",
    "operation",
    B.healthAdministration,
    "Hälsocentralen i Smedjebacken",
  ],
  [B.ludvikaHospital, "Ludvika lasarett, Region Dalarna", "operation", B.healthAdministration, "Ludvika lasarett"],
  [B.habilitation, "Habiliteringen, Region Dalarna", "operation", B.healthAdministration, "Habiliteringen"],
  [B.childPsychiatry, "Barn- och ungdomspsykiatrin, Region Dalarna", "operation", B.healthAdministration, "BUP"],
  [B.dentalService, "Folktandvården, Region Dalarna", "operation", B.healthAdministration, "Folktandvården"],
];

/** The bodies of a municipality: council, executive board, social and education committees, their departments and units. */
function municipalRows(
  parent: string,
  key: "ludvika" | "smedjebacken",
  municipality: string,
  withDisabilitySupport: boolean,
): BodyRow[] {
  const id = (suffix: string) => `org-${key}-${suffix}`;
  const of = (name: string) => `${name}, ${municipality}`;
  return [
    [id("kf"), of("Kommunfullmäktige"), "council", parent, "Kommunfullmäktige"],
    [id("ks"), of("Kommunstyrelsen"), "committee", id("kf"), "Kommunstyrelsen"],
    [id("sn"), of("Socialnämnden"), "committee", id("kf"), "Socialnämnden"],
    [id("bun"), of("Barn- och utbildningsnämnden"), "committee", id("kf"), "Barn- och utbildningsnämnden"],
    [id("sof"), of("Socialförvaltningen"), "administration", id("sn"), "Socialförvaltningen"],
    [
      id("buf"),
      of("Barn- och utbildningsförvaltningen"),
      "administration",
      id("bun"),
      "Barn- och utbildningsförvaltningen",
    ],
    [id("ifo"), of("Individ- och familjeomsorgen"), "operation", id("sof"), "Individ- och familjeomsorgen"],
    ...(withDisabilitySupport
      ? [[id("lss"), of("Stöd och service enligt LSS"), "operation", id("sof"), "LSS"] as BodyRow]
      : []),
    [id("hemtjanst"), of("Hemtjänsten"), "operation", id("sof"), "Hemtjänsten"],
    [id("elevhalsa"), of("Elevhälsan"), "operation", id("buf"), "Elevhälsan"],
    ...(key === "ludvika"
      ? [[id("grundskola"), of("Grundskolan"), "operation", id("buf"), "Grundskolan"] as BodyRow]
      : []),
  ];
}

/**
 * The bodies of Region Dalarna, Ludvika kommun and Smedjebackens kommun: regionfullmäktige and
 * kommunfullmäktige (council), the executive boards and the committees for health and care, social
 * services and education (committee), their administrations (administration), and the health centres,
 * Ludvika lasarett, habilitation, child psychiatry, dental care, family care, LSS, home care, pupil health and
 * schools that families in Västerbergslagen meet (operation). Each has the principal's kind, a tier, a
 * parent and no code.
 */
export const DALARNA_HIERARCHY_ORGANISATIONS: readonly Organisation[] = deepFreeze(
  [
    ...REGION_ROWS.map((row) => ["region", ...row] as const),
    ...municipalRows(LUDVIKA, "ludvika", "Ludvika kommun", true).map((row) => ["municipality", ...row] as const),
    ...municipalRows(SMEDJEBACKEN, "smedjebacken", "Smedjebackens kommun", false).map(
      (row) => ["municipality", ...row] as const,
    ),
  ].map(([kind, id, name, tier, parentId, shortName]): Organisation => {
    const body: Organisation = { id, kind, name, tier, parentId };
    if (shortName !== undefined) body.shortName = shortName;
    return body;
  }),
);
