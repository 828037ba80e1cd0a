import type { Workspace } from "@systemledning/core/workspace";
import type { RefObject } from "react";
import { useI18n } from "../i18n.js";
import type { SaveChange } from "../store.js";
import { CheckInSection } from "./follow-up/CheckInSection.js";
import { ComparisonSection } from "./follow-up/ComparisonSection.js";
import { IndicatorsSection } from "./follow-up/IndicatorsSection.js";
import { KoladaSection } from "./follow-up/KoladaSection.js";
import { PlanSection } from "./follow-up/PlanSection.js";

/** Props of {@link FollowUpView} and of each of its sections (`views/follow-up/`). */
export interface FollowUpViewProps {
  readonly workspace: Workspace;
  readonly asOf: string;
  /** Save a change of the plan, a check-in or fetched values through `updateWorkspace`. */
  readonly onChange?: SaveChange | undefined;
  /** The page's heading, focused after navigating here. */
  readonly headingRef?: RefObject<HTMLHeadingElement | null>;
}

/**
 * *Handlingsplan och uppföljning*: the action plan from focus area to activity, the indicators against the county
 * and the country, and the check-ins. Each part is a section of its own in `views/follow-up/`.
 */
export function FollowUpView(props: FollowUpViewProps) {
  const { headingRef } = props;
  const { t } = useI18n();
  return (
    <>
      <h2 ref={headingRef} tabIndex={-1}>
        {t("followUpHeading")}
      </h2>
      <p className="dash-lead">{t("followUpLead")}</p>
      {/* Sections: one line each, from views/follow-up/, each given all the view's props. */}
      <div className="dash-stack">
        <PlanSection {...props} />
        <KoladaSection {...props} />
        <IndicatorsSection {...props} />
        <ComparisonSection {...props} />
        <CheckInSection {...props} />
      </div>
    </>
  );
}
