/**
 * People of the Dalarna sample. Every name is invented (ordinary Swedish names, checked against the source documents by
 * the sources check, docs/sources.md); titles are the offices that sit in the forums. Municipal staff are listed per
 * municipality and office, so the membership files can seat "Falun's head of social services" by key.
 */
import type { Person } from "../../structure/schema.js";
import { deepFreeze, peopleFromRows, type PersonRow } from "../shared/sample-builder.js";

/** The offices of municipal people in the sample, with their Swedish titles. */
export const MUNICIPAL_OFFICES = {
  ks: "Kommunstyrelsens ordförande",
  ksv: "Kommunstyrelsens vice ordförande",
  sn: "Ordförande i socialnämnden",
  snv: "Vice ordförande i socialnämnden",
  kd: "Kommundirektör",
  soc: "Socialchef",
  ifo: "Avdelningschef individ- och familjeomsorg",
  vo: "Vård- och omsorgschef",
  skol: "Skolchef",
  eh: "Elevhälsochef",
  fri: "Fritidschef",
  utv: "Utvecklingsledare nära vård",
} as const;

/** An office of a municipal person in the sample. */
export type MunicipalOffice = keyof typeof MUNICIPAL_OFFICES;

/** Invented holders of each office, per municipality key. Not every municipality has every office. */
const MUNICIPAL_PEOPLE: Readonly<Record<string, Readonly<Partial<Record<MunicipalOffice, string>>>>> = {
  vansbro: {
    ks: "Karin Olsson",
    sn: "Rasmus Backlund",
    snv: "Elsa Unger",
    kd: "Filip Wiklund",
    soc: "Jenny Rask",
    ifo: "Axel Kolmodin",
    skol: "Ebba Malmberg",
    utv: "Stina Gustafsson",
  },
  "malung-salen": {
    ks: "Gun Gustafsson",
    sn: "Maja Björk",
    snv: "Helena Matsson",
    kd: "Annika Jonsson",
    soc: "Åsa Dahlqvist",
    ifo: "Gustav Jonsson",
    skol: "Arvid Söderberg",
    eh: "Gun Ersson",
    fri: "Filip Norling",
    utv: "Nora Johansson",
  },
  gagnef: {
    ks: "Jakob Axelsson",
    sn: "Lars Granberg",
    snv: "Dag Sahlin",
    kd: "Rasmus Almqvist",
    soc: "Monica Zetterberg",
    ifo: "Gustav Halvarsson",
    skol: "Agneta Hansson",
    eh: "Axel Almqvist",
    utv: "Åsa Andersson",
  },
  leksand: {
    ks: "Torbjörn Jons",
    sn: "Viktor Johansson",
    snv: "Lars Nordin",
    kd: "Per-Anders Wiklund",
    soc: "Thomas Berg",
    ifo: "Elin Mattsson",
    vo: "Birgitta Sandberg",
    skol: "Per-Anders Tapper",
    eh: "Ida Holmgren",
    fri: "Elisabet Granlund",
    utv: "Elisabet Olsson",
  },
  rattvik: {
    ks: "Moa Persbo",
    sn: "Patrik Nilsson",
    snv: "Wilma Zetterberg",
    kd: "Sara Brändström",
    soc: "Berit Åberg",
    ifo: "Thomas Brändström",
    skol: "Mikael Larsson",
    eh: "Jessica Nyberg",
    utv: "Jonas Dahlqvist",
  },
  orsa: {
    ks: "Agneta Åberg",
    sn: "Rebecka Malmberg",
    snv: "Susanne Söderberg",
    kd: "Gun Zetterberg",
    soc: "Leif Kvist",
    ifo: "Olof Lagerlöf",
    skol: "Gunilla Eriksson",
    eh: "Simon Grönvall",
    utv: "Gustav Malmberg",
  },
  alvdalen: {
    ks: "Jonas Lund",
    sn: "Arvid Sjöberg",
    snv: "Agneta Lagerqvist",
    kd: "Inger Blomgren",
    soc: "Kristoffer Öberg",
    ifo: "Mattias Strand",
    skol: "Erik Bäckström",
    eh: "Eva Pettersson",
    utv: "Cecilia Lind",
  },
  smedjebacken: {
    ks: "Erik Lind",
    sn: "Kerstin Jons",
    snv: "Ulla Halvarsson",
    kd: "Kristoffer Gustafsson",
    soc: "Arvid Lind",
    ifo: "Oskar Backlund",
    skol: "Lena Granberg",
  },
  mora: {
    ks: "Fredrik Olsson",
    ksv: "Linnea Berg",
    sn: "Astrid Tapper",
    snv: "Axel Lund",
    kd: "Karin Nyberg",
    soc: "Mats Lind",
    ifo: "Björn Hedlund",
    vo: "Rebecka Björk",
    skol: "Ida Almqvist",
    eh: "Peter Rask",
    utv: "Anders Lagerlöf",
  },
  falun: {
    ks: "Maja Hultgren",
    ksv: "Ida Berglöf",
    sn: "Martin Andersson",
    snv: "Ingrid Andersson",
    kd: "Jenny Bäckström",
    soc: "Elvira Bergström",
    ifo: "Kerstin Kvist",
    vo: "Tobias Pettersson",
    skol: "Sofie Nordin",
    eh: "Erik Östlund",
    fri: "Åsa Ek",
    utv: "Linnea Almqvist",
  },
  borlange: {
    ks: "Ronja Skog",
    ksv: "Lisa Jons",
    sn: "Viktor Wiklund",
    snv: "Dag Näslund",
    kd: "Jenny Tallberg",
    soc: "Sara Nyberg",
    ifo: "Annika Wiklund",
    vo: "Ylva Lindahl",
    skol: "Johanna Dahlqvist",
    eh: "Jessica Bergström",
    utv: "Ebba Gustafsson",
  },
  sater: {
    ks: "Astrid Halvarsson",
    sn: "Ulla Nyberg",
    snv: "Martin Kolmodin",
    kd: "Mats Bergström",
    soc: "Amanda Bäckström",
    ifo: "Simon Sjöberg",
    skol: "Albin Mattsson",
  },
  hedemora: {
    ks: "Alva Hägglund",
    sn: "Leif Persbo",
    snv: "Kristoffer Andersson",
    kd: "Marcus Halvarsson",
    soc: "Nils Lund",
    ifo: "Hans Palm",
    skol: "Sara Kolmodin",
    eh: "Pernilla Granberg",
    utv: "Kerstin Ericsson",
  },
  avesta: {
    ks: "Nils Dahlqvist",
    ksv: "Astrid Falk",
    sn: "Nils Falk",
    snv: "Henrik Larsson",
    kd: "Martin Tapper",
    soc: "Klara Eriksson",
    ifo: "Tobias Hedlund",
    vo: "Elvira Wallin",
    skol: "Ulla Engström",
    utv: "Ebba Hägglund",
  },
  ludvika: {
    ks: "Mattias Backlund",
    ksv: "Louise Lindahl",
    sn: "Daniel Isaksson",
    snv: "Elisabet Persbo",
    kd: "Lisa Ersson",
    soc: "Ingrid Westman",
    ifo: "Frida Kvist",
    vo: "Ingrid Nilsson",
    skol: "Kjell Lund",
    eh: "Thomas Tallberg",
    utv: "Ylva Pettersson",
  },
};

/**
 * The person id of the holder of `office` in the municipality with `key`: `p-<key>-<office>`. The id is
 * formed whether or not the office is held; {@link hasOfficeHolder} tells which.
 */
export function municipalPersonId(key: string, office: MunicipalOffice): string {
  return `p-${key}-${office}`;
}

/** Whether the sample has a holder of `office` in the municipality with `key`. */
export function hasOfficeHolder(key: string, office: MunicipalOffice): boolean {
  return MUNICIPAL_PEOPLE[key]?.[office] !== undefined;
}

const REGION_PEOPLE: readonly PersonRow[] = [
  ["p-rd-rso", "Patrik Wallin", "Regionstyrelsens ordförande"],
  ["p-rd-rs1v", "Cecilia Lagerqvist", "Regionstyrelsens förste vice ordförande"],
  ["p-rd-rs2v", "Britt Björk", "Regionstyrelsens andre vice ordförande"],
  ["p-rd-runo", "Elin Nordin", "Ordförande i regionala utvecklingsnämnden"],
  ["p-rd-run1v", "Therese Nilsson", "Förste vice ordförande i regionala utvecklingsnämnden"],
  ["p-rd-run2v", "Louise Hägglund", "Andre vice ordförande i regionala utvecklingsnämnden"],
  ["p-rd-hsno", "Klara Forsberg", "Ordförande i hälso- och sjukvårdsnämnden"],
  ["p-rd-hsnv", "Caroline Wallin", "Vice ordförande i hälso- och sjukvårdsnämnden"],
  ["p-rd-hsnl1", "Moa Berg", "Ledamot i hälso- och sjukvårdsnämnden"],
  ["p-rd-hsnl2", "Hedvig Hägglund", "Ledamot i hälso- och sjukvårdsnämnden"],
  ["p-rd-rdir", "Lisa Bergström", "Regiondirektör"],
  ["p-rd-hsdir", "Jesper Söderberg", "Hälso- och sjukvårdsdirektör"],
  ["p-rd-pvdir", "Hanna Westman", "Primärvårdsdirektör"],
  ["p-rd-pv-falun", "Karin Mångs", "Områdeschef primärvård Falun"],
  ["p-rd-pv-borlange", "Nora Ek", "Områdeschef primärvård Borlänge och Gagnef"],
  ["p-rd-pv-sodra", "Susanne Axelsson", "Områdeschef primärvård södra Dalarna"],
  ["p-rd-pv-vbl", "Jakob Unger", "Områdeschef primärvård Västerbergslagen"],
  ["p-rd-pv-siljan", "Hans Berglöf", "Områdeschef primärvård Siljansbygden"],
  ["p-rd-pv-norra", "Annika Brändström", "Områdeschef primärvård norra Dalarna"],
  ["p-rd-pv-vaster", "Rebecka Zetterberg", "Områdeschef primärvård Västerdalarna"],
  ["p-rd-psyk", "Ann-Sofi Grönvall", "Divisionschef psykiatri"],
  ["p-rd-geri", "Helena Holmgren", "Verksamhetschef geriatrik"],
  ["p-rd-bup", "Peter Nordin", "Verksamhetschef barn- och ungdomspsykiatri"],
  ["p-rd-ftv", "Jonas Hultgren", "Klinikchef Folktandvården"],
  ["p-rd-oms", "Monica Engström", "Chef Omställning hälso- och sjukvård"],
  ["p-rd-ul", "Louise Granlund", "Utvecklingsledare, Omställning hälso- och sjukvård"],
  ["p-rd-sekr", "Ylva Vik", "Nämndsekreterare"],
];

const RSS_PEOPLE: readonly PersonRow[] = [
  ["p-rss-chef", "Monica Olsson", "Verksamhetschef, RSS Dalarna"],
  ["p-rss-ul1", "Jessica Skog", "Utvecklingsledare, RSS Dalarna"],
  ["p-rss-ul2", "Hanna Jonsson", "Utvecklingsledare, RSS Dalarna"],
  ["p-rss-adm", "Mattias Lindahl", "Administratör, RSS Dalarna"],
];

const OTHER_PEOPLE: readonly PersonRow[] = [
  ["p-fk", "Patrik Lindahl", "Samverkansansvarig, Försäkringskassan"],
  ["p-af", "Simon Mångs", "Sektionschef, Arbetsförmedlingen"],
  ["p-pol-borlange", "Teresia Strand", "Kommunpolis"],
  ["p-pol-mora", "Jesper Blomgren", "Lokalpolisområdeschef"],
  ["p-frivard", "Albin Östlund", "Frivårdschef"],
  ["p-lst", "Susanne Larsson", "Folkhälsosamordnare, Länsstyrelsen"],
  ["p-mig", "Lars Bäckström", "Enhetschef, Migrationsverket"],
  ["p-sk", "Viktor Strand", "Diakon"],
  ["p-rk", "Eva Axelsson", "Kretsordförande, Röda korset"],
  ["p-rb", "Hedvig Granlund", "Verksamhetsutvecklare, Rädda Barnen"],
  ["p-finsam", "Marcus Granberg", "Förbundschef"],
  ["p-naring", "Emil Lagerlöf", "Verksamhetsledare, Företagarna"],
  ["p-hda", "Caroline Forsberg", "Universitetslektor, Högskolan Dalarna"],
  ["p-inv-leksand-1", "Josefin Hedlund", "Invånarrepresentant"],
  ["p-inv-leksand-2", "Emil Sjöberg", "Invånarrepresentant"],
];

const municipalRows: PersonRow[] = Object.entries(MUNICIPAL_PEOPLE).flatMap(([key, offices]) =>
  (Object.keys(MUNICIPAL_OFFICES) as MunicipalOffice[]).flatMap((office): PersonRow[] => {
    const name = offices[office];
    return name === undefined ? [] : [[municipalPersonId(key, office), name, MUNICIPAL_OFFICES[office]]];
  }),
);

/** Every person of the Dalarna sample: municipal staff and politicians, Region Dalarna, RSS Dalarna, others. */
export const DALARNA_PEOPLE: readonly Person[] = deepFreeze(
  peopleFromRows([...municipalRows, ...REGION_PEOPLE, ...RSS_PEOPLE, ...OTHER_PEOPLE]),
);
