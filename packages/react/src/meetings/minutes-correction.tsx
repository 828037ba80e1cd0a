/**
 * The correction of approved minutes: the form that says why and gives the corrected decision (with its
 * diarienummer) or the corrected notes, saved through `correctLogEntry` as a new entry of the decisions log
 * that names the entry it corrects. The approved entry itself is never edited.
 */
import {
  correctLogEntry,
  type ApprovedMinutes,
  type CurrentDecision,
  type DecisionRecord,
  type Meeting,
} from "@systemledning/core/meetings";
import type { Workspace } from "@systemledning/core/workspace";
import { useId, useState, type ReactNode } from "react";
import { classNames } from "../primitives/widget.js";
import { ErrorSummary, RefusalAlert, type FieldError } from "./feedback.js";
import { latestNotesEntry } from "./meeting-model.js";
import type { MeetingPageState } from "./use-meeting-page.js";
import type { MeetingTools } from "./messages.js";

/** What is being corrected: a decision as it stands, the notes, or nothing (null). */
export type Correcting =
  { readonly kind: "decision"; readonly decision: CurrentDecision } | { readonly kind: "notes" } | null;

/** Props of {@link CorrectionForm}. */
export interface CorrectionFormProps {
  readonly correcting: NonNullable<Correcting>;
  readonly workspace: Workspace;
  readonly meeting: Meeting;
  readonly minutes: ApprovedMinutes;
  readonly page: MeetingPageState;
  readonly onClose: () => void;
  readonly headingLevel: number;
  readonly contentLanguage: string;
  readonly tools: MeetingTools;
}

/** A correction of a decision or of the notes: why, and the corrected content, saved as a new log entry. */
export function CorrectionForm({
  correcting,
  workspace,
  meeting,
  minutes,
  page,
  onClose,
  headingLevel,
  tools,
}: CorrectionFormProps) {
  const { t } = tools;
  const id = useId();
  const Heading = `h${Math.min(6, headingLevel)}` as "h4";
  const decision = correcting.kind === "decision" ? correcting.decision : null;
  const [reason, setReason] = useState("");
  const [text, setText] = useState(decision?.text ?? "");
  const [diarienummer, setDiarienummer] = useState(decision?.diarienummer ?? "");
  const [notes, setNotes] = useState<Readonly<Record<string, string>>>(() =>
    Object.fromEntries(minutes.items.map((item) => [item.itemId, item.notes])),
  );
  const [errors, setErrors] = useState<readonly FieldError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const busy = page.pending === "correctLogEntry";
  const errorFor = (fieldId: string) => errors.find((e) => e.fieldId === fieldId)?.message;

  const submit = () => {
    if (page.pending !== null) return;
    const found: FieldError[] = [];
    if (reason.trim() === "") found.push({ fieldId: `${id}-reason`, message: t("meetingsCorrectionReasonMissing") });
    if (decision !== null && text.trim() === "")
      found.push({ fieldId: `${id}-text`, message: t("meetingsCorrectionTextMissing") });
    setErrors(found);
    if (found.length > 0) {
      setAttempt((n) => n + 1);
      return;
    }
    const recorded = latestNotesEntry(workspace.decisionLog, meeting.id);
    void (async () => {
      const ok = await page.execute({
        name: "correctLogEntry",
        section: "corrections",
        success: t("meetingsCorrectionDone"),
        focus: true,
        run: (ws, at) => {
          if (decision !== null) {
            const record: DecisionRecord = {
              itemId: decision.itemId,
              text,
              decidedOn: decision.decidedOn,
              activityIds: [...decision.activityIds],
            };
            if (diarienummer.trim() !== "") record.diarienummer = diarienummer.trim();
            return correctLogEntry(ws, {
              correctsId: decision.correctedBy.at(-1) ?? decision.entryId,
              reason: reason.trim(),
              recordedAt: at,
              decision: record,
            });
          }
          const base = recorded?.notes ?? { approvedOn: minutes.approvedOn, items: [], attendance: [] };
          const corrected = {
            ...base,
            items: base.items.map((item) => ({ ...item, notes: notes[item.itemId] ?? item.notes })),
          };
          return correctLogEntry(ws, {
            correctsId: recorded?.id ?? minutes.notesEntryId,
            reason: reason.trim(),
            recordedAt: at,
            notes: corrected,
          });
        },
      });
      if (ok) onClose();
    })();
  };

  const field = (
    fieldId: string,
    label: string,
    control: (describedBy: string | undefined, invalid: boolean) => ReactNode,
    hint?: string,
  ) => {
    const message = errorFor(fieldId);
    const describedBy =
      classNames(hint !== undefined && `${fieldId}-hint`, message !== undefined && `${fieldId}-error`) || undefined;
    return (
      <div key={fieldId} className={classNames("sl-field", message !== undefined && "sl-field-invalid")}>
        <label htmlFor={fieldId}>{label}</label>
        {hint === undefined ? null : (
          <p id={`${fieldId}-hint`} className="sl-field-hint">
            {hint}
          </p>
        )}
        {message === undefined ? null : (
          <p id={`${fieldId}-error`} className="sl-field-error">
            {message}
          </p>
        )}
        {control(describedBy, message !== undefined)}
      </div>
    );
  };

  return (
    <div className="sl-meetings-correction-form" role="group" aria-labelledby={`${id}-title`}>
      <Heading id={`${id}-title`} className="sl-meetings-subtitle-small">
        {decision === null ? t("meetingsCorrectNotes") : t("meetingsCorrectDecision")}
      </Heading>
      <p className="sl-meetings-hint">{t("meetingsCorrectionHint")}</p>
      <ErrorSummary errors={errors} attempt={attempt} />
      {field(
        `${id}-reason`,
        t("meetingsCorrectionReasonLabel"),
        (describedBy, invalid) => (
          <textarea
            id={`${id}-reason`}
            className="sl-textarea"
            rows={2}
            value={reason}
            aria-invalid={invalid || undefined}
            aria-describedby={describedBy}
            onChange={(event) => setReason(event.currentTarget.value)}
          />
        ),
        t("meetingsCorrectionReasonHint"),
      )}
      {decision !== null ? (
        <>
          {field(`${id}-text`, t("meetingsDecisionLabel"), (describedBy, invalid) => (
            <textarea
              id={`${id}-text`}
              className="sl-textarea"
              rows={3}
              value={text}
              aria-invalid={invalid || undefined}
              aria-describedby={describedBy}
              onChange={(event) => setText(event.currentTarget.value)}
            />
          ))}
          {field(`${id}-dnr`, t("meetingsDiarienummerLabel"), (describedBy) => (
            <input
              id={`${id}-dnr`}
              className="sl-input sl-meetings-dnr"
              type="text"
              autoComplete="off"
              value={diarienummer}
              aria-describedby={describedBy}
              onChange={(event) => setDiarienummer(event.currentTarget.value)}
            />
          ))}
        </>
      ) : (
        minutes.items.map((item, index) =>
          field(
            `${id}-notes-${index}`,
            t("meetingsCorrectionNotesFor", { number: index + 1, item: item.title }),
            (describedBy) => (
              <textarea
                id={`${id}-notes-${index}`}
                className="sl-textarea"
                rows={3}
                value={notes[item.itemId] ?? ""}
                aria-describedby={describedBy}
                onChange={(event) => {
                  const value = event.currentTarget.value;
                  setNotes((previous) => ({ ...previous, [item.itemId]: value }));
                }}
              />
            ),
          ),
        )
      )}
      {page.refusal?.section === "corrections" ? (
        <RefusalAlert issues={page.refusal.issues} onDismiss={page.dismissRefusal} />
      ) : null}
      <div className="sl-form-actions">
        <button
          type="button"
          className="sl-button sl-button-primary"
          aria-disabled={page.pending !== null || undefined}
          onClick={submit}
        >
          {busy ? t("meetingsCorrectionSaving") : t("meetingsCorrectionSave")}
        </button>
        <button type="button" className="sl-button" onClick={onClose}>
          {t("meetingsCorrectionClose")}
        </button>
      </div>
    </div>
  );
}
