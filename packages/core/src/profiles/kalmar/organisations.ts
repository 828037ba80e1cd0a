/**
 * Organisations of the Kalmar sample: Region Kalmar län, the 12 municipalities, Kommunförbundet Kalmar
 * län, and (generic) organisations of the user representatives.
 */
import type { Organisation } from "../../structure/schema.js";
import { deepFreeze } from "../shared/sample-builder.js";
import { KALMAR_MUNICIPALITIES, KALMAR_REGION_CODE, REGION_KALMAR_ORG_ID } from "./municipalities.js";

/** Ids of the organisations that are not municipalities. */
export const KALMAR_ORG = {
  region: REGION_KALMAR_ORG_ID,
  kommunforbundet: "org-kommunforbundet-kalmar",
  funktionsratt: "org-brukare-funktionsratt",
  pensionarer: "org-brukare-pensionarer",
  psykiskHalsa: "org-brukare-psykisk-halsa",
} as const;

/** Every organisation of the Kalmar sample. */
export const KALMAR_ORGANISATIONS: readonly Organisation[] = deepFreeze([
  { id: KALMAR_ORG.region, kind: "region", name: "Region Kalmar län", code: KALMAR_REGION_CODE },
  ...KALMAR_MUNICIPALITIES.map((m): Organisation => ({
    id: `org-${m.key}`,
    kind: "municipality",
    name: m.organisationName,
    shortName: m.name,
    code: m.code,
  })),
  {
    id: KALMAR_ORG.kommunforbundet,
    kind: "municipal-association",
    name: "Kommunförbundet Kalmar län",
    shortName: "Kommunförbundet",
  },
  { id: KALMAR_ORG.funktionsratt, kind: "civil-society", name: "Funktionsrättsorganisationer i Kalmar län" },
  { id: KALMAR_ORG.pensionarer, kind: "civil-society", name: "Pensionärsorganisationer i Kalmar län" },
  { id: KALMAR_ORG.psykiskHalsa, kind: "civil-society", name: "Brukarorganisationer inom psykisk hälsa i Kalmar län" },
]);
