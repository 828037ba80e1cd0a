import { ActionPlan } from "@systemledning/react";
import { useId, useState } from "react";
import { useI18n } from "../../i18n.js";
import { defaultPlan } from "../defaults.js";
import type { FollowUpViewProps } from "../FollowUpView.js";

/**
 * *Handlingsplan*: the kit's `ActionPlan` on the regional leadership's plan (`defaultPlan`, or the plan chosen in the
 * picker, when the workspace has several), from focus area to goal to activity, saving each change into the dashboard's store.
 */
export function PlanSection({ workspace, asOf, onChange }: FollowUpViewProps) {
  const { t } = useI18n();
  const headingId = useId();
  const pickerId = useId();
  const [chosen, setChosen] = useState<string>(() => defaultPlan(workspace) ?? "");
  const planId = workspace.plans.some((p) => p.id === chosen) ? chosen : workspace.plans[0]?.id;
  return (
    <section className="dash-section" aria-labelledby={headingId}>
      <h3 id={headingId}>{t("followUpPlanHeading")}</h3>
      {workspace.plans.length > 1 ? (
        <p className="dash-field">
          <label htmlFor={pickerId}>{t("followUpPlanPicker")}</label>{" "}
          <select
            id={pickerId}
            className="sl-select dash-select"
            value={planId}
            onChange={(event) => setChosen(event.target.value)}
          >
            {workspace.plans.map((plan) => (
              <option key={plan.id} value={plan.id}>
                {plan.title}
              </option>
            ))}
          </select>
        </p>
      ) : null}
      <ActionPlan
        workspace={workspace}
        planId={planId}
        asOf={asOf}
        headingLevel={4}
        {...(onChange === undefined ? {} : { onChange })}
      />
    </section>
  );
}
