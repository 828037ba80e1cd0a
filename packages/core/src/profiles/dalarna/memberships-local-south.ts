/**
 * Members of the local forums in southern Dalarna: Falun (an officials' group and a political group),
 * Borlänge, Västerbergslagen, Hedemora–Säter, Avesta and Gagnef. Each block says what the coverage
 * questions should find there on the sample's reference day, 2026-05-13.
 */
import type { Membership } from "../../structure/schema.js";
import { seatsIn } from "../shared/sample-builder.js";
import { RSS_DALARNA_ORG_ID } from "./municipalities.js";
import { DALARNA_ORG as ORG } from "./organisations.js";
import { mun, munSubstitute, other, reg, regSubstitute, schoolSeats } from "./seat-helpers.js";

const TERM_START = "2023-01-01";

/** Falun, officials: everything in place; the chair alternates yearly (region 2025, Falun 2026). */
const falun = seatsIn("f-falun", TERM_START, [
  mun("falun", "soc", ["member"], "socialtjanst", true, { to: "2025-12-31", key: "2023" }),
  mun("falun", "soc", ["chair", "member"], "socialtjanst", true, { from: "2026-01-01" }),
  munSubstitute("falun", "ifo", "soc", "socialtjanst"),
  mun("falun", "vo", ["member"], "vard-och-omsorg", false),
  ...schoolSeats("falun"),
  mun("falun", "fri", ["member"], "fritidsforvaltning", false),
  reg("p-rd-pv-falun", ["member"], "primarvard", true, { to: "2024-12-31", key: "2023" }),
  reg("p-rd-pv-falun", ["chair", "member"], "primarvard", true, { from: "2025-01-01", to: "2025-12-31", key: "2025" }),
  reg("p-rd-pv-falun", ["member"], "primarvard", true, { from: "2026-01-01" }),
  regSubstitute("p-rd-pvdir", "p-rd-pv-falun", "primarvard"),
  reg("p-rd-psyk", ["member"], "specialistvard", true),
  regSubstitute("p-rd-geri", "p-rd-psyk", "specialistvard"),
  mun("falun", "utv", ["convener", "secretary"], undefined, false),
  other("p-fk", ORG.forsakringskassan, ["co-opted"], { sector: "forsakringskassa" }),
  other("p-rb", ORG.raddaBarnenFalun, ["co-opted"], { sector: "civilsamhallet" }),
  reg("p-rd-ftv", ["co-opted"], "folktandvard", false),
]);

/** Falun, politicians: chair passed from the region to Falun in 2025; everyone has a substitute. */
const falunPolitical = seatsIn("f-falun-pol", TERM_START, [
  mun("falun", "ks", ["chair", "member"], "politiker", true, { from: "2025-01-01" }),
  mun("falun", "ks", ["member"], "politiker", true, { to: "2024-12-31", key: "2023" }),
  munSubstitute("falun", "ksv", "ks", "politiker"),
  mun("falun", "sn", ["member"], "politiker", true),
  munSubstitute("falun", "snv", "sn", "politiker"),
  reg("p-rd-hsnl1", ["chair", "member"], "politiker", true, { to: "2024-12-31", key: "2023" }),
  reg("p-rd-hsnl1", ["member"], "politiker", true, { from: "2025-01-01" }),
  regSubstitute("p-rd-hsnl2", "p-rd-hsnl1", "politiker"),
  mun("falun", "utv", ["convener", "secretary"], undefined, false),
]);

/** Borlänge: no secretary appointed (a key-role gap); chair alternates (Borlänge 2025, region 2026). */
const borlange = seatsIn("f-borlange", TERM_START, [
  mun("borlange", "soc", ["member"], "socialtjanst", true, { to: "2024-12-31", key: "2023" }),
  mun("borlange", "soc", ["chair", "member"], "socialtjanst", true, {
    from: "2025-01-01",
    to: "2025-12-31",
    key: "2025",
  }),
  mun("borlange", "soc", ["member"], "socialtjanst", true, { from: "2026-01-01" }),
  munSubstitute("borlange", "ifo", "soc", "socialtjanst"),
  mun("borlange", "vo", ["member"], "vard-och-omsorg", false),
  ...schoolSeats("borlange"),
  reg("p-rd-pv-borlange", ["member"], "primarvard", true, { to: "2025-12-31", key: "2023" }),
  reg("p-rd-pv-borlange", ["chair", "member"], "primarvard", true, { from: "2026-01-01" }),
  regSubstitute("p-rd-pvdir", "p-rd-pv-borlange", "primarvard"),
  reg("p-rd-bup", ["member"], "specialistvard", true),
  regSubstitute("p-rd-psyk", "p-rd-bup", "specialistvard"),
  mun("borlange", "utv", ["convener"], undefined, false),
  other("p-pol-borlange", ORG.polisen, ["co-opted"], { sector: "polis" }),
  other("p-af", ORG.arbetsformedlingen, ["co-opted"], { sector: "arbetsformedling" }),
  other("p-rk", ORG.rodaKorsetBorlange, ["co-opted"], { sector: "civilsamhallet" }),
  other("p-mig", ORG.migrationsverket, ["co-opted"], { sector: "migrationsverket" }),
]);

/**
 * Västerbergslagen (Ludvika and Smedjebacken, joint): the chair goes round the three principals yearly
 * (region 2024, Smedjebacken 2025, Ludvika 2026). Smedjebacken's socialchef holds a mandate without a
 * substitute. RSS lends a process leader.
 */
const vasterbergslagen = seatsIn("f-vasterbergslagen", "2024-01-01", [
  mun("ludvika", "soc", ["member"], "socialtjanst", true, { to: "2025-12-31", key: "2024" }),
  mun("ludvika", "soc", ["chair", "member"], "socialtjanst", true, { from: "2026-01-01" }),
  munSubstitute("ludvika", "ifo", "soc", "socialtjanst"),
  mun("ludvika", "vo", ["member"], "vard-och-omsorg", false),
  ...schoolSeats("ludvika"),
  mun("smedjebacken", "soc", ["member"], "socialtjanst", true, { to: "2024-12-31", key: "2024" }),
  mun("smedjebacken", "soc", ["chair", "member"], "socialtjanst", true, {
    from: "2025-01-01",
    to: "2025-12-31",
    key: "2025",
  }),
  mun("smedjebacken", "soc", ["member"], "socialtjanst", true, { from: "2026-01-01" }),
  mun("smedjebacken", "skol", ["member"], "skolchef", false),
  mun("ludvika", "sn", ["member"], "politiker", true),
  munSubstitute("ludvika", "snv", "sn", "politiker"),
  mun("smedjebacken", "sn", ["member"], "politiker", true),
  munSubstitute("smedjebacken", "snv", "sn", "politiker"),
  reg("p-rd-pv-vbl", ["chair", "member"], "primarvard", true, { to: "2024-12-31", key: "2024" }),
  reg("p-rd-pv-vbl", ["member"], "primarvard", true, { from: "2025-01-01" }),
  regSubstitute("p-rd-pvdir", "p-rd-pv-vbl", "primarvard"),
  reg("p-rd-psyk", ["member"], "specialistvard", true),
  regSubstitute("p-rd-geri", "p-rd-psyk", "specialistvard"),
  reg("p-rd-hsnl2", ["member"], "politiker", true),
  regSubstitute("p-rd-hsnl1", "p-rd-hsnl2", "politiker"),
  other("p-finsam", ORG.finsamVasterbergslagen, ["member"], { sector: "finsam" }),
  mun("ludvika", "utv", ["convener", "secretary"], undefined, false),
  other("p-rss-ul2", RSS_DALARNA_ORG_ID, ["process-leader"]),
  other("p-frivard", ORG.frivardenFalun, ["co-opted"], { sector: "frivard" }),
  other("p-af", ORG.arbetsformedlingen, ["co-opted"], { sector: "arbetsformedling" }),
]);

/**
 * Hedemora–Säter: Säter sits only through its socialchef, whose decision mandate has not been delegated
 * yet, so Säter is a principal without mandate. Hedemora has chaired since March 2025.
 */
const hedemoraSater = seatsIn("f-hedemora-sater", TERM_START, [
  mun("hedemora", "soc", ["member"], "socialtjanst", true, { to: "2025-02-28", key: "2023" }),
  mun("hedemora", "soc", ["chair", "member"], "socialtjanst", true, { from: "2025-03-01" }),
  munSubstitute("hedemora", "ifo", "soc", "socialtjanst"),
  ...schoolSeats("hedemora"),
  mun("sater", "soc", ["member"], "socialtjanst", false),
  reg("p-rd-pv-sodra", ["member"], "primarvard", true),
  regSubstitute("p-rd-pvdir", "p-rd-pv-sodra", "primarvard"),
  reg("p-rd-geri", ["member"], "specialistvard", true),
  regSubstitute("p-rd-psyk", "p-rd-geri", "specialistvard"),
  mun("hedemora", "utv", ["convener", "secretary"], undefined, false),
  other("p-fk", ORG.forsakringskassan, ["co-opted"], { sector: "forsakringskassa" }),
]);

/**
 * Avesta: no one represents elevhälsa, a required sector; the socialchef has chaired since 2023 under a
 * 36-month rule without rotation, longer than the profile recommends.
 */
const avesta = seatsIn("f-avesta", TERM_START, [
  mun("avesta", "soc", ["chair", "member"], "socialtjanst", true),
  munSubstitute("avesta", "ifo", "soc", "socialtjanst"),
  mun("avesta", "vo", ["member"], "vard-och-omsorg", false),
  mun("avesta", "skol", ["member"], "skolchef", false),
  reg("p-rd-pv-sodra", ["member"], "primarvard", true),
  regSubstitute("p-rd-pvdir", "p-rd-pv-sodra", "primarvard"),
  reg("p-rd-geri", ["member"], "specialistvard", true),
  regSubstitute("p-rd-psyk", "p-rd-geri", "specialistvard"),
  mun("avesta", "utv", ["convener", "secretary"], undefined, false),
  other("p-af", ORG.arbetsformedlingen, ["co-opted"], { sector: "arbetsformedling" }),
]);

/**
 * Gagnef: the region's primary care representative left at the end of February 2026 and the successor
 * starts on 1 September 2026, so on the reference day the region has no one with mandate and primary care
 * is missing; from September both are covered again.
 */
const gagnef = seatsIn("f-gagnef", TERM_START, [
  mun("gagnef", "soc", ["member"], "socialtjanst", true, { to: "2025-12-31", key: "2023" }),
  mun("gagnef", "soc", ["chair", "member"], "socialtjanst", true, { from: "2026-01-01" }),
  munSubstitute("gagnef", "ifo", "soc", "socialtjanst"),
  ...schoolSeats("gagnef"),
  reg("p-rd-pv-borlange", ["member"], "primarvard", true, { to: "2024-12-31", key: "2023" }),
  reg("p-rd-pv-borlange", ["chair", "member"], "primarvard", true, {
    from: "2025-01-01",
    to: "2025-12-31",
    key: "2025",
  }),
  reg("p-rd-pv-borlange", ["member"], "primarvard", true, { from: "2026-01-01", to: "2026-02-28", key: "2026" }),
  reg("p-rd-pvdir", ["member"], "primarvard", true, { from: "2026-09-01" }),
  regSubstitute("p-rd-pv-falun", "p-rd-pvdir", "primarvard", { from: "2026-09-01" }),
  mun("gagnef", "utv", ["convener", "secretary"], undefined, false),
]);

/** Memberships of the local forums of southern Dalarna. */
export function createSouthernLocalMemberships(): Membership[] {
  return [...falun, ...falunPolitical, ...borlange, ...vasterbergslagen, ...hedemoraSater, ...avesta, ...gagnef];
}
