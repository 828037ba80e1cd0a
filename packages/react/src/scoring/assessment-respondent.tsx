/**
 * Who answers the self-assessment: the form's fieldset for the leadership (a list of the round's
 * leaderships, or the one fixed by the host) and the grouping, and the respondent's name in words for the
 * review and the receipt.
 */
import type { Workspace } from "@systemledning/core/workspace";
import { useMemo } from "react";
import { classNames } from "../primitives/widget.js";
import type { AssessmentFormState } from "./use-assessment-form.js";
import type { ScoringTools } from "./messages.js";

/** The respondent in words: the leadership's name, and the grouping after a comma when there is one. */
export function respondentName(workspace: Workspace, leadershipId: string, grouping: string): string {
  const name = workspace.leaderships.find((l) => l.id === leadershipId)?.name ?? leadershipId;
  return grouping.trim() === "" ? name : `${name}, ${grouping.trim()}`;
}

/** Props of {@link RespondentFields}. */
export interface RespondentFieldsProps {
  readonly form: AssessmentFormState;
  readonly workspace: Workspace;
  readonly roundId: string;
  /** The leadership set by the host (or by the response corrected); without it the person chooses one. */
  readonly fixedLeadership: string | undefined;
  readonly tools: ScoringTools;
}

/** The leadership and grouping fields of a self-assessment round. */
export function RespondentFields({ form, workspace, roundId, fixedLeadership, tools }: RespondentFieldsProps) {
  const { t } = tools;
  const round = workspace.assessmentRounds.find((r) => r.id === roundId)!;
  const names = useMemo(() => new Map(workspace.leaderships.map((l) => [l.id, l.name])), [workspace]);
  const leadershipError = form.errorFor("leadership");
  const groupingError = form.errorFor("grouping");
  const leadershipId = `${roundId}-leadership`;
  const groupingId = `${roundId}-grouping`;
  return (
    <fieldset className="sl-fieldset sl-form-respondent">
      <legend className="sl-legend-title">{t("formRespondent")}</legend>
      {fixedLeadership === undefined ? (
        <div className={classNames("sl-field", leadershipError !== undefined && "sl-field-invalid")}>
          <label htmlFor={leadershipId}>{t("formLeadership")}</label>
          {leadershipError === undefined ? null : (
            <p id={`${leadershipId}-error`} className="sl-field-error">
              {leadershipError.message}
            </p>
          )}
          <select
            id={leadershipId}
            className="sl-select"
            value={form.values.leadershipId}
            aria-invalid={leadershipError === undefined ? undefined : true}
            aria-describedby={leadershipError === undefined ? undefined : `${leadershipId}-error`}
            onChange={(event) => form.setLeadership(event.target.value)}
          >
            <option value="">{t("formChooseLeadership")}</option>
            {round.leadershipIds.map((id) => (
              <option key={id} value={id}>
                {names.get(id) ?? id}
              </option>
            ))}
          </select>
        </div>
      ) : (
        <p className="sl-field">
          <span className="sl-field-label">{t("formLeadership")}</span>{" "}
          <strong className="sl-text">{names.get(fixedLeadership) ?? fixedLeadership}</strong>
        </p>
      )}
      <div className={classNames("sl-field", groupingError !== undefined && "sl-field-invalid")}>
        <label htmlFor={groupingId}>{t("formGrouping")}</label>
        <p id={`${groupingId}-hint`} className="sl-field-hint">
          {t("formGroupingHint")}
        </p>
        {groupingError === undefined ? null : (
          <p id={`${groupingId}-error`} className="sl-field-error">
            {groupingError.message}
          </p>
        )}
        <input
          id={groupingId}
          className="sl-input"
          type="text"
          autoComplete="off"
          value={form.values.grouping}
          aria-invalid={groupingError === undefined ? undefined : true}
          aria-describedby={classNames(`${groupingId}-hint`, groupingError !== undefined && `${groupingId}-error`)}
          onChange={(event) => form.setGrouping(event.target.value)}
        />
      </div>
    </fieldset>
  );
}
