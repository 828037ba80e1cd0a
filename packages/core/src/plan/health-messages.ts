/**
 * Codes, severities and messages of plan-health findings. Findings are data for the page (never thrown);
 * each message says what is wrong and how to fix it, in Swedish and English.
 */
import type { BilingualMessage, IssueParams } from "../common/issues.js";
import type { ActivityStatus } from "./schema-plans.js";

/** Stable codes of plan-health findings. */
export type PlanHealthCode =
  | "too_many_focus_areas"
  | "too_many_indicators"
  | "focus_area_without_goals"
  | "goal_without_indicator"
  | "goal_without_target"
  | "goal_without_criterion"
  | "activity_without_owner"
  | "activity_without_due_date"
  | "activity_overdue"
  | "check_in_missing"
  | "unknown_parent_plan"
  | "unknown_parent_focus_area"
  | "focus_area_without_parent"
  | "missing_user_perspective"
  | "missing_decision";

/** How much a finding matters: `error` breaks the plan's logic, `warning` weakens it, `info` is worth a look. */
export type PlanHealthSeverity = "error" | "warning" | "info";

/** The severity of each code. */
export const PLAN_HEALTH_SEVERITY: Readonly<Record<PlanHealthCode, PlanHealthSeverity>> = Object.freeze({
  too_many_focus_areas: "warning",
  too_many_indicators: "warning",
  focus_area_without_goals: "warning",
  goal_without_indicator: "warning",
  goal_without_target: "warning",
  goal_without_criterion: "warning",
  activity_without_owner: "warning",
  activity_without_due_date: "info",
  activity_overdue: "error",
  check_in_missing: "warning",
  unknown_parent_plan: "error",
  unknown_parent_focus_area: "error",
  focus_area_without_parent: "info",
  missing_user_perspective: "info",
  missing_decision: "info",
});

const s = (value: string | number | undefined): string => String(value ?? "");

/** The activity statuses as a reader sees them (a message never shows the stored code). */
export const ACTIVITY_STATUS_LABELS: Readonly<Record<ActivityStatus, BilingualMessage>> = Object.freeze({
  "not-started": { sv: "ej påbörjad", en: "not started" },
  ongoing: { sv: "pågår", en: "ongoing" },
  done: { sv: "klar", en: "done" },
  paused: { sv: "pausad", en: "paused" },
  cancelled: { sv: "avbruten", en: "cancelled" },
});
const statusLabel = (status: string | number | undefined, locale: "sv" | "en"): string =>
  (ACTIVITY_STATUS_LABELS as Readonly<Record<string, BilingualMessage | undefined>>)[s(status)]?.[locale] ?? s(status);

/** Message builders per code. */
export const PLAN_HEALTH_MESSAGES: Readonly<Record<PlanHealthCode, (p: IssueParams) => BilingualMessage>> = {
  too_many_focus_areas: (p) => ({
    sv: `Planen har ${s(p.count)} fokusområden men bör ha högst ${s(p.max)}. Prioritera: få och tydliga fokusområden gör planen användbar.`,
    en: `The plan has ${s(p.count)} focus areas but should have at most ${s(p.max)}. Prioritise: few, clear focus areas make the plan usable.`,
  }),
  too_many_indicators: (p) => ({
    sv: `Planens mål använder ${s(p.count)} nyckeltal men bör använda högst ${s(p.max)}. Välj de nyckeltal som bäst visar att omställningen går åt rätt håll.`,
    en: `The plan's goals use ${s(p.count)} indicators but should use at most ${s(p.max)}. Choose those that best show the transition is heading the right way.`,
  }),
  focus_area_without_goals: (p) => ({
    sv: `Fokusområdet "${s(p.title)}" har inget mål. Lägg till ett mätbart mål eller ett mål med ett angivet kriterium.`,
    en: `The focus area "${s(p.title)}" has no goal. Add a measurable goal or one with a stated criterion.`,
  }),
  goal_without_indicator: (p) => ({
    sv: `Målet "${s(p.title)}" är mätbart men saknar nyckeltal. Ange vilket nyckeltal som mäter det.`,
    en: `The goal "${s(p.title)}" is measurable but has no indicator. Say which indicator measures it.`,
  }),
  goal_without_target: (p) => ({
    sv: `Målet "${s(p.title)}" saknar ${s(p.missingSv)}. Ange målvärde och måldatum så att det går att följa upp.`,
    en: `The goal "${s(p.title)}" has no ${s(p.missingEn)}. Give a target value and a target date so it can be followed up.`,
  }),
  goal_without_criterion: (p) => ({
    sv: `Det kvalitativa målet "${s(p.title)}" saknar kriterium. Beskriv hur ni ser att målet är nått.`,
    en: `The qualitative goal "${s(p.title)}" has no criterion. Describe how you will tell that it was met.`,
  }),
  activity_without_owner: (p) => ({
    sv: `Aktiviteten "${s(p.title)}" har ingen ägare. Ange den organisation eller systemledning som äger den.`,
    en: `The activity "${s(p.title)}" has no owner. Give the organisation or leadership that owns it.`,
  }),
  activity_without_due_date: (p) => ({
    sv: `Aktiviteten "${s(p.title)}" har inget slutdatum. Ange när den ska vara klar.`,
    en: `The activity "${s(p.title)}" has no due date. Say when it is to be done.`,
  }),
  activity_overdue: (p) => ({
    sv: `Aktiviteten "${s(p.title)}" skulle vara klar ${s(p.due)} men har status "${statusLabel(p.status, "sv")}". Stäm av den, och flytta slutdatumet eller avsluta den.`,
    en: `The activity "${s(p.title)}" was due ${s(p.due)} but has status "${statusLabel(p.status, "en")}". Check in on it, and move the due date or close it.`,
  }),
  check_in_missing: (p) => ({
    sv: `Avstämning saknas från ${s(p.leadershipName)} för perioden ${s(p.from)}–${s(p.to)}. Genomför och registrera avstämningen.`,
    en: `No check-in from ${s(p.leadershipName)} for the period ${s(p.from)}–${s(p.to)}. Hold and record the check-in.`,
  }),
  unknown_parent_plan: (p) => ({
    sv: `Planen pekar på den regionala planen "${s(p.id)}", som inte finns. Rätta hänvisningen eller lägg till planen.`,
    en: `The plan points to the regional plan "${s(p.id)}", which does not exist. Correct the reference or add the plan.`,
  }),
  unknown_parent_focus_area: (p) => ({
    sv: `Fokusområdet "${s(p.title)}" pekar på fokusområdet "${s(p.id)}", som inte finns i ${p.parentPlanId === undefined ? "någon regional plan (planen anger ingen)" : `planen "${s(p.parentPlanId)}"`}. Välj ett av den regionala planens fokusområden.`,
    en: `The focus area "${s(p.title)}" points to the focus area "${s(p.id)}", which is not in ${p.parentPlanId === undefined ? "any regional plan (the plan names none)" : `the plan "${s(p.parentPlanId)}"`}. Choose one of the regional plan's focus areas.`,
  }),
  focus_area_without_parent: (p) => ({
    sv: `Den lokala planens fokusområde "${s(p.title)}" pekar inte på något av den regionala planens fokusområden. Koppla det, så syns det lokala arbetet i den regionala uppföljningen.`,
    en: `The local plan's focus area "${s(p.title)}" points to none of the regional plan's focus areas. Link it, so the local work shows in the regional follow-up.`,
  }),
  missing_user_perspective: () => ({
    sv: "Planen saknar brukarperspektiv. Beskriv hur invånarnas och brukarnas erfarenheter tas tillvara.",
    en: "The plan has no user perspective. Describe how residents' and service users' experiences are used.",
  }),
  missing_decision: () => ({
    sv: "Planen är antagen men anger inget beslut. Ange beslutande forum och beslutet.",
    en: "The plan is adopted but names no decision. Give the deciding forum and the decision.",
  }),
};
