/**
 * The Kalmar profile, from the minutes of Länsgemensam ledning (LGL) 2022-01-28 (*Protokoll Länsgemensam ledning
 * 2022-01-28*, Region Kalmar län). It proves that a second county is data only: the same schema, the same functions,
 * other names, goals and texts.
 */
import type { LocalizedText } from "../../schema/primitives.js";
import type { Profile } from "../../profile/schema.js";
import { deepFreeze } from "../shared/sample-builder.js";
import { KALMAR_ASSESSMENT_PROFILE } from "./assessment-profile.js";
import { KALMAR_FOLLOW_UP_PROFILE } from "./follow-up-profile.js";
import { KALMAR_MEETINGS_PROFILE } from "./meetings-profile.js";
import { KALMAR_MUNICIPALITIES, KALMAR_REGION_CODE } from "./municipalities.js";
import { KALMAR_SYSTEM_MAP_PROFILE } from "./system-map-profile.js";

/** Statements about the Kalmar data: what the minutes say and what the sample assumes. */
export const KALMAR_PROFILE_NOTES: readonly LocalizedText[] = deepFreeze([
  {
    sv: "Länets egen målbild för Nära vård skulle enligt protokollet fastställas på LGL i maj 2022. Tills den finns är målen de fyra förflyttningar i den nationella målbilden som protokollet beskriver.",
    en: "According to the minutes, the county's own vision for close care was to be decided by LGL in May 2022. Until it exists, the goals are the four shifts of the national vision that the minutes describe.",
  },
  {
    sv: 'Principerna är punkterna under "Att lyckas med samverkan" i SKR:s föredrag på LGL 2022-01-28; uppgifterna och frågorna är hämtade ur samma protokoll. Länet hade ännu inte beslutat om gemensamma principer.',
    en: 'The principles are the points under "Att lyckas med samverkan" in SKR\'s talk at LGL on 2022-01-28; the tasks and questions come from the same minutes. The county had not yet decided on shared principles.',
  },
  {
    sv: "LGL:s sammansättning i exempeldatan (politiker och tjänstepersoner från region och kommuner, Kommunförbundet och sju brukarrepresentanter) följer mönstret i protokollets närvarolista, men alla personer är påhittade. Att LGL räknas som gemensamt forum och presidiekonferensen som politiskt är antaganden.",
    en: "LGL's composition in the sample (politicians and officials of the region and municipalities, the municipal association and seven user representatives) follows the pattern of the minutes' attendance list, but every person is fictitious. That LGL counts as a joint forum and the presidium conference as a political one are assumptions.",
  },
  {
    sv: "Brukarrepresentanternas organisationer har allmänna namn i exempeldatan.",
    en: "The user representatives' organisations have generic names in the sample.",
  },
]);

/**
 * The Kalmar profile: Region Kalmar län (0008) and its 12 municipalities, a small sector catalogue for
 * LGL's field (social services, health care, school, user representatives, politicians), the four shifts
 * of the national vision as goals, and principles, tasks and questions from the LGL minutes. Chair and
 * secretary are its key roles; substitutes are not required. The object is frozen.
 *
 * @example
 * import { kalmarProfile } from "@systemledning/core/profiles/kalmar";
 * kalmarProfile.municipalities.length; // 12
 */
export const kalmarProfile: Profile = deepFreeze({
  id: "kalmar",
  name: { sv: "Nära vård i Kalmar län", en: "Close care in Kalmar County" },
  vision: {
    sv: "Kommuner och region hittar tillsammans bästa möjliga lösningar där invånaren är i fokus.",
    en: "Municipalities and region together find the best possible solutions with the resident in focus.",
  },
  regions: [{ code: KALMAR_REGION_CODE, name: "Region Kalmar län" }],
  municipalities: KALMAR_MUNICIPALITIES.map(({ code, name }) => ({ code, name, regionCode: KALMAR_REGION_CODE })),
  sectors: [
    { id: "socialtjanst", name: { sv: "Socialtjänst", en: "Social services" } },
    { id: "halso-och-sjukvard", name: { sv: "Hälso- och sjukvård", en: "Health care" } },
    { id: "skola", name: { sv: "Skola", en: "School" } },
    {
      id: "brukare",
      name: { sv: "Brukar- och patientföreträdare", en: "Service user and patient representatives" },
      examples: { sv: "Brukarrepresentanter i LGL", en: "User representatives in LGL" },
    },
    { id: "politiker", name: { sv: "Politiker", en: "Politicians" } },
  ],
  goals: [
    {
      id: "samordning",
      name: { sv: "Mer samordning och personcentrering", en: "More coordination and person-centredness" },
    },
    {
      id: "forebyggande",
      name: { sv: "Mer förebyggande och tidiga insatser", en: "More prevention and early interventions" },
      description: {
        sv: "För att minska risk för ohälsa och sjukdom.",
        en: "To reduce the risk of ill health and disease.",
      },
    },
    {
      id: "delaktighet",
      name: {
        sv: "Ökad delaktighet från invånare som aktiva medskapare",
        en: "Greater participation of residents as active co-creators",
      },
    },
    {
      id: "egenkraft",
      name: {
        sv: "Använda invånarens egenkraft för att skapa hälsa",
        en: "Using residents' own strength to create health",
      },
    },
  ],
  principles: [
    { sv: "Att gå från organisation till organisering", en: "Moving from organisation to organising" },
    { sv: "Klargör ansvar och arbetsuppgifter!", en: "Make responsibilities and tasks clear!" },
    {
      sv: "Gemensam riktning – vart är vi på väg, vad vill vi nå? Win/win!",
      en: "A shared direction – where are we going, what do we want to reach? Win/win!",
    },
    {
      sv: "Planera, följ upp, analysera, åtgärda – tillsammans och var och en!",
      en: "Plan, follow up, analyse, act – together and each of us!",
    },
    {
      sv: "Utgå från det relationella där tillit och förtroende spelar roll",
      en: "Start from relationships, where trust and confidence matter",
    },
    { sv: "Engagemang på alla nivåer", en: "Commitment at every level" },
    { sv: "Efterfråga resultat", en: "Ask for results" },
    { sv: "Återkommande dialog och uppföljning", en: "Recurring dialogue and follow-up" },
  ],
  tasks: [
    {
      sv: "Fastställa och besluta den gemensamma målbilden för Nära vård i Kalmar län.",
      en: "Settle and decide the shared vision for close care in Kalmar County.",
    },
    {
      sv: "Styra omställningen till en mer nära vård i länet.",
      en: "Steer the transition to closer care in the county.",
    },
    {
      sv: "Inkludera brukar- och patientföreträdare och medarbetarnas delaktighet i arbetet.",
      en: "Include service user and patient representatives, and staff participation, in the work.",
    },
    {
      sv: "Se till att region och kommuner gör sina egna resor i takt med varandra.",
      en: "Make sure region and municipalities make their own journeys in step with each other.",
    },
  ],
  charterQuestions: [
    {
      id: "why",
      section: "why",
      text: {
        sv: "Vad skulle Kalmar län uppnå/vinna med denna förflyttning?",
        en: "What would Kalmar County achieve/gain from this shift?",
      },
    },
    {
      id: "vision",
      section: "vision",
      text: {
        sv: "Är den gemensamma målbilden för Nära vård fastställd och beslutad?",
        en: "Is the shared vision for close care settled and decided?",
      },
    },
    {
      id: "principles",
      section: "principles",
      text: {
        sv: "Vilka arbetssätt och gemensamma principer ska vara gällande?",
        en: "Which ways of working and shared principles are to apply?",
      },
    },
    {
      id: "needs",
      section: "tasks",
      text: { sv: "Vad behövs för att göra denna förflyttning?", en: "What is needed to make this shift?" },
    },
    {
      id: "steering",
      section: "tasks",
      text: {
        sv: "Hur ska vi i LGL styra omställningen till en mer nära vård?",
        en: "How should we in LGL steer the transition to closer care?",
      },
    },
    {
      id: "position",
      section: "followUp",
      text: {
        sv: "Var befinner sig Länsgemensam ledning i omställningen till nära vård?",
        en: "Where is Länsgemensam ledning in the transition to close care?",
      },
    },
  ],
  structure: { keyRoles: ["chair", "secretary"], substituteRequiredForMandateHolders: false },
  notes: [...KALMAR_PROFILE_NOTES],
  // The modules' parts, each in a file of its own: meeting rules, instruments, indicators and limits, the system map.
  ...KALMAR_MEETINGS_PROFILE,
  ...KALMAR_ASSESSMENT_PROFILE,
  ...KALMAR_FOLLOW_UP_PROFILE,
  ...KALMAR_SYSTEM_MAP_PROFILE,
});
