/**
 * The fields of the editor's forms, each with its label, hint and error wired the same way (GOV.UK's pattern):
 * the error above the control, `aria-invalid` on it, and hint and error in its `aria-describedby`, so a screen
 * reader hears what is wrong where it is wrong. And the error summary at the top of a form, linking to each
 * field, which takes focus after each failed attempt.
 */
import { useId, useRef, type ReactNode } from "react";
import { getElementInTree } from "../primitives/element-by-id.js";
import { useClientLayoutEffect } from "../primitives/use-client-layout-effect.js";
import { classNames } from "../primitives/widget.js";

/** One message of a form: the field it belongs to (null for the whole change) and its words. */
export interface FormError {
  readonly field: string | null;
  readonly message: string;
}

/** An option of a select, radio or checkbox group. */
export interface FieldOption {
  readonly value: string;
  readonly label: string;
}

/** The messages of `field` among `errors`, joined, or null. */
export function errorOf(errors: readonly FormError[], field: string): string | null {
  const messages = errors.filter((error) => error.field === field).map((error) => error.message);
  return messages.length === 0 ? null : messages.join(" ");
}

interface FieldFrameProps {
  readonly id: string;
  readonly label: string;
  readonly hint?: string | undefined;
  readonly error: string | null;
  readonly children: (describedBy: string | undefined) => ReactNode;
}

/** Label, hint, error and the control, in that order. */
function FieldFrame({ id, label, hint, error, children }: FieldFrameProps) {
  const describedBy = classNames(hint !== undefined && `${id}-hint`, error !== null && `${id}-error`) || undefined;
  return (
    <div className={classNames("sl-field", error !== null && "sl-field-invalid")}>
      <label htmlFor={id}>{label}</label>
      {hint === undefined ? null : (
        <p id={`${id}-hint`} className="sl-field-hint">
          {hint}
        </p>
      )}
      {error === null ? null : (
        <p id={`${id}-error`} className="sl-field-error">
          {error}
        </p>
      )}
      {children(describedBy)}
    </div>
  );
}

/** A one-line text field. */
export function TextField({
  id,
  label,
  hint,
  error,
  value,
  onChange,
  autoComplete = "off",
}: {
  readonly id: string;
  readonly label: string;
  readonly hint?: string | undefined;
  readonly error: string | null;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly autoComplete?: string;
}) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      {(describedBy) => (
        <input
          id={id}
          type="text"
          className="sl-input"
          value={value}
          autoComplete={autoComplete}
          aria-invalid={error === null ? undefined : true}
          aria-describedby={describedBy}
          onChange={(event) => onChange(event.currentTarget.value)}
        />
      )}
    </FieldFrame>
  );
}

/** A native select: the one list control every keyboard and screen reader knows. */
export function SelectField({
  id,
  label,
  hint,
  error,
  value,
  onChange,
  options,
  placeholder,
}: {
  readonly id: string;
  readonly label: string;
  readonly hint?: string | undefined;
  readonly error: string | null;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly options: readonly FieldOption[];
  /** An empty first option ("Välj …", "Ingen sektor"). */
  readonly placeholder?: string | undefined;
}) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      {(describedBy) => (
        <select
          id={id}
          className="sl-select"
          value={value}
          aria-invalid={error === null ? undefined : true}
          aria-describedby={describedBy}
          onChange={(event) => onChange(event.currentTarget.value)}
        >
          {placeholder === undefined ? null : <option value="">{placeholder}</option>}
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FieldFrame>
  );
}

/**
 * A group of radios or checkboxes in a fieldset with its legend; the error sits in the group and describes
 * it. The first option's id is `${id}-0`, where the error summary's link goes.
 */
export function ChoiceGroup({
  id,
  type,
  legend,
  hint,
  error,
  options,
  values,
  onChange,
}: {
  readonly id: string;
  readonly type: "radio" | "checkbox";
  readonly legend: string;
  readonly hint?: string | undefined;
  readonly error: string | null;
  readonly options: readonly FieldOption[];
  readonly values: readonly string[];
  readonly onChange: (values: string[]) => void;
}) {
  const describedBy = classNames(hint !== undefined && `${id}-hint`, error !== null && `${id}-error`) || undefined;
  return (
    <fieldset
      className={classNames("sl-fieldset", "sl-members-choices", error !== null && "sl-field-invalid")}
      aria-describedby={describedBy}
    >
      <legend className="sl-legend-title">{legend}</legend>
      {hint === undefined ? null : (
        <p id={`${id}-hint`} className="sl-field-hint">
          {hint}
        </p>
      )}
      {error === null ? null : (
        <p id={`${id}-error`} className="sl-field-error">
          {error}
        </p>
      )}
      <div className="sl-radios">
        {options.map((option, index) => {
          const optionId = `${id}-${index}`;
          const checked = values.includes(option.value);
          return (
            <div key={option.value} className="sl-radio">
              <input
                id={optionId}
                type={type}
                name={id}
                value={option.value}
                checked={checked}
                aria-invalid={error === null || type === "radio" ? undefined : true}
                onChange={(event) => {
                  const on = event.currentTarget.checked;
                  if (type === "radio") onChange([option.value]);
                  else onChange(on ? [...values, option.value] : values.filter((v) => v !== option.value));
                }}
              />
              <label htmlFor={optionId}>{option.label}</label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}

/** A single checkbox with its label beside it. */
export function CheckboxField({
  id,
  label,
  error,
  checked,
  onChange,
}: {
  readonly id: string;
  readonly label: string;
  readonly error: string | null;
  readonly checked: boolean;
  readonly onChange: (checked: boolean) => void;
}) {
  return (
    <div className={classNames("sl-field", error !== null && "sl-field-invalid")}>
      {error === null ? null : (
        <p id={`${id}-error`} className="sl-field-error">
          {error}
        </p>
      )}
      <div className="sl-radio">
        <input
          id={id}
          type="checkbox"
          checked={checked}
          aria-invalid={error === null ? undefined : true}
          aria-describedby={error === null ? undefined : `${id}-error`}
          onChange={(event) => onChange(event.currentTarget.checked)}
        />
        <label htmlFor={id}>{label}</label>
      </div>
    </div>
  );
}

/**
 * The error summary at the top of a form: how many things to fix, each a link to its field (a message of the
 * whole change is plain text). It takes focus at each `attempt`, so the reader hears what to fix first.
 */
export function ErrorSummary({
  errors,
  attempt,
  targetOf,
  title,
}: {
  readonly errors: readonly FormError[];
  readonly attempt: number;
  /** The id of the control a field's link moves focus to, or undefined for a field the form does not show. */
  readonly targetOf: (field: string) => string | undefined;
  /** The summary's title for `count` things to fix. */
  readonly title: (count: number) => string;
}) {
  const titleId = useId();
  const ref = useRef<HTMLDivElement>(null);
  // In the commit the summary appears in: a passive effect would leave focus on the body for a frame.
  useClientLayoutEffect(() => {
    if (attempt > 0) ref.current?.focus();
  }, [attempt]);
  if (errors.length === 0) return null;
  return (
    <div ref={ref} className="sl-error-summary" aria-labelledby={titleId} tabIndex={-1} role="group">
      <p id={titleId} className="sl-error-summary-title">
        {title(errors.length)}
      </p>
      <ul>
        {errors.map((error, index) => {
          const target = error.field === null ? undefined : targetOf(error.field);
          return (
            <li key={`${error.field ?? ""}-${index}`}>
              {target === undefined ? (
                <span className="sl-text">{error.message}</span>
              ) : (
                <a
                  href={`#${target}`}
                  onClick={(event) => {
                    // The hash may belong to the host's router: move focus without changing the URL.
                    event.preventDefault();
                    getElementInTree(event.currentTarget, target)?.focus();
                  }}
                >
                  {error.message}
                </a>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
