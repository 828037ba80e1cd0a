/**
 * Region Kalmar län and the county's 12 municipalities with their official SCB/Kolada codes; the profile
 * and the sample's organisations are both derived from this table.
 */
import { deepFreeze } from "../shared/sample-builder.js";

/** Region Kalmar län's official code (county 08). */
export const KALMAR_REGION_CODE = "0008";

/** A municipality of Kalmar län: a key for ids, its code, its name and its organisation's name. */
export interface KalmarMunicipality {
  readonly key: string;
  readonly code: string;
  readonly name: string;
  readonly organisationName: string;
}

/** The 12 municipalities of Kalmar län in code order. */
export const KALMAR_MUNICIPALITIES: readonly KalmarMunicipality[] = deepFreeze([
  { key: "hogsby", code: "0821", name: "Högsby", organisationName: "Högsby kommun" },
  { key: "torsas", code: "0834", name: "Torsås", organisationName: "Torsås kommun" },
  { key: "morbylanga", code: "0840", name: "Mörbylånga", organisationName: "Mörbylånga kommun" },
  { key: "hultsfred", code: "0860", name: "Hultsfred", organisationName: "Hultsfreds kommun" },
  { key: "monsteras", code: "0861", name: "Mönsterås", organisationName: "Mönsterås kommun" },
  { key: "emmaboda", code: "0862", name: "Emmaboda", organisationName: "Emmaboda kommun" },
  { key: "kalmar", code: "0880", name: "Kalmar", organisationName: "Kalmar kommun" },
  { key: "nybro", code: "0881", name: "Nybro", organisationName: "Nybro kommun" },
  { key: "oskarshamn", code: "0882", name: "Oskarshamn", organisationName: "Oskarshamns kommun" },
  { key: "vastervik", code: "0883", name: "Västervik", organisationName: "Västerviks kommun" },
  { key: "vimmerby", code: "0884", name: "Vimmerby", organisationName: "Vimmerby kommun" },
  { key: "borgholm", code: "0885", name: "Borgholm", organisationName: "Borgholms kommun" },
]);

/** The organisation id of Region Kalmar län in the sample. */
export const REGION_KALMAR_ORG_ID = "org-region-kalmar";
