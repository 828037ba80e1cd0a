/**
 * Who checks in on what in the check-in stories, picked from whichever county the toolbar chose: a leadership on its
 * own local plan, the regional leadership on the regional plan, or a leadership that reports on the regional plan
 * and never checked in. Every pick reads the workspace, never a county's ids.
 */
import type { Workspace } from "@systemledning/core/workspace";

/** Whose check-in a story shows: a choice a person makes in the story's controls. */
export type CheckInCase = "local" | "regional" | "never";

/** The Swedish words of each {@link CheckInCase}, for the control. */
export const CHECK_IN_CASE_LABELS: Readonly<Record<CheckInCase, string>> = {
  local: "En lokal systemledning på sin egen plan",
  regional: "Den regionala systemledningen på den regionala planen",
  never: "En systemledning som aldrig stämt av",
};

/** What a county without a plan to check in on lacks, for its note ({@link NotInCountySample}'s `lacks`). */
export const LACKS_PLAN = { sv: "ingen handlingsplan att stämma av", en: "no action plan to check in on" } as const;

/** A plan, a leadership that checks in on it, and the plan's last day; `undefined` when the county has no such pair. */
export function checkInCase(
  workspace: Workspace,
  which: CheckInCase,
): { readonly planId: string; readonly leadershipId: string; readonly planEnds: string } | undefined {
  const regional = workspace.plans.find((plan) => plan.kind === "regional");
  const local = workspace.plans.find((plan) => plan.kind === "local");
  const plan = which === "local" ? local : regional;
  if (plan === undefined) return undefined;
  const reporting = plan.reportingLeadershipIds.length > 0 ? plan.reportingLeadershipIds : [plan.leadershipId];
  const leadershipId =
    which === "never"
      ? reporting.find((id) => !workspace.checkIns.some((c) => c.planId === plan.id && c.leadershipId === id))
      : plan.leadershipId;
  return leadershipId === undefined ? undefined : { planId: plan.id, leadershipId, planEnds: plan.period.to };
}
