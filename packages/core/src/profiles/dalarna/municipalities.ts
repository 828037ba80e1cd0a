/**
 * Region Dalarna and the county's 15 municipalities with their official SCB/Kolada codes. Both the
 * profile and the organisations of the sample are derived from this one table, so they cannot disagree.
 */
import { deepFreeze } from "../shared/sample-builder.js";

/** Region Dalarna's official code (county 20). */
export const DALARNA_REGION_CODE = "0020";

/** A municipality of Dalarna: a short key for ids, its code, its name and its organisation's name. */
export interface DalarnaMunicipality {
  /** Lower-case ASCII key used in ids of the sample (`org-falun`, `p-falun-soc`). */
  readonly key: string;
  /** Official four-digit code. */
  readonly code: string;
  /** Name as used in lists (Falun). */
  readonly name: string;
  /** Name of the municipality as an organisation (Falu kommun). */
  readonly organisationName: string;
}

/** The 15 municipalities of Dalarna in code order. */
export const DALARNA_MUNICIPALITIES: readonly DalarnaMunicipality[] = deepFreeze([
  { key: "vansbro", code: "2021", name: "Vansbro", organisationName: "Vansbro kommun" },
  { key: "malung-salen", code: "2023", name: "Malung-Sälen", organisationName: "Malung-Sälens kommun" },
  { key: "gagnef", code: "2026", name: "Gagnef", organisationName: "Gagnefs kommun" },
  { key: "leksand", code: "2029", name: "Leksand", organisationName: "Leksands kommun" },
  { key: "rattvik", code: "2031", name: "Rättvik", organisationName: "Rättviks kommun" },
  { key: "orsa", code: "2034", name: "Orsa", organisationName: "Orsa kommun" },
  { key: "alvdalen", code: "2039", name: "Älvdalen", organisationName: "Älvdalens kommun" },
  { key: "smedjebacken", code: "2061", name: "Smedjebacken", organisationName: "Smedjebackens kommun" },
  { key: "mora", code: "2062", name: "Mora", organisationName: "Mora kommun" },
  { key: "falun", code: "2080", name: "Falun", organisationName: "Falu kommun" },
  { key: "borlange", code: "2081", name: "Borlänge", organisationName: "Borlänge kommun" },
  { key: "sater", code: "2082", name: "Säter", organisationName: "Säters kommun" },
  { key: "hedemora", code: "2083", name: "Hedemora", organisationName: "Hedemora kommun" },
  { key: "avesta", code: "2084", name: "Avesta", organisationName: "Avesta kommun" },
  { key: "ludvika", code: "2085", name: "Ludvika", organisationName: "Ludvika kommun" },
]);

/** The organisation id of a municipality in the sample: `org-<key>`. */
export function municipalityOrgId(key: string): string {
  return `org-${key}`;
}

/** The organisation id of Region Dalarna in the sample. */
export const REGION_DALARNA_ORG_ID = "org-region-dalarna";

/** The organisation id of RSS Dalarna in the sample. */
export const RSS_DALARNA_ORG_ID = "org-rss-dalarna";
