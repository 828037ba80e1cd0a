/**
 * One statement of the self-assessment form: a native radio group with the scale's words (and "don't know"
 * where the instrument allows it), its message, and the comment field when the statement takes free text.
 */
import { DONT_KNOW, type Answer } from "@systemledning/core/assessment";
import { classNames } from "../primitives/widget.js";
import type { AssessmentFormState } from "./use-assessment-form.js";
import type { ScoringTools } from "./messages.js";

/** Scale labels of polls repeat their number ("1 – inte alls"); the radio shows the number once. */
export function labelWithoutNumber(label: string, value: number): string {
  const number = String(value);
  if (label === number) return "";
  return label.startsWith(`${number} `) ? label.slice(number.length).replace(/^\s*[–-]\s*/, "") : label;
}

/** Props of {@link AnswerGroup}. */
export interface AnswerGroupProps {
  readonly form: AssessmentFormState;
  readonly roundId: string;
  readonly itemId: string;
  /** The statement's place in the instrument, from 1, and the number of statements. */
  readonly number: number;
  readonly total: number;
  readonly title: string;
  /** The statement's words when they differ from the title, else null. */
  readonly statement: string | null;
  readonly steps: readonly { readonly value: Answer; readonly label: string }[];
  /** The words of "don't know", or null when the instrument does not offer it. */
  readonly dontKnow: string | null;
  readonly freeText: boolean;
  readonly tools: ScoringTools;
}

/** A statement's answer (and comment) fields. */
export function AnswerGroup({
  form,
  roundId,
  itemId,
  number,
  total,
  title,
  statement,
  steps,
  dontKnow,
  freeText,
  tools,
}: AnswerGroupProps) {
  const { t } = tools;
  const answerError = form.errorFor(`answer:${itemId}`);
  const commentError = form.errorFor(`comment:${itemId}`);
  const base = `${roundId}-answer-${itemId}`;
  const commentId = `${roundId}-comment-${itemId}`;
  const options = dontKnow === null ? steps : [...steps, { value: DONT_KNOW as Answer, label: dontKnow }];
  const current = form.values.answers[itemId];
  return (
    <fieldset
      // A fieldset of radios may take the radiogroup role: screen readers then say "radio group" and its size.
      role="radiogroup"
      className={classNames("sl-fieldset", answerError !== undefined && "sl-field-invalid")}
      aria-describedby={classNames(
        statement !== null && `${base}-statement`,
        answerError !== undefined && `${base}-error`,
      )}
    >
      <legend className="sl-legend-title">
        <span className="sl-form-item-number">{t("formQuestionOf", { number, total })}</span>{" "}
        <span className="sl-text">{title}</span>
      </legend>
      {statement === null ? null : (
        <p id={`${base}-statement`} className="sl-form-statement sl-text">
          {statement}
        </p>
      )}
      {answerError === undefined ? null : (
        <p id={`${base}-error`} className="sl-field-error">
          {answerError.message}
        </p>
      )}
      <div className="sl-radios">
        {options.map((option, index) => {
          const id = index === 0 ? base : `${base}-${String(option.value)}`;
          return (
            <div
              key={String(option.value)}
              className={classNames("sl-radio", option.value === DONT_KNOW && "sl-radio-dont-know")}
            >
              <input
                id={id}
                type="radio"
                name={base}
                value={String(option.value)}
                checked={current === option.value}
                aria-invalid={answerError === undefined ? undefined : true}
                onChange={() => form.setAnswer(itemId, option.value)}
              />
              <label htmlFor={id}>{option.label}</label>
            </div>
          );
        })}
      </div>
      {freeText ? (
        <div className={classNames("sl-field", commentError !== undefined && "sl-field-invalid")}>
          <label htmlFor={commentId}>{t("formFreeText")}</label>
          {commentError === undefined ? null : (
            <p id={`${commentId}-error`} className="sl-field-error">
              {commentError.message}
            </p>
          )}
          <textarea
            id={commentId}
            className="sl-textarea"
            rows={3}
            value={form.values.comments[itemId] ?? ""}
            aria-invalid={commentError === undefined ? undefined : true}
            aria-describedby={commentError === undefined ? undefined : `${commentId}-error`}
            onChange={(event) => form.setComment(itemId, event.target.value)}
          />
        </div>
      ) : null}
    </fieldset>
  );
}
