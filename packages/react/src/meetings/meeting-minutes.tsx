/**
 * Approved minutes, read from the decisions log (`getApprovedMinutes`), never from the working copy: the
 * attendance, each item's notes and the decisions as they stand after every correction. Nothing here is
 * edited; a correction is a new entry of the log (`correctLogEntry`) that names the entry it corrects and
 * says why, and the corrections are listed as such under the minutes.
 */
import { getApprovedMinutes, stockholmDateOf, type ApprovedMinutes, type Meeting } from "@systemledning/core/meetings";
import type { Workspace } from "@systemledning/core/workspace";
import { useId, useMemo, useState } from "react";
import { RefusalAlert, SuccessNote } from "./feedback.js";
import { KindLabel } from "./meeting-agenda.js";
import { ApprovedAttendance } from "./minutes-attendance.js";
import { CorrectionForm, type Correcting } from "./minutes-correction.js";
import { Content, DateText } from "./shared.js";
import type { MeetingPageState } from "./use-meeting-page.js";
import type { MeetingTools } from "./messages.js";

/** The approved minutes, or null when the log holds no approved notes of the meeting (a cut log). */
function minutesOf(workspace: Workspace, meetingId: string): ApprovedMinutes | null {
  try {
    return getApprovedMinutes(workspace, meetingId);
  } catch {
    return null;
  }
}

interface MinutesSectionProps {
  readonly workspace: Workspace;
  readonly meeting: Meeting;
  readonly page: MeetingPageState;
  readonly headingLevel: number;
  readonly contentLanguage: string;
  readonly tools: MeetingTools;
}

/** The approved minutes, read-only, with corrections as new log entries. */
export function MinutesSection({
  workspace,
  meeting,
  page,
  headingLevel,
  contentLanguage,
  tools,
}: MinutesSectionProps) {
  const { t, number } = tools;
  const headingId = useId();
  const Heading = `h${Math.min(6, headingLevel)}` as "h3";
  const Sub = `h${Math.min(6, headingLevel + 1)}` as "h4";
  const ItemHeading = `h${Math.min(6, headingLevel + 2)}` as "h5";
  const minutes = useMemo(() => minutesOf(workspace, meeting.id), [workspace, meeting.id]);
  const [correcting, setCorrecting] = useState<Correcting>(null);

  if (minutes === null) {
    return (
      <section className="sl-meetings-section" aria-labelledby={headingId}>
        <Heading id={headingId} className="sl-meetings-subtitle">
          {t("meetingsMinutesTitle")}
        </Heading>
        <p>
          <span className="sl-status" data-status="missing">
            {t("meetingsMinutesMissing")}
          </span>
        </p>
      </section>
    );
  }

  const itemTitle = new Map(minutes.items.map((item) => [item.itemId, item.title] as const));
  const entries = new Map(workspace.decisionLog.map((entry) => [entry.id, entry] as const));
  /** What a correction corrects, in words: the decision under an item, or the notes. */
  const subjectOf = (correctsId: string): string => {
    let entry = entries.get(correctsId);
    for (let guard = 0; entry?.kind === "correction" && guard < entries.size; guard++)
      entry = entries.get(entry.correctsId);
    if (entry?.kind === "decision")
      return t("meetingsCorrectionOfDecision", { item: itemTitle.get(entry.decision.itemId) ?? entry.decision.itemId });
    return t("meetingsCorrectionOfNotes");
  };

  return (
    <section className="sl-meetings-section sl-meetings-minutes" aria-labelledby={headingId}>
      <Heading id={headingId} className="sl-meetings-subtitle">
        {t("meetingsMinutesTitle")}
      </Heading>
      <p className="sl-meetings-readonly">
        <span className="sl-status" data-status="info">
          {t("meetingsMinutesApproved")} <DateText date={minutes.approvedOn} />
        </span>{" "}
        {t("meetingsMinutesReadOnly")}
      </p>

      <Sub className="sl-meetings-subtitle-small">{t("meetingsAttendanceApproved")}</Sub>
      <ApprovedAttendance attendance={minutes.attendance} contentLanguage={contentLanguage} tools={tools} />

      <Sub className="sl-meetings-subtitle-small">{t("meetingsAgendaTitle")}</Sub>
      <ol className="sl-meetings-items">
        {minutes.items.map((item, index) => {
          const decisions = minutes.decisions.filter((d) => d.itemId === item.itemId);
          return (
            <li key={item.itemId} className="sl-meetings-item" data-sl-kind={item.kind}>
              <ItemHeading className="sl-meetings-item-title">
                <span className="sl-meetings-item-number">{index + 1}.</span>{" "}
                <KindLabel kind={item.kind} tools={tools} />{" "}
                <Content lang={contentLanguage} className="sl-text">
                  {item.title}
                </Content>
              </ItemHeading>
              <p className="sl-meetings-label">{t("meetingsNotesLabel")}</p>
              {item.notes === "" ? (
                <p className="sl-meetings-empty">{t("meetingsNoNotes")}</p>
              ) : (
                <Content as="p" lang={contentLanguage} className="sl-meetings-notes-text sl-text">
                  {item.notes}
                </Content>
              )}
              {decisions.map((decision) => (
                <div key={decision.entryId} className="sl-meetings-decision">
                  <p className="sl-meetings-label">
                    {t("meetingsDecisionLabel")}{" "}
                    {decision.correctedBy.length === 0 ? null : (
                      <span className="sl-status" data-status="info">
                        {t("meetingsCorrected")}
                      </span>
                    )}
                  </p>
                  <Content as="p" lang={contentLanguage} className="sl-text">
                    {decision.text}
                  </Content>
                  <p className="sl-meetings-dnr-text">
                    {t("meetingsDecidedOn")} <DateText date={decision.decidedOn} />
                    {decision.diarienummer === undefined ? null : (
                      <> · {t("meetingsDiarienummer", { number: decision.diarienummer })}</>
                    )}
                  </p>
                  {correcting === null ? (
                    <button
                      type="button"
                      className="sl-button sl-button-small"
                      onClick={() => setCorrecting({ kind: "decision", decision })}
                    >
                      {t("meetingsCorrectDecision")}
                      <span className="sl-visually-hidden">: {item.title}</span>
                    </button>
                  ) : null}
                </div>
              ))}
            </li>
          );
        })}
      </ol>
      {correcting === null ? (
        <div className="sl-form-actions">
          <button type="button" className="sl-button sl-button-small" onClick={() => setCorrecting({ kind: "notes" })}>
            {t("meetingsCorrectNotes")}
          </button>
        </div>
      ) : (
        <CorrectionForm
          key={correcting.kind === "notes" ? "notes" : correcting.decision.entryId}
          correcting={correcting}
          workspace={workspace}
          meeting={meeting}
          minutes={minutes}
          page={page}
          onClose={() => setCorrecting(null)}
          headingLevel={headingLevel + 1}
          contentLanguage={contentLanguage}
          tools={tools}
        />
      )}
      {page.refusal?.section === "corrections" && correcting === null ? (
        <RefusalAlert issues={page.refusal.issues} onDismiss={page.dismissRefusal} />
      ) : null}
      {page.success?.section === "corrections" ? <SuccessNote success={page.success} /> : null}

      <Sub className="sl-meetings-subtitle-small">{t("meetingsCorrectionsTitle")}</Sub>
      {minutes.corrections.length === 0 ? (
        <p className="sl-meetings-empty">{t("meetingsCorrectionsNone")}</p>
      ) : (
        <ol className="sl-meetings-corrections">
          {minutes.corrections.map((correction) => (
            <li key={correction.entryId}>
              <p className="sl-meetings-correction-head">
                <span className="sl-status" data-status="info">
                  {t("meetingsCorrectionEntry", { entry: correction.entryId, corrects: correction.correctsId })}
                </span>{" "}
                <DateText date={stockholmDateOf(correction.recordedAt)} />
              </p>
              <p>{subjectOf(correction.correctsId)}</p>
              <p>
                {t("meetingsCorrectionReason")}{" "}
                <Content lang={contentLanguage} className="sl-text">
                  {correction.reason}
                </Content>
              </p>
            </li>
          ))}
        </ol>
      )}
      <p className="sl-meetings-hint">{t("meetingsCorrectionsCount", { count: number(minutes.corrections.length) })}</p>
    </section>
  );
}
