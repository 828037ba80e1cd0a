/**
 * Where a meeting is in its life (planned → notice sent → held → notes in review → approved, or cancelled)
 * as numbered steps, and the one next step as a form: record the notice, mark the meeting held (and how),
 * send the notes for review, approve them (asynchronous: the log is hashed; progress is shown and a second
 * press does nothing), or cancel with a reason. Each goes through the core's command.
 */
import {
  approveMeetingNotes,
  getMeetingRules,
  markMeetingHeld,
  sendMeetingNotice,
  sendNotesForReview,
  stockholmDateOf,
  type Meeting,
  type MeetingCompliance,
  type MeetingMode,
  type MeetingStatus,
} from "@systemledning/core/meetings";
import type { Workspace } from "@systemledning/core/workspace";
import { useId, useState, type ReactNode } from "react";
import { useAnnounce } from "../primitives/live-region.js";
import { classNames } from "../primitives/widget.js";
import { RefusalAlert, SuccessNote } from "./feedback.js";
import { CancelForm } from "./meeting-cancel.js";
import { Content, DateText, MEETING_MODE_KEYS, MEETING_STATUS_KEYS } from "./shared.js";
import type { MeetingPageState } from "./use-meeting-page.js";
import type { MeetingTools } from "./messages.js";

const STEPS: readonly Exclude<MeetingStatus, "cancelled">[] = [
  "planned",
  "notice-sent",
  "held",
  "notes-in-review",
  "approved",
];

/** When each step was reached, as far as the meeting says. */
function stepDate(meeting: Meeting, step: Exclude<MeetingStatus, "cancelled">): string | undefined {
  switch (step) {
    case "notice-sent":
      return meeting.noticeSentAt;
    case "held":
      return meeting.start;
    case "notes-in-review":
      return meeting.notesSentAt;
    case "approved":
      return meeting.approvedAt;
    default:
      return undefined;
  }
}

/** The lifecycle as numbered steps: done, current (`aria-current="step"`) and to come. */
export function LifecycleSteps({ meeting, tools }: { readonly meeting: Meeting; readonly tools: MeetingTools }) {
  const { t } = tools;
  const at = STEPS.indexOf(meeting.status as Exclude<MeetingStatus, "cancelled">);
  return (
    <ol className="sl-meetings-steps" aria-label={t("meetingsStepsLabel")}>
      {STEPS.map((step, index) => {
        // The last step reached is current; an approved meeting has every step behind it.
        const state =
          index < at || (index === at && meeting.status === "approved")
            ? "done"
            : index === at
              ? "current"
              : "upcoming";
        const date = index <= at ? stepDate(meeting, step) : undefined;
        return (
          <li
            key={step}
            className="sl-meetings-step"
            data-sl-step={state}
            aria-current={index === at ? "step" : undefined}
          >
            <span className="sl-meetings-step-marker" aria-hidden="true">
              {index + 1}
            </span>
            <span className="sl-meetings-step-text">
              <span className="sl-visually-hidden">
                {t(
                  state === "done"
                    ? "meetingsStepDone"
                    : state === "current"
                      ? "meetingsStepCurrent"
                      : "meetingsStepUpcoming",
                )}{" "}
              </span>
              {t(MEETING_STATUS_KEYS[step])}
              {date === undefined ? null : (
                <span className="sl-meetings-step-date">
                  <DateText date={stockholmDateOf(date)} />
                </span>
              )}
            </span>
          </li>
        );
      })}
    </ol>
  );
}

interface LifecycleSectionProps {
  readonly workspace: Workspace;
  readonly meeting: Meeting;
  readonly compliance: MeetingCompliance;
  readonly page: MeetingPageState;
  readonly headingLevel: number;
  readonly contentLanguage: string;
  readonly tools: MeetingTools;
}

/** The next step of the meeting's life, as a small form with the core's command behind it. */
export function LifecycleSection({
  workspace,
  meeting,
  compliance,
  page,
  headingLevel,
  contentLanguage,
  tools,
}: LifecycleSectionProps) {
  const { t } = tools;
  const announce = useAnnounce();
  const headingId = useId();
  const Heading = `h${Math.min(6, headingLevel)}` as "h3";
  const { deadlines } = compliance;
  const { allowedModes } = getMeetingRules(workspace.profile, meeting.forumId).rules;
  const [mode, setMode] = useState<MeetingMode>(meeting.mode);
  const dirty = page.attendanceDirty || page.agendaDirty;
  const pending = page.pending;
  const id = meeting.id;

  const primary = (label: string, pendingLabel: string, onPress: () => void, name: NonNullable<typeof pending>) => {
    const busy = pending === name;
    return (
      <button
        type="button"
        className="sl-button sl-button-primary"
        aria-disabled={pending !== null || undefined}
        data-sl-busy={busy ? "" : undefined}
        onClick={() => (pending === null ? onPress() : undefined)}
      >
        {busy ? pendingLabel : label}
      </button>
    );
  };

  let body: ReactNode = null;
  switch (meeting.status) {
    case "planned":
      body = (
        <>
          <p>
            {t("meetingsNextNotice")} <DateText date={deadlines.noticeDeadline} />.
          </p>
          <div className="sl-form-actions">
            {primary(
              t("meetingsSendNotice"),
              t("meetingsWorking"),
              () =>
                void page.execute({
                  name: "sendMeetingNotice",
                  section: "lifecycle",
                  run: (ws, at) => sendMeetingNotice(ws, { meetingId: id, sentAt: at }),
                  success: t("meetingsNoticeDone"),
                  focus: true,
                }),
              "sendMeetingNotice",
            )}
          </div>
        </>
      );
      break;
    case "notice-sent":
      body = (
        <>
          <p>{t("meetingsNextHeld")}</p>
          <fieldset className="sl-fieldset sl-meetings-mode">
            <legend className="sl-legend-title">{t("meetingsModeQuestion")}</legend>
            <div className="sl-radios">
              {allowedModes.map((option) => (
                <div key={option} className="sl-radio">
                  <input
                    id={`${headingId}-${option}`}
                    type="radio"
                    name={`${headingId}-mode`}
                    value={option}
                    checked={mode === option}
                    onChange={() => setMode(option)}
                  />
                  <label htmlFor={`${headingId}-${option}`}>{t(MEETING_MODE_KEYS[option])}</label>
                </div>
              ))}
            </div>
          </fieldset>
          {dirty ? <p className="sl-meetings-dirty">{t("meetingsSavedFirst")}</p> : null}
          <div className="sl-form-actions">
            {primary(
              t("meetingsMarkHeld"),
              t("meetingsWorking"),
              () =>
                void page.execute({
                  name: "markMeetingHeld",
                  section: "lifecycle",
                  run: (ws) => markMeetingHeld(ws, { meetingId: id, mode }),
                  success: t("meetingsHeldDone"),
                  saveFirst: true,
                  focus: true,
                }),
              "markMeetingHeld",
            )}
          </div>
        </>
      );
      break;
    case "held":
      body = (
        <>
          <p>
            {t("meetingsNextNotes")} <DateText date={deadlines.notesDue} />.
          </p>
          {dirty ? <p className="sl-meetings-dirty">{t("meetingsSavedFirst")}</p> : null}
          <div className="sl-form-actions">
            {primary(
              t("meetingsSendNotes"),
              t("meetingsWorking"),
              () =>
                void page.execute({
                  name: "sendNotesForReview",
                  section: "lifecycle",
                  run: (ws, at) => sendNotesForReview(ws, { meetingId: id, sentAt: at }),
                  success: t("meetingsNotesSentDone"),
                  saveFirst: true,
                  focus: true,
                }),
              "sendNotesForReview",
            )}
          </div>
        </>
      );
      break;
    case "notes-in-review":
      body = (
        <>
          <p>
            {t("meetingsNextApprove")} <DateText date={deadlines.approvalDue} />. {t("meetingsApproveHint")}
          </p>
          {dirty ? <p className="sl-meetings-dirty">{t("meetingsSavedFirst")}</p> : null}
          <div className="sl-form-actions">
            {primary(
              t("meetingsApprove"),
              t("meetingsApproving"),
              () => {
                announce(t("meetingsApproving"));
                void page.execute({
                  name: "approveMeetingNotes",
                  section: "lifecycle",
                  run: (ws, at) => approveMeetingNotes(ws, { meetingId: id, approvedAt: at }),
                  success: t("meetingsApprovedDone"),
                  saveFirst: true,
                  focus: true,
                });
              },
              "approveMeetingNotes",
            )}
          </div>
          {pending === "approveMeetingNotes" ? (
            <p className="sl-meetings-progress" aria-hidden="true">
              {t("meetingsApprovingHint")}
            </p>
          ) : null}
        </>
      );
      break;
    case "approved":
      body =
        meeting.approvedAt === undefined ? null : (
          <p>
            {t("meetingsApprovedOn")} <DateText date={stockholmDateOf(meeting.approvedAt)} />.{" "}
            {t("meetingsApprovedHint")}
          </p>
        );
      break;
    case "cancelled":
      body = (
        <p>
          {t("meetingsCancelledOn")}{" "}
          {meeting.cancelledAt === undefined ? null : <DateText date={stockholmDateOf(meeting.cancelledAt)} />}.{" "}
          {meeting.cancellationReason === undefined ? null : (
            <>
              {t("meetingsCancelledBecause")}{" "}
              <Content lang={contentLanguage} className="sl-text">
                {meeting.cancellationReason}
              </Content>
            </>
          )}
        </p>
      );
      break;
  }

  return (
    <section
      className={classNames("sl-meetings-section", "sl-meetings-lifecycle")}
      aria-labelledby={headingId}
      data-sl-status={meeting.status}
    >
      <Heading id={headingId} className="sl-meetings-subtitle">
        {t(
          meeting.status === "approved" || meeting.status === "cancelled"
            ? "meetingsLifecycleDone"
            : "meetingsLifecycleNext",
        )}
      </Heading>
      {page.success?.section === "lifecycle" ? <SuccessNote success={page.success} /> : null}
      {page.refusal?.section === "lifecycle" ? (
        <RefusalAlert issues={page.refusal.issues} onDismiss={page.dismissRefusal} />
      ) : null}
      {body}
      {meeting.status === "planned" || meeting.status === "notice-sent" ? (
        <CancelForm meeting={meeting} page={page} tools={tools} />
      ) : null}
    </section>
  );
}
