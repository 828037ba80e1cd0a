import { getReportingLeadershipIds, type Plan } from "@systemledning/core/plan";
import { CheckInForm, CheckInHistory } from "@systemledning/react";
import { useId, useState } from "react";
import { useI18n } from "../../i18n.js";
import { defaultCheckInLeadership } from "../defaults.js";
import type { FollowUpViewProps } from "../FollowUpView.js";

/** The plan a leadership checks in on here: its own adopted plan, else the first it reports on. */
function planOf(plans: readonly Plan[], leadershipId: string): Plan | undefined {
  return (
    plans.find((p) => p.leadershipId === leadershipId && p.status !== "draft") ??
    plans.find((p) => p.status !== "draft" && getReportingLeadershipIds(p).includes(leadershipId))
  );
}

/**
 * *Avstämningar*: a leadership (chosen in the picker) records a check-in on its plan with the kit's `CheckInForm`,
 * saving into the dashboard's store, and sees its earlier and missing check-ins in `CheckInHistory`.
 */
export function CheckInSection({ workspace, asOf, onChange }: FollowUpViewProps) {
  const { t } = useI18n();
  const id = useId();
  const reporting = workspace.leaderships.filter((l) => planOf(workspace.plans, l.id) !== undefined);
  const [picked, setPicked] = useState(() => defaultCheckInLeadership(reporting, workspace.plans) ?? "");
  const chosen = reporting.find((l) => l.id === picked) ?? reporting[0];
  const plan = chosen === undefined ? undefined : planOf(workspace.plans, chosen.id);

  return (
    <section aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t("checkInHeading")}</h3>
      <p className="dash-lead">{t("checkInLead")}</p>
      {chosen === undefined || plan === undefined ? (
        <p>{t("checkInNoPlans")}</p>
      ) : (
        <>
          <p className="dash-field">
            <label htmlFor={`${id}-leadership`}>{t("checkInLeadershipLabel")}</label>{" "}
            <select
              id={`${id}-leadership`}
              className="sl-select dash-select"
              value={chosen.id}
              onChange={(event) => setPicked(event.target.value)}
            >
              {reporting.map((leadership) => (
                <option key={leadership.id} value={leadership.id}>
                  {leadership.name}
                </option>
              ))}
            </select>
          </p>
          <div className="dash-stack">
            <CheckInForm
              workspace={workspace}
              planId={plan.id}
              leadershipId={chosen.id}
              asOf={asOf}
              headingLevel={4}
              onChange={(change) => (onChange === undefined ? undefined : onChange(change))}
            />
            <CheckInHistory workspace={workspace} leadershipId={chosen.id} asOf={asOf} headingLevel={4} />
          </div>
        </>
      )}
    </section>
  );
}
