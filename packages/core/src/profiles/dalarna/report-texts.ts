/**
 * Narrative texts for the Dalarna sample report, as a region would pass them to `assembleAnnualReport`: shortened from
 * the structure of *Regional årsrapport 2025* (its table of contents) in our own words. No person is named. Kept
 * apart from the sample workspace (whose `annualReports` is empty), so a demo or a story can show both an empty
 * report and a written one; save them with `setAnnualReportTexts`.
 */
import type { AnnualReportTexts } from "../../plan/report/schema.js";

/** The texts of the sample report 2025. */
export const DALARNA_REPORT_TEXTS_2025: AnnualReportTexts = {
  title: {
    sv: "Regional årsrapport 2025 – God och nära vård i Dalarna",
    en: "Regional annual report 2025 – Good and close care in Dalarna",
  },
  subtitle: {
    sv: "En rapportering av omställningsarbetet i kommunerna och i samverkan mellan kommunerna och Region Dalarna",
    en: "A report on the transition in the municipalities and in the collaboration between them and Region Dalarna",
  },
  author: "RSS Dalarna",
  approvedBy: "Länschefsnätverket och Välfärdsrådet",
  date: "2026-05-13",
  version: "1",
  assignment: [
    {
      sv: "Omställningsarbetet har under 2025 utgått från den länsgemensamma strategin med målbild och färdplan för god och nära vård 2022–2030. Rapporten beskriver arbetet i kommunerna och det regionala stödets insatser under året.",
      en: "In 2025 the transition built on the county-wide strategy with its vision and roadmap for good and close care 2022–2030. The report describes the work in the municipalities and the regional support during the year.",
    },
    {
      sv: "Tretton lokala systemledningar omfattar länets femton kommuner. Under året har målgruppen sköra äldre pekats ut som särskilt fokus, och arbetet med en regional systemledning och en regional handlingsplan har stått i centrum.",
      en: "Thirteen local system leaderships cover the county's fifteen municipalities. During the year frail older people were named a particular focus, and the work on a regional system leadership and a regional action plan was central.",
    },
  ],
  followUp: [
    {
      sv: "Uppföljningen bygger på både kvantitativa och kvalitativa underlag: gemensamma nyckeltal, självskattning i de lokala systemledningarna, en nulägesbeskrivning och kommunernas rapportering till Socialstyrelsen.",
      en: "The follow-up rests on both quantitative and qualitative sources: shared indicators, the local leaderships' self-assessment, a survey of the current state and the municipalities' reporting to the National Board of Health and Welfare.",
    },
  ],
  picture: [
    {
      sv: "Lägesbilden speglar lokala och regionala perspektiv. Resultaten är inte mått på faktisk måluppfyllelse utan en indikation på var arbetet befinner sig.",
      en: "The picture reflects local and regional perspectives. The results do not measure actual goal fulfilment; they indicate where the work stands.",
    },
  ],
  regionalSupport: [
    {
      sv: "Det regionala stödet har under året fokuserat på att stärka den regionala systemledningen och ta fram en regional handlingsplan, med dialoger och workshops i de regionala forumen.",
      en: "During the year the regional support focused on strengthening the regional system leadership and drafting a regional action plan, with dialogues and workshops in the regional forums.",
    },
  ],
  lessons: [
    {
      sv: "Utifrån uppföljningen och det regionala stödets arbete framträder några övergripande lärdomar.",
      en: "From the follow-up and the regional support's work, some overall lessons stand out.",
    },
  ],
  lessonPoints: [
    {
      title: {
        sv: "Stark lokal kraft men svagt genomslag på systemnivå",
        en: "Strong local drive, weak effect at system level",
      },
      text: {
        sv: "Engagemanget är stort lokalt, men styrkorna tas inte fullt ut tillvara regionalt.",
        en: "Local commitment is strong, but its strengths are not fully used regionally.",
      },
    },
    {
      title: {
        sv: "Behov av tydligare styrning, mandat och ansvar",
        en: "A need for clearer steering, mandates and responsibility",
      },
      text: {
        sv: "Otydliga roller mellan nivåer och huvudmän försvårar genomförandet.",
        en: "Unclear roles between levels and principals make implementation harder.",
      },
    },
    {
      title: {
        sv: "Uppföljning för lärande och operativ styrning",
        en: "Follow-up for learning and operational steering",
      },
      text: {
        sv: "Uppföljningen ger överblick men behöver kompletteras med former som stödjer lokalt lärande.",
        en: "The follow-up gives an overview but needs forms that support local learning.",
      },
    },
  ],
  reflections: [
    {
      sv: "Omställningen går in i ett skede där genomförande, samordning och långsiktighet står i fokus. Inför kommande år är färdigställandet av den regionala handlingsplanen centralt, med ett tydligt brukarperspektiv och få, gemensamt prioriterade fokusområden.",
      en: "The transition enters a phase focused on implementation, coordination and the long term. For the coming year, completing the regional action plan is central, with a clear user perspective and few, jointly prioritised focus areas.",
    },
  ],
};
