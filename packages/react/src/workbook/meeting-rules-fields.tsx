/**
 * The fields of the meeting-structure form: a text field, a select, a group of checkboxes, a group of radios and a
 * single checkbox, each with its label, hint and the core's messages linked through `aria-describedby` (on the
 * input, or on the fieldset of a group, whose first input takes focus for it).
 */
import type { ValidationIssue } from "@systemledning/core/workspace";
import type { ReactNode } from "react";
import { classNames } from "../primitives/widget.js";
import { FieldErrorText } from "./form-feedback.js";

/** What a field knows of the form: its element id (the input focus goes to) and the issues at it. */
export interface FieldState {
  readonly id: string;
  readonly issues: readonly ValidationIssue[];
}

const errorIdOf = (field: FieldState) => `${field.id}-error`;
const invalid = (field: FieldState) => field.issues.length > 0;
const describedBy = (field: FieldState, hintId?: string) =>
  classNames(hintId, invalid(field) && errorIdOf(field)) || undefined;

/** A text field (numbers are typed as text with a numeric keyboard: GOV.UK's advice over `type="number"`). */
export function TextField({
  field,
  label,
  hint,
  value,
  onChange,
  numeric = true,
}: {
  readonly field: FieldState;
  readonly label: string;
  readonly hint?: string | undefined;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly numeric?: boolean;
}) {
  const hintId = hint === undefined ? undefined : `${field.id}-hint`;
  return (
    <div className={classNames("sl-field", invalid(field) && "sl-field-invalid")}>
      <label htmlFor={field.id}>{label}</label>
      {hint === undefined ? null : (
        <p id={hintId} className="sl-field-hint">
          {hint}
        </p>
      )}
      <FieldErrorText id={errorIdOf(field)} issues={field.issues} />
      <input
        id={field.id}
        className={classNames("sl-input", numeric && "sl-workbook-short")}
        type="text"
        inputMode={numeric ? "numeric" : undefined}
        autoComplete="off"
        spellCheck={false}
        value={value}
        aria-invalid={invalid(field) || undefined}
        aria-describedby={describedBy(field, hintId)}
        onChange={(event) => onChange(event.currentTarget.value)}
      />
    </div>
  );
}

/** One option of a select or a group. */
export interface FieldOption {
  readonly value: string;
  readonly label: string;
}

/** A native select. */
export function SelectField({
  field,
  label,
  options,
  value,
  onChange,
}: {
  readonly field: FieldState;
  readonly label: string;
  readonly options: readonly FieldOption[];
  readonly value: string;
  readonly onChange: (value: string) => void;
}) {
  return (
    <div className={classNames("sl-field", invalid(field) && "sl-field-invalid")}>
      <label htmlFor={field.id}>{label}</label>
      <FieldErrorText id={errorIdOf(field)} issues={field.issues} />
      <select
        id={field.id}
        className="sl-select sl-workbook-short"
        value={value}
        aria-invalid={invalid(field) || undefined}
        aria-describedby={describedBy(field)}
        onChange={(event) => onChange(event.currentTarget.value)}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A group of checkboxes (several of the options) or radios (one of them), named by its legend. */
export function ChoiceGroup({
  field,
  legend,
  hint,
  type,
  options,
  chosen,
  onChange,
}: {
  readonly field: FieldState;
  readonly legend: string;
  readonly hint?: string | undefined;
  readonly type: "checkbox" | "radio";
  readonly options: readonly FieldOption[];
  readonly chosen: readonly string[];
  readonly onChange: (value: string, checked: boolean) => void;
}) {
  const hintId = hint === undefined ? undefined : `${field.id}-hint`;
  return (
    <fieldset
      className={classNames("sl-workbook-group", invalid(field) && "sl-field-invalid")}
      aria-describedby={describedBy(field, hintId)}
    >
      <legend className="sl-workbook-group-legend">{legend}</legend>
      {hint === undefined ? null : (
        <p id={hintId} className="sl-field-hint">
          {hint}
        </p>
      )}
      <FieldErrorText id={errorIdOf(field)} issues={field.issues} />
      <div className="sl-workbook-choices">
        {options.map((option, index) => {
          // The first input carries the field's id: the error summary's link and the focus after a refusal land there.
          const inputId = index === 0 ? field.id : `${field.id}-${option.value}`;
          return (
            <div key={option.value} className="sl-check-box sl-workbook-choice">
              <input
                id={inputId}
                type={type}
                name={type === "radio" ? field.id : undefined}
                value={option.value}
                checked={chosen.includes(option.value)}
                onChange={(event) => onChange(option.value, event.currentTarget.checked)}
              />
              <label htmlFor={inputId}>{option.label}</label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}

/** A single checkbox with its label. */
export function CheckField({
  field,
  label,
  checked,
  onChange,
}: {
  readonly field: FieldState;
  readonly label: string;
  readonly checked: boolean;
  readonly onChange: (checked: boolean) => void;
}) {
  return (
    <div className={classNames("sl-field", invalid(field) && "sl-field-invalid")}>
      <FieldErrorText id={errorIdOf(field)} issues={field.issues} />
      <div className="sl-check-box sl-workbook-choice">
        <input
          id={field.id}
          type="checkbox"
          checked={checked}
          aria-invalid={invalid(field) || undefined}
          aria-describedby={describedBy(field)}
          onChange={(event) => onChange(event.currentTarget.checked)}
        />
        <label htmlFor={field.id}>{label}</label>
      </div>
    </div>
  );
}

/** A part of the form: a fieldset with a legend and its fields. */
export function FormPart({ legend, children }: { readonly legend: string; readonly children: ReactNode }) {
  return (
    <fieldset className="sl-fieldset sl-workbook-part">
      <legend className="sl-legend-title">{legend}</legend>
      {children}
    </fieldset>
  );
}
