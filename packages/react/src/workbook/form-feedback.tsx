/**
 * What the workbook's forms say about a save: the core's refusal placed at the fields its issues' paths name (each
 * message linked to its field through `aria-describedby`), a summary that links to each field and holds what belongs
 * to none, focus on the first field in error at each refusal, and "Sparat" once the host kept the change.
 */
import type { ValidationIssue } from "@systemledning/core/workspace";
import { useId, useRef, type RefObject } from "react";
import { useKitLocale } from "../i18n/locale.js";
import { getElementInTree } from "../primitives/element-by-id.js";
import { useClientLayoutEffect } from "../primitives/use-client-layout-effect.js";
import { WORKBOOK_FORM_MESSAGES } from "./messages-forms.js";

/** A refusal's issues sorted to the fields of a form: by field key, and those that belong to none. */
export interface FieldIssues {
  readonly byField: ReadonlyMap<string, readonly ValidationIssue[]>;
  readonly other: readonly ValidationIssue[];
}

/**
 * Sort `issues` to the form's fields. `fieldOf` names the field an issue belongs to (from its path), or null when it
 * belongs to none of them; the fields keep the order of `fieldKeys`, so the first in error is the first on the page.
 *
 * @example
 * fieldIssuesOf(issues, ["meetingsPerYear.max"], (issue) => "meetingsPerYear.max").byField.get("meetingsPerYear.max")
 */
export function fieldIssuesOf(
  issues: readonly ValidationIssue[],
  fieldKeys: readonly string[],
  fieldOf: (issue: ValidationIssue) => string | null,
): FieldIssues {
  const found = new Map<string, ValidationIssue[]>();
  const other: ValidationIssue[] = [];
  for (const issue of issues) {
    const key = fieldOf(issue);
    if (key === null || !fieldKeys.includes(key)) other.push(issue);
    else found.set(key, [...(found.get(key) ?? []), issue]);
  }
  const byField = new Map<string, readonly ValidationIssue[]>();
  for (const key of fieldKeys) {
    const list = found.get(key);
    if (list !== undefined) byField.set(key, list);
  }
  return { byField, other };
}

/**
 * The field an issue's path names: the longest of `fieldKeys` that the path (after `prefix`, joined with dots)
 * equals or begins with, so `recurrence.months.3` belongs to `recurrence.months`.
 */
export function fieldOfPath(
  issue: ValidationIssue,
  prefix: readonly (string | number)[],
  fieldKeys: readonly string[],
): string | null {
  const segments = issue.pathSegments;
  if (prefix.some((segment, index) => segments[index] !== segment)) return null;
  const path = segments.slice(prefix.length).join(".");
  let best: string | null = null;
  for (const key of fieldKeys)
    if ((path === key || path.startsWith(`${key}.`)) && (best === null || key.length > best.length)) best = key;
  return best;
}

/** The messages of a field's issues, one paragraph each, under the id its input's `aria-describedby` names. */
export function FieldErrorText({ id, issues }: { readonly id: string; readonly issues: readonly ValidationIssue[] }) {
  const { locale } = useKitLocale();
  if (issues.length === 0) return null;
  return (
    <p id={id} className="sl-field-error">
      <span>{issues.map((issue) => issue.message[locale]).join(" ")}</span>
    </p>
  );
}

/** One link of the summary: the element to focus and what it says. */
export interface SummaryEntry {
  readonly fieldId: string;
  readonly label: string;
  readonly issues: readonly ValidationIssue[];
}

/**
 * The summary of a refusal, above the form's buttons: each field in error as a link that moves focus there, and the
 * issues of no field as text. At each refusal (`attempt`) focus goes to the first field in error, whose message is
 * read with it; when no field is in error, to the summary.
 */
export function FormErrorSummary({
  entries,
  other,
  attempt,
  root,
}: {
  readonly entries: readonly SummaryEntry[];
  readonly other: readonly ValidationIssue[];
  readonly attempt: number;
  /** An element of the form, to find the fields from (in the form's document or shadow root). */
  readonly root: RefObject<HTMLElement | null>;
}) {
  const { t, number, locale } = useKitLocale(undefined, WORKBOOK_FORM_MESSAGES);
  const titleId = useId();
  const ref = useRef<HTMLDivElement>(null);
  const firstFieldId = entries[0]?.fieldId;
  // Once per refusal (not again when the entries change while the reader fixes them), and in the commit that shows
  // the errors, so the reader lands on the field before anything else moves.
  const handled = useRef(0);
  useClientLayoutEffect(() => {
    if (attempt === 0 || handled.current === attempt) return;
    handled.current = attempt;
    const field = firstFieldId === undefined ? null : getElementInTree(root.current, firstFieldId);
    (field ?? ref.current)?.focus();
  }, [attempt, firstFieldId, root]);
  const count = entries.length + other.length;
  if (count === 0) return null;
  return (
    <div ref={ref} className="sl-error-summary" aria-labelledby={titleId} tabIndex={-1}>
      <p id={titleId} className="sl-error-summary-title">
        {count === 1 ? t("workbookFormsErrorsOne") : t("workbookFormsErrors", { count: number(count) })}
      </p>
      <ul>
        {entries.map((entry) => (
          <li key={entry.fieldId}>
            <a
              href={`#${entry.fieldId}`}
              onClick={(event) => {
                // The hash may belong to the host's router: move focus without changing the URL.
                event.preventDefault();
                getElementInTree(event.currentTarget, entry.fieldId)?.focus();
              }}
            >
              {entry.label}: {entry.issues.map((issue) => issue.message[locale]).join(" ")}
            </a>
          </li>
        ))}
        {other.map((issue, index) => (
          <li key={`other-${issue.path}-${index}`} className="sl-text">
            {issue.message[locale]}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** "Sparat" beside the form's button once the host kept the change (the live region has said it already). */
export function SavedNote({ saved }: { readonly saved: boolean }) {
  const { t } = useKitLocale(undefined, WORKBOOK_FORM_MESSAGES);
  if (!saved) return null;
  return (
    <p className="sl-workbook-saved">
      <span className="sl-status" data-status="ok">
        {t("workbookFormsSaved")}
      </span>
    </p>
  );
}
