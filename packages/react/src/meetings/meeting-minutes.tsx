/**
 * Approved minutes, read from the decisions log (`getApprovedMinutes`), never from the working copy: the
 * attendance, each item's notes and the decisions as they stand after every correction. Nothing here is
 * edited; a correction is a new entry of the log (`correctLogEntry`) that names the entry it corrects and
 * says why, and the corrections are listed as such under the minutes.
 */
import {
  correctLogEntry,
  getApprovedMinutes,
  stockholmDateOf,
  type ApprovedMinutes,
  type CurrentDecision,
  type DecisionRecord,
  type Meeting,
  type MinutesAttendance,
} from "@systemledning/core/meetings";
import type { Workspace } from "@systemledning/core/workspace";
import { useId, useMemo, useState, type ReactNode } from "react";
import type { KitLocaleTools } from "../i18n/locale.js";
import type { KitMessageKey } from "../i18n/messages.js";
import { classNames } from "../primitives/widget.js";
import { ErrorSummary, RefusalAlert, SuccessNote, type FieldError } from "./feedback.js";
import { KindLabel } from "./meeting-agenda.js";
import { latestNotesEntry } from "./meeting-model.js";
import { Content, DateText } from "./shared.js";
import type { MeetingPageState } from "./use-meeting-page.js";

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
  readonly tools: KitLocaleTools;
}

type Correcting = { readonly kind: "decision"; readonly decision: CurrentDecision } | { readonly kind: "notes" } | null;

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

/** Attendance as approved: who was present, who was represented by whom, who was absent. */
function ApprovedAttendance({
  attendance,
  contentLanguage,
  tools,
}: {
  readonly attendance: readonly MinutesAttendance[];
  readonly contentLanguage: string;
  readonly tools: KitLocaleTools;
}) {
  const { t, number } = tools;
  const groups: readonly { readonly status: MinutesAttendance["status"]; readonly key: KitMessageKey }[] = [
    { status: "present", key: "meetingsAttendancePresent" },
    { status: "represented", key: "meetingsAttendanceRepresented" },
    { status: "absent", key: "meetingsAttendanceAbsent" },
  ];
  if (attendance.length === 0) return <p className="sl-meetings-empty">{t("meetingsQuorumNotRecorded")}</p>;
  return (
    <dl className="sl-meetings-attendance-list">
      {groups.map(({ status, key }) => {
        const lines = attendance.filter((a) => a.status === status);
        if (lines.length === 0) return null;
        return (
          <div key={status}>
            <dt>
              {t(key)} ({number(lines.length)})
            </dt>
            <dd>
              <ul>
                {lines.map((line) => (
                  <li key={line.membershipId}>
                    <Content lang={contentLanguage} className="sl-text">
                      {line.name}
                      {line.organisation === "" ? "" : `, ${line.organisation}`}
                    </Content>
                    {line.substituteName === undefined ? null : (
                      <>
                        {" "}
                        {t("meetingsRepresentedBy")} <Content lang={contentLanguage}>{line.substituteName}</Content>
                      </>
                    )}
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        );
      })}
    </dl>
  );
}

interface CorrectionFormProps {
  readonly correcting: NonNullable<Correcting>;
  readonly workspace: Workspace;
  readonly meeting: Meeting;
  readonly minutes: ApprovedMinutes;
  readonly page: MeetingPageState;
  readonly onClose: () => void;
  readonly headingLevel: number;
  readonly contentLanguage: string;
  readonly tools: KitLocaleTools;
}

/** A correction of a decision or of the notes: why, and the corrected content, saved as a new log entry. */
function CorrectionForm({
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
