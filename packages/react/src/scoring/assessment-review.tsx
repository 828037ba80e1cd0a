/**
 * The review of a self-assessment before it is sent (and the receipt after): every statement with the
 * answer and comment given, as a description list, with a "change" button per statement.
 */
import { DONT_KNOW, type Instrument } from "@systemledning/core/assessment";
import type { FormValues } from "./use-assessment-form.js";
import type { ScoringTools } from "./messages.js";

/** Props of {@link AnswerReview}. */
export interface AnswerReviewProps {
  readonly instrument: Instrument;
  readonly titles: readonly string[];
  readonly values: FormValues;
  readonly respondent: string;
  readonly tools: ScoringTools;
  /** Back to the questions to change statement `itemId`; without it, the list is a receipt. */
  readonly onChange?: (itemId: string) => void;
}

/** Every answer and comment, statement by statement. */
export function AnswerReview({ instrument, titles, values, respondent, tools, onChange }: AnswerReviewProps) {
  const { t } = tools;
  const answerText = (itemId: string): string => {
    const answer = values.answers[itemId];
    if (answer === undefined) return t("formNoAnswer");
    if (answer === DONT_KNOW)
      return instrument.dontKnow === undefined ? t("dontKnow") : tools.text(instrument.dontKnow);
    const step = instrument.scale.steps.find((s) => s.value === answer);
    const label = step === undefined ? "" : tools.text(step.label);
    return label === "" || label === String(answer)
      ? String(answer)
      : label.startsWith(`${String(answer)} `)
        ? label
        : `${String(answer)} – ${label}`;
  };
  return (
    <dl className="sl-review">
      {respondent.trim() === "" ? null : (
        <div className="sl-review-row">
          <dt>{t("formRespondent")}</dt>
          <dd className="sl-text">{respondent}</dd>
        </div>
      )}
      {instrument.items.map((item, index) => {
        const comment = (values.comments[item.id] ?? "").trim();
        return (
          <div key={item.id} className="sl-review-row">
            <dt className="sl-text">
              {index + 1}. {titles[index]}
            </dt>
            <dd>
              <span className="sl-review-answer">{answerText(item.id)}</span>
              {item.freeText ? (
                <span className="sl-review-comment sl-text">{comment === "" ? t("formNoComment") : comment}</span>
              ) : null}
              {onChange === undefined ? null : (
                <button
                  type="button"
                  className="sl-button sl-button-small sl-button-link"
                  onClick={() => onChange(item.id)}
                  aria-label={t("formChangeItem", { number: index + 1 })}
                >
                  {t("formChange")}
                </button>
              )}
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
