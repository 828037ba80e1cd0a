/**
 * The meeting elements: the annual plan, one meeting's page (whose steps come out as `sl-change`) and the
 * compliance overview, each given the workspace and the attributes' ids and days.
 */
import { AnnualPlan, ComplianceOverview, MeetingPage } from "@systemledning/react";
import type { ElementRenderer } from "../element/render-context.js";

const text = (value: unknown): string => (typeof value === "string" ? value : "");

/** Renders `sl-annual-plan`; the year defaults to as-of's. */
export const renderAnnualPlan: ElementRenderer = ({ workspace, values, asOf, widget }) => (
  <AnnualPlan
    {...widget}
    workspace={workspace}
    forumId={text(values["forumId"])}
    year={typeof values["year"] === "number" ? values["year"] : Number(asOf.slice(0, 4))}
    asOf={asOf}
  />
);

/** Renders `sl-meeting-page`; each step's next workspace is `sl-change`, with the command and meeting id. */
export const renderMeetingPage: ElementRenderer = ({ workspace, values, asOf, widget, emitChange }) => (
  <MeetingPage
    {...widget}
    workspace={workspace}
    meetingId={text(values["meetingId"])}
    asOf={asOf}
    onWorkspaceChange={(next, context) => emitChange(next, { ...context })}
  />
);

/** Renders `sl-compliance-overview`; the period defaults to as-of's calendar year. */
export const renderComplianceOverview: ElementRenderer = ({ workspace, values, asOf, widget }) => {
  const forumIds = values["forumIds"];
  const year = asOf.slice(0, 4);
  return (
    <ComplianceOverview
      {...widget}
      workspace={workspace}
      forumIds={Array.isArray(forumIds) && forumIds.length > 0 ? forumIds : undefined}
      from={text(values["from"]) || `${year}-01-01`}
      to={text(values["to"]) || `${year}-12-31`}
      asOf={asOf}
    />
  );
};
