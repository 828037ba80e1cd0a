/**
 * The parts of the check-in form: a text area with its label and the core's messages, and one activity's report as
 * a fieldset (status, share done, RAG as a word with its shape, comment) named by the activity's title.
 */
import {
  ACTIVITY_STATUS_LABELS,
  RAG_LABELS,
  type ActivityStatus,
  type PlanActivity,
  type Rag,
} from "@systemledning/core/plan";
import { StatusBadge } from "../primitives/status-badge.js";
import { classNames } from "../primitives/widget.js";
import { FieldErrorText } from "../workbook/form-feedback.js";
import { SelectField, TextField, type FieldState } from "../workbook/meeting-rules-fields.js";
import type { ActivityCheckInStatus } from "@systemledning/core/plan";
import type { CheckInTools } from "./messages.js";

/** A multi-line answer: label, hint, the core's messages, linked through `aria-describedby`. */
export function TextAreaField({
  field,
  label,
  value,
  onChange,
  rows = 3,
}: {
  readonly field: FieldState;
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly rows?: number;
}) {
  const invalid = field.issues.length > 0;
  return (
    <div className={classNames("sl-field", invalid && "sl-field-invalid")}>
      <label htmlFor={field.id}>{label}</label>
      <FieldErrorText id={`${field.id}-error`} issues={field.issues} />
      <textarea
        id={field.id}
        className="sl-textarea"
        rows={rows}
        value={value}
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? `${field.id}-error` : undefined}
        onChange={(event) => onChange(event.currentTarget.value)}
      />
    </div>
  );
}

/** The StatusBadge status that draws a RAG verdict: green a circle, amber a triangle, red a cross. */
export const RAG_BADGE = { green: "ok", amber: "warning", red: "missing" } as const satisfies Record<
  Rag,
  "ok" | "warning" | "missing"
>;

const STATUSES: readonly ActivityStatus[] = ["not-started", "ongoing", "done", "paused", "cancelled"];
const RAGS: readonly Rag[] = ["green", "amber", "red"];

/** Props of {@link ActivityReport}. */
export interface ActivityReportProps {
  readonly activity: PlanActivity;
  /** The field state of each part, by part. */
  readonly fields: Readonly<Record<"status" | "progress" | "rag" | "comment", FieldState>>;
  readonly values: Readonly<Record<"status" | "progress" | "rag" | "comment", string>>;
  readonly latest: ActivityCheckInStatus | undefined;
  readonly onChange: (part: "status" | "progress" | "rag" | "comment", value: string) => void;
  readonly tools: CheckInTools;
  readonly formatDate: (isoDate: string) => string;
}

/** One activity's report as a fieldset named by the activity's title. */
export function ActivityReport({ activity, fields, values, latest, onChange, tools, formatDate }: ActivityReportProps) {
  const { t, text } = tools;
  const rag = values.rag as Rag | "";
  return (
    <fieldset className="sl-fieldset sl-check-in-activity">
      <legend className="sl-legend-title sl-text">{activity.title}</legend>
      <p className="sl-field-hint">
        {latest === undefined ? t("checkInNeverReported") : t("checkInLatest", { date: formatDate(latest.date) })}
        {rag === "" ? null : (
          <>
            {" "}
            <StatusBadge status={RAG_BADGE[rag]} label={text(RAG_LABELS[rag])} />
          </>
        )}
      </p>
      <div className="sl-check-in-row">
        <SelectField
          field={fields.status}
          label={t("checkInStatus")}
          options={STATUSES.map((s) => ({ value: s, label: text(ACTIVITY_STATUS_LABELS[s]) }))}
          value={values.status}
          onChange={(value) => onChange("status", value)}
        />
        <TextField
          field={fields.progress}
          label={t("checkInProgress")}
          hint={t("checkInProgressHint")}
          value={values.progress}
          onChange={(value) => onChange("progress", value)}
        />
        <SelectField
          field={fields.rag}
          label={t("checkInRag")}
          options={[
            ...(rag === "" ? [{ value: "", label: t("checkInRagChoose") }] : []),
            ...RAGS.map((r) => ({ value: r, label: text(RAG_LABELS[r]) })),
          ]}
          value={values.rag}
          onChange={(value) => onChange("rag", value)}
        />
      </div>
      <TextAreaField
        field={fields.comment}
        label={t("checkInComment")}
        rows={2}
        value={values.comment}
        onChange={(value) => onChange("comment", value)}
      />
    </fieldset>
  );
}
