/**
 * The earlier self-assessment rounds of the Dalarna sample, 2023 and 2024, with higher coverage than 2025 (9 and 11 of
 * 13), so that a trend can be shown where it is allowed: 2023 → 2024 reach the profile's minimum coverage, 2024 → 2025
 * do not (*Regional årsrapport 2025*, §3.1: comparisons were made "tidigare år"). Values and texts are plausible,
 * fictitious examples.
 */
import type { AssessmentResponse, AssessmentRound } from "../../assessment/schema.js";
import { DALARNA_SELF_ASSESSMENT_ID } from "./assessment-profile.js";
import { DALARNA_LOCAL_LEADERSHIP_IDS, sampleResponses } from "./assessment-sample-helpers.js";

/** The id of the 2023 round. */
export const DALARNA_ROUND_2023_ID = "sjalvskattning-2023";
/** The id of the 2024 round. */
export const DALARNA_ROUND_2024_ID = "sjalvskattning-2024";

const round = (year: number, id: string, opensAt: string, closesAt: string, description: string): AssessmentRound => ({
  id,
  kind: "self-assessment",
  instrumentId: DALARNA_SELF_ASSESSMENT_ID,
  instrumentVersion: 1,
  title: `Självskattning ${year}`,
  description,
  period: { from: `${year}-01-01`, to: `${year}-12-31` },
  leadershipIds: [...DALARNA_LOCAL_LEADERSHIP_IDS],
  opensAt,
  closesAt,
});

/** The 2023 and 2024 rounds. */
export const DALARNA_EARLIER_ROUNDS: readonly AssessmentRound[] = [
  round(
    2023,
    DALARNA_ROUND_2023_ID,
    "2023-09-18",
    "2023-11-17",
    "De 13 lokala systemledningarna tillfrågades; nio svarade. Påhittade exempelvärden.",
  ),
  round(
    2024,
    DALARNA_ROUND_2024_ID,
    "2024-09-16",
    "2024-11-15",
    "De 13 lokala systemledningarna tillfrågades; elva svarade, Västerbergslagen från två grupperingar. Påhittade exempelvärden.",
  ),
];

/** The responses of 2023 (nine leaderships) and 2024 (eleven leaderships, twelve responses). */
export const DALARNA_EARLIER_RESPONSES: readonly AssessmentResponse[] = [
  ...sampleResponses(DALARNA_ROUND_2023_ID, [
    {
      id: "sa2023-malung-salen",
      leadershipId: "ls-malung-salen",
      submittedAt: "2023-10-02T10:00:00+02:00",
      values: [2, 2, 2, 3, 2],
    },
    {
      id: "sa2023-gagnef",
      leadershipId: "ls-gagnef",
      submittedAt: "2023-10-05T13:30:00+02:00",
      values: [2, 3, 2, 3, 2],
    },
    {
      id: "sa2023-leksand",
      leadershipId: "ls-leksand",
      submittedAt: "2023-10-11T09:15:00+02:00",
      values: [2, 2, 3, 3, 3],
      texts: { "nara-mellan-oss": "Systemledningen har just bildats; vi lär känna varandras verksamheter." },
    },
    {
      id: "sa2023-rattvik",
      leadershipId: "ls-rattvik",
      submittedAt: "2023-10-18T14:45:00+02:00",
      values: [3, 2, 2, 2, 2],
    },
    {
      id: "sa2023-vasterbergslagen",
      leadershipId: "ls-vasterbergslagen",
      submittedAt: "2023-10-24T11:20:00+02:00",
      values: [2, 3, 2, 3, 3],
    },
    { id: "sa2023-mora", leadershipId: "ls-mora", submittedAt: "2023-10-31T08:40:00+01:00", values: [3, 2, 2, 3, 2] },
    {
      id: "sa2023-falun",
      leadershipId: "ls-falun",
      submittedAt: "2023-11-06T15:00:00+01:00",
      values: [2, 3, 2, 3, 2],
      texts: { "nara-for-mig": "Brukarnas röst saknas i de flesta forum; ett brukarråd planeras." },
    },
    {
      id: "sa2023-borlange",
      leadershipId: "ls-borlange",
      submittedAt: "2023-11-09T10:10:00+01:00",
      values: [3, 3, 2, 2, 3],
    },
    {
      id: "sa2023-avesta",
      leadershipId: "ls-avesta",
      submittedAt: "2023-11-15T13:00:00+01:00",
      values: [2, 2, 3, 2, 2],
    },
  ]),
  ...sampleResponses(DALARNA_ROUND_2024_ID, [
    {
      id: "sa2024-malung-salen",
      leadershipId: "ls-malung-salen",
      submittedAt: "2024-09-30T09:00:00+02:00",
      values: [3, 3, 2, 3, 3],
    },
    {
      id: "sa2024-gagnef",
      leadershipId: "ls-gagnef",
      submittedAt: "2024-10-03T14:20:00+02:00",
      values: [3, 3, 3, 3, 2],
    },
    {
      id: "sa2024-leksand",
      leadershipId: "ls-leksand",
      submittedAt: "2024-10-08T10:30:00+02:00",
      values: [2, 3, 3, 4, 3],
    },
    {
      id: "sa2024-rattvik",
      leadershipId: "ls-rattvik",
      submittedAt: "2024-10-10T13:15:00+02:00",
      values: [3, 3, 2, 3, 3],
      texts: { "nara-i-hela-dalarna": "Mobila team når byarna, men bemanningen räcker inte året runt." },
    },
    {
      id: "sa2024-alvdalen",
      leadershipId: "ls-alvdalen",
      submittedAt: "2024-10-15T08:50:00+02:00",
      values: [3, 2, 2, 3, 3],
    },
    {
      id: "sa2024-vasterbergslagen-ludvika",
      leadershipId: "ls-vasterbergslagen",
      grouping: "Ludvika",
      submittedAt: "2024-10-17T11:00:00+02:00",
      values: [3, 3, 2, 4, 3],
    },
    {
      id: "sa2024-vasterbergslagen-smedjebacken",
      leadershipId: "ls-vasterbergslagen",
      grouping: "Smedjebacken",
      submittedAt: "2024-10-18T15:30:00+02:00",
      values: [3, 3, 3, 3, 3],
    },
    { id: "sa2024-mora", leadershipId: "ls-mora", submittedAt: "2024-10-22T09:45:00+02:00", values: [3, 3, 3, 3, 2] },
    {
      id: "sa2024-falun",
      leadershipId: "ls-falun",
      submittedAt: "2024-10-29T14:00:00+01:00",
      values: [3, 3, 2, 4, 3],
      texts: { "nara-mellan-oss": "Gemensam planering inför utskrivning har kommit igång på två avdelningar." },
    },
    {
      id: "sa2024-borlange",
      leadershipId: "ls-borlange",
      submittedAt: "2024-11-05T10:20:00+01:00",
      values: [3, 3, 3, 3, 3],
    },
    {
      id: "sa2024-hedemora-sater",
      leadershipId: "ls-hedemora-sater",
      submittedAt: "2024-11-07T13:40:00+01:00",
      values: [2, 3, 3, 3, 2],
    },
    {
      id: "sa2024-avesta",
      leadershipId: "ls-avesta",
      submittedAt: "2024-11-13T11:10:00+01:00",
      values: [3, 2, 3, 3, 2],
    },
  ]),
];
