/**
 * The Dalarna profile: Region Dalarna, its 15 municipalities, the sector catalogue, the strategy's five delmål, the
 * Metodstöd's principles, tasks and charter questions, and the structure settings. Notes say where the data is a
 * plausible choice rather than a fact of the sources (docs/sources.md).
 */
import type { LocalizedText } from "../../schema/primitives.js";
import type { Profile } from "../../profile/schema.js";
import { deepFreeze } from "../shared/sample-builder.js";
import { DALARNA_ASSESSMENT_PROFILE } from "./assessment-profile.js";
import { DALARNA_FOLLOW_UP_PROFILE } from "./follow-up-profile.js";
import { DALARNA_MEETINGS_PROFILE } from "./meetings-profile.js";
import { DALARNA_SYSTEM_MAP_PROFILE } from "./system-map-profile.js";
import { DALARNA_CHARTER_QUESTIONS } from "./charter-questions.js";
import { DALARNA_MUNICIPALITIES, DALARNA_REGION_CODE } from "./municipalities.js";
import { DALARNA_SECTORS } from "./sectors.js";
import { DALARNA_GOALS, DALARNA_PRINCIPLES, DALARNA_TASKS, DALARNA_VISION } from "./strategy.js";

/** Statements about the data: what is sourced, what is plausible, and which slips of the sources were mended. */
export const DALARNA_PROFILE_NOTES: readonly LocalizedText[] = deepFreeze([
  {
    sv: "Källorna säger att 13 lokala systemledningar omfattar länets 15 kommuner och att Västerbergslagen (Ludvika och Smedjebacken) är en av dem. Att Hedemora och Säter delar den andra gemensamma lokala systemledningen är ett rimligt antagande för exempeldatan, inte en uppgift ur källorna.",
    en: "The sources say that 13 local system leaderships cover the county's 15 municipalities and that Västerbergslagen (Ludvika and Smedjebacken) is one of them. That Hedemora and Säter share the other joint local system leadership is a plausible assumption of the sample data, not a fact of the sources.",
  },
  {
    sv: "Längsta rekommenderade mandattid för ordförande, 24 månader, är ett rimligt antagande: Metodstödet frågar hur länge ordföranden väljs men anger ingen gräns.",
    en: "The longest recommended chair term, 24 months, is a plausible assumption: the Metodstöd asks for how long the chair is chosen but sets no limit.",
  },
  {
    sv: "Sammansättningen av LGRS (länets kommundirektörer samt regiondirektören) och BDU (kommunstyrelsernas ordförande, presidiet i regionstyrelsen och i regionala utvecklingsnämnden) följer årsrapporten 2025. Övriga forums sammansättning (LCHNV: förvaltningschefer; VfR: nämndsordförande; SCHNV: socialchefer) är rimliga antaganden.",
    en: "The composition of LGRS (the county's municipal directors and the region's director) and BDU (the chairs of the municipal executive boards, the presidium of the regional board and of the regional development committee) follows the annual report 2025. The other forums' composition (LCHNV: heads of department; VfR: committee chairs; SCHNV: heads of social services) is a plausible assumption.",
  },
  {
    sv: 'Årsrapporten skriver på några ställen "Vårdrådet" eller "Vårdsrådet (VfR)" där Välfärdsrådet (VfR) avses. Domänmodellen har Vårdrådet som ett eget forum; här är det ett gemensamt forum för politiker och tjänstepersoner inom vården, vilket är ett antagande.',
    en: 'The annual report in places writes "Vårdrådet" or "Vårdsrådet (VfR)" where Välfärdsrådet (VfR) is meant. The domain model keeps Vårdrådet as a forum of its own; here it is a joint forum of politicians and officials in care, which is an assumption.',
  },
  {
    sv: 'Metodstödets "Folkvandvård" är ett skrivfel för Folktandvård; frågorna "Har ni en gemensam bild av vad systemledningen är …" och "Deltagare – vilka …" har rättats på samma sätt.',
    en: 'The Metodstöd\'s "Folkvandvård" is a typo for Folktandvård; the questions "Har ni en gemensam bild av vad systemledningen är …" and "Deltagare – vilka …" are mended likewise.',
  },
  {
    sv: "Självskattningens instrument (fem påståenden, skalan 1–5 med sina etiketter) följer årsrapporten 2025 ordagrant, liksom dess uppgift om högst 20 poäng; modellen räknar fram 25 och redovisar skillnaden som en avvikelse. Gränsen för jämförbarhet över tid, att minst 60 % av de tillfrågade systemledningarna svarat, är ett rimligt antagande: rapporten säger bara att 6 av 13 var för få.",
    en: "The self-assessment instrument (five statements, the 1–5 scale with its labels) follows the annual report 2025 word for word, as does its statement of at most 20 points; the model computes 25 and reports the difference as a finding. The threshold for comparison over time, at least 60% of the leaderships asked answering, is a plausible assumption: the report only says that 6 of 13 were too few.",
  },
  {
    sv: "Omgångarna 2023 och 2024 med deras svar, de enskilda svaren 2025 (rapporten anger bara antal och spridning), fritexterna, antalet närvarande på Systemledningsdagen och ändetiketterna på skalan 1–10 är påhittade exempeldata.",
    en: "The rounds of 2023 and 2024 with their answers, the single answers of 2025 (the report gives only counts and spread), the free texts, the attendance at the Systemledningsdag and the end labels of the 1–10 scale are invented sample data.",
  },
  {
    sv: "Mötesdagar, tider, kallelse- och justeringsfrister utöver Metodstödets 14 dagar, beslutsförhetsregler och närvaro är rimliga antaganden (se mötesreglernas egna noter). Datum, ärendetyper och rubriker för LCHNV, VfR och SCHNV 2025 är årsrapportens Bilaga 2; beslutstexter och diarienummer är påhittade.",
    en: "Meeting days, times, notice and approval periods beyond the Metodstöd's 14 days, quorum rules and attendance are plausible assumptions (see the meeting rules' own notes). Dates, item kinds and titles of LCHNV, VfR and SCHNV in 2025 are the annual report's Bilaga 2; decision texts and registry numbers are invented.",
  },
  {
    sv: "De regionala aktiviteterna 2025 – Regionalt nätverk 6/5, Regionalt informationsforum 29/4 och 7/10, Systemledningsdag 13/11 – med målgrupp, syfte och anmärkningen om hösten följer årsrapportens Bilaga 2 ordagrant; rapporten anger inga tider eller platser. SKR:s nationella forum har inga datum i rapporten, bara hur ofta de möts, och finns därför inte med för 2025. Alla aktiviteter 2026, också Mötesforum Nära vård, är rimliga exempeldata.",
    en: "The regional activities of 2025 – Regionalt nätverk on 6 May, Regionalt informationsforum on 29 April and 7 October, Systemledningsdag on 13 November – with audience, purpose and the remark about the autumn follow the annual report's Bilaga 2 word for word; the report gives no times or places. SKR's national forums have no dates in the report, only how often they meet, so none of 2025 is listed. Every event of 2026, Mötesforum Nära vård included, is plausible sample data.",
  },
  {
    sv: 'De sex nyckeltalen, handlingsplanens fokusområden, mål och aktiviteter, avstämningarna och alla värden är rimliga exempeldata, märkta "Exempeldata" och inte "Källa: Kolada" (se uppföljningens egna noter).',
    en: 'The six indicators, the action plan\'s focus areas, goals and activities, the check-ins and all values are plausible sample data, labelled "Exempeldata" and not "Källa: Kolada" (see the follow-up settings\' own notes).',
  },
  {
    sv: "Systemkartans nivåer är Hälsolabbs bild (SYSTEM och HIERARKI). Fullmäktige, nämnder, förvaltningar och verksamheter i Region Dalarna, Ludvika och Smedjebacken har de allmänna namn som sådana organ har i varje region och kommun; hur huvudmännen faktiskt delar in sina nämnder och förvaltningar skiljer sig och är inte hämtat ur källorna. Familjen i Ludvika, workshopens deltagare och deras prickar och anteckningar på systemkartan är påhittade exempeldata.",
    en: "The system map's levels are Hälsolabb's picture (SYSTEM and HIERARCHY). The councils, committees, administrations and operations of Region Dalarna, Ludvika and Smedjebacken have the generic names such bodies have in every region and municipality; how the principals actually divide their committees and departments differs and is not taken from the sources. The family in Ludvika, the workshop's participants and their dots and notes on the system map are invented sample data.",
  },
  {
    sv: "De engelska översättningarna av delmål, principer, uppgifter och frågor är projektets egna.",
    en: "The English translations of the delmål, principles, tasks and questions are the project's own.",
  },
  {
    sv: "Alla personer i exempeldatan är påhittade; organisationerna är verkliga men lokala enheter och föreningar har allmänna namn. Likheter med verkliga personer är oavsiktliga.",
    en: "Every person in the sample data is fictitious; the organisations are real but local units and associations have generic names. Any likeness to real people is unintended.",
  },
]);

/**
 * The Dalarna profile, the default of the kit.
 *
 * Holds Region Dalarna (0020) and its 15 municipalities with official codes, the Metodstöd's 20 sectors,
 * the five delmål, five principles, eight tasks and 28 charter questions, and the structure settings:
 * chair, convener and secretary are key roles; every mandate holder should have a substitute; a chair term
 * over 24 months is flagged. The object is frozen; copy it to change it.
 *
 * @example
 * import { dalarnaProfile } from "@systemledning/core/profiles/dalarna";
 * dalarnaProfile.municipalities.find((m) => m.code === "2080")?.name; // "Falun"
 */
export const dalarnaProfile: Profile = deepFreeze({
  id: "dalarna",
  name: { sv: "God och nära vård i Dalarna", en: "Good and close care in Dalarna" },
  vision: DALARNA_VISION,
  regions: [{ code: DALARNA_REGION_CODE, name: "Region Dalarna" }],
  municipalities: DALARNA_MUNICIPALITIES.map(({ code, name }) => ({ code, name, regionCode: DALARNA_REGION_CODE })),
  sectors: [...DALARNA_SECTORS],
  goals: [...DALARNA_GOALS],
  principles: [...DALARNA_PRINCIPLES],
  tasks: [...DALARNA_TASKS],
  charterQuestions: [...DALARNA_CHARTER_QUESTIONS],
  structure: {
    keyRoles: ["chair", "convener", "secretary"],
    substituteRequiredForMandateHolders: true,
    maxChairTermMonths: 24,
  },
  notes: [...DALARNA_PROFILE_NOTES],
  // The modules' parts, each in a file of its own: meeting rules, instruments, indicators and limits, the system map.
  ...DALARNA_MEETINGS_PROFILE,
  ...DALARNA_ASSESSMENT_PROFILE,
  ...DALARNA_FOLLOW_UP_PROFILE,
  ...DALARNA_SYSTEM_MAP_PROFILE,
});
