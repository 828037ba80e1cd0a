/**
 * Shorthands for writing Dalarna's member lists: a seat of a municipal office holder, of a Region Dalarna
 * person, or of anyone else, with the kind of member (politician or official) read off the office.
 * They only fill in {@link SeatSpec} objects; the shared builder turns those into memberships.
 */
import type { MembershipRole } from "../../structure/schema.js";
import type { SeatSpec } from "../shared/sample-builder.js";
import { REGION_DALARNA_ORG_ID, municipalityOrgId } from "./municipalities.js";
import { municipalPersonId, type MunicipalOffice } from "./people.js";

/** Optional parts of a seat: its period, whom a substitute stands in for, a key for a second seat. */
export type SeatExtras = Pick<SeatSpec, "from" | "to" | "key"> & {
  /** For a substitute: the person id of the member stood in for. */
  readonly substituteFor?: string;
};

const POLITICAL_OFFICES: ReadonlySet<MunicipalOffice> = new Set(["ks", "ksv", "sn", "snv"]);

/** Region Dalarna's elected members in the sample (board and committee offices). */
const REGION_POLITICIANS: ReadonlySet<string> = new Set([
  "p-rd-rso",
  "p-rd-rs1v",
  "p-rd-rs2v",
  "p-rd-runo",
  "p-rd-run1v",
  "p-rd-run2v",
  "p-rd-hsno",
  "p-rd-hsnv",
  "p-rd-hsnl1",
  "p-rd-hsnl2",
]);

function withExtras(seat: SeatSpec, extras: SeatExtras): SeatSpec {
  return { ...seat, ...extras };
}

function withSector(seat: SeatSpec, sector: string | undefined): SeatSpec {
  return sector === undefined ? seat : { ...seat, sector };
}

/**
 * A seat of the holder of `office` in the municipality `key`, representing the municipality.
 *
 * @example
 * mun("falun", "soc", ["chair", "member"], "socialtjanst", true, { from: "2026-01-01" });
 */
export function mun(
  key: string,
  office: MunicipalOffice,
  roles: readonly MembershipRole[],
  sector: string | undefined,
  mandate: boolean,
  extras: SeatExtras = {},
): SeatSpec {
  const seat: SeatSpec = {
    person: municipalPersonId(key, office),
    org: municipalityOrgId(key),
    roles,
    kind: POLITICAL_OFFICES.has(office) ? "politician" : "official",
    mandate,
  };
  return withExtras(withSector(seat, sector), extras);
}

/**
 * The substitute seat of `office` in municipality `key` for the holder of `forOffice` there: same sector,
 * with mandate, since a substitute decides when standing in.
 */
export function munSubstitute(
  key: string,
  office: MunicipalOffice,
  forOffice: MunicipalOffice,
  sector: string | undefined,
  extras: SeatExtras = {},
): SeatSpec {
  return mun(key, office, ["substitute"], sector, true, {
    ...extras,
    substituteFor: municipalPersonId(key, forOffice),
  });
}

/**
 * A seat of the Region Dalarna person `personId`, representing the region.
 *
 * @example
 * reg("p-rd-pv-falun", ["member"], "primarvard", true);
 */
export function reg(
  personId: string,
  roles: readonly MembershipRole[],
  sector: string | undefined,
  mandate: boolean,
  extras: SeatExtras = {},
): SeatSpec {
  const seat: SeatSpec = {
    person: personId,
    org: REGION_DALARNA_ORG_ID,
    roles,
    kind: REGION_POLITICIANS.has(personId) ? "politician" : "official",
    mandate,
  };
  return withExtras(withSector(seat, sector), extras);
}

/** A substitute seat of the Region Dalarna person `personId` for the region's member `forPersonId`. */
export function regSubstitute(
  personId: string,
  forPersonId: string,
  sector: string | undefined,
  extras: SeatExtras = {},
): SeatSpec {
  return reg(personId, ["substitute"], sector, true, { ...extras, substituteFor: forPersonId });
}

/**
 * A seat of someone who is neither a municipal office holder nor Region Dalarna's: RSS staff, agencies,
 * civil society, residents. No mandate unless given: they advise, the principals decide.
 *
 * @example
 * other("p-rss-ul1", "org-rss-dalarna", ["secretary"]);
 */
export function other(
  personId: string,
  org: string,
  roles: readonly MembershipRole[],
  options: { readonly sector?: string; readonly kind?: SeatSpec["kind"]; readonly mandate?: boolean } & SeatExtras = {},
): SeatSpec {
  const { sector, kind = "official", mandate = false, ...extras } = options;
  return withExtras(withSector({ person: personId, org, roles, kind, mandate }, sector), extras);
}

/**
 * The school seats most local forums have: the skolchef with mandate, the elevhälsochef as member and as
 * the skolchef's substitute (a second, keyed seat).
 */
export function schoolSeats(key: string, extras: SeatExtras = {}): SeatSpec[] {
  return [
    mun(key, "skol", ["member"], "skolchef", true, extras),
    mun(key, "eh", ["member"], "elevhalsa", false, extras),
    munSubstitute(key, "eh", "skol", "skolchef", { ...extras, key: "sub" }),
  ];
}
