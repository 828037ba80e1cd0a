/**
 * Partly written charters of the Dalarna sample, from nearly done (Leksand) to barely begun (Älvdalen).
 * Vansbro has no charter at all. Together with the complete ones they give charter completeness a
 * realistic spread. The texts are invented sample content.
 */
import type { Charter } from "../../structure/schema.js";
import { DALARNA_PRINCIPLES, DALARNA_TASKS } from "./strategy.js";

const defaultPrinciples = DALARNA_PRINCIPLES.map((principle) => principle.sv);
const defaultTasks = DALARNA_TASKS.map((task) => task.sv);
const LOCAL_PURPOSE =
  "Att genom samverkan skapa en sömlös och samordnad helhetslösning för invånarna gällande hälsa, vård och omsorg.";

/** Partly written charters, in the order of their leaderships. */
export const PARTIAL_CHARTERS: readonly Charter[] = [
  {
    id: "charter-leksand",
    leadershipId: "ls-leksand",
    adoptedAt: "2025-05-06",
    purpose: LOCAL_PURPOSE,
    why: "För att invånarnas röst ska väga lika tungt som verksamheternas när vi prioriterar.",
    vision: "I Leksand är vi nära varandra – invånare, kommun och region.",
    principles: [...defaultPrinciples],
    tasks: [...defaultTasks],
    meetingStructure: "Månatliga möten, varannan gång med invånarrådets representanter.",
    answers: {
      why: "För att hålla ihop arbetet kring äldre och barn med sammansatta behov.",
      vision: "Ja, och den har prövats i invånarrådet.",
      "principles-more": "Vi lyssnar särskilt på dem som sällan hörs.",
      "composition-map": "Ritad tillsammans med invånarrådet våren 2025.",
      "composition-shared-picture": "Ja.",
      "composition-actors": "Leksands kommun, Region Dalarna, invånarrådet och föreningslivet.",
      "composition-members":
        "Socialchef, vård- och omsorgschef, skolchef, elevhälsochef, nämndordförande, primärvård, psykiatri och två invånarrepresentanter.",
      "composition-co-opted": "Fritidschefen och föreningar vid behov.",
      "composition-sectors": "Ja, utom myndigheterna, som adjungeras.",
      "tasks-more": "Återkoppla till invånarrådet efter varje möte.",
      "meeting-chair": "Årsvis växling mellan kommunen och regionen.",
      "meeting-convener": "Kommunens utvecklingsledare.",
      "meeting-quorum": "Båda huvudmännen med mandat.",
      "meeting-co-opted": "Enligt dagordningen.",
      "meeting-process-leader": "Utvecklingsledaren.",
      "meeting-secretary": "Utvecklingsledaren.",
      "meeting-substitutes": "Regionens ersättare är ännu inte utsedd.",
      "meeting-interval": "Månadsvis, två timmar, fysiskt.",
      "meeting-item-flow": "Föranmälan två veckor innan.",
      "meeting-decision-flow": "Samförstånd; protokollförs.",
      "meeting-difficulties": "Att hitta mötestider som passar invånarrepresentanterna.",
    },
  },
  {
    id: "charter-mora",
    leadershipId: "ls-mora",
    adoptedAt: "2025-09-02",
    purpose: LOCAL_PURPOSE,
    why: "Mora är nav för norra Dalarna; vi behöver ett gemensamt grepp om vård och omsorg för våra invånare.",
    principles: [...defaultPrinciples],
    tasks: [...defaultTasks],
    meetingStructure: "En gång per månad i Mora, kallelse 14 dagar innan.",
    answers: {
      why: "För att sköra äldre ska få en sammanhållen vård hemma.",
      "composition-members": "Socialchef, vård- och omsorgschef, skolchef, elevhälsochef, primärvård och psykiatri.",
      "composition-co-opted": "Polisen, Svenska kyrkan och Folktandvården.",
      "meeting-chair": "Årsvis växling mellan kommunen och regionen.",
      "meeting-convener": "Kommunens utvecklingsledare.",
      "meeting-secretary": "Kommunens utvecklingsledare.",
      "meeting-interval": "Månadsvis, fysiskt.",
    },
  },
  {
    id: "charter-borlange",
    leadershipId: "ls-borlange",
    purpose: LOCAL_PURPOSE,
    why: "Barn och unga med sammansatta behov behöver att skola, socialtjänst och vård arbetar som en.",
    vision: "Ingen i Borlänge ska behöva berätta sin historia mer än en gång.",
    principles: [...defaultPrinciples],
    tasks: [],
    answers: {
      why: "För att samordna det förebyggande arbetet för barn och unga.",
      vision: "Ja, men den är ännu inte känd av alla deltagare.",
      "composition-actors":
        "Borlänge kommun, Region Dalarna, Polisen, Arbetsförmedlingen, Migrationsverket och Röda korset.",
      "meeting-secretary": "Ej utsedd.",
    },
  },
  {
    id: "charter-hedemora-sater",
    leadershipId: "ls-hedemora-sater",
    purpose: "Att genom samverkan mellan Hedemora, Säter och Region Dalarna skapa en samordnad helhet för invånarna.",
    principles: [...defaultPrinciples],
    tasks: [...defaultTasks],
    answers: {
      why: "Två kommuner med gemensam vårdcentral behöver en gemensam ledning.",
      "composition-members": "Socialchefer från båda kommunerna, skolchef, elevhälsa, primärvård och geriatrik.",
      "meeting-quorum": "Frågan om Säters mandat är inte löst.",
    },
  },
  {
    id: "charter-avesta",
    leadershipId: "ls-avesta",
    principles: [...defaultPrinciples],
    tasks: [],
    meetingStructure: "Möten varannan månad; socialchefen är ordförande.",
    answers: {
      "meeting-chair": "Socialchefen är ordförande tills vidare, med översyn vart tredje år.",
      "meeting-interval": "Varannan månad, digitalt.",
    },
  },
  {
    id: "charter-rattvik",
    leadershipId: "ls-rattvik",
    purpose: LOCAL_PURPOSE,
    principles: [...defaultPrinciples],
    tasks: [...defaultTasks],
    answers: {
      why: "För att kunna möta ett ökat vårdbehov med begränsade resurser.",
      "followup-activities": "Pilotprojekt med ett psykiatriskt mottagningsteam.",
    },
  },
  {
    id: "charter-gagnef",
    leadershipId: "ls-gagnef",
    purpose: LOCAL_PURPOSE,
    principles: [...defaultPrinciples],
    tasks: [],
    answers: { why: "Vi är en liten kommun och behöver regionen nära." },
  },
  {
    id: "charter-malung-salen",
    leadershipId: "ls-malung-salen",
    purpose: LOCAL_PURPOSE,
    why: "Säsongsvariationer i befolkningen ställer särskilda krav på samverkan.",
    principles: [...defaultPrinciples],
    tasks: [...defaultTasks],
    answers: {
      why: "Turistsäsongen mångdubblar befolkningen; vård och omsorg behöver planeras tillsammans.",
      "composition-co-opted": "Näringslivet och Arbetsförmedlingen.",
      "meeting-chair": "Växlar vartannat år mellan kommunen och regionen.",
    },
  },
  {
    id: "charter-orsa",
    leadershipId: "ls-orsa",
    principles: [...defaultPrinciples],
    tasks: [],
    answers: { "meeting-chair": "Ny ordförande ska utses; frågan tas upp i juni." },
  },
  {
    id: "charter-alvdalen",
    leadershipId: "ls-alvdalen",
    principles: [...defaultPrinciples],
    tasks: [],
    answers: {},
  },
];
