/**
 * The Metodstöd's questions (the *Metodstöd*, its sections from "Syfte" to "Uppföljning och utvärdering") that a local
 * system leadership's charter answers, each under the charter section it belongs to. The Swedish follows the Metodstöd;
 * two slips of its text are mended and noted in the profile's notes ("av [vad] systemledningen är",
 * "Deltagare- vilka").
 */
import type { CharterQuestion } from "../../profile/schema.js";
import { deepFreeze } from "../shared/sample-builder.js";
import { DALARNA_SECTORS } from "./sectors.js";

const sectorList = {
  sv: DALARNA_SECTORS.map((sector) => sector.name.sv).join(", "),
  en: DALARNA_SECTORS.map((sector) => sector.name.en ?? sector.name.sv).join(", "),
};

/** The Metodstöd's charter questions, in the order of the Metodstöd. Ids are stable: charters answer by id. */
export const DALARNA_CHARTER_QUESTIONS: readonly CharterQuestion[] = deepFreeze([
  // Syfte
  {
    id: "why",
    section: "why",
    text: { sv: "Varför behövs er lokala systemledning?", en: "Why is your local system leadership needed?" },
  },
  // Målbild
  {
    id: "vision",
    section: "vision",
    text: {
      sv: "Har ni en lokal målbild? Är den tydlig för alla deltagare/aktörer i systemledningen?",
      en: "Do you have a local vision? Is it clear to all members/actors of the system leadership?",
    },
  },
  // Enkla principer för samverkan
  {
    id: "principles-more",
    section: "principles",
    text: {
      sv: "Finns ytterligare/andra principer ni vill använda för att ange riktning i ert lokala arbete?",
      en: "Are there further/other principles you want to use to set the direction of your local work?",
    },
  },
  // Systemledning
  {
    id: "composition-map",
    section: "composition",
    text: {
      sv: "Hur skulle ert system för nära vård se ut om ni ritade upp det?",
      en: "What would your system for close care look like if you drew it?",
    },
  },
  {
    id: "composition-shared-picture",
    section: "composition",
    text: {
      sv: "Har ni en gemensam bild av vad systemledningen är och ska göra?",
      en: "Do you share a picture of what the system leadership is and is to do?",
    },
  },
  {
    id: "composition-actors",
    section: "composition",
    text: { sv: "Vilka är aktörerna i systemet?", en: "Who are the actors in the system?" },
  },
  {
    id: "composition-members",
    section: "composition",
    text: {
      sv: "Vilka ska sitta i systemledningen för att kunna ta ansvar för helheten?",
      en: "Who should sit in the system leadership to be able to take responsibility for the whole?",
    },
  },
  {
    id: "composition-co-opted",
    section: "composition",
    text: { sv: "Vilka behöver adjungeras in vid behov?", en: "Who needs to be co-opted when needed?" },
  },
  {
    id: "composition-sectors",
    section: "composition",
    text: {
      sv: `Finns representation från exempelvis: ${sectorList.sv}?`,
      en: `Are there representatives of, for example: ${sectorList.en}?`,
    },
  },
  // Uppgifter för systemledning
  {
    id: "tasks-more",
    section: "tasks",
    text: {
      sv: "Finns det andra uppgifter som behövs för att få er lokala systemledning verksam?",
      en: "Are other tasks needed to make your local system leadership effective?",
    },
  },
  // Mötesstruktur
  {
    id: "meeting-chair",
    section: "meetingStructure",
    text: {
      sv: "Ordförande – hur väljs ordförande i systemledningen och för hur lång tid, från vilken huvudman? Vad ingår i arbetsuppgifterna?",
      en: "Chair – how is the chair of the system leadership chosen, for how long, and from which principal? What are the chair's duties?",
    },
  },
  {
    id: "meeting-convener",
    section: "meetingStructure",
    text: {
      sv: "Sammankallande – vem är sammankallande till möten? Vad ingår i arbetsuppgifterna?",
      en: "Convener – who convenes the meetings? What are the convener's duties?",
    },
  },
  {
    id: "meeting-quorum",
    section: "meetingStructure",
    text: {
      sv: "Deltagare – vilka behöver vara närvarande för att systemledningen ska vara beslutsför?",
      en: "Members – who must be present for the system leadership to be quorate?",
    },
  },
  {
    id: "meeting-co-opted",
    section: "meetingStructure",
    text: { sv: "Adjungera efter funktioner efter behov", en: "Co-opting by function when needed" },
  },
  { id: "meeting-process-leader", section: "meetingStructure", text: { sv: "Processledare", en: "Process leader" } },
  { id: "meeting-secretary", section: "meetingStructure", text: { sv: "Sekreterare", en: "Secretary" } },
  { id: "meeting-substitutes", section: "meetingStructure", text: { sv: "Ersättare", en: "Substitutes" } },
  {
    id: "meeting-interval",
    section: "meetingStructure",
    text: { sv: "Mötesintervall, tid, mötesform", en: "Meeting interval, time, form of meeting" },
  },
  {
    id: "meeting-item-flow",
    section: "meetingStructure",
    text: { sv: "Ärendegång (föranmälan?)", en: "Handling of items (pre-registration?)" },
  },
  { id: "meeting-decision-flow", section: "meetingStructure", text: { sv: "Beslutsgång", en: "Decision procedure" } },
  {
    id: "meeting-difficulties",
    section: "meetingStructure",
    text: { sv: "Svårigheter vid samverkan", en: "Difficulties in collaboration" },
  },
  // Uppföljning och utvärdering
  {
    id: "followup-activities",
    section: "followUp",
    text: {
      sv: "Vilka aktiviteter har genomförts och vilka resultat har uppnåtts?",
      en: "Which activities have been carried out and which results have been achieved?",
    },
  },
  {
    id: "followup-lessons",
    section: "followUp",
    text: {
      sv: "Reflektion kring lärdomar och vad som varit framgångsfaktorer och utmaningar i omställningsarbetet.",
      en: "Reflection on lessons learnt and on the success factors and challenges of the transition work.",
    },
  },
  {
    id: "followup-fulfilment",
    section: "followUp",
    text: {
      sv: "Bedömning av hur väl målbild och syfte uppfyllts.",
      en: "Assessment of how well the vision and purpose have been fulfilled.",
    },
  },
  {
    id: "followup-indicators",
    section: "followUp",
    text: {
      sv: "Vilka är era indikatorer som visar att omställningen går åt rätt håll?",
      en: "Which indicators show you that the transition is heading in the right direction?",
    },
  },
  {
    id: "followup-feedback",
    section: "followUp",
    text: { sv: "Hur får ni feedback från invånarna?", en: "How do you get feedback from residents?" },
  },
  {
    id: "followup-data",
    section: "followUp",
    text: {
      sv: "Finns det samlad data att titta på? Vilken data kan systemledningen följa?",
      en: "Is there collected data to look at? Which data can the system leadership follow?",
    },
  },
  {
    id: "followup-improvement",
    section: "followUp",
    text: {
      sv: "Vad har ni för strategier för att reflektera över och förbättra arbetet i systemledningen?",
      en: "What strategies do you have for reflecting on and improving the work of the system leadership?",
    },
  },
]);
