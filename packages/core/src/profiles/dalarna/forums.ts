/**
 * Forums of the Dalarna sample: the six forums of the regional system leadership (*Regional årsrapport 2025*, §4.1.1
 * with footnotes 8 and 9, §4.3 and Bilaga 2) and each local leadership's forum(s). Purposes follow the sources where
 * they speak; chair rules are plausible sample data, chosen to give the chair questions both passes and findings.
 */
import type { ChairRule, Forum } from "../../structure/schema.js";
import { deepFreeze } from "../shared/sample-builder.js";
import { DALARNA_REGIONAL_LEADERSHIP_ID } from "./leaderships.js";

/** Ids of the forums of the regional system leadership. */
export const DALARNA_REGIONAL_FORUM = {
  lchnv: "f-lchnv",
  vfr: "f-vfr",
  schnv: "f-schnv",
  lgrs: "f-lgrs",
  bdu: "f-bdu",
  vardradet: "f-vardradet",
} as const;

const rotating = (termMonths: number, description: string): ChairRule => ({
  termMonths,
  rotatesBetweenPrincipals: true,
  description,
});

const regionalForums: Forum[] = [
  {
    id: DALARNA_REGIONAL_FORUM.lchnv,
    leadershipId: DALARNA_REGIONAL_LEADERSHIP_ID,
    name: "Länschefsnätverket",
    shortName: "LCHNV",
    composition: "officials",
    purpose:
      "Länsnätverket för förvaltningschefer i kommunerna, med Region Dalarnas hälso- och sjukvårdsledning. Del av den regionala systemledningen: beslutar om vägval och prioriteringar i omställningen (2025: prioriterat område sköra äldre, uppdrag Regional handlingsplan, Lokal Praktikutveckling) och godkänner den regionala årsrapporten tillsammans med Välfärdsrådet.",
    requiredSectorIds: ["socialtjanst", "vard-och-omsorg", "primarvard", "specialistvard"],
    coOptedSectorIds: ["skolchef"],
    chairRule: rotating(24, "Ordförandeskapet växlar vartannat år mellan kommunerna och Region Dalarna."),
  },
  {
    id: DALARNA_REGIONAL_FORUM.vfr,
    leadershipId: DALARNA_REGIONAL_LEADERSHIP_ID,
    name: "Välfärdsrådet",
    shortName: "VfR",
    composition: "politicians",
    purpose:
      "Politiskt samverkansforum för kommunerna och Region Dalarna och del av den regionala systemledningen. Beslutade 2025 tillsammans med Länschefsnätverket att ta fram en regional handlingsplan, tar emot årsrapport och infografik och för dialog om den regionala systemledningens roll och uppdrag.",
    requiredSectorIds: ["politiker"],
    coOptedSectorIds: [],
    chairRule: rotating(24, "Ordförandeskapet växlar vartannat år mellan en kommun och Region Dalarna."),
  },
  {
    id: DALARNA_REGIONAL_FORUM.schnv,
    leadershipId: DALARNA_REGIONAL_LEADERSHIP_ID,
    name: "Socialchefsnätverket",
    shortName: "SCHNV",
    composition: "officials",
    purpose:
      "Nätverk för kommunernas socialchefer. Beslutar om socialtjänstens gemensamma frågor i omställningen, till exempel att kommunernas rapportering till Socialstyrelsen även skickas till RSS för en regional sammanställning, och följer gemensam finansiering av regionala insatser.",
    requiredSectorIds: ["socialtjanst"],
    coOptedSectorIds: ["primarvard"],
    chairRule: rotating(12, "Ordförandeskapet går årsvis mellan kommunerna."),
  },
  {
    id: DALARNA_REGIONAL_FORUM.lgrs,
    leadershipId: DALARNA_REGIONAL_LEADERSHIP_ID,
    name: "Ledningsgrupp för regional samverkan",
    shortName: "LGRS",
    composition: "officials",
    purpose:
      "Länets kommundirektörer samt regiondirektören. Samverkansforum mellan kommunerna och Region Dalarna som strategin pekar ut som del av den regionala systemledningen för God och nära vård; för också dialog om systemledarskap i bredare mening.",
    requiredSectorIds: [],
    coOptedSectorIds: [],
    chairRule: rotating(24, "Ordförandeskapet växlar vartannat år mellan en kommundirektör och regiondirektören."),
  },
  {
    id: DALARNA_REGIONAL_FORUM.bdu,
    leadershipId: DALARNA_REGIONAL_LEADERSHIP_ID,
    name: "Beredningsgrupp för Dalarnas utveckling",
    shortName: "BDU",
    composition: "politicians",
    purpose:
      "Kommunstyrelsernas ordförande, presidiet i regionstyrelsen och presidiet i den regionala utvecklingsnämnden. Politiskt samverkansforum som strategin pekar ut som del av den regionala systemledningen.",
    requiredSectorIds: ["politiker"],
    coOptedSectorIds: [],
    chairRule: {
      termMonths: 48,
      rotatesBetweenPrincipals: false,
      description: "Regionstyrelsens ordförande är ordförande under mandatperioden.",
    },
  },
  {
    id: DALARNA_REGIONAL_FORUM.vardradet,
    leadershipId: DALARNA_REGIONAL_LEADERSHIP_ID,
    name: "Vårdrådet",
    composition: "joint",
    purpose:
      "Gemensamt forum för politiker och tjänstepersoner i Region Dalarna och kommunerna om vård och omsorg i samverkan; i strategin en del av den regionala systemledningen. Sammansättningen i exempeldatan är ett antagande.",
    requiredSectorIds: ["politiker", "vard-och-omsorg", "primarvard", "specialistvard"],
    coOptedSectorIds: ["folktandvard"],
    chairRule: rotating(24, "Ordförandeskapet växlar vartannat år mellan Region Dalarna och en kommun."),
  },
];

/** The Metodstöd's purpose of a local system leadership, the default purpose of the local forums. */
const LOCAL_PURPOSE =
  "Att genom samverkan skapa en sömlös och samordnad helhetslösning för invånarna gällande hälsa, vård och omsorg. Systemledningen styr, leder och följer upp detta arbete lokalt.";

/** Sectors most local forums require: the principals' core services. */
const CORE = ["socialtjanst", "vard-och-omsorg", "skolchef", "elevhalsa", "primarvard", "specialistvard"];
/** Sectors most local forums co-opt when needed. */
const CO_OPTED = ["polis", "forsakringskassa", "arbetsformedling", "civilsamhallet", "folktandvard"];

interface LocalForumSpec {
  readonly id: string;
  readonly leadershipId: string;
  readonly name: string;
  readonly composition: Forum["composition"];
  readonly required: readonly string[];
  readonly coOpted: readonly string[];
  readonly chairRule?: ChairRule;
}

function localForum(spec: LocalForumSpec): Forum {
  const forum: Forum = {
    id: spec.id,
    leadershipId: spec.leadershipId,
    name: spec.name,
    composition: spec.composition,
    purpose: LOCAL_PURPOSE,
    requiredSectorIds: [...spec.required],
    coOptedSectorIds: [...spec.coOpted],
  };
  if (spec.chairRule !== undefined) forum.chairRule = spec.chairRule;
  return forum;
}

const alternating = rotating(12, "Ordförandeskapet växlar årsvis mellan kommunen och Region Dalarna.");

const localForumSpecs: readonly LocalForumSpec[] = [
  {
    id: "f-vansbro",
    leadershipId: "ls-vansbro",
    name: "Systemledning Vansbro",
    composition: "officials",
    required: ["socialtjanst", "skolchef", "primarvard"],
    coOpted: CO_OPTED,
  },
  {
    id: "f-malung-salen",
    leadershipId: "ls-malung-salen",
    name: "Systemledning Malung-Sälen",
    composition: "officials",
    required: ["socialtjanst", "skolchef", "elevhalsa", "primarvard", "fritidsforvaltning"],
    coOpted: [...CO_OPTED, "naringsliv"],
    chairRule: rotating(24, "Ordförandeskapet växlar vartannat år mellan kommunen och Region Dalarna."),
  },
  {
    id: "f-gagnef",
    leadershipId: "ls-gagnef",
    name: "Systemledning Gagnef",
    composition: "officials",
    required: ["socialtjanst", "skolchef", "elevhalsa", "primarvard"],
    coOpted: CO_OPTED,
    chairRule: alternating,
  },
  {
    id: "f-leksand",
    leadershipId: "ls-leksand",
    name: "Systemledning Leksand",
    composition: "joint",
    required: [...CORE, "politiker", "invanare"],
    coOpted: [...CO_OPTED, "fritidsforvaltning"],
    chairRule: alternating,
  },
  {
    id: "f-rattvik",
    leadershipId: "ls-rattvik",
    name: "Systemledning Rättvik",
    composition: "officials",
    required: ["socialtjanst", "skolchef", "elevhalsa", "primarvard", "specialistvard"],
    coOpted: CO_OPTED,
    chairRule: { termMonths: 24, rotatesBetweenPrincipals: false, description: "Kommunens socialchef är ordförande." },
  },
  {
    id: "f-orsa",
    leadershipId: "ls-orsa",
    name: "Systemledning Orsa",
    composition: "officials",
    required: ["socialtjanst", "skolchef", "elevhalsa", "primarvard"],
    coOpted: CO_OPTED,
  },
  {
    id: "f-alvdalen",
    leadershipId: "ls-alvdalen",
    name: "Systemledning Älvdalen",
    composition: "officials",
    required: ["socialtjanst", "skolchef", "elevhalsa", "primarvard", "specialistvard"],
    coOpted: CO_OPTED,
    chairRule: rotating(24, "Ordförandeskapet växlar vartannat år mellan kommunen och Region Dalarna."),
  },
  {
    id: "f-vasterbergslagen",
    leadershipId: "ls-vasterbergslagen",
    name: "Systemledning Västerbergslagen",
    composition: "joint",
    required: [...CORE, "politiker", "finsam"],
    coOpted: [...CO_OPTED, "frivard"],
    chairRule: rotating(12, "Ordförandeskapet går årsvis mellan Ludvika, Smedjebacken och Region Dalarna."),
  },
  {
    id: "f-mora",
    leadershipId: "ls-mora",
    name: "Systemledning Mora",
    composition: "officials",
    required: CORE,
    coOpted: CO_OPTED,
    chairRule: alternating,
  },
  {
    id: "f-falun",
    leadershipId: "ls-falun",
    name: "Ledningsgrupp God och nära vård Falun",
    composition: "officials",
    required: [...CORE, "fritidsforvaltning"],
    coOpted: CO_OPTED,
    chairRule: alternating,
  },
  {
    id: "f-falun-pol",
    leadershipId: "ls-falun",
    name: "Politisk samverkansgrupp God och nära vård Falun",
    composition: "politicians",
    required: ["politiker"],
    coOpted: [],
    chairRule: rotating(24, "Ordförandeskapet växlar vartannat år mellan Falu kommun och Region Dalarna."),
  },
  {
    id: "f-borlange",
    leadershipId: "ls-borlange",
    name: "Systemledning Borlänge",
    composition: "officials",
    required: CORE,
    coOpted: [...CO_OPTED, "migrationsverket"],
    chairRule: alternating,
  },
  {
    id: "f-hedemora-sater",
    leadershipId: "ls-hedemora-sater",
    name: "Systemledning Hedemora–Säter",
    composition: "officials",
    required: ["socialtjanst", "skolchef", "elevhalsa", "primarvard", "specialistvard"],
    coOpted: CO_OPTED,
    chairRule: rotating(24, "Ordförandeskapet växlar vartannat år mellan Hedemora, Säter och Region Dalarna."),
  },
  {
    id: "f-avesta",
    leadershipId: "ls-avesta",
    name: "Systemledning Avesta",
    composition: "officials",
    required: CORE,
    coOpted: CO_OPTED,
    chairRule: {
      termMonths: 36,
      rotatesBetweenPrincipals: false,
      description: "Socialchefen i Avesta kommun är ordförande tills vidare, med översyn vart tredje år.",
    },
  },
];

const localForums: Forum[] = localForumSpecs.map(localForum);

/** The six regional forums, then the local forums in the order of their leaderships. */
export const DALARNA_FORUMS: readonly Forum[] = deepFreeze([...regionalForums, ...localForums]);
