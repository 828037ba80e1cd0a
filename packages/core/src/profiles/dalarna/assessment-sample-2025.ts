/**
 * The self-assessment round 2025 as *Regional årsrapport 2025*, §3.1 and Bilaga 1, describe it: the 13 local
 * leaderships were asked; eight responses came from six of them; two (Västerbergslagen and Hedemora–Säter) answered
 * from two groupings each, which differ on some items, so the appendix shows their mean. The values and texts are
 * plausible, not the report's (it shows them only as charts); the texts are fictitious.
 */
import type { AssessmentResponse, AssessmentRound } from "../../assessment/schema.js";
import { DALARNA_SELF_ASSESSMENT_ID } from "./assessment-profile.js";
import { DALARNA_LOCAL_LEADERSHIP_IDS, sampleResponses } from "./assessment-sample-helpers.js";

/** The id of the 2025 round. */
export const DALARNA_ROUND_2025_ID = "sjalvskattning-2025";

/** The 2025 round. */
export const DALARNA_ROUND_2025: AssessmentRound = {
  id: DALARNA_ROUND_2025_ID,
  kind: "self-assessment",
  instrumentId: DALARNA_SELF_ASSESSMENT_ID,
  instrumentVersion: 1,
  title: "Självskattning 2025",
  description:
    "De 13 lokala systemledningarna tillfrågades. Åtta svar kom från sex systemledningar; två svarade från två grupperingar var. Värden och fritexter är påhittade exempel i samma mönster som årsrapporten 2025.",
  period: { from: "2025-01-01", to: "2025-12-31" },
  leadershipIds: [...DALARNA_LOCAL_LEADERSHIP_IDS],
  opensAt: "2025-09-15",
  closesAt: "2025-11-14",
};

/** The eight responses of 2025. */
export const DALARNA_RESPONSES_2025: readonly AssessmentResponse[] = sampleResponses(DALARNA_ROUND_2025_ID, [
  {
    id: "sa2025-falun",
    leadershipId: "ls-falun",
    submittedAt: "2025-10-07T15:12:00+02:00",
    values: [3, 3, 2, 4, 3],
    texts: {
      "nara-for-mig": "Brukarråd finns i två verksamheter, men arbetssättet behöver spridas till fler.",
      "nara-mellan-oss":
        "Täta avstämningar mellan kommunen och vårdcentralerna har gett bättre flöden vid utskrivning från sjukhus.",
    },
  },
  {
    id: "sa2025-mora",
    leadershipId: "ls-mora",
    submittedAt: "2025-10-21T10:40:00+02:00",
    values: [4, 3, 3, 3, 2],
    texts: {
      "nara-till-halsa": "Det förebyggande arbetet är splittrat mellan förvaltningarna; en gemensam plan saknas.",
    },
  },
  {
    id: "sa2025-leksand",
    leadershipId: "ls-leksand",
    submittedAt: "2025-10-29T08:55:00+01:00",
    values: [2, 3, 3, 4, 3],
    texts: {
      "nara-i-hela-dalarna":
        "Digitala vårdmöten används i hemtjänsten, men uppkopplingen fungerar inte i hela kommunen.",
    },
  },
  {
    id: "sa2025-avesta",
    leadershipId: "ls-avesta",
    submittedAt: "2025-11-03T13:20:00+01:00",
    // Nära till hälsa was left unanswered: no value, never 0.
    values: [3, 2, 3, 3, null],
    texts: { "nara-for-alla": "Unga vuxna med psykisk ohälsa faller fortfarande mellan stolarna." },
  },
  {
    id: "sa2025-vasterbergslagen-ludvika",
    leadershipId: "ls-vasterbergslagen",
    grouping: "Ludvika",
    submittedAt: "2025-10-14T09:30:00+02:00",
    values: [3, 3, 2, 4, 3],
    texts: { "nara-mellan-oss": "Samverkan på ledningsnivå fungerar väl; på verksamhetsnivå är den mer ojämn." },
  },
  {
    id: "sa2025-vasterbergslagen-smedjebacken",
    leadershipId: "ls-vasterbergslagen",
    grouping: "Smedjebacken",
    submittedAt: "2025-10-16T14:05:00+02:00",
    // Differs from Ludvika on Nära för alla (4 and 3) and Nära mellan oss (3 and 4): both show 3.5.
    values: [3, 4, 2, 3, 3],
    texts: { "nara-for-mig": "Vi har börjat med gemensamma hembesök men har ännu inte följt upp dem." },
  },
  {
    id: "sa2025-hedemora-sater-hedemora",
    leadershipId: "ls-hedemora-sater",
    grouping: "Hedemora",
    submittedAt: "2025-11-10T11:00:00+01:00",
    values: [2, 3, 4, 3, 2],
    texts: { "nara-till-halsa": "Hälsosamtal för 75-åringar planeras tillsammans med vårdcentralen." },
  },
  {
    id: "sa2025-hedemora-sater-sater",
    leadershipId: "ls-hedemora-sater",
    grouping: "Säter",
    submittedAt: "2025-11-12T16:45:00+01:00",
    // Differs from Hedemora on Nära i hela Dalarna (4 and 3: 3.5) and Nära till hälsa (2 and 3: 2.5).
    values: [2, 3, 3, 3, 3],
  },
]);
