/**
 * Complete charters of the Dalarna sample (Falun, Västerbergslagen): every Metodstöd question answered and
 * every section written, so charter completeness has examples that pass. The texts are invented sample
 * content in the style of a local plan.
 */
import type { Charter } from "../../structure/schema.js";
import { DALARNA_PRINCIPLES, DALARNA_TASKS } from "./strategy.js";

const defaultPrinciples = DALARNA_PRINCIPLES.map((principle) => principle.sv);
const defaultTasks = DALARNA_TASKS.map((task) => task.sv);

/** Falun's charter, adopted in March 2025 and complete. */
export const FALUN_CHARTER: Charter = {
  id: "charter-falun",
  leadershipId: "ls-falun",
  adoptedAt: "2025-03-18",
  purpose:
    "Att genom samverkan skapa en sömlös och samordnad helhetslösning för Falubornas hälsa, vård och omsorg. Systemledningen styr, leder och följer upp arbetet i Falun.",
  why: "Invånare med stora och sammansatta behov möter många verksamheter hos två huvudmän. Ingen av oss kan ensam ge en sammanhållen vård och omsorg; vi behöver ett gemensamt forum med mandat att prioritera.",
  vision: "Falubon får rätt stöd i rätt tid, nära sig, och behöver inte själv hålla ihop sina kontakter.",
  principles: [...defaultPrinciples, "Vi håller i och håller ut – även när personer i systemledningen byts ut."],
  tasks: [...defaultTasks],
  meetingStructure:
    "Ledningsgruppen träffas en gång per månad utom i juli. Datum bestäms årsvis. Kallelse skickas minst 14 dagar före mötet. Ordförande och sammankallande förbereder dagordningen mellan mötena. Mötena hålls fysiskt och vid behov digitalt.",
  followUpPlan:
    "Lokala aktiviteter följs upp vid varje tertial; lokala nyckeltal och självskattningen görs en gång per år inför den regionala årsrapporten.",
  answers: {
    why: "För att ge invånare med sammansatta behov en sammanhållen vård och omsorg, och för att kunna ta beslut tillsammans om prioriteringar som ingen huvudman kan ta ensam.",
    vision: "Ja. Målbilden antogs i mars 2025 och presenteras för nya deltagare vid deras första möte.",
    "principles-more": "Vi har lagt till: Vi håller i och håller ut – även när personer i systemledningen byts ut.",
    "composition-map":
      "Vi har ritat systemkartan med invånaren i mitten; socialtjänst, vård och omsorg, skola, primärvård och psykiatri runt omkring, och civilsamhället och myndigheterna i ytterringen.",
    "composition-shared-picture": "Ja, efter en gemensam workshop hösten 2024.",
    "composition-actors":
      "Falu kommun, Region Dalarna, Försäkringskassan, Polisen, Arbetsförmedlingen, Folktandvården, Rädda Barnen och andra föreningar.",
    "composition-members":
      "Socialchef, vård- och omsorgschef, skolchef, elevhälsochef och fritidschef från kommunen; områdeschef för primärvården och divisionschef psykiatri från regionen.",
    "composition-co-opted":
      "Försäkringskassan, Rädda Barnen och Folktandvården adjungeras när frågan berör dem; Polisen och Arbetsförmedlingen vid behov.",
    "composition-sectors": "Alla sektorer vi kräver är representerade; myndigheter och civilsamhälle adjungeras.",
    "tasks-more": "Att samordna vårt arbete med den politiska samverkansgruppen och rapportera till den varje tertial.",
    "meeting-chair":
      "Ordförandeskapet växlar årsvis mellan kommunen och regionen. Ordföranden leder mötet och förbereder dagordningen med sammankallande.",
    "meeting-convener":
      "Kommunens utvecklingsledare för nära vård är sammankallande och skickar kallelse och underlag.",
    "meeting-quorum": "Beslutsför när båda huvudmännen är företrädda av någon med mandat.",
    "meeting-co-opted": "Funktioner adjungeras utifrån dagordningen; sammankallande bjuder in.",
    "meeting-process-leader": "Utvecklingsledaren leder arbetet mellan mötena.",
    "meeting-secretary": "Utvecklingsledaren för minnesanteckningar.",
    "meeting-substitutes": "Varje ledamot med mandat har en namngiven ersättare.",
    "meeting-interval": "En gång per månad, två timmar, fysiskt i Falun och digitalt vid behov.",
    "meeting-item-flow": "Ärenden föranmäls till sammankallande senast tre veckor före mötet.",
    "meeting-decision-flow":
      "Beslut fattas i samförstånd och dokumenteras i minnesanteckningarna, som justeras av ordföranden.",
    "meeting-difficulties":
      "Olika budgetår och beslutsordningar; vi lyfter dem öppet som egen punkt två gånger per år.",
    "followup-activities": "Samordnad individuell plan i fler ärenden och ett gemensamt team för sköra äldre i hemmet.",
    "followup-lessons":
      "Det som gick bäst var när medarbetarna själva fick forma arbetssätten; det svåraste var att frigöra tid.",
    "followup-fulfilment": "Vi bedömer att syftet delvis är uppfyllt; målbilden är känd men inte nådd.",
    "followup-indicators":
      "Andel återinskrivningar inom 30 dagar bland äldre och antal samordnade individuella planer.",
    "followup-feedback": "Genom brukardialoger två gånger per år och synpunkter via kommunens och regionens kanaler.",
    "followup-data": "Ja, länets infografik och Kolada; vi följer också egna uppgifter om hemsjukvård.",
    "followup-improvement": "Självskattning en gång per år och en kort utvärdering i slutet av varje möte.",
  },
};

/** Västerbergslagen's charter, adopted in February 2024 and complete. */
export const VASTERBERGSLAGEN_CHARTER: Charter = {
  id: "charter-vasterbergslagen",
  leadershipId: "ls-vasterbergslagen",
  adoptedAt: "2024-02-20",
  purpose:
    "Att genom samverkan mellan Ludvika, Smedjebacken och Region Dalarna skapa en sömlös och samordnad helhetslösning för invånarna gällande hälsa, vård och omsorg.",
  why: "Två små kommuner och regionen delar samma invånare och samma verksamheter. Tillsammans kan vi göra det ingen av oss klarar ensam.",
  vision: "Västerbergslagens invånare möter en vård och omsorg som hänger ihop, oavsett vilken huvudman som ansvarar.",
  principles: [...defaultPrinciples],
  tasks: [...defaultTasks, "Hålla samordningsförbundet informerat om gemensamma prioriteringar."],
  meetingStructure:
    "Systemledningen träffas en gång per månad, växelvis i Ludvika och Smedjebacken. Kallelse minst 14 dagar före mötet.",
  followUpPlan: "Uppföljning två gånger per år i en gemensam dialog med RSS; självskattning varje höst.",
  answers: {
    why: "Våra invånare rör sig över kommungränsen; verksamheterna måste göra detsamma.",
    vision: "Ja, målbilden finns i den lokala planen och är känd av alla deltagare.",
    "principles-more": "Nej, de fem principerna räcker för oss.",
    "composition-map": "Systemkartan visar båda kommunerna, vårdcentralerna, psykiatrin och samordningsförbundet.",
    "composition-shared-picture": "Ja.",
    "composition-actors":
      "Ludvika kommun, Smedjebackens kommun, Region Dalarna, samordningsförbundet, Arbetsförmedlingen och frivården.",
    "composition-members":
      "Socialchefer och nämndordförande från båda kommunerna, skolchef, områdeschef för primärvården, psykiatrin och en regionpolitiker.",
    "composition-co-opted": "Frivården och Arbetsförmedlingen.",
    "composition-sectors": "Ja, alla sektorer vi kräver finns med.",
    "tasks-more": "Samordna med samordningsförbundet (Finsam).",
    "meeting-chair": "Ordförandeskapet går årsvis mellan Ludvika, Smedjebacken och regionen.",
    "meeting-convener": "Ludvikas utvecklingsledare för nära vård.",
    "meeting-quorum": "Alla tre huvudmännen ska vara företrädda av någon med mandat.",
    "meeting-co-opted": "Vid behov, på förslag av ordföranden.",
    "meeting-process-leader": "En utvecklingsledare från RSS Dalarna stöttar processen.",
    "meeting-secretary": "Ludvikas utvecklingsledare.",
    "meeting-substitutes": "Varje ordinarie ledamot ska ha en ersättare; Smedjebacken utser sin under våren.",
    "meeting-interval": "Månadsvis, tre timmar, fysiskt.",
    "meeting-item-flow": "Föranmälan till sammankallande två veckor före mötet.",
    "meeting-decision-flow": "Beslut i samförstånd; varje huvudman förankrar i sin egen linje.",
    "meeting-difficulties": "Avstånd och olika förutsättningar mellan kommunerna.",
    "followup-activities": "Gemensam rutin för utskrivning från slutenvården och ett mobilt team.",
    "followup-lessons": "Regelbundna möten bygger tillit; personbyten är den största risken.",
    "followup-fulfilment": "Syftet är i stort uppfyllt; målbilden är på väg.",
    "followup-indicators": "Undvikbar slutenvård och antal utskrivningsklara dagar.",
    "followup-feedback": "Genom brukarråd och samordningsförbundets uppföljningar.",
    "followup-data": "Infografiken, Kolada och samordningsförbundets statistik.",
    "followup-improvement": "Besök och dialog med RSS Dalarna, senast i januari 2025.",
  },
};
