/**
 * Dalarna's sample action plans and check-ins (owned by the plan module's sample data): the regional action
 * plan for *multisjuka sköra äldre* that LCHNV decided to commission on 2025-03-14 (*Regional årsrapport 2025*,
 * §4.1.2 and Bilaga 2), with three focus areas, measurable and qualitative goals and activities owned by real
 * organisations of the sample (roles only, no people), two local plans pointing at it, and check-ins of
 * a few leaderships — some periods missing, one activity overdue, one without owner, so plan health has
 * findings on {@link DALARNA_SAMPLE_AS_OF}. The plans' contents are plausible, not the county's real plan.
 */
import type { CheckIn, CheckInActivityStatus, CheckInFollowUp, Plan } from "../../plan/schema.js";
import { deepFreeze } from "../shared/sample-builder.js";
import { DALARNA_REGIONAL_FORUM } from "./forums.js";
import { DALARNA_REGIONAL_LEADERSHIP_ID } from "./leaderships.js";
import { DALARNA_DECISION_LOG, DALARNA_MEETINGS } from "./meetings-sample.js";
import { municipalityOrgId, REGION_DALARNA_ORG_ID, RSS_DALARNA_ORG_ID } from "./municipalities.js";

export { DALARNA_INDICATOR_VALUES } from "./plan-values.js";

/** The id of the regional action plan. */
export const DALARNA_REGIONAL_PLAN_ID = "plan-regional-skora-aldre";

/**
 * The decision behind the plan, when the meetings sample holds it: the LCHNV meeting of 2025-03-14 and its
 * decision item on the regional action plan (an agenda item id), or a log entry of that meeting. Looked up,
 * not written down, so the two samples can never disagree; absent when the meetings sample has none.
 */
function findPlanDecisionId(): string | undefined {
  const meeting = DALARNA_MEETINGS.find(
    (m) => m.forumId === DALARNA_REGIONAL_FORUM.lchnv && m.start.startsWith("2025-03-14"),
  );
  if (meeting === undefined) return undefined;
  const item = meeting.agenda.find((a) => a.kind === "decision" && /handlingsplan/i.test(a.title));
  const entry = DALARNA_DECISION_LOG.find((e) => e.kind === "decision" && e.meetingId === meeting.id);
  return item?.id ?? entry?.id;
}

const decisionId = findPlanDecisionId();

const regionalPlan: Plan = {
  id: DALARNA_REGIONAL_PLAN_ID,
  kind: "regional",
  title: "Regional handlingsplan God och nära vård – multisjuka sköra äldre",
  status: "adopted",
  leadershipId: DALARNA_REGIONAL_LEADERSHIP_ID,
  period: { from: "2025-04-01", to: "2027-12-31" },
  targetGroup: "Multisjuka sköra äldre",
  decidedByForumId: DALARNA_REGIONAL_FORUM.lchnv,
  ...(decisionId === undefined ? {} : { decisionId }),
  decidedOn: "2025-03-14",
  userPerspective:
    "Den äldre personen och närstående ska möta en sammanhållen vård och omsorg där de inte själva behöver samordna insatserna. Brukar- och anhörigföreträdare deltar när fokusområdena följs upp, och deras erfarenheter vägs in vid varje avstämning.",
  reportingLeadershipIds: [DALARNA_REGIONAL_LEADERSHIP_ID, "ls-falun", "ls-vasterbergslagen", "ls-mora", "ls-borlange"],
  focusAreas: [
    {
      id: "fa-samordnad-vard",
      title: "Samordnad individuell plan och trygg hemgång",
      weight: 2,
      goals: [
        {
          kind: "measurable",
          id: "mal-aterinskrivning",
          title: "Färre återinskrivningar inom 30 dagar bland äldre",
          indicatorId: "aterinskrivning-65",
          organisationCode: "0020",
          baseline: { period: "2023", value: 17.7 },
          target: 16.5,
          targetDate: "2027-12-31",
        },
        {
          kind: "qualitative",
          id: "mal-sip",
          title: "SIP erbjuds vid utskrivning av multisjuka äldre",
          criterion:
            "Alla lokala systemledningar rapporterar att SIP erbjuds enligt länsrutinen vid två avstämningar i rad.",
          targetDate: "2026-12-31",
        },
      ],
      activities: [
        {
          id: "akt-sip-rutin",
          title: "Gemensam länsrutin för SIP och trygg hemgång",
          ownerOrganisationId: REGION_DALARNA_ORG_ID,
          responsibleRole: "Verksamhetsutvecklare, Omställning hälso- och sjukvård",
          start: "2025-05-01",
          due: "2025-12-31",
          status: "done",
          progress: 1,
        },
        {
          id: "akt-mobila-team",
          title: "Mobila närvårdsteam i fler kommuner",
          ownerLeadershipId: DALARNA_REGIONAL_LEADERSHIP_ID,
          responsibleRole: "Ordförande LCHNV",
          start: "2025-09-01",
          due: "2026-12-31",
          status: "ongoing",
          progress: 0.4,
          weight: 2,
        },
        {
          id: "akt-lakarmedverkan",
          title: "Stärkt läkarmedverkan i kommunal hälso- och sjukvård",
          ownerOrganisationId: REGION_DALARNA_ORG_ID,
          responsibleRole: "Primärvårdschef",
          start: "2025-06-01",
          due: "2026-03-31",
          status: "ongoing",
          progress: 0.6,
        },
      ],
    },
    {
      id: "fa-kontinuitet",
      title: "Kontinuitet och personcentrerat arbetssätt",
      goals: [
        {
          kind: "measurable",
          id: "mal-personalkontinuitet",
          title: "Färre personal per hemtjänsttagare",
          indicatorId: "personalkontinuitet-hemtjanst",
          organisationCode: "0020",
          baseline: { period: "2024", value: 14.8 },
          target: 13,
          targetDate: "2027-12-31",
        },
        {
          kind: "measurable",
          id: "mal-nojdhet",
          title: "Högre nöjdhet med hemtjänsten",
          indicatorId: "brukarbedomning-hemtjanst",
          organisationCode: "0020",
          baseline: { period: "2024", value: 89 },
        },
      ],
      activities: [
        {
          id: "akt-fast-omsorgskontakt",
          title: "Fast omsorgskontakt i hemtjänsten",
          ownerOrganisationId: municipalityOrgId("falun"),
          responsibleRole: "Enhetschef hemtjänst",
          start: "2025-09-01",
          due: "2026-12-31",
          status: "ongoing",
          progress: 0.5,
        },
        {
          id: "akt-lpu",
          title: "Lokal praktikutveckling (LPU) som stöd i omställningen",
          ownerOrganisationId: RSS_DALARNA_ORG_ID,
          responsibleRole: "Processledare RSS",
          start: "2025-06-01",
          due: "2026-06-30",
          status: "ongoing",
          progress: 0.3,
        },
        {
          id: "akt-kompetens",
          title: "Kompetensutveckling om sköra äldre för hemtjänstens personal",
          start: "2026-01-01",
          due: "2026-09-30",
          status: "not-started",
          progress: 0,
        },
      ],
    },
    {
      id: "fa-uppfoljning",
      title: "Gemensam uppföljning och lärande",
      goals: [
        {
          kind: "qualitative",
          id: "mal-seminarier",
          title: "Uppföljningsseminarier på delregional nivå",
          criterion:
            "Minst två delregionala uppföljningsseminarier per år med deltagare från alla lokala systemledningar i delregionen.",
        },
        {
          kind: "measurable",
          id: "mal-fallskador",
          title: "Färre fallskador bland de äldsta",
          target: 34,
          targetDate: "2027-12-31",
        },
      ],
      activities: [
        {
          id: "akt-infografik",
          title: "Infografik och årsrapport 2024",
          ownerOrganisationId: RSS_DALARNA_ORG_ID,
          responsibleRole: "Analytiker RSS",
          start: "2025-01-15",
          due: "2025-05-15",
          status: "done",
          progress: 1,
        },
        {
          id: "akt-seminarier",
          title: "Delregionala uppföljningsseminarier",
          ownerOrganisationId: RSS_DALARNA_ORG_ID,
          responsibleRole: "Processledare RSS",
          start: "2025-10-01",
          due: "2026-12-31",
          status: "ongoing",
          progress: 0.25,
        },
        {
          id: "akt-digital-uppfoljning",
          title: "Digitalt uppföljningsformat i realtid",
          ownerOrganisationId: REGION_DALARNA_ORG_ID,
          responsibleRole: "Enhetschef analys",
          start: "2026-01-15",
          due: "2027-06-30",
          status: "ongoing",
          progress: 0.1,
        },
        {
          id: "akt-ny-enkat",
          title: "Ny enkät till de lokala systemledningarna",
          ownerOrganisationId: RSS_DALARNA_ORG_ID,
          start: "2025-05-01",
          due: "2025-10-31",
          status: "cancelled",
          progress: 0.2,
        },
      ],
    },
  ],
};

const falunPlan: Plan = {
  id: "plan-lokal-falun",
  kind: "local",
  title: "Lokal plan God och nära vård Falun – sköra äldre",
  status: "adopted",
  leadershipId: "ls-falun",
  period: { from: "2025-09-01", to: "2026-12-31" },
  targetGroup: "Multisjuka sköra äldre",
  decidedByForumId: "f-falun",
  decidedOn: "2025-08-27",
  userPerspective: "Falu kommuns anhörigstöd och pensionärsorganisationerna tillfrågas inför varje avstämning.",
  parentPlanId: DALARNA_REGIONAL_PLAN_ID,
  reportingLeadershipIds: [],
  focusAreas: [
    {
      id: "fa-falun-hemgang",
      title: "Trygg hemgång i Falun",
      parentFocusAreaId: "fa-samordnad-vard",
      goals: [
        {
          kind: "qualitative",
          id: "mal-falun-hemgang",
          title: "Hemgång planeras tillsammans med den äldre",
          criterion: "SIP-möte inom tre dagar efter hemgång för alla multisjuka äldre.",
        },
      ],
      activities: [
        {
          id: "akt-falun-hemgangsteam",
          title: "Hemgångsteam med kommunens sjuksköterskor",
          ownerOrganisationId: municipalityOrgId("falun"),
          responsibleRole: "MAS",
          start: "2025-09-01",
          due: "2026-08-31",
          status: "ongoing",
          progress: 0.7,
        },
      ],
    },
    {
      id: "fa-falun-kontinuitet",
      title: "Fast omsorgskontakt",
      parentFocusAreaId: "fa-kontinuitet",
      goals: [
        {
          kind: "measurable",
          id: "mal-falun-kontinuitet",
          title: "Färre personal per hemtjänsttagare i Falun",
          indicatorId: "personalkontinuitet-hemtjanst",
          organisationCode: "2080",
          target: 12,
          targetDate: "2026-12-31",
        },
      ],
      activities: [
        {
          id: "akt-falun-smagrupper",
          title: "Mindre arbetsgrupper i hemtjänsten",
          ownerOrganisationId: municipalityOrgId("falun"),
          responsibleRole: "Enhetschef hemtjänst",
          start: "2025-10-01",
          due: "2026-10-31",
          status: "ongoing",
          progress: 0.5,
        },
      ],
    },
  ],
};

const vasterbergslagenPlan: Plan = {
  id: "plan-lokal-vasterbergslagen",
  kind: "local",
  title: "Lokal plan Västerbergslagen – sköra äldre",
  status: "draft",
  leadershipId: "ls-vasterbergslagen",
  period: { from: "2026-01-01", to: "2027-12-31" },
  targetGroup: "Multisjuka sköra äldre",
  parentPlanId: DALARNA_REGIONAL_PLAN_ID,
  reportingLeadershipIds: [],
  focusAreas: [
    {
      id: "fa-vbl-samordning",
      title: "Samordning mellan Ludvika, Smedjebacken och regionen",
      parentFocusAreaId: "fa-samordnad-vard",
      goals: [
        {
          kind: "qualitative",
          id: "mal-vbl-samordning",
          title: "En gemensam väg in för sköra äldre",
          criterion: "En gemensam kontaktfunktion är bemannad i båda kommunerna.",
        },
      ],
      activities: [
        {
          id: "akt-vbl-kontaktfunktion",
          title: "Gemensam kontaktfunktion",
          ownerLeadershipId: "ls-vasterbergslagen",
          responsibleRole: "Processledare",
          start: "2026-02-01",
          due: "2026-12-31",
          status: "ongoing",
          progress: 0.2,
        },
      ],
    },
    {
      // Points at a focus area of an early draft of the regional plan that was dropped: plan health says so.
      id: "fa-vbl-forebyggande",
      title: "Förebyggande hembesök",
      parentFocusAreaId: "fa-forebyggande",
      goals: [],
      activities: [
        {
          id: "akt-vbl-hembesok",
          title: "Förebyggande hembesök för 80-åringar",
          ownerOrganisationId: municipalityOrgId("ludvika"),
          start: "2026-03-01",
          due: "2026-11-30",
          status: "not-started",
          progress: 0,
        },
      ],
    },
  ],
};

/** The sample plans: the regional action plan and two local plans pointing at it. */
export const DALARNA_PLANS: readonly Plan[] = deepFreeze([regionalPlan, falunPlan, vasterbergslagenPlan]);

const status = (
  activityId: string,
  s: CheckInActivityStatus["status"],
  rag: CheckInActivityStatus["rag"],
  progress?: number,
  comment?: string,
): CheckInActivityStatus => ({
  activityId,
  status: s,
  rag,
  ...(progress === undefined ? {} : { progress }),
  ...(comment === undefined ? {} : { comment }),
});

const checkIn = (
  id: string,
  planId: string,
  leadershipId: string,
  date: string,
  period: [string, string],
  activityStatuses: CheckInActivityStatus[],
  followUp: CheckInFollowUp,
): CheckIn => ({
  id,
  planId,
  leadershipId,
  date,
  period: { from: period[0], to: period[1] },
  activityStatuses,
  followUp,
});

const R = DALARNA_REGIONAL_PLAN_ID;
const REG = DALARNA_REGIONAL_LEADERSHIP_ID;

/**
 * The sample check-ins. The regional leadership checks in every second month and missed June–July 2025;
 * Falun reported every quarter; Västerbergslagen twice; Borlänge missed the first quarter of 2026; Mora
 * has not checked in at all.
 */
export const DALARNA_CHECK_INS: readonly CheckIn[] = deepFreeze([
  checkIn(
    "ci-reg-2025-05",
    R,
    REG,
    "2025-06-05",
    ["2025-04-01", "2025-05-31"],
    [status("akt-sip-rutin", "ongoing", "green", 0.3), status("akt-infografik", "done", "green", 1)],
    {
      activitiesAndResults: "Arbetet med länsrutinen för SIP har startat; årsrapport och infografik 2024 är klara.",
      lessons: "Ett tydligt uppdrag från LCHNV gav arbetet fart.",
      visionRating: 3,
    },
  ),
  checkIn(
    "ci-reg-2025-09",
    R,
    REG,
    "2025-10-03",
    ["2025-08-01", "2025-09-30"],
    [
      status("akt-sip-rutin", "ongoing", "green", 0.6),
      status("akt-mobila-team", "ongoing", "amber", 0.1, "Rekrytering av sjuksköterskor dröjer."),
    ],
    {
      activitiesAndResults: "Rutinen för SIP har remitterats till kommunerna.",
      challenges: "Rekryteringsläget begränsar takten för de mobila teamen.",
      visionRating: 3,
    },
  ),
  checkIn(
    "ci-reg-2025-11",
    R,
    REG,
    "2025-11-21",
    ["2025-10-01", "2025-11-30"],
    [
      status("akt-sip-rutin", "ongoing", "green", 0.9),
      status("akt-mobila-team", "ongoing", "amber", 0.2),
      status("akt-seminarier", "ongoing", "green", 0.1),
    ],
    {
      activitiesAndResults: "Ett första utkast till regional handlingsplan presenterades för LCHNV.",
      lessons: "Planen behöver bli mer operativ, med brukarperspektiv, uppföljningsbara mål och få nyckeltal.",
      successFactors: "Dialog i både tjänstemanna- och politiska forum.",
      visionRating: 3,
      visionAssessment: "Målbilden delas, men genomförandet är ännu i sin början.",
    },
  ),
  checkIn(
    "ci-reg-2026-01",
    R,
    REG,
    "2026-02-06",
    ["2025-12-01", "2026-01-31"],
    [status("akt-sip-rutin", "done", "green", 1), status("akt-lakarmedverkan", "ongoing", "amber", 0.5)],
    {
      activitiesAndResults: "Länsrutinen för SIP är beslutad.",
      challenges: "Läkarmedverkan varierar mellan kommunerna.",
      visionRating: 3,
    },
  ),
  checkIn(
    "ci-reg-2026-03",
    R,
    REG,
    "2026-04-10",
    ["2026-02-01", "2026-03-31"],
    [
      status("akt-lakarmedverkan", "ongoing", "red", 0.6, "Slutdatumet passerat; avtal med två kommuner saknas."),
      status("akt-mobila-team", "ongoing", "amber", 0.4),
      status("akt-digital-uppfoljning", "ongoing", "green", 0.1),
    ],
    {
      activitiesAndResults: "Mobila team finns nu i fyra kommuner.",
      lessons: "Avstämningar mellan systemledningar behöver ske regelbundet.",
      challenges: "Resurser och kompetens matchar inte alltid uppdraget.",
      visionRating: 3,
    },
  ),
  checkIn("ci-falun-2025-q2", R, "ls-falun", "2025-07-02", ["2025-04-01", "2025-06-30"], [], {
    activitiesAndResults: "Kartläggning av hemgångsprocessen.",
    visionRating: 3,
  }),
  checkIn(
    "ci-falun-2025-q3",
    R,
    "ls-falun",
    "2025-10-08",
    ["2025-07-01", "2025-09-30"],
    [status("akt-fast-omsorgskontakt", "ongoing", "green", 0.2)],
    { activitiesAndResults: "Fast omsorgskontakt införd i två hemtjänstgrupper.", visionRating: 3 },
  ),
  checkIn(
    "ci-falun-2025-q4",
    R,
    "ls-falun",
    "2026-01-14",
    ["2025-10-01", "2025-12-31"],
    [status("akt-fast-omsorgskontakt", "ongoing", "green", 0.4)],
    { lessons: "Mindre arbetsgrupper gör kontinuiteten lättare att hålla.", visionRating: 4 },
  ),
  checkIn(
    "ci-falun-2026-q1",
    R,
    "ls-falun",
    "2026-04-09",
    ["2026-01-01", "2026-03-31"],
    [status("akt-fast-omsorgskontakt", "ongoing", "green", 0.5)],
    { successFactors: "Engagerade enhetschefer.", visionRating: 4 },
  ),
  checkIn("ci-vbl-2025-q2", R, "ls-vasterbergslagen", "2025-06-25", ["2025-04-01", "2025-06-30"], [], {
    activitiesAndResults: "Dialog om gemensam kontaktfunktion.",
    visionRating: 2,
  }),
  checkIn("ci-vbl-2025-q4", R, "ls-vasterbergslagen", "2025-12-17", ["2025-10-01", "2025-12-31"], [], {
    challenges: "Två kommuner och regionen behöver samma beslut i tre forum.",
    visionRating: 2,
  }),
  checkIn("ci-borlange-2025-q2", R, "ls-borlange", "2025-06-30", ["2025-04-01", "2025-06-30"], [], { visionRating: 3 }),
  checkIn("ci-borlange-2025-q3", R, "ls-borlange", "2025-10-01", ["2025-07-01", "2025-09-30"], [], {
    lessons: "Det förebyggande arbetet för barn och unga ger erfarenheter även för äldre.",
    visionRating: 3,
  }),
  checkIn(
    "ci-borlange-2025-q4",
    R,
    "ls-borlange",
    "2026-01-08",
    ["2025-10-01", "2025-12-31"],
    [status("akt-mobila-team", "ongoing", "amber", 0.3)],
    { visionRating: 3 },
  ),
  checkIn(
    "ci-lokal-falun-1",
    "plan-lokal-falun",
    "ls-falun",
    "2025-12-03",
    ["2025-09-01", "2025-11-30"],
    [
      status("akt-falun-hemgangsteam", "ongoing", "green", 0.4),
      status("akt-falun-smagrupper", "ongoing", "green", 0.2),
    ],
    { activitiesAndResults: "Hemgångsteamet har tagit emot de första patienterna.", visionRating: 4 },
  ),
  checkIn(
    "ci-lokal-falun-2",
    "plan-lokal-falun",
    "ls-falun",
    "2026-03-04",
    ["2025-12-01", "2026-02-28"],
    [
      status("akt-falun-hemgangsteam", "ongoing", "green", 0.7),
      status("akt-falun-smagrupper", "ongoing", "amber", 0.5, "Schemaläggningen tar längre tid än väntat."),
    ],
    { lessons: "Tidig kontakt med anhöriga minskar oro vid hemgång.", visionRating: 4 },
  ),
]);
