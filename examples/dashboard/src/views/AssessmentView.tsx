import { aggregateRound, getAssessmentTrend } from "@systemledning/core/assessment";
import type { Workspace } from "@systemledning/core/workspace";
import {
  AssessmentForm,
  DistributionChart,
  LeadershipComparison,
  RoundOverview,
  TrendChart,
} from "@systemledning/react";
import { useId, useMemo, useState } from "react";
import { useI18n } from "../i18n.js";
import type { SaveChange } from "../store.js";

/** Props of {@link AssessmentView}. */
export interface AssessmentViewProps {
  readonly workspace: Workspace;
  /** Save the form's validated response (the core's command that adds it) through `updateWorkspace`. */
  readonly onChange?: SaveChange | undefined;
}

/**
 * The self-assessment as the annual report's Bilaga 1 shows it, on the workspace's latest round: the
 * overview of every delmål, the distribution per delmål with the free texts, one leadership against the
 * county, the trend over the rounds that may be compared, and the form a leadership answers in.
 */
export function AssessmentView({ workspace, onChange }: AssessmentViewProps) {
  const { locale, t } = useI18n();
  const selectId = useId();
  const rounds = useMemo(
    () =>
      workspace.assessmentRounds
        .filter((round) => round.kind === "self-assessment")
        .sort((a, b) => (a.period.from < b.period.from ? 1 : -1)),
    [workspace],
  );
  const [roundId, setRoundId] = useState(rounds[0]?.id ?? "");
  const round = rounds.find((r) => r.id === roundId) ?? rounds[0];
  const result = useMemo(
    () => (round === undefined ? undefined : aggregateRound(workspace, round.id)),
    [workspace, round],
  );
  const trend = useMemo(
    () => (round === undefined ? undefined : getAssessmentTrend(workspace, round.instrumentId)),
    [workspace, round],
  );
  const instrument = workspace.profile.assessment?.instruments.find(
    (i) => i.id === round?.instrumentId && i.version === round?.instrumentVersion,
  );
  const responding = result?.leaderships.filter((l) => l.responded) ?? [];
  const [leadershipId, setLeadershipId] = useState(responding[0]?.leadershipId ?? "");

  if (round === undefined || result === undefined || trend === undefined)
    return (
      <>
        <h2>{t("assessmentHeading")}</h2>
        <p>{t("assessmentNoRound")}</p>
      </>
    );
  const goals = workspace.profile.goals;
  const shownLeadership = responding.some((l) => l.leadershipId === leadershipId)
    ? leadershipId
    : (responding[0]?.leadershipId ?? "");

  return (
    <>
      <h2>{t("assessmentHeading")}</h2>
      <p className="dash-lead">{t("assessmentLead")}</p>
      <p className="dash-field">
        <label htmlFor={selectId}>{t("assessmentRoundLabel")}</label>{" "}
        <select
          id={selectId}
          className="sl-select dash-select"
          value={round.id}
          onChange={(event) => setRoundId(event.target.value)}
        >
          {rounds.map((r) => (
            <option key={r.id} value={r.id}>
              {r.title}
            </option>
          ))}
        </select>
      </p>
      <div className="dash-stack">
        <RoundOverview result={result} goals={goals} locale={locale} />
        <DistributionChart result={result} goals={goals} locale={locale} showCoverage={false} />
        {shownLeadership === "" ? null : (
          <LeadershipComparison
            result={result}
            leadershipId={shownLeadership}
            onLeadershipChange={setLeadershipId}
            goals={goals}
            locale={locale}
          />
        )}
        <TrendChart trend={trend} instrument={instrument} goals={goals} locale={locale} />
        <section className="dash-section dash-form-section" aria-labelledby="assessment-form-heading">
          <h3 id="assessment-form-heading">{t("assessmentFormHeading")}</h3>
          <p className="dash-muted">{t("assessmentFormLead")}</p>
          <AssessmentForm
            key={round.id}
            workspace={workspace}
            roundId={round.id}
            onChange={onChange}
            locale={locale}
            headingLevel={4}
          />
        </section>
      </div>
    </>
  );
}
