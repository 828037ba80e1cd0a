/**
 * Organisations of the Dalarna sample: the principals (Region Dalarna and the 15 municipalities), RSS
 * Dalarna, and the state agencies, civil-society actors and others the Metodstöd names for representation.
 * The organisations are real; local units are named generically.
 */
import type { Organisation } from "../../structure/schema.js";
import { deepFreeze } from "../shared/sample-builder.js";
import {
  DALARNA_MUNICIPALITIES,
  DALARNA_REGION_CODE,
  REGION_DALARNA_ORG_ID,
  RSS_DALARNA_ORG_ID,
  municipalityOrgId,
} from "./municipalities.js";
import { DALARNA_HIERARCHY_ORGANISATIONS } from "./organisations-hierarchy.js";

/** Ids of the organisations other than the principals, for the membership files. */
export const DALARNA_ORG = {
  region: REGION_DALARNA_ORG_ID,
  rss: RSS_DALARNA_ORG_ID,
  forsakringskassan: "org-forsakringskassan",
  arbetsformedlingen: "org-arbetsformedlingen",
  polisen: "org-polisen",
  kriminalvarden: "org-kriminalvarden",
  frivardenFalun: "org-frivarden-falun",
  lansstyrelsen: "org-lansstyrelsen-dalarna",
  migrationsverket: "org-migrationsverket",
  svenskaKyrkanMora: "org-svenska-kyrkan-mora",
  rodaKorsetBorlange: "org-roda-korset-borlange",
  raddaBarnenFalun: "org-radda-barnen-falun",
  finsamVasterbergslagen: "org-finsam-vasterbergslagen",
  foretagarnaMalungSalen: "org-foretagarna-malung-salen",
  hogskolanDalarna: "org-hogskolan-dalarna",
  invanarradLeksand: "org-invanarrad-leksand",
} as const;

/**
 * Every organisation of the Dalarna sample: principals first, then RSS, agencies and others, then the bodies
 * of Region Dalarna, Ludvika and Smedjebacken (council, committees, administrations, operations) that the
 * system map's hierarchy view draws.
 */
export const DALARNA_ORGANISATIONS: readonly Organisation[] = deepFreeze([
  { id: DALARNA_ORG.region, kind: "region", name: "Region Dalarna", code: DALARNA_REGION_CODE },
  ...DALARNA_MUNICIPALITIES.map((m): Organisation => ({
    id: municipalityOrgId(m.key),
    kind: "municipality",
    name: m.organisationName,
    shortName: m.name,
    code: m.code,
  })),
  {
    id: DALARNA_ORG.rss,
    kind: "support-structure",
    name: "RSS Dalarna – Regional samverkans- och stödstruktur för länets femton kommuner och Region Dalarna",
    shortName: "RSS Dalarna",
  },
  { id: DALARNA_ORG.forsakringskassan, kind: "state-agency", name: "Försäkringskassan" },
  { id: DALARNA_ORG.arbetsformedlingen, kind: "state-agency", name: "Arbetsförmedlingen" },
  { id: DALARNA_ORG.polisen, kind: "state-agency", name: "Polismyndigheten", shortName: "Polisen" },
  { id: DALARNA_ORG.kriminalvarden, kind: "state-agency", name: "Kriminalvården" },
  {
    id: DALARNA_ORG.frivardenFalun,
    kind: "state-agency",
    name: "Kriminalvården, frivården i Falun",
    shortName: "Frivården Falun",
    parentId: DALARNA_ORG.kriminalvarden,
  },
  {
    id: DALARNA_ORG.lansstyrelsen,
    kind: "state-agency",
    name: "Länsstyrelsen Dalarnas län",
    shortName: "Länsstyrelsen",
  },
  { id: DALARNA_ORG.migrationsverket, kind: "state-agency", name: "Migrationsverket" },
  {
    id: DALARNA_ORG.svenskaKyrkanMora,
    kind: "civil-society",
    name: "Svenska kyrkan i Mora",
    shortName: "Svenska kyrkan",
  },
  {
    id: DALARNA_ORG.rodaKorsetBorlange,
    kind: "civil-society",
    name: "Röda korset i Borlänge",
    shortName: "Röda korset",
  },
  { id: DALARNA_ORG.raddaBarnenFalun, kind: "civil-society", name: "Rädda Barnen i Falun", shortName: "Rädda Barnen" },
  {
    id: DALARNA_ORG.finsamVasterbergslagen,
    kind: "other",
    name: "Samordningsförbund (Finsam) i Västerbergslagen",
    shortName: "Finsam",
  },
  {
    id: DALARNA_ORG.foretagarnaMalungSalen,
    kind: "business",
    name: "Företagarna i Malung-Sälen",
    shortName: "Företagarna",
  },
  { id: DALARNA_ORG.hogskolanDalarna, kind: "academia", name: "Högskolan Dalarna" },
  { id: DALARNA_ORG.invanarradLeksand, kind: "other", name: "Invånarråd i Leksand", shortName: "Invånarrådet" },
  ...DALARNA_HIERARCHY_ORGANISATIONS,
]);
