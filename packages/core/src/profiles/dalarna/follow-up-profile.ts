/**
 * Dalarna's indicators, roadmap and plan-health limits as profile data (owned by the plan module's county data).
 *
 * *Regional årsrapport 2025*, §2.1: the infographic follows 20 shared indicators structured by the five delmål, built
 * on nationally quality-assured indicators (SKR's infographic 2021, Socialstyrelsen's follow-up of the transition),
 * with links to Kolada. The report does not list them, so the six here are a plausible selection for the target group
 * *multisjuka sköra äldre*, one or two per delmål. Kolada ids are given only where a public secondary source names
 * them, and marked unverified; the others are left out with a note.
 */
import type { Profile } from "../../profile/schema.js";
import { deepFreeze } from "../shared/sample-builder.js";
import { DALARNA_REGIONAL_LEADERSHIP_ID } from "./leaderships.js";

const noKoladaId = {
  sv: "Kolada-id inte angivet: inget id har kunnat bekräftas, och ett gissat id vore sämre än inget. Lägg till id:t när det har kontrollerats mot Kolada.",
  en: "No Kolada id given: none could be confirmed, and a guessed id would be worse than none. Add the id once it has been checked against Kolada.",
};

/** The follow-up part of the Dalarna profile. */
export const DALARNA_FOLLOW_UP_PROFILE: Pick<Profile, "followUp"> = deepFreeze({
  followUp: {
    indicators: [
      {
        id: "brukarbedomning-hemtjanst",
        title: {
          sv: "Brukarbedömning hemtjänst äldre – helhetssyn",
          en: "Home-care users' overall satisfaction (older people)",
        },
        unit: "%",
        direction: "higher-is-better",
        goalId: "nara-for-mig",
        kolada: {
          kpiId: "U21468",
          verified: false,
          note: {
            sv: "Id:t kommer från sekundära källor (publik kod och dokumentation som hämtar från Kolada), inte från Kolada själv.",
            en: "The id comes from secondary sources (public code and documentation that fetch from Kolada), not from Kolada itself.",
          },
        },
        clearChange: { kind: "absolute", value: 2 },
      },
      {
        id: "undvikbar-slutenvard-65",
        title: {
          sv: "Undvikbar slutenvård, 65 år och äldre, per 100 000 invånare",
          en: "Avoidable inpatient care, aged 65 and over, per 100,000 residents",
        },
        unit: "per 100 000 inv",
        direction: "lower-is-better",
        goalId: "nara-for-alla",
        sourceNote: noKoladaId,
      },
      {
        id: "personalkontinuitet-hemtjanst",
        title: {
          sv: "Personalkontinuitet i hemtjänsten (antal personal under 14 dagar)",
          en: "Staff continuity in home care (number of staff in 14 days)",
        },
        unit: "antal",
        direction: "lower-is-better",
        goalId: "nara-i-hela-dalarna",
        sourceNote: noKoladaId,
        clearChange: { kind: "absolute", value: 1 },
      },
      {
        id: "digitala-vardkontakter",
        title: { sv: "Andel digitala vårdkontakter i primärvården", en: "Share of digital contacts in primary care" },
        unit: "%",
        direction: "neutral",
        goalId: "nara-i-hela-dalarna",
        sourceNote: {
          sv: "Neutralt nyckeltal: fler digitala kontakter är varken bättre eller sämre i sig. Kolada-id inte angivet.",
          en: "A neutral indicator: more digital contacts are neither better nor worse in themselves. No Kolada id given.",
        },
      },
      {
        id: "aterinskrivning-65",
        title: {
          sv: "Återinskrivning inom 30 dagar, 65 år och äldre",
          en: "Readmission within 30 days, aged 65 and over",
        },
        unit: "%",
        direction: "lower-is-better",
        goalId: "nara-mellan-oss",
        sourceNote: noKoladaId,
        clearChange: { kind: "absolute", value: 0.5 },
      },
      {
        id: "fallskador-80",
        title: {
          sv: "Fallskador bland personer 80 år och äldre, per 1 000 invånare",
          en: "Fall injuries among people aged 80 and over, per 1,000 residents",
        },
        unit: "per 1 000 inv",
        direction: "lower-is-better",
        goalId: "nara-till-halsa",
        sourceNote: noKoladaId,
      },
    ],
    roadmap: [
      {
        id: "fp-2022",
        year: 2022,
        title: {
          sv: "Länsgemensam strategi med målbild och färdplan 2022–2030 antas",
          en: "The county-wide strategy with vision and roadmap 2022–2030 is adopted",
        },
      },
      {
        id: "fp-2023",
        year: 2023,
        title: {
          sv: "Gemensamma nyckeltal följs i en årlig infografik",
          en: "Shared indicators are followed in an annual infographic",
        },
      },
      {
        id: "fp-2024",
        year: 2024,
        title: {
          sv: "Lokala systemledningar etablerade i länets alla kommuner",
          en: "Local system leaderships established in all the county's municipalities",
        },
        goalIds: ["nara-mellan-oss"],
      },
      {
        id: "fp-2025",
        year: 2025,
        title: {
          sv: "Regional systemledning stärks och regional handlingsplan för sköra äldre tas fram",
          en: "The regional system leadership is strengthened and a regional action plan for frail older people drawn up",
        },
        goalIds: ["nara-mellan-oss", "nara-for-alla"],
      },
      {
        id: "fp-2026",
        year: 2026,
        title: {
          sv: "Digital uppföljning i realtid påbörjas; nya lagkrav för nära vård gäller",
          en: "Real-time digital follow-up begins; new legal requirements for close care apply",
        },
      },
      {
        id: "fp-2027",
        year: 2027,
        title: {
          sv: "Handlingsplanens fokusområden följs upp på delregional nivå",
          en: "The action plan's focus areas are followed up at sub-regional level",
        },
      },
      {
        id: "fp-2028",
        year: 2028,
        title: {
          sv: "Resurser förskjuts mot primärvård och kommunal hälso- och sjukvård enligt planen",
          en: "Resources shift towards primary care and municipal health care as planned",
        },
        goalIds: ["nara-i-hela-dalarna"],
      },
      {
        id: "fp-2030",
        year: 2030,
        title: {
          sv: "Omställningen till god och nära vård är genomförd i hela länet",
          en: "The transition to good and close care is complete throughout the county",
        },
      },
    ],
    maxFocusAreas: 3,
    maxIndicatorsPerPlan: 6,
    clearChange: { kind: "relative", share: 0.05 },
    checkInInterval: { months: 3, byLeadership: { [DALARNA_REGIONAL_LEADERSHIP_ID]: 2 } },
    notes: [
      {
        sv: "Årsrapporten 2025 nämner 20 gemensamma nyckeltal men räknar inte upp dem. De sex nyckeltalen här är ett rimligt urval för sköra äldre, inte länets lista.",
        en: "The annual report 2025 mentions 20 shared indicators but does not list them. The six indicators here are a plausible selection for frail older people, not the county's list.",
      },
      {
        sv: "Gränserna högst 3 fokusområden och högst 6 nyckeltal per plan är rimliga antaganden: årsrapporten efterfrågar få fokusområden och ett begränsat antal nyckeltal men anger inga tal.",
        en: "The limits of at most 3 focus areas and at most 6 indicators per plan are plausible assumptions: the annual report asks for few focus areas and a limited number of indicators but gives no numbers.",
      },
      {
        sv: "En förändring räknas som tydlig från 5 procent av det tidigare värdet (vissa nyckeltal har egna gränser i procentenheter eller antal), eftersom förändringarna mellan år ofta är små. Avstämningar var tredje månad lokalt och varannan månad regionalt är antaganden.",
        en: "A change counts as clear from 5 per cent of the earlier value (some indicators have their own limits in percentage points or counts), because year-to-year changes are often small. Check-ins every third month locally and every second month regionally are assumptions.",
      },
      {
        sv: "Färdplanens milstolpar 2022–2025 bygger på årsrapporten 2025; milstolparna 2027–2030 är rimliga antaganden.",
        en: "The roadmap milestones 2022–2025 build on the annual report 2025; the milestones 2027–2030 are plausible assumptions.",
      },
    ],
  },
});
