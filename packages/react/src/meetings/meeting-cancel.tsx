/**
 * Cancelling a meeting: a disclosure button that opens a small form asking why (a reason is required, and
 * it has a longest length), with the core's `cancelMeeting` behind it. The lifecycle offers it only while the
 * meeting is planned or its notice sent; a cancellation cannot be undone.
 */
import { cancelMeeting, type Meeting } from "@systemledning/core/meetings";
import { useId, useState } from "react";
import { classNames } from "../primitives/widget.js";
import { ErrorSummary } from "./feedback.js";
import type { MeetingPageState } from "./use-meeting-page.js";
import type { MeetingMessageKey, MeetingTools } from "./messages.js";

/** The longest cancellation reason the form accepts. */
const CANCEL_REASON_MAX = 2000;

/** Cancel with a reason: behind a disclosure button, as it is rare and cannot be undone. */
export function CancelForm({
  meeting,
  page,
  tools,
}: {
  readonly meeting: Meeting;
  readonly page: MeetingPageState;
  readonly tools: MeetingTools;
}) {
  const { t, number } = tools;
  const id = useId();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("");
  const [error, setError] = useState<MeetingMessageKey | null>(null);
  const [attempt, setAttempt] = useState(0);
  const fieldId = `${id}-reason`;
  const busy = page.pending === "cancelMeeting";

  const submit = () => {
    if (page.pending !== null) return;
    const problem: MeetingMessageKey | null =
      reason.trim() === ""
        ? "meetingsCancelReasonMissing"
        : reason.length > CANCEL_REASON_MAX
          ? "meetingsCancelReasonTooLong"
          : null;
    setError(problem);
    if (problem !== null) {
      setAttempt((n) => n + 1);
      return;
    }
    void page.execute({
      name: "cancelMeeting",
      section: "lifecycle",
      run: (ws, at) => cancelMeeting(ws, { meetingId: meeting.id, cancelledAt: at, reason: reason.trim() }),
      success: t("meetingsCancelDone"),
      focus: true,
    });
  };

  const message = error === null ? null : t(error, { max: number(CANCEL_REASON_MAX) });
  return (
    <div className="sl-meetings-cancel">
      <button
        type="button"
        className="sl-button sl-button-small"
        aria-expanded={open}
        aria-controls={`${id}-form`}
        onClick={() => setOpen((o) => !o)}
      >
        {t("meetingsCancelOpen")}
      </button>
      {open ? (
        <div id={`${id}-form`} className="sl-meetings-cancel-form">
          {message === null ? null : <ErrorSummary errors={[{ fieldId, message }]} attempt={attempt} />}
          <div className={classNames("sl-field", message !== null && "sl-field-invalid")}>
            <label htmlFor={fieldId}>{t("meetingsCancelReason")}</label>
            <p id={`${fieldId}-hint`} className="sl-field-hint">
              {t("meetingsCancelReasonHint")}
            </p>
            {message === null ? null : (
              <p id={`${fieldId}-error`} className="sl-field-error">
                {message}
              </p>
            )}
            <textarea
              id={fieldId}
              className="sl-textarea"
              rows={3}
              value={reason}
              aria-invalid={message === null ? undefined : true}
              aria-describedby={classNames(`${fieldId}-hint`, message !== null && `${fieldId}-error`)}
              onChange={(event) => setReason(event.currentTarget.value)}
            />
          </div>
          <div className="sl-form-actions">
            <button
              type="button"
              className="sl-button sl-button-danger"
              aria-disabled={page.pending !== null || undefined}
              onClick={submit}
            >
              {busy ? t("meetingsWorking") : t("meetingsCancelConfirm")}
            </button>
            <button type="button" className="sl-button" onClick={() => setOpen(false)}>
              {t("meetingsCancelKeep")}
            </button>
          </div>
        </div>
      ) : null}
    </div>
  );
}
