/**
 * Codes and messages of the plan module's own validation rules (the common ones are in common/issues.ts).
 * Every code has a Swedish and an English message that says what is wrong and how to fix it.
 */
import {
  issueWithMessage,
  type BilingualMessage,
  type IssueParams,
  type PathSegment,
  type ValidationIssue,
} from "../common/issues.js";

/** Stable codes of the plan module's rules. */
export type PlanIssueCode =
  | "invalid_plan_period"
  | "value_status_mismatch"
  | "progress_status_mismatch"
  | "duplicate_indicator_value"
  | "activity_not_in_plan"
  | "focus_area_not_in_plan"
  | "goal_not_in_plan"
  | "goal_not_measurable"
  | "blank_title";

const str = (value: string | number | undefined): string => String(value ?? "");

/** Message builders per code of the plan module. */
export const PLAN_ISSUE_MESSAGES: Readonly<Record<PlanIssueCode, (p: IssueParams) => BilingualMessage>> = {
  invalid_plan_period: (p) => ({
    sv: `Planens period slutar (${str(p.to)}) innan den börjar (${str(p.from)}). Rätta start- eller slutdatum.`,
    en: `The plan's period ends (${str(p.to)}) before it starts (${str(p.from)}). Correct the start or end date.`,
  }),
  value_status_mismatch: (p) => ({
    sv: `Värdet (${str(p.value)}) och statusen "${str(p.status)}" stämmer inte: ett saknat värde är null med status "missing", och ett värde som finns har status "final" eller "preliminary".`,
    en: `The value (${str(p.value)}) and the status "${str(p.status)}" disagree: a missing value is null with status "missing", and a value that exists has status "final" or "preliminary".`,
  }),
  progress_status_mismatch: (p) => ({
    sv: `Andelen klart (${str(p.progress)}) passar inte statusen "${str(p.status)}": en klar aktivitet har 1 och en ej påbörjad 0. Ändra status eller andel.`,
    en: `The progress (${str(p.progress)}) does not fit the status "${str(p.status)}": a done activity has 1 and one not started has 0. Change the status or the progress.`,
  }),
  duplicate_indicator_value: (p) => ({
    sv: `Det finns redan ett värde för nyckeltalet "${str(p.indicatorId)}", organisationen ${str(p.organisationCode)}, året ${str(p.period)} och könet ${str(p.gender)} (vid ${str(p.first)}). Ta bort ett av dem.`,
    en: `There is already a value for the indicator "${str(p.indicatorId)}", organisation ${str(p.organisationCode)}, year ${str(p.period)} and gender ${str(p.gender)} (at ${str(p.first)}). Remove one of them.`,
  }),
  activity_not_in_plan: (p) => ({
    sv: `Aktiviteten "${str(p.id)}" finns inte i planen "${str(p.planId)}". Ange en aktivitet ur planen.`,
    en: `The activity "${str(p.id)}" is not in the plan "${str(p.planId)}". Give an activity of the plan.`,
  }),
  focus_area_not_in_plan: (p) => ({
    sv: `Fokusområdet "${str(p.id)}" finns inte i planen "${str(p.planId)}". Ange ett fokusområde ur planen.`,
    en: `The focus area "${str(p.id)}" is not in the plan "${str(p.planId)}". Give a focus area of the plan.`,
  }),
  goal_not_in_plan: (p) => ({
    sv: `Målet "${str(p.id)}" finns inte i planen "${str(p.planId)}". Ange ett mål ur planen.`,
    en: `The goal "${str(p.id)}" is not in the plan "${str(p.planId)}". Give a goal of the plan.`,
  }),
  goal_not_measurable: (p) => ({
    sv: `Målet "${str(p.title)}" är kvalitativt och mäts inte med ett nyckeltal. Koppla nyckeltalet till ett mätbart mål.`,
    en: `The goal "${str(p.title)}" is qualitative and is not measured by an indicator. Link the indicator to a measurable goal.`,
  }),
  blank_title: () => ({
    sv: "Rubriken är tom. Skriv en rubrik.",
    en: "The title is blank. Write a title.",
  }),
};

/** Build a validation issue of the plan module. */
export function createPlanIssue(
  pathSegments: readonly PathSegment[],
  code: PlanIssueCode,
  params: IssueParams = {},
): ValidationIssue {
  return issueWithMessage(pathSegments, code, PLAN_ISSUE_MESSAGES[code](params), params);
}
