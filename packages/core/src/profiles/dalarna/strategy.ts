/**
 * Dalarna's county-wide strategy as the profile needs it: the five delmål (worded as *Regional årsrapport 2025*
 * gives them, §2.2 and Bilaga 1; see docs/domain.md, Self-assessment), and the Metodstöd's five principles and
 * eight tasks (worded as the *Metodstöd* gives them, "Enkla principer för samverkan" and "Uppgifter för
 * systemledning"). The Swedish is the source's; the English is our translation.
 */
import type { Goal } from "../../profile/schema.js";
import type { LocalizedText } from "../../schema/primitives.js";
import { deepFreeze } from "../shared/sample-builder.js";

/**
 * The vision line of the strategy, "Nära genom hela livet – gemensamt, tillsammans" (the closing slide of
 * *Den regionala systemledningens roll i omställningen till en God och Nära Vård*, RSS Dalarna's presentation to
 * Välfärdsrådet 2025-02-13).
 */
export const DALARNA_VISION: LocalizedText = deepFreeze({
  sv: "Nära genom hela livet – gemensamt, tillsammans",
  en: "Close throughout life – jointly, together",
});

/** The five delmål of the länsgemensam strategi 2022–2030, each with its self-assessment statement. */
export const DALARNA_GOALS: readonly Goal[] = deepFreeze([
  {
    id: "nara-for-mig",
    name: { sv: "Nära för mig", en: "Close to me" },
    description: {
      sv: "Vi arbetar för att alla invånare i Dalarna ska bli bemötta med respekt samt tilltro och ska uppleva möjligheter till medskapande och delaktighet utifrån sin förmåga och sina behov.",
      en: "We work so that all residents of Dalarna are met with respect and trust and experience opportunities for co-creation and participation according to their abilities and needs.",
    },
  },
  {
    id: "nara-for-alla",
    name: { sv: "Nära för alla", en: "Close for everyone" },
    description: {
      sv: "Vi arbetar för en tillgänglig, jämställd och jämlik vård för barn och unga, för dig mitt i livet och för dig som är äldre.",
      en: "We work for accessible, gender-equal and equitable care for children and young people, for you in the middle of life and for you who are older.",
    },
  },
  {
    id: "nara-i-hela-dalarna",
    name: { sv: "Nära i hela Dalarna", en: "Close throughout Dalarna" },
    description: {
      sv: "Vi arbetar för en likvärdig tillgång till personcentrerad vård i hela länet oavsett var individerna bor med hjälp av nya och utvecklade lösningar som gagnar individerna.",
      en: "We work for equal access to person-centred care throughout the county, wherever people live, with new and improved solutions that benefit them.",
    },
  },
  {
    id: "nara-mellan-oss",
    name: { sv: "Nära mellan oss", en: "Close between us" },
    description: {
      sv: "Vi arbetar för stärkt samverkan inom och mellan länets kommuner och Region Dalarna som präglas av tillit och prestigelöshet för invånarnas bästa.",
      en: "We work for stronger collaboration within and between the county's municipalities and Region Dalarna, marked by trust and an absence of prestige, for the good of the residents.",
    },
  },
  {
    id: "nara-till-halsa",
    name: { sv: "Nära till hälsa", en: "Close to health" },
    description: {
      sv: "Vi arbetar hälsofrämjande och förebyggande i Dalarna utifrån var varje enskild individ befinner sig i livet.",
      en: "We work to promote health and prevent ill health in Dalarna, starting from where each individual is in life.",
    },
  },
]);

/** The Metodstöd's five simple principles for collaboration ("Enkla principer för samverkan"). */
export const DALARNA_PRINCIPLES: readonly LocalizedText[] = deepFreeze([
  {
    sv: "Vi utgår ifrån individernas olika behov och bjuder in till delaktighet.",
    en: "We start from individuals' different needs and invite participation.",
  },
  { sv: "Vi lyssnar på varandra.", en: "We listen to each other." },
  {
    sv: "Vi är prestigelösa och visar tillit till varandra.",
    en: "We are without prestige and show trust in each other.",
  },
  { sv: "Vi är modiga och vågar ta beslut.", en: "We are brave and dare to make decisions." },
  { sv: "Vi lär av varandra och reflekterar tillsammans.", en: "We learn from each other and reflect together." },
]);

/** The Metodstöd's eight tasks of a system leadership ("Uppgifter för systemledning"). */
export const DALARNA_TASKS: readonly LocalizedText[] = deepFreeze([
  {
    sv: "Deltagare i systemledningen ska på en övergripande nivå leda, styra och följa upp arbetet i samverkan för omställningen till en God och nära vård.",
    en: "Members of the system leadership lead, steer and follow up, at an overall level, the joint work on the transition to good and close care.",
  },
  {
    sv: "Varje deltagare bär ett ansvar att föra information till och från systemledningen och den egna verksamheten.",
    en: "Each member is responsible for carrying information to and from the system leadership and their own organisation.",
  },
  {
    sv: "Deltagare ska prioritera möten, engagerat sätta sig in i aktuella frågor och hålla deadlines.",
    en: "Members prioritise meetings, engage with the current issues and keep deadlines.",
  },
  {
    sv: "Sätta och upprätthålla en kultur som möjliggör omställning. Detta innebär bland annat att uppmuntra dialog och testa nya arbetssätt, och att skapa en kultur där alla medarbetare känner att det är efterfrågat att hitta lösningar på utmaningar tillsammans med andra aktörer i systemet.",
    en: "Set and sustain a culture that enables the transition. Among other things this means encouraging dialogue and trying new ways of working, and creating a culture where all staff feel that finding solutions to challenges together with other actors in the system is wanted.",
  },
  {
    sv: "Utgå från patienters och brukares erfarenheter och ställa krav på medskapande i omställningsarbetet.",
    en: "Start from the experiences of patients and service users and require co-creation in the transition work.",
  },
  {
    sv: "Följa systemets resultat och leveranser, snarare än resultat från enskilda verksamheter.",
    en: "Follow the results and deliveries of the system rather than the results of individual services.",
  },
  {
    sv: "Ta emot information om hinder i systemet, och vidta åtgärder eller uppdra åt andra att vidta åtgärder för att möta dessa.",
    en: "Receive information about obstacles in the system, and act or commission others to act to meet them.",
  },
  {
    sv: "Peka ut samverkans- och beslutsforum och ange deras funktion och uppdrag, och säkerställa fungerande kommunikation och samordning mellan dessa.",
    en: "Designate forums for collaboration and decision-making, state their function and remit, and ensure working communication and coordination between them.",
  },
]);
