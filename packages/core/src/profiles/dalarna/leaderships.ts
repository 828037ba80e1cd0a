/**
 * The system leaderships of the Dalarna sample: the regional system leadership and the 13 local ones that together
 * cover the 15 municipalities exactly once (*Regional årsrapport 2025*, §1). Västerbergslagen (Ludvika, Smedjebacken)
 * is named in its §4.2.1; Hedemora–Säter as the second shared leadership is a plausible choice (see the profile's
 * notes).
 */
import type { Leadership } from "../../structure/schema.js";
import { deepFreeze } from "../shared/sample-builder.js";
import { DALARNA_MUNICIPALITIES, DALARNA_REGION_CODE } from "./municipalities.js";

/** The id of the regional system leadership. */
export const DALARNA_REGIONAL_LEADERSHIP_ID = "ls-regional";

/** A local leadership as data: id, the name after "Lokal systemledning", the municipalities covered. */
export interface LocalLeadershipSpec {
  readonly id: string;
  readonly name: string;
  /** Keys of {@link DALARNA_MUNICIPALITIES}. */
  readonly municipalityKeys: readonly string[];
  readonly description?: string;
}

/**
 * The 13 local leaderships: id, name and the municipality keys they cover, in the order of the first
 * municipality's code.
 */
export const DALARNA_LOCAL_LEADERSHIP_SPECS: readonly LocalLeadershipSpec[] = deepFreeze([
  { id: "ls-vansbro", name: "Vansbro", municipalityKeys: ["vansbro"] },
  { id: "ls-malung-salen", name: "Malung-Sälen", municipalityKeys: ["malung-salen"] },
  { id: "ls-gagnef", name: "Gagnef", municipalityKeys: ["gagnef"] },
  { id: "ls-leksand", name: "Leksand", municipalityKeys: ["leksand"] },
  { id: "ls-rattvik", name: "Rättvik", municipalityKeys: ["rattvik"] },
  { id: "ls-orsa", name: "Orsa", municipalityKeys: ["orsa"] },
  { id: "ls-alvdalen", name: "Älvdalen", municipalityKeys: ["alvdalen"] },
  {
    id: "ls-vasterbergslagen",
    name: "Västerbergslagen",
    municipalityKeys: ["ludvika", "smedjebacken"],
    description: "Gemensam lokal systemledning för Ludvika och Smedjebacken tillsammans med Region Dalarna.",
  },
  { id: "ls-mora", name: "Mora", municipalityKeys: ["mora"] },
  { id: "ls-falun", name: "Falun", municipalityKeys: ["falun"] },
  { id: "ls-borlange", name: "Borlänge", municipalityKeys: ["borlange"] },
  {
    id: "ls-hedemora-sater",
    name: "Hedemora–Säter",
    municipalityKeys: ["hedemora", "sater"],
    description:
      "Gemensam lokal systemledning för Hedemora och Säter tillsammans med Region Dalarna. Att just dessa två delar systemledning är ett antagande i exempeldatan.",
  },
  { id: "ls-avesta", name: "Avesta", municipalityKeys: ["avesta"] },
]);

const codeOfKey = new Map(DALARNA_MUNICIPALITIES.map((m) => [m.key, m.code] as const));

/** The municipality code of a key of {@link DALARNA_MUNICIPALITIES}; an unknown key yields "0000", which validation reports. */
function codeOf(key: string): string {
  return codeOfKey.get(key) ?? "0000";
}

const regional: Leadership = {
  id: DALARNA_REGIONAL_LEADERSHIP_ID,
  name: "Regional systemledning för God och nära vård i Dalarna",
  shortName: "Regional systemledning",
  level: "regional",
  regionCode: DALARNA_REGION_CODE,
  municipalityCodes: DALARNA_MUNICIPALITIES.map((m) => m.code),
  description:
    "De samverkansforum mellan kommunerna och Region Dalarna som den länsgemensamma strategin pekar ut som delar av den regionala systemledningen: Länschefsnätverket, Välfärdsrådet, Socialchefsnätverket, LGRS, BDU och Vårdrådet.",
};

const local: Leadership[] = DALARNA_LOCAL_LEADERSHIP_SPECS.map((spec) => {
  const leadership: Leadership = {
    id: spec.id,
    name: `Lokal systemledning ${spec.name}`,
    shortName: spec.name,
    level: "local",
    regionCode: DALARNA_REGION_CODE,
    municipalityCodes: spec.municipalityKeys.map(codeOf),
  };
  if (spec.description !== undefined) leadership.description = spec.description;
  return leadership;
});

/** The regional leadership first, then the 13 local leaderships. */
export const DALARNA_LEADERSHIPS: readonly Leadership[] = deepFreeze([regional, ...local]);
