/**
 * Dalarna's sample events (owned by the timeline module's sample data): the regional activities of 2025
 * that the regional support arranged, exactly as *Regional årsrapport 2025*, Bilaga 2, lists them, and a
 * few plausible events of 2026.
 *
 * - 2025 is the report's table: *Regionalt nätverk* on 6 May (no autumn meeting because of the
 *   Systemledningsdag), *Regionalt informationsforum* on 29 April and 7 October (digital, open to all), and
 *   the *Systemledningsdag* on 13 November, with audience and purpose in the report's words. The report
 *   gives no times or places, so none are given here.
 * - SKR's national forums (*Mötesforum Nära vård*, *Strategiforum*, *Framtidsdagen* …) have no dates in the
 *   report, only how often they meet, so none of 2025 is listed.
 * - Everything of 2026 (one national forum among them) is plausible sample data, not the county's
 *   calendar; the profile's notes say so.
 */
import type { TimelineEvent } from "../../timeline/schema.js";
import { stockholm } from "./meetings-sample-helpers.js";
import { deepFreeze } from "../shared/sample-builder.js";
import { DALARNA_REGIONAL_FORUM } from "./forums.js";
import { DALARNA_LOCAL_LEADERSHIP_SPECS, DALARNA_REGIONAL_LEADERSHIP_ID } from "./leaderships.js";

/** Ids of the sample events. */
export const DALARNA_EVENT_IDS = {
  /** Regionalt nätverk, 6 May 2025 (Bilaga 2). */
  regionalNetwork2025: "ev-regionalt-natverk-2025-05-06",
  /** Regionalt informationsforum, 29 April 2025 (Bilaga 2). */
  informationForumSpring2025: "ev-regionalt-informationsforum-2025-04-29",
  /** Regionalt informationsforum, 7 October 2025 (Bilaga 2). */
  informationForumAutumn2025: "ev-regionalt-informationsforum-2025-10-07",
  /** Systemledningsdag, 13 November 2025 (Bilaga 2). */
  leadershipDay2025: "ev-systemledningsdag-2025-11-13",
  /** Mötesforum Nära vård (SKR), 10 February 2026: sample data. */
  nationalForum2026: "ev-skr-motesforum-nara-vard-2026-02-10",
  /** Regionalt nätverk, 17 March 2026: sample data. */
  regionalNetwork2026: "ev-regionalt-natverk-2026-03-17",
  /** Dialogue with the pensioners' organisations in Falun, 24 March 2026: sample data. */
  falunDialogue2026: "ev-falun-brukardialog-2026-03-24",
  /** A SIP training in Västerbergslagen, 21 April 2026, cancelled: sample data. */
  sipTraining2026: "ev-vasterbergslagen-sip-utbildning-2026-04-21",
  /** Regionalt informationsforum, 28 April 2026: sample data. */
  informationForum2026: "ev-regionalt-informationsforum-2026-04-28",
  /** LCHNV's two development days, 27–28 August 2026: sample data. */
  lchnvDevelopmentDays2026: "ev-lchnv-utvecklingsdagar-2026-08-27",
  /** Systemledningsdag, 12 November 2026: sample data. */
  leadershipDay2026: "ev-systemledningsdag-2026-11-12",
} as const;

const RSS = "RSS Dalarna";
const LOCAL_LEADERSHIPS: readonly string[] = DALARNA_LOCAL_LEADERSHIP_SPECS.map((spec) => spec.id);

/** *Regional årsrapport 2025*, Bilaga 2, "Regionala aktiviteter arrangerade av det regionala stödet", word for word. */
const NETWORK = {
  audience: "Deltagare från lokala systemledningar.",
  purpose: "Erfarenhetsutbyte, lärande, dialog, samverkan, jämförelser mellan systemledningar/verksamheter, workshop.",
  modes: "Fysiska och digitala träffar varvas.",
};
const INFORMATION_FORUM = {
  audience: "Digitalt forum, öppet för alla.",
  purpose: "Informationsträffar, vad är aktuellt inom GNV, nationellt, regionalt och lokala exempel.",
};
const LEADERSHIP_DAY = {
  audience: "Regional och lokal systemledning samt divisionschefer i Region Dalarna.",
  purpose:
    "En mötesplats för lärande, erfarenhetsutbyte och gemensam reflektion kring hur vi tillsammans kan driva utvecklingen i omställningsarbetet vidare i Dalarna. Stärkt samsyn kring styrning och roller, peka ut vägen framåt samt sprida de insikter och erfarenheter som redan gjorts och pågår i arbetet på olika nivåer.",
};

/** The regional activities of 2025, as Bilaga 2 has them. */
const EVENTS_2025: readonly TimelineEvent[] = [
  {
    id: DALARNA_EVENT_IDS.informationForumSpring2025,
    title: "Regionalt informationsforum",
    kind: "information-forum",
    scope: "regional",
    date: "2025-04-29",
    organiser: RSS,
    mode: "digital",
    ...INFORMATION_FORUM,
    leadershipIds: [],
  },
  {
    id: DALARNA_EVENT_IDS.regionalNetwork2025,
    title: "Regionalt nätverk",
    kind: "network",
    scope: "regional",
    date: "2025-05-06",
    organiser: RSS,
    audience: NETWORK.audience,
    purpose: NETWORK.purpose,
    notes: `${NETWORK.modes} Inget möte under hösten-25 med hänvisning till Systemledningsdagen.`,
    leadershipIds: [...LOCAL_LEADERSHIPS],
  },
  {
    id: DALARNA_EVENT_IDS.informationForumAutumn2025,
    title: "Regionalt informationsforum",
    kind: "information-forum",
    scope: "regional",
    date: "2025-10-07",
    organiser: RSS,
    mode: "digital",
    ...INFORMATION_FORUM,
    leadershipIds: [],
  },
  {
    id: DALARNA_EVENT_IDS.leadershipDay2025,
    title: "Systemledningsdag",
    kind: "leadership-day",
    scope: "regional",
    date: "2025-11-13",
    organiser: RSS,
    ...LEADERSHIP_DAY,
    leadershipIds: [DALARNA_REGIONAL_LEADERSHIP_ID, ...LOCAL_LEADERSHIPS],
  },
];

/** Plausible events of 2026 (sample data, see the profile's notes). */
const EVENTS_2026: readonly TimelineEvent[] = [
  {
    id: DALARNA_EVENT_IDS.nationalForum2026,
    title: "Mötesforum Nära vård",
    kind: "conference",
    scope: "national",
    date: "2026-02-10",
    start: stockholm("2026-02-10", "09:00"),
    end: stockholm("2026-02-10", "12:00"),
    organiser: "SKR",
    // The audience and purpose are Bilaga 2's words for this forum; the date is sample data.
    audience: "Personer i regioner och kommuner som arbetar med omställningen till Nära vård.",
    purpose: "Att stödja omställningen genom gemensamt lärande, erfarenhetsutbyte och förankring av SKR:s arbete.",
    mode: "digital",
    leadershipIds: [],
  },
  {
    id: DALARNA_EVENT_IDS.regionalNetwork2026,
    title: "Regionalt nätverk",
    kind: "network",
    scope: "regional",
    date: "2026-03-17",
    start: stockholm("2026-03-17", "13:00"),
    end: stockholm("2026-03-17", "16:00"),
    organiser: RSS,
    audience: NETWORK.audience,
    purpose: NETWORK.purpose,
    mode: "physical",
    location: "Regionens hus, Falun",
    leadershipIds: [...LOCAL_LEADERSHIPS],
  },
  {
    id: DALARNA_EVENT_IDS.falunDialogue2026,
    title: "Dialogmöte med pensionärsorganisationerna",
    kind: "other",
    scope: "local",
    date: "2026-03-24",
    start: stockholm("2026-03-24", "14:00"),
    end: stockholm("2026-03-24", "16:00"),
    organiser: "Falu kommun och Region Dalarna",
    audience: "Pensionärsorganisationerna i Falun och den lokala systemledningen.",
    purpose: "Brukarperspektivet inför avstämningen av den lokala planen för sköra äldre.",
    mode: "physical",
    location: "Falu stadshus",
    leadershipIds: ["ls-falun"],
  },
  {
    id: DALARNA_EVENT_IDS.sipTraining2026,
    title: "Utbildning i samordnad individuell plan (SIP)",
    kind: "training",
    scope: "local",
    date: "2026-04-21",
    organiser: "Ludvika kommun, Smedjebackens kommun och Region Dalarna",
    audience: "Medarbetare i hemtjänst, hemsjukvård och primärvård i Ludvika och Smedjebacken.",
    mode: "hybrid",
    leadershipIds: ["ls-vasterbergslagen"],
    cancelledAt: stockholm("2026-04-10", "09:00"),
    cancellationReason: "För få anmälda; utbildningen hålls i stället under hösten.",
  },
  {
    id: DALARNA_EVENT_IDS.informationForum2026,
    title: "Regionalt informationsforum",
    kind: "information-forum",
    scope: "regional",
    date: "2026-04-28",
    start: stockholm("2026-04-28", "09:00"),
    end: stockholm("2026-04-28", "10:30"),
    organiser: RSS,
    mode: "digital",
    ...INFORMATION_FORUM,
    leadershipIds: [],
  },
  {
    id: DALARNA_EVENT_IDS.lchnvDevelopmentDays2026,
    title: "Utvecklingsdagar: styrning och roller i den regionala systemledningen",
    kind: "training",
    scope: "regional",
    date: "2026-08-27",
    endDate: "2026-08-28",
    start: stockholm("2026-08-27", "10:00"),
    end: stockholm("2026-08-28", "15:00"),
    organiser: RSS,
    audience: "Länschefsnätverkets ledamöter.",
    purpose: "Fördjupa samsynen kring styrning och roller som Systemledningsdagen 2025 pekade ut.",
    mode: "physical",
    leadershipIds: [DALARNA_REGIONAL_LEADERSHIP_ID],
    forumId: DALARNA_REGIONAL_FORUM.lchnv,
  },
  {
    id: DALARNA_EVENT_IDS.leadershipDay2026,
    title: "Systemledningsdag",
    kind: "leadership-day",
    scope: "regional",
    date: "2026-11-12",
    organiser: RSS,
    audience: LEADERSHIP_DAY.audience,
    mode: "physical",
    leadershipIds: [DALARNA_REGIONAL_LEADERSHIP_ID, ...LOCAL_LEADERSHIPS],
  },
];

/** The sample events: Bilaga 2's regional activities of 2025, then the sample's 2026, each in date order. */
export const DALARNA_EVENTS: readonly TimelineEvent[] = deepFreeze([...EVENTS_2025, ...EVENTS_2026]);
