/**
 * Dalarna's sample meetings and decisions log (owned by the meetings module's sample data).
 *
 * The regional meetings of 2025 are the real timeline of *Regional årsrapport 2025*, Bilaga 2: the dates, item kinds
 * and titles of LCHNV, VfR and SCHNV as the annual report has them. Attendance, times, notice and approval dates,
 * decision texts and diarienummer are fictitious. A few meetings of two local leaderships in 2026 show every lifecycle
 * state around the sample's reference day (2026-05-13).
 */
import type { LogEntry, Meeting } from "../../meetings/schema.js";
import { deepFreeze } from "../shared/sample-builder.js";
import { DALARNA_REGIONAL_FORUM as F } from "./forums.js";
import { buildSampleLog } from "./meetings-sample-log.js";
import { meetingOf, type MeetingSpec } from "./meetings-sample-helpers.js";

const RSS = "RSS Dalarna";
const REGION_HOUSE = "Regionens hus, Falun";

/** LCHNV 2025 (*Regional årsrapport 2025*, Bilaga 2). */
const LCHNV: readonly MeetingSpec[] = [
  {
    id: "mt-lchnv-2025-02-07",
    forumId: F.lchnv,
    date: "2025-02-07",
    start: "09:00",
    end: "13:00",
    location: REGION_HOUSE,
    status: "approved",
    noticeDaysBefore: 21,
    notesDaysAfter: 5,
    approvedDaysAfterNotes: 6,
    items: [
      [
        "information",
        "ny stadsbidragsförordning",
        {
          presenter: RSS,
          notes: "Information om den nya förordningen om statsbidrag och vad den innebär för länets kommuner.",
        },
      ],
      [
        "workshop",
        "Regional systemlednings roll och uppdrag",
        {
          presenter: RSS,
          notes:
            "Gruppdiskussioner om den regionala systemledningens roll, uppdrag och samspel med de lokala systemledningarna.",
        },
      ],
    ],
    absent: ["m:f-lchnv:p-orsa-soc"],
    represented: ["m:f-lchnv:p-rattvik-soc"],
  },
  {
    id: "mt-lchnv-2025-03-14",
    forumId: F.lchnv,
    date: "2025-03-14",
    start: "09:00",
    end: "13:00",
    location: REGION_HOUSE,
    status: "approved",
    noticeDaysBefore: 14,
    notesDaysAfter: 4,
    approvedDaysAfterNotes: 7,
    items: [
      [
        "decision",
        "prioriterat område 2025: sköra äldre",
        {
          presenter: RSS,
          preRegisteredDaysBefore: 30,
          notes: "Förslag om ett gemensamt prioriterat område för 2025.",
          decision:
            "Länschefsnätverket beslutar att multisjuka sköra äldre är prioriterat område för omställningen 2025.",
          diarienummer: "RSS 2025/14",
        },
      ],
      [
        "decision",
        "uppdrag Regional handlingsplan",
        {
          presenter: RSS,
          preRegisteredDaysBefore: 30,
          notes: "Förslag om att ta fram en regional handlingsplan för det prioriterade området.",
          decision:
            "Länschefsnätverket ger RSS Dalarna i uppdrag att ta fram en regional handlingsplan med få fokusområden, mätbara mål och ett brukarperspektiv.",
          diarienummer: "RSS 2025/15",
        },
      ],
      [
        "decision",
        "Lokal Praktikutveckling (LPU) som stöd i omställningsarbetet",
        {
          presenter: RSS,
          preRegisteredDaysBefore: 20,
          notes: "Presentation av LPU och hur det kan stödja de lokala systemledningarna.",
          decision:
            "Länschefsnätverket ställer sig bakom Lokal Praktikutveckling (LPU) som stöd i omställningsarbetet.",
          diarienummer: "RSS 2025/16",
        },
      ],
    ],
    represented: ["m:f-lchnv:p-rd-pvdir", "m:f-lchnv:p-mora-vo"],
    absent: ["m:f-lchnv:p-alvdalen-soc"],
  },
  {
    id: "mt-lchnv-2025-05-15",
    forumId: F.lchnv,
    date: "2025-05-15",
    start: "09:00",
    end: "13:00",
    location: REGION_HOUSE,
    status: "approved",
    noticeDaysBefore: 16,
    notesDaysAfter: 6,
    approvedDaysAfterNotes: 5,
    items: [
      [
        "decision",
        "representant till LPU",
        {
          presenter: RSS,
          notes: "Nätverket behöver en representant i arbetet med LPU.",
          decision: "Länschefsnätverket utser en representant från kommunerna till arbetet med LPU.",
          diarienummer: "RSS 2025/31",
        },
      ],
      [
        "report",
        "Årsrapport och infografik 2024",
        { presenter: RSS, notes: "Årsrapporten och infografiken för 2024 presenterades." },
      ],
    ],
    absent: ["m:f-lchnv:p-vansbro-soc", "m:f-lchnv:p-gagnef-soc"],
  },
  {
    id: "mt-lchnv-2025-09-26",
    forumId: F.lchnv,
    date: "2025-09-26",
    start: "09:00",
    end: "13:00",
    mode: "hybrid",
    location: REGION_HOUSE,
    status: "approved",
    noticeDaysBefore: 15,
    notesDaysAfter: 7,
    approvedDaysAfterNotes: 7,
    items: [
      [
        "information",
        "uppdrag Regional handlingsplan och kommande Systemledningsdag",
        {
          presenter: RSS,
          notes: "Lägesrapport om handlingsplanen och programmet för Systemledningsdagen 13 november.",
        },
      ],
    ],
    represented: ["m:f-lchnv:p-borlange-vo"],
  },
  {
    id: "mt-lchnv-2025-11-21",
    forumId: F.lchnv,
    date: "2025-11-21",
    start: "09:00",
    end: "13:00",
    location: REGION_HOUSE,
    status: "approved",
    noticeDaysBefore: 14,
    notesDaysAfter: 5,
    approvedDaysAfterNotes: 6,
    items: [
      [
        "information",
        "aktuellt läge uppdrag Regional handlingsplan",
        { presenter: RSS, notes: "Aktuellt läge i arbetet med den regionala handlingsplanen." },
      ],
    ],
    absent: ["m:f-lchnv:p-malung-salen-soc"],
  },
];

/** VfR 2025 (*Regional årsrapport 2025*, Bilaga 2). */
const VFR: readonly MeetingSpec[] = [
  {
    id: "mt-vfr-2025-02-13",
    forumId: F.vfr,
    date: "2025-02-13",
    start: "13:00",
    end: "16:00",
    location: REGION_HOUSE,
    status: "approved",
    noticeDaysBefore: 20,
    notesDaysAfter: 6,
    approvedDaysAfterNotes: 7,
    items: [
      [
        "workshop",
        "Regional systemlednings roll och uppdrag",
        { presenter: RSS, notes: "Dialog i grupper om den regionala systemledningens roll och uppdrag." },
      ],
    ],
    represented: ["m:f-vfr:p-leksand-sn", "m:f-vfr:p-avesta-sn"],
    absent: ["m:f-vfr:p-alvdalen-sn"],
  },
  {
    id: "mt-vfr-2025-06-12",
    forumId: F.vfr,
    date: "2025-06-12",
    start: "13:00",
    end: "16:00",
    location: REGION_HOUSE,
    status: "approved",
    noticeDaysBefore: 18,
    notesDaysAfter: 5,
    approvedDaysAfterNotes: 6,
    items: [
      [
        "report",
        "Årsrapport och infografik 2024",
        { presenter: RSS, notes: "Årsrapporten och infografiken för 2024 presenterades och diskuterades." },
      ],
      [
        "information",
        "Nationell utveckling av nära vård",
        { presenter: RSS, notes: "Aktuellt från SKR och den nationella utvecklingen." },
      ],
    ],
    absent: ["m:f-vfr:p-orsa-sn"],
  },
  {
    id: "mt-vfr-2025-09-11",
    forumId: F.vfr,
    date: "2025-09-11",
    start: "13:00",
    end: "16:00",
    location: REGION_HOUSE,
    status: "approved",
    noticeDaysBefore: 14,
    notesDaysAfter: 4,
    approvedDaysAfterNotes: 7,
    items: [
      [
        "information",
        "Systemledningsdag",
        { presenter: RSS, notes: "Information om Systemledningsdagen 13 november." },
      ],
    ],
    represented: ["m:f-vfr:p-hedemora-sn"],
  },
  {
    id: "mt-vfr-2025-11-20",
    forumId: F.vfr,
    date: "2025-11-20",
    start: "13:00",
    end: "16:00",
    mode: "digital",
    status: "approved",
    noticeDaysBefore: 15,
    notesDaysAfter: 6,
    approvedDaysAfterNotes: 7,
    items: [
      [
        "information",
        "Återkoppling Systemledningsdag",
        { presenter: RSS, notes: "Återkoppling från Systemledningsdagen." },
      ],
    ],
    absent: ["m:f-vfr:p-gagnef-sn", "m:f-vfr:p-vansbro-sn"],
  },
];

/**
 * SCHNV 2025 (*Regional årsrapport 2025*, Bilaga 2). The December item is "Information/Beslut" in the report: a
 * decision item here.
 */
const SCHNV: readonly MeetingSpec[] = [
  {
    id: "mt-schnv-2025-03-07",
    forumId: F.schnv,
    date: "2025-03-07",
    start: "09:00",
    end: "12:00",
    location: REGION_HOUSE,
    status: "approved",
    noticeDaysBefore: 14,
    notesDaysAfter: 5,
    approvedDaysAfterNotes: 7,
    items: [
      [
        "information",
        "Gemensam finansiering av regionala insatser med stöd av kommunernas medel enligt överenskommelse god och nära vård",
        { presenter: RSS, notes: "Information om hur kommunernas medel används för gemensamma regionala insatser." },
      ],
    ],
    represented: ["m:f-schnv:p-falun-soc"],
  },
  {
    id: "mt-schnv-2025-12-12",
    forumId: F.schnv,
    date: "2025-12-12",
    start: "09:00",
    end: "12:00",
    location: REGION_HOUSE,
    status: "approved",
    // Sent a day late: the sample's example of a late notice.
    noticeDaysBefore: 13,
    notesDaysAfter: 5,
    approvedDaysAfterNotes: 12,
    items: [
      [
        "information",
        "God och nära vård – återbetalning för utbetalda medel som inte använts",
        { presenter: RSS, notes: "Information om återbetalning av medel som inte har använts." },
      ],
      [
        "decision",
        "Årlig uppföljning av God och nära vård",
        {
          presenter: RSS,
          description: "Information/Beslut i årsrapportens bilaga 2.",
          notes: "Förslag till upplägg för den årliga uppföljningen.",
          decision: "Socialchefsnätverket godkänner upplägget för den årliga uppföljningen av God och nära vård.",
          diarienummer: "RSS 2025/88",
        },
      ],
    ],
    absent: ["m:f-schnv:p-orsa-soc", "m:f-schnv:p-smedjebacken-soc"],
  },
];

/** Two local leaderships in 2026, one meeting in each lifecycle state around 2026-05-13. */
const LOCAL: readonly MeetingSpec[] = [
  {
    id: "mt-falun-2026-02-12",
    forumId: "f-falun",
    date: "2026-02-12",
    start: "13:00",
    end: "15:30",
    location: "Falu stadshus",
    status: "approved",
    noticeDaysBefore: 15,
    notesDaysAfter: 5,
    approvedDaysAfterNotes: 6,
    items: [
      [
        "decision",
        "Lokal handlingsplan 2026",
        {
          presenter: "Verksamhetsutvecklare, Falu kommun",
          preRegisteredDaysBefore: 28,
          notes: "Förslag till lokal handlingsplan kopplad till det regionala fokusområdet sköra äldre.",
          decision: "Ledningsgruppen fastställer den lokala handlingsplanen för 2026.",
          diarienummer: "KS 2026/112",
        },
      ],
      [
        "dialogue",
        "Samverkan kring barn och unga",
        { notes: "Dialog om gemensamma insatser för barn och unga med psykisk ohälsa." },
      ],
    ],
    represented: ["m:f-falun:p-rd-psyk"],
  },
  {
    id: "mt-falun-2026-03-12",
    forumId: "f-falun",
    date: "2026-03-12",
    start: "13:00",
    end: "15:30",
    location: "Falu stadshus",
    status: "approved",
    noticeDaysBefore: 14,
    notesDaysAfter: 6,
    approvedDaysAfterNotes: 7,
    items: [
      [
        "report",
        "Uppföljning av lokala nyckeltal",
        { notes: "Genomgång av kommunens och regionens nyckeltal för 2025." },
      ],
    ],
    absent: ["m:f-falun:p-falun-skol"],
  },
  {
    id: "mt-falun-2026-04-09",
    forumId: "f-falun",
    date: "2026-04-09",
    start: "13:00",
    end: "15:30",
    location: "Falu stadshus",
    status: "notes-in-review",
    noticeDaysBefore: 16,
    // Sent after the 7 days of the rule: the sample's late notes.
    notesDaysAfter: 11,
    items: [
      [
        "decision",
        "Gemensam rutin för samordnad individuell plan (SIP)",
        {
          preRegisteredDaysBefore: 20,
          notes: "Förslag till gemensam rutin för SIP.",
          decision: "Ledningsgruppen ställer sig bakom den gemensamma rutinen för SIP.",
        },
      ],
    ],
  },
  {
    id: "mt-falun-2026-05-21",
    forumId: "f-falun",
    date: "2026-05-21",
    start: "13:00",
    end: "15:30",
    location: "Falu stadshus",
    title: "Maj (flyttat från Kristi himmelsfärdsdag)",
    status: "notice-sent",
    noticeDaysBefore: 17,
    items: [["information", "Systemledningsdagen 2026", { presenter: RSS, preRegisteredDaysBefore: 30 }]],
  },
  {
    id: "mt-falun-2026-06-11",
    forumId: "f-falun",
    date: "2026-06-11",
    start: "13:00",
    end: "15:30",
    location: "Falu stadshus",
    status: "planned",
    items: [["workshop", "Lärdomar från det första halvåret", { preRegisteredDaysBefore: 25 }]],
  },
  {
    id: "mt-vasterbergslagen-2026-03-12",
    forumId: "f-vasterbergslagen",
    date: "2026-03-12",
    start: "13:00",
    end: "15:30",
    location: "Ludvika kommunhus",
    status: "held",
    noticeDaysBefore: 14,
    items: [
      [
        "information",
        "Finsam Västerbergslagen: pågående insatser",
        { notes: "Information om Finsams insatser för unga vuxna." },
      ],
    ],
    // Nobody from Region Dalarna with mandate came: a meeting that was not quorate.
    absent: ["m:f-vasterbergslagen:p-rd-pv-vbl", "m:f-vasterbergslagen:p-rd-psyk", "m:f-vasterbergslagen:p-rd-hsnl2"],
  },
  {
    id: "mt-vasterbergslagen-2026-04-09",
    forumId: "f-vasterbergslagen",
    date: "2026-04-09",
    start: "13:00",
    end: "15:30",
    status: "cancelled",
    noticeDaysBefore: 14,
    cancelledDaysBefore: 3,
    cancellationReason: "För få anmälda ärenden; ärendena tas vid nästa möte.",
    items: [],
  },
  {
    id: "mt-vasterbergslagen-2026-05-07",
    forumId: "f-vasterbergslagen",
    date: "2026-05-07",
    start: "13:00",
    end: "15:30",
    mode: "digital",
    status: "held",
    noticeDaysBefore: 14,
    items: [
      [
        "dialogue",
        "Gemensam bild av behoven hos sköra äldre",
        { notes: "Dialog om behoven hos multisjuka sköra äldre i Ludvika och Smedjebacken." },
      ],
    ],
    represented: ["m:f-vasterbergslagen:p-rd-psyk"],
    absent: ["m:f-vasterbergslagen:p-smedjebacken-sn"],
  },
];

/** The sample meetings of Dalarna's forums. */
export const DALARNA_MEETINGS: readonly Meeting[] = deepFreeze([...LCHNV, ...VFR, ...SCHNV, ...LOCAL].map(meetingOf));

/** The sample decisions log: the approved meetings' decisions and notes, and one correction, hash-chained. */
export const DALARNA_DECISION_LOG: readonly LogEntry[] = deepFreeze(buildSampleLog(DALARNA_MEETINGS));
