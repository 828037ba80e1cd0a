/**
 * Members of the local forums in northern and western Dalarna: Mora, Orsa, Älvdalen, Leksand, Rättvik,
 * Malung-Sälen and Vansbro. Each block says what the coverage questions should find there on the
 * sample's reference day, 2026-05-13.
 */
import type { Membership } from "../../structure/schema.js";
import { seatsIn } from "../shared/sample-builder.js";
import { DALARNA_ORG as ORG } from "./organisations.js";
import { mun, munSubstitute, other, reg, regSubstitute, schoolSeats } from "./seat-helpers.js";

const TERM_START = "2023-01-01";

/** Mora: everything in place; the chair alternates yearly (Mora 2025, region 2026). */
const mora = seatsIn("f-mora", TERM_START, [
  mun("mora", "soc", ["member"], "socialtjanst", true, { to: "2024-12-31", key: "2023" }),
  mun("mora", "soc", ["chair", "member"], "socialtjanst", true, { from: "2025-01-01", to: "2025-12-31", key: "2025" }),
  mun("mora", "soc", ["member"], "socialtjanst", true, { from: "2026-01-01" }),
  munSubstitute("mora", "ifo", "soc", "socialtjanst"),
  mun("mora", "vo", ["member"], "vard-och-omsorg", false),
  ...schoolSeats("mora"),
  reg("p-rd-pv-norra", ["member"], "primarvard", true, { to: "2025-12-31", key: "2023" }),
  reg("p-rd-pv-norra", ["chair", "member"], "primarvard", true, { from: "2026-01-01" }),
  regSubstitute("p-rd-pvdir", "p-rd-pv-norra", "primarvard"),
  reg("p-rd-psyk", ["member"], "specialistvard", true),
  regSubstitute("p-rd-geri", "p-rd-psyk", "specialistvard"),
  mun("mora", "utv", ["convener", "secretary"], undefined, false),
  other("p-pol-mora", ORG.polisen, ["co-opted"], { sector: "polis" }),
  other("p-sk", ORG.svenskaKyrkanMora, ["co-opted"], { sector: "civilsamhallet" }),
  reg("p-rd-ftv", ["co-opted"], "folktandvard", false),
]);

/**
 * Orsa: the chair's term ended on 31 December 2025 and no new chair has been chosen, so the key role is
 * empty on the reference day (it was filled a year earlier). There is no chair rule either.
 */
const orsa = seatsIn("f-orsa", TERM_START, [
  mun("orsa", "soc", ["chair", "member"], "socialtjanst", true, { to: "2025-12-31", key: "2023" }),
  mun("orsa", "soc", ["member"], "socialtjanst", true, { from: "2026-01-01" }),
  munSubstitute("orsa", "ifo", "soc", "socialtjanst"),
  ...schoolSeats("orsa"),
  reg("p-rd-pv-norra", ["member"], "primarvard", true),
  regSubstitute("p-rd-pvdir", "p-rd-pv-norra", "primarvard"),
  mun("orsa", "utv", ["convener", "secretary"], undefined, false),
  other("p-pol-mora", ORG.polisen, ["co-opted"], { sector: "polis" }),
]);

/** Älvdalen: specialist care, a required sector, has no one at the table. */
const alvdalen = seatsIn("f-alvdalen", TERM_START, [
  mun("alvdalen", "soc", ["member"], "socialtjanst", true, { to: "2024-06-30", key: "2023" }),
  mun("alvdalen", "soc", ["chair", "member"], "socialtjanst", true, { from: "2024-07-01" }),
  munSubstitute("alvdalen", "ifo", "soc", "socialtjanst"),
  ...schoolSeats("alvdalen"),
  reg("p-rd-pv-norra", ["member"], "primarvard", true),
  regSubstitute("p-rd-pvdir", "p-rd-pv-norra", "primarvard"),
  mun("alvdalen", "utv", ["convener", "secretary"], undefined, false),
]);

/**
 * Leksand (joint, with residents): the chair alternates yearly (region 2025, Leksand 2026). The region's
 * primary care representative holds a mandate without a substitute.
 */
const leksand = seatsIn("f-leksand", TERM_START, [
  mun("leksand", "soc", ["member"], "socialtjanst", true, { to: "2025-12-31", key: "2023" }),
  mun("leksand", "soc", ["chair", "member"], "socialtjanst", true, { from: "2026-01-01" }),
  munSubstitute("leksand", "ifo", "soc", "socialtjanst"),
  mun("leksand", "vo", ["member"], "vard-och-omsorg", false),
  ...schoolSeats("leksand"),
  mun("leksand", "sn", ["member"], "politiker", true),
  munSubstitute("leksand", "snv", "sn", "politiker"),
  reg("p-rd-pv-siljan", ["member"], "primarvard", true, { to: "2024-12-31", key: "2023" }),
  reg("p-rd-pv-siljan", ["chair", "member"], "primarvard", true, { from: "2025-01-01", to: "2025-12-31", key: "2025" }),
  reg("p-rd-pv-siljan", ["member"], "primarvard", true, { from: "2026-01-01" }),
  reg("p-rd-psyk", ["member"], "specialistvard", true),
  regSubstitute("p-rd-geri", "p-rd-psyk", "specialistvard"),
  other("p-inv-leksand-1", ORG.invanarradLeksand, ["member"], { sector: "invanare", kind: "citizen" }),
  other("p-inv-leksand-2", ORG.invanarradLeksand, ["member"], {
    sector: "invanare",
    kind: "citizen",
    from: "2025-01-01",
  }),
  mun("leksand", "utv", ["convener", "secretary"], undefined, false),
  mun("leksand", "fri", ["co-opted"], "fritidsforvaltning", false),
]);

/** Rättvik: no convener; the socialchef has chaired since 2023, beyond the recommended 24 months. */
const rattvik = seatsIn("f-rattvik", TERM_START, [
  mun("rattvik", "soc", ["chair", "member"], "socialtjanst", true),
  munSubstitute("rattvik", "ifo", "soc", "socialtjanst"),
  ...schoolSeats("rattvik"),
  reg("p-rd-pv-siljan", ["member"], "primarvard", true),
  regSubstitute("p-rd-pvdir", "p-rd-pv-siljan", "primarvard"),
  reg("p-rd-psyk", ["member"], "specialistvard", true),
  regSubstitute("p-rd-geri", "p-rd-psyk", "specialistvard"),
  mun("rattvik", "utv", ["secretary"], undefined, false),
]);

/** Malung-Sälen: everything in place; the chair passed from the region to the municipality in 2025. */
const malungSalen = seatsIn("f-malung-salen", TERM_START, [
  mun("malung-salen", "soc", ["member"], "socialtjanst", true, { to: "2024-12-31", key: "2023" }),
  mun("malung-salen", "soc", ["chair", "member"], "socialtjanst", true, { from: "2025-01-01" }),
  munSubstitute("malung-salen", "ifo", "soc", "socialtjanst"),
  ...schoolSeats("malung-salen"),
  mun("malung-salen", "fri", ["member"], "fritidsforvaltning", false),
  reg("p-rd-pv-vaster", ["chair", "member"], "primarvard", true, { to: "2024-12-31", key: "2023" }),
  reg("p-rd-pv-vaster", ["member"], "primarvard", true, { from: "2025-01-01" }),
  regSubstitute("p-rd-pvdir", "p-rd-pv-vaster", "primarvard"),
  mun("malung-salen", "utv", ["convener", "secretary"], undefined, false),
  other("p-naring", ORG.foretagarnaMalungSalen, ["co-opted"], { sector: "naringsliv" }),
  other("p-af", ORG.arbetsformedlingen, ["co-opted"], { sector: "arbetsformedling" }),
]);

/** Vansbro: the skolchef does not take part, so a required sector is missing; there is no chair rule. */
const vansbro = seatsIn("f-vansbro", TERM_START, [
  mun("vansbro", "soc", ["member"], "socialtjanst", true, { to: "2023-12-31", key: "2023" }),
  mun("vansbro", "soc", ["chair", "member"], "socialtjanst", true, { from: "2024-01-01" }),
  munSubstitute("vansbro", "ifo", "soc", "socialtjanst"),
  reg("p-rd-pv-vaster", ["member"], "primarvard", true),
  regSubstitute("p-rd-pvdir", "p-rd-pv-vaster", "primarvard"),
  mun("vansbro", "utv", ["convener", "secretary"], undefined, false),
]);

/** Memberships of the local forums of northern and western Dalarna. */
export function createNorthernLocalMemberships(): Membership[] {
  return [...mora, ...orsa, ...alvdalen, ...leksand, ...rattvik, ...malungSalen, ...vansbro];
}
