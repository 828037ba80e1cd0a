/**
 * The outcomes of a meeting page's actions: a refusal of the core as an alert with its reasons (in the
 * reader's language; the core writes both), a confirmation that takes focus when the button pressed has
 * gone, and the error summary of a small form (GOV.UK's pattern: a summary linking to each field).
 */
import type { ValidationIssue } from "@systemledning/core/workspace";
import { useId, useRef } from "react";
import { useKitLocale } from "../i18n/locale.js";
import { getElementInTree } from "../primitives/element-by-id.js";
import { useClientLayoutEffect } from "../primitives/use-client-layout-effect.js";
import type { MeetingSuccess } from "./use-meeting-page.js";
import { MEETING_VIEW_MESSAGES } from "./messages.js";

/** The core's refusal: what it refused and why, in an alert; what the user typed stays in the form. */
export function RefusalAlert({
  issues,
  onDismiss,
}: {
  readonly issues: readonly ValidationIssue[];
  readonly onDismiss: () => void;
}) {
  const { t, locale } = useKitLocale(undefined, MEETING_VIEW_MESSAGES);
  const titleId = useId();
  return (
    <div className="sl-alert sl-meetings-refusal" role="alert" aria-labelledby={titleId}>
      <p id={titleId} className="sl-alert-title">
        {t("meetingsRefusedTitle")}
      </p>
      <ul>
        {issues.map((issue, index) => (
          <li key={`${issue.code}-${index}`} className="sl-text">
            {issue.message[locale]}
          </li>
        ))}
      </ul>
      <p>{t("meetingsRefusedKept")}</p>
      <button type="button" className="sl-button sl-button-small" onClick={onDismiss}>
        {t("meetingsRefusedDismiss")}
      </button>
    </div>
  );
}

/**
 * A confirmation. When `success.focus` is set it takes focus on arrival, so a keyboard or screen-reader
 * user is not left on a button that no longer exists; otherwise the live region has announced it and it
 * is only shown.
 */
export function SuccessNote({ success }: { readonly success: MeetingSuccess }) {
  const ref = useRef<HTMLParagraphElement>(null);
  // In the commit that removes the pressed button, not after it: a passive effect runs a frame later (on
  // React 18, after the host's re-render), and focus would sit on the page's body meanwhile.
  useClientLayoutEffect(() => {
    if (success.focus) ref.current?.focus();
  }, [success]);
  return (
    <p ref={ref} className="sl-meetings-success" tabIndex={success.focus ? -1 : undefined}>
      <span className="sl-status" data-status="ok">
        {success.message}
      </span>
    </p>
  );
}

/** One message of a small form: the field it belongs to and its words. */
export interface FieldError {
  readonly fieldId: string;
  readonly message: string;
}

/**
 * The error summary at the top of a small form, linking to each field. It takes focus at each `attempt`
 * (each press of the form's button that found errors), so the reader hears what to fix.
 */
export function ErrorSummary({
  errors,
  attempt,
}: {
  readonly errors: readonly FieldError[];
  readonly attempt: number;
}) {
  const { t, number } = useKitLocale(undefined, MEETING_VIEW_MESSAGES);
  const titleId = useId();
  const ref = useRef<HTMLDivElement>(null);
  const count = errors.length;
  // In the same commit as the summary appears (see SuccessNote).
  useClientLayoutEffect(() => {
    if (attempt > 0) ref.current?.focus();
  }, [attempt]);
  if (count === 0) return null;
  return (
    <div ref={ref} className="sl-error-summary" aria-labelledby={titleId} tabIndex={-1}>
      <p id={titleId} className="sl-error-summary-title">
        {count === 1 ? t("meetingsErrorSummaryOne") : t("meetingsErrorSummary", { count: number(count) })}
      </p>
      <ul>
        {errors.map((error) => (
          <li key={error.fieldId}>
            <a
              href={`#${error.fieldId}`}
              onClick={(event) => {
                // The hash may belong to the host's router: move focus without changing the URL.
                event.preventDefault();
                getElementInTree(event.currentTarget, error.fieldId)?.focus();
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
