/**
 * The scoring elements: each derives its component's input from the workspace with the core's functions,
 * as the stories' fixtures do (aggregateRound for a round, getAssessmentTrend for an instrument), and the
 * form's response goes through the core's command, which validates it against the round.
 */
import {
  aggregateRound,
  getAssessmentTrend,
  replaceAssessmentResponse,
  submitAssessmentResponse,
} from "@systemledning/core/assessment";
import {
  AssessmentForm,
  DistributionChart,
  LeadershipComparison,
  RoundOverview,
  TrendChart,
} from "@systemledning/react";
import type { ElementRenderer } from "../element/render-context.js";

const text = (value: unknown): string => (typeof value === "string" ? value : "");

/** Renders `sl-distribution-chart`. */
export const renderDistributionChart: ElementRenderer = ({ workspace, values, widget }) => (
  <DistributionChart
    {...widget}
    result={aggregateRound(workspace, text(values["roundId"]))}
    goals={workspace.profile.goals}
  />
);

/** Renders `sl-round-overview`. */
export const renderRoundOverview: ElementRenderer = ({ workspace, values, widget }) => (
  <RoundOverview
    {...widget}
    result={aggregateRound(workspace, text(values["roundId"]))}
    goals={workspace.profile.goals}
  />
);

/** Renders `sl-trend-chart`: the newest version of the instrument gives the statements' texts. */
export const renderTrendChart: ElementRenderer = ({ workspace, values, widget }) => {
  const instrumentId = text(values["instrumentId"]);
  const versions = (workspace.profile.assessment?.instruments ?? []).filter((item) => item.id === instrumentId);
  const newest = versions.reduce<(typeof versions)[number] | undefined>(
    (best, item) => (best === undefined || item.version > best.version ? item : best),
    undefined,
  );
  return (
    <TrendChart
      {...widget}
      trend={getAssessmentTrend(workspace, instrumentId)}
      instrument={newest}
      goals={workspace.profile.goals}
    />
  );
};

/** Renders `sl-leadership-comparison`; the list inside sets `leadership-id`. */
export const renderLeadershipComparison: ElementRenderer = ({ workspace, values, widget, setAttribute }) => {
  const result = aggregateRound(workspace, text(values["roundId"]));
  const chosen = text(values["leadershipId"]);
  const leadershipId =
    chosen !== ""
      ? chosen
      : (result.leaderships.find((l) => l.responded)?.leadershipId ?? result.leaderships[0]?.leadershipId ?? "");
  return (
    <LeadershipComparison
      {...widget}
      result={result}
      goals={workspace.profile.goals}
      leadershipId={leadershipId}
      onLeadershipChange={(id) => setAttribute("leadership-id", id)}
    />
  );
};

/** Renders `sl-assessment-form`; a sent form becomes `sl-change` with the workspace including the response. */
export const renderAssessmentForm: ElementRenderer = ({ workspace, values, widget, emitChange, reportIssues }) => {
  const leadershipId = text(values["leadershipId"]);
  return (
    <AssessmentForm
      {...widget}
      workspace={workspace}
      roundId={text(values["roundId"])}
      leadershipId={leadershipId === "" ? undefined : leadershipId}
      onSubmit={(response, { replaces }) => {
        const result =
          replaces === null
            ? submitAssessmentResponse(workspace, response)
            : replaceAssessmentResponse(workspace, response);
        if (result.ok) emitChange(result.value, { response });
        else reportIssues(result.error.issues);
      }}
    />
  );
};
