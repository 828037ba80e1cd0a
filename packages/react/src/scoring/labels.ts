/**
 * Names of items, scale values and respondents as the scoring components write them, in one place so the
 * chart, its table, its CSV file and the form never word the same thing differently.
 */
import type { ItemResult, RoundResult } from "@systemledning/core/assessment";
import type { Goal } from "@systemledning/core/workspace";
import type { ScoringTools } from "./messages.js";

/** The parts of a profile goal the components read. */
export type GoalLike = Pick<Goal, "id" | "name">;

/**
 * An item's short title: "Delmål 1 – Nära för mig" when it assesses one of the `goals` (numbered in the
 * goals' order), else its statement.
 */
export function itemTitle(
  item: { readonly goalId?: string | null | undefined; readonly statement: ItemResult["statement"] },
  goals: readonly GoalLike[] | undefined,
  tools: ScoringTools,
): string {
  const index =
    item.goalId === null || item.goalId === undefined || goals === undefined
      ? -1
      : goals.findIndex((goal) => goal.id === item.goalId);
  if (index === -1) return tools.text(item.statement);
  return tools.t("goalTitle", { number: index + 1, name: tools.text(goals![index]!.name) });
}

/** Whether an item has a title of its own (a goal) besides its statement, so both should be shown. */
export function hasGoalTitle(
  item: { readonly goalId?: string | null | undefined },
  goals: readonly GoalLike[] | undefined,
): boolean {
  return (
    item.goalId !== null &&
    item.goalId !== undefined &&
    goals !== undefined &&
    goals.some((goal) => goal.id === item.goalId)
  );
}

/** A scale position as a number for people: "3", or "3,5" for a half step. */
export function scaleNumber(value: number, tools: ScoringTools): string {
  return tools.number(value, { maximumFractionDigits: 2 });
}

/** A scale position with its words: "3 – Stämmer ganska bra", or "3,5 (mellan 3 och 4)" for a half step. */
export function scaleValueText(result: Pick<RoundResult, "scale">, value: number, tools: ScoringTools): string {
  const step = result.scale.steps.find((s) => s.value === value);
  if (step !== undefined) {
    const label = tools.text(step.label);
    // Poll scales label middle steps with the number alone ("5"): say it once.
    return label === String(value) || label.startsWith(`${String(value)} `)
      ? label
      : `${scaleNumber(value, tools)} – ${label}`;
  }
  const lower = Math.floor(value);
  return `${scaleNumber(value, tools)} (${tools.t("halfStep", { lower: scaleNumber(lower, tools), upper: scaleNumber(lower + 1, tools) })})`;
}

/** "2 systemledningar", "1 systemledning", or "5 svar" in an event poll. */
export function respondentCount(result: Pick<RoundResult, "kind">, count: number, tools: ScoringTools): string {
  if (result.kind === "event-poll") return tools.t("answersCount", { count: tools.number(count) });
  return count === 1 ? tools.t("leadershipsCountOne") : tools.t("leadershipsCount", { count: tools.number(count) });
}

/** A mean or other value for display, or "no value". */
export function valueText(value: number | null, tools: ScoringTools, digits = 1): string {
  return value === null ? tools.t("noValue") : tools.number(value, { maximumFractionDigits: digits });
}
