/**
 * Members of the Kalmar forums on the sample's reference day, the LGL meeting of 2022-01-28: each
 * municipality's seats (two for most, one for some, as in the minutes' attendance list), the region's,
 * Kommunförbundet's and seven user representatives (an eighth left at the end of 2021). Emmaboda sits
 * only through an official without decision mandate, a gap the principal question finds.
 */
import type { Membership } from "../../structure/schema.js";
import { seatsIn, type SeatSpec } from "../shared/sample-builder.js";
import { KALMAR_FORUM } from "./forums.js";
import { KALMAR_ORG } from "./organisations.js";

/** The start of the 2019–2022 term. */
const TERM_START = "2019-01-01";

/** Municipalities with a political seat in LGL, by key; the others sit through their socialchef only. */
const WITH_POLITICIAN = ["hogsby", "torsas", "kalmar", "nybro", "oskarshamn", "vimmerby", "borgholm"];
const ALL_KEYS = [
  "hogsby",
  "torsas",
  "morbylanga",
  "hultsfred",
  "monsteras",
  "emmaboda",
  "kalmar",
  "nybro",
  "oskarshamn",
  "vastervik",
  "vimmerby",
  "borgholm",
];

const politicianSeat = (key: string, roles: SeatSpec["roles"]): SeatSpec => ({
  person: `p-${key}-pol`,
  org: `org-${key}`,
  sector: "politiker",
  roles,
  kind: "politician",
  mandate: true,
});

const userRepresentative = (
  n: number,
  org: string,
  period: Pick<SeatSpec, "from" | "to"> = { from: "2022-01-01" },
): SeatSpec => ({
  person: `p-brukare-${n}`,
  org,
  sector: "brukare",
  roles: ["member"],
  kind: "user-representative",
  mandate: false,
  ...period,
});

const lgl: SeatSpec[] = [
  {
    person: "p-rk-ordf",
    org: KALMAR_ORG.region,
    sector: "politiker",
    roles: ["chair", "member"],
    kind: "politician",
    mandate: true,
  },
  {
    person: "p-rk-vice",
    org: KALMAR_ORG.region,
    sector: "politiker",
    roles: ["member"],
    kind: "politician",
    mandate: true,
  },
  {
    person: "p-rk-hsdir",
    org: KALMAR_ORG.region,
    sector: "halso-och-sjukvard",
    roles: ["member"],
    kind: "official",
    mandate: true,
  },
  {
    person: "p-rk-pvdir",
    org: KALMAR_ORG.region,
    sector: "halso-och-sjukvard",
    roles: ["member"],
    kind: "official",
    mandate: true,
  },
  {
    person: "p-rk-psykdir",
    org: KALMAR_ORG.region,
    sector: "halso-och-sjukvard",
    roles: ["member"],
    kind: "official",
    mandate: true,
  },
  ...WITH_POLITICIAN.map((key) => politicianSeat(key, ["member"])),
  ...ALL_KEYS.map((key): SeatSpec => ({
    person: `p-${key}-soc`,
    org: `org-${key}`,
    sector: "socialtjanst",
    roles: ["member"],
    kind: "official",
    mandate: key !== "emmaboda",
  })),
  { person: "p-kf-direktor", org: KALMAR_ORG.kommunforbundet, roles: ["member"], kind: "official", mandate: false },
  {
    person: "p-kf-processledare",
    org: KALMAR_ORG.kommunforbundet,
    roles: ["process-leader"],
    kind: "official",
    mandate: false,
  },
  { person: "p-rk-samordnare", org: KALMAR_ORG.region, roles: ["convener"], kind: "official", mandate: false },
  { person: "p-rk-sekr", org: KALMAR_ORG.region, roles: ["secretary"], kind: "official", mandate: false },
  userRepresentative(1, KALMAR_ORG.funktionsratt),
  userRepresentative(2, KALMAR_ORG.funktionsratt),
  userRepresentative(3, KALMAR_ORG.funktionsratt),
  userRepresentative(4, KALMAR_ORG.pensionarer),
  userRepresentative(5, KALMAR_ORG.pensionarer),
  userRepresentative(6, KALMAR_ORG.psykiskHalsa),
  userRepresentative(7, KALMAR_ORG.psykiskHalsa),
  userRepresentative(8, KALMAR_ORG.pensionarer, { from: "2020-01-01", to: "2021-12-31" }),
];

const presidiekonferens: SeatSpec[] = [
  {
    person: "p-rk-ordf",
    org: KALMAR_ORG.region,
    sector: "politiker",
    roles: ["chair", "member"],
    kind: "politician",
    mandate: true,
  },
  {
    person: "p-rk-vice",
    org: KALMAR_ORG.region,
    sector: "politiker",
    roles: ["vice-chair", "member"],
    kind: "politician",
    mandate: true,
  },
  ...WITH_POLITICIAN.map((key) => politicianSeat(key, ["member"])),
  { person: "p-rk-sekr", org: KALMAR_ORG.region, roles: ["secretary"], kind: "official", mandate: false },
];

/** Every membership of the Kalmar sample. */
export const KALMAR_MEMBERSHIPS: readonly Membership[] = [
  ...seatsIn(KALMAR_FORUM.lgl, TERM_START, lgl),
  ...seatsIn(KALMAR_FORUM.presidiekonferens, TERM_START, presidiekonferens),
];
