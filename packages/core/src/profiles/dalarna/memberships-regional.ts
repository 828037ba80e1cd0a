/**
 * Members of the six forums of Dalarna's regional system leadership. Each municipality's seat is made
 * by the same rule per forum (its socialchef in SCHNV, its kommundirektör in LGRS …), so the exceptions
 * that give the coverage questions something to find are written out and commented where they occur.
 */
import type { Membership } from "../../structure/schema.js";
import { seatsIn, type SeatSpec } from "../shared/sample-builder.js";
import { DALARNA_REGIONAL_FORUM as F } from "./forums.js";
import { DALARNA_MUNICIPALITIES, RSS_DALARNA_ORG_ID } from "./municipalities.js";
import { DALARNA_ORG } from "./organisations.js";
import { hasOfficeHolder } from "./people.js";
import { mun, munSubstitute, other, reg, regSubstitute } from "./seat-helpers.js";

/** The day the regional forums' current members were appointed: the start of the 2023–2026 term. */
const TERM_START = "2023-01-01";
const keys = DALARNA_MUNICIPALITIES.map((m) => m.key);

/**
 * LCHNV: each municipality's head of department for care (vård- och omsorgschef where there is one,
 * else the socialchef), with the socialchef or the head of individual and family care as substitute.
 * Vansbro and Älvdalen have named no substitute. The chair passed from the region to Falun in 2025.
 */
function lchnvSeats(): SeatSpec[] {
  const municipal = keys.flatMap((key): SeatSpec[] => {
    const hasCareHead = hasOfficeHolder(key, "vo");
    const office = hasCareHead ? "vo" : "soc";
    const sector = hasCareHead ? "vard-och-omsorg" : "socialtjanst";
    if (key === "falun") {
      return [
        mun(key, office, ["member"], sector, true, { to: "2024-12-31", key: "2023" }),
        mun(key, office, ["chair", "member"], sector, true, { from: "2025-01-01" }),
        munSubstitute(key, "soc", office, sector),
      ];
    }
    const seat = mun(key, office, ["member"], sector, true);
    if (key === "vansbro" || key === "alvdalen") return [seat];
    return [seat, munSubstitute(key, hasCareHead ? "soc" : "ifo", office, sector)];
  });
  return [
    ...municipal,
    reg("p-rd-hsdir", ["chair", "member"], "specialistvard", true, { to: "2024-12-31", key: "2023" }),
    reg("p-rd-hsdir", ["member"], "specialistvard", true, { from: "2025-01-01" }),
    regSubstitute("p-rd-oms", "p-rd-hsdir", "specialistvard", { from: "2025-01-01" }),
    reg("p-rd-pvdir", ["member"], "primarvard", true),
    regSubstitute("p-rd-pv-falun", "p-rd-pvdir", "primarvard"),
    other("p-rss-chef", RSS_DALARNA_ORG_ID, ["convener"]),
    other("p-rss-ul1", RSS_DALARNA_ORG_ID, ["secretary"]),
  ];
}

/**
 * VfR: each municipality's chair of the social committee with the vice chair as substitute, and the
 * region's health and care committee. Gagnef's seats ended with a reorganisation at the turn of 2026 and
 * no successor is named yet; Älvdalen has no substitute. Mora chaired 2023–2024, the region since 2025.
 */
function vfrSeats(): SeatSpec[] {
  const municipal = keys.flatMap((key): SeatSpec[] => {
    if (key === "gagnef") {
      return [
        mun(key, "sn", ["member"], "politiker", true, { to: "2025-12-31" }),
        munSubstitute(key, "snv", "sn", "politiker", { to: "2025-12-31" }),
      ];
    }
    if (key === "mora") {
      return [
        mun(key, "sn", ["chair", "member"], "politiker", true, { to: "2024-12-31", key: "2023" }),
        mun(key, "sn", ["member"], "politiker", true, { from: "2025-01-01" }),
        munSubstitute(key, "snv", "sn", "politiker", { from: "2025-01-01" }),
      ];
    }
    const roles = key === "borlange" ? (["vice-chair", "member"] as const) : (["member"] as const);
    const seat = mun(key, "sn", roles, "politiker", true);
    return key === "alvdalen" ? [seat] : [seat, munSubstitute(key, "snv", "sn", "politiker")];
  });
  return [
    ...municipal,
    reg("p-rd-hsno", ["member"], "politiker", true, { to: "2024-12-31", key: "2023" }),
    reg("p-rd-hsno", ["chair", "member"], "politiker", true, { from: "2025-01-01" }),
    regSubstitute("p-rd-hsnv", "p-rd-hsno", "politiker", { from: "2025-01-01" }),
    other("p-rss-chef", RSS_DALARNA_ORG_ID, ["convener"]),
    other("p-rss-ul2", RSS_DALARNA_ORG_ID, ["secretary"]),
  ];
}

/**
 * SCHNV: every socialchef, with the head of individual and family care as substitute (none named in
 * Orsa). The chair rotates yearly: Mora 2024, Borlänge 2025, Avesta from 2026. The region's primary care
 * director is co-opted.
 */
function schnvSeats(): SeatSpec[] {
  /** Socialchefer who chaired, with their seats before, during and after the chair year. */
  const chairHistory: Readonly<Record<string, readonly SeatSpec[]>> = {
    mora: [
      mun("mora", "soc", ["member"], "socialtjanst", true, { to: "2023-12-31", key: "before" }),
      mun("mora", "soc", ["chair", "member"], "socialtjanst", true, {
        from: "2024-01-01",
        to: "2024-12-31",
        key: "chair",
      }),
      mun("mora", "soc", ["member"], "socialtjanst", true, { from: "2025-01-01" }),
    ],
    borlange: [
      mun("borlange", "soc", ["member"], "socialtjanst", true, { to: "2024-12-31", key: "before" }),
      mun("borlange", "soc", ["chair", "member"], "socialtjanst", true, {
        from: "2025-01-01",
        to: "2025-12-31",
        key: "chair",
      }),
      mun("borlange", "soc", ["member"], "socialtjanst", true, { from: "2026-01-01" }),
    ],
    avesta: [
      mun("avesta", "soc", ["member"], "socialtjanst", true, { to: "2025-12-31", key: "before" }),
      mun("avesta", "soc", ["chair", "member"], "socialtjanst", true, { from: "2026-01-01" }),
    ],
  };
  const municipal = keys.flatMap((key): SeatSpec[] => {
    const seats = [...(chairHistory[key] ?? [mun(key, "soc", ["member"], "socialtjanst", true)])];
    if (key !== "orsa") seats.push(munSubstitute(key, "ifo", "soc", "socialtjanst"));
    return seats;
  });
  return [
    ...municipal,
    reg("p-rd-pvdir", ["co-opted"], "primarvard", false),
    other("p-rss-ul1", RSS_DALARNA_ORG_ID, ["convener", "secretary"]),
  ];
}

/**
 * LGRS: every kommundirektör and the regiondirektör (*Regional årsrapport 2025*, §4.1.1, footnote 8). Falun's director
 * chaired 2023–2024, the regiondirektör since 2025. Only the region has named a substitute.
 */
function lgrsSeats(): SeatSpec[] {
  const municipal = keys.flatMap((key): SeatSpec[] =>
    key === "falun"
      ? [
          mun(key, "kd", ["chair", "member"], undefined, true, { to: "2024-12-31", key: "2023" }),
          mun(key, "kd", ["member"], undefined, true, { from: "2025-01-01" }),
        ]
      : [mun(key, "kd", ["member"], undefined, true)],
  );
  return [
    ...municipal,
    reg("p-rd-rdir", ["member"], undefined, true, { to: "2024-12-31", key: "2023" }),
    reg("p-rd-rdir", ["chair", "member"], undefined, true, { from: "2025-01-01" }),
    regSubstitute("p-rd-hsdir", "p-rd-rdir", undefined, { from: "2025-01-01" }),
    other("p-rss-chef", RSS_DALARNA_ORG_ID, ["convener"]),
    reg("p-rd-sekr", ["secretary"], undefined, false),
  ];
}

/**
 * BDU: every chair of a municipal executive board, the presidium of the regional board and of the regional development
 * committee (*Regional årsrapport 2025*, §4.1.1, footnote 9). Five municipalities have named their vice chair as
 * substitute. No convener is appointed, a key-role gap.
 */
function bduSeats(): SeatSpec[] {
  const municipal = keys.flatMap((key): SeatSpec[] => {
    const seat = mun(key, "ks", ["member"], "politiker", true);
    return hasOfficeHolder(key, "ksv") ? [seat, munSubstitute(key, "ksv", "ks", "politiker")] : [seat];
  });
  return [
    ...municipal,
    reg("p-rd-rso", ["chair", "member"], "politiker", true),
    reg("p-rd-rs1v", ["vice-chair", "member"], "politiker", true),
    reg("p-rd-rs2v", ["member"], "politiker", true),
    reg("p-rd-runo", ["member"], "politiker", true),
    reg("p-rd-run1v", ["member"], "politiker", true),
    reg("p-rd-run2v", ["member"], "politiker", true),
    reg("p-rd-sekr", ["secretary"], undefined, false),
  ];
}

/**
 * Vårdrådet (composition assumed): the region's health and care committee chair and directors, and six
 * municipalities by delegation, so the other nine principals are not seated. Falun chaired 2023–2024,
 * the region since 2025. Högskolan Dalarna and the public dental service are co-opted.
 */
function vardradetSeats(): SeatSpec[] {
  return [
    reg("p-rd-hsno", ["member"], "politiker", true, { to: "2024-12-31", key: "2023" }),
    reg("p-rd-hsno", ["chair", "member"], "politiker", true, { from: "2025-01-01" }),
    regSubstitute("p-rd-hsnv", "p-rd-hsno", "politiker"),
    reg("p-rd-hsdir", ["member"], "specialistvard", true),
    regSubstitute("p-rd-geri", "p-rd-hsdir", "specialistvard"),
    reg("p-rd-pvdir", ["member"], "primarvard", true),
    regSubstitute("p-rd-pv-norra", "p-rd-pvdir", "primarvard"),
    mun("falun", "sn", ["chair", "member"], "politiker", true, { to: "2024-12-31", key: "2023" }),
    mun("falun", "sn", ["vice-chair", "member"], "politiker", true, { from: "2025-01-01" }),
    mun("mora", "sn", ["member"], "politiker", true),
    mun("avesta", "sn", ["member"], "politiker", true),
    mun("ludvika", "sn", ["member"], "politiker", true),
    mun("borlange", "vo", ["member"], "vard-och-omsorg", true),
    mun("leksand", "vo", ["member"], "vard-och-omsorg", true),
    reg("p-rd-ftv", ["co-opted"], "folktandvard", false),
    other("p-hda", DALARNA_ORG.hogskolanDalarna, ["co-opted"]),
    reg("p-rd-oms", ["convener"], undefined, false),
    reg("p-rd-ul", ["secretary"], undefined, false),
  ];
}

/** Memberships of the regional forums. */
export function createRegionalMemberships(): Membership[] {
  return [
    ...seatsIn(F.lchnv, TERM_START, lchnvSeats()),
    ...seatsIn(F.vfr, TERM_START, vfrSeats()),
    ...seatsIn(F.schnv, TERM_START, schnvSeats()),
    ...seatsIn(F.lgrs, TERM_START, lgrsSeats()),
    ...seatsIn(F.bdu, TERM_START, bduSeats()),
    ...seatsIn(F.vardradet, TERM_START, vardradetSeats()),
  ];
}
