/**
 * The error summary of the self-assessment form: a titled list of the messages above the questions, each a
 * link that moves focus to the field it is about, and the title's words (also announced when the person
 * tries to go on).
 */
import { useId } from "react";
import { getElementInTree } from "../primitives/element-by-id.js";
import type { FormError, FormFieldKey } from "./use-assessment-form.js";
import type { ScoringTools } from "./messages.js";

/** The summary's title: "one problem" or "n problems" in the kit's locale. */
export function errorSummaryTitle(count: number, tools: ScoringTools): string {
  return count === 1 ? tools.t("formErrorSummaryOne") : tools.t("formErrorSummary", { count: tools.number(count) });
}

/** Props of {@link ErrorSummary}. */
export interface ErrorSummaryProps {
  readonly errors: readonly FormError[];
  /** The id of the control a field's link moves focus to. */
  readonly fieldId: (field: FormFieldKey) => string;
  readonly headingLevel: 3 | 4 | 5;
  readonly tools: ScoringTools;
}

/** Every message of the form, each linked to its field. */
export function ErrorSummary({ errors, fieldId: idOf, headingLevel, tools }: ErrorSummaryProps) {
  const titleId = useId();
  const Heading = `h${headingLevel}` as const;
  return (
    <div className="sl-error-summary" aria-labelledby={titleId}>
      <Heading id={titleId} className="sl-error-summary-title">
        {errorSummaryTitle(errors.length, tools)}
      </Heading>
      <ul>
        {errors.map((error, index) => (
          <li key={`${error.field}-${index}`}>
            <a
              href={`#${idOf(error.field)}`}
              onClick={(event) => {
                // The hash may belong to the host's router: move focus without changing the URL.
                event.preventDefault();
                getElementInTree(event.currentTarget, idOf(error.field))?.focus();
              }}
            >
              {error.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
