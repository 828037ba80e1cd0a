/**
 * What the action plan's forms share: the save (the change is first tried on the workspace shown, so the core's
 * refusal shows at once; then the host's answer decides, as in the members editor's `useMembersTask`), the
 * form's frame with its error summary (which takes focus after each failed attempt and links to each field), and
 * the buttons that save and close. The fields themselves are the members editor's (label, hint, error above the
 * control, all in its `aria-describedby`).
 */
import type { ValidationIssue, Workspace, WorkspaceChange } from "@systemledning/core/workspace";
import { useId, useRef, useState, type ReactNode } from "react";
import { getElementInTree } from "../primitives/element-by-id.js";
import { useClientLayoutEffect } from "../primitives/use-client-layout-effect.js";
import { notSaved, refusalOf, type KitChangeHandler } from "../store/change.js";
import type { FormError } from "../structure/members-fields.js";
import type { ActionPlanTools } from "./messages.js";
import type { ActionPlanChangeContext } from "./model.js";

/**
 * The form field an issue belongs to: the first named segment of its path after the intent's own wrapper
 * (`activity`, `changes`, `goal`), so `changes.progress` is the field `progress`; null for none.
 */
export function fieldOfPlanIssue(issue: ValidationIssue): string | null {
  const segments = issue.pathSegments;
  const start = segments[0] === "activity" || segments[0] === "changes" || segments[0] === "goal" ? 1 : 0;
  const field = segments[start];
  return typeof field === "string" ? field : null;
}

/** Options of {@link usePlanSave}. */
export interface UsePlanSaveOptions {
  readonly workspace: Workspace;
  readonly onChange: KitChangeHandler<ActionPlanChangeContext>;
  readonly announce: (message: string) => void;
  readonly tools: ActionPlanTools;
}

/**
 * The errors, attempts and saving state of one form, and `save(change, context)`, which answers whether the
 * change was saved. Everything typed stays until it is.
 */
export function usePlanSave({ workspace, onChange, announce, tools }: UsePlanSaveOptions) {
  const [errors, setErrors] = useState<readonly FormError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [pending, setPending] = useState(false);
  // A ref, not the state: two presses in one frame both see the state before either render.
  const running = useRef(false);

  const fail = (found: readonly FormError[]) => {
    setErrors(found);
    setAttempt((n) => n + 1);
    const title =
      found.length === 1
        ? tools.t("actionPlanErrorSummaryOne")
        : tools.t("actionPlanErrorSummary", { count: tools.number(found.length) });
    announce(`${title}: ${found.map((error) => error.message).join(" ")}`);
  };
  const shown = (issues: readonly ValidationIssue[]): FormError[] =>
    issues.map((issue) => ({ field: fieldOfPlanIssue(issue), message: issue.message[tools.locale] }));

  const save = async (change: WorkspaceChange, context: ActionPlanChangeContext): Promise<boolean> => {
    if (running.current) return false;
    running.current = true;
    setPending(true);
    try {
      const tried = await change(workspace);
      if (!tried.ok) {
        fail(shown(tried.error.issues));
        return false;
      }
      const outcome = await onChange(change, context);
      const refused = refusalOf(outcome);
      if (refused !== null) {
        fail(shown(refused.issues));
        return false;
      }
      if (notSaved(outcome)) return false;
      setErrors([]);
      return true;
    } finally {
      running.current = false;
      setPending(false);
    }
  };

  return { errors, attempt, pending, fail, save };
}

/** What {@link usePlanSave} gives a form. */
export type PlanSaveState = ReturnType<typeof usePlanSave>;

/**
 * The error summary at the top of a form: how many things to fix, each a link to its field (a message of the
 * whole change is plain text). It takes focus at each `attempt`, so the reader hears what to fix first.
 */
export function PlanErrorSummary({
  errors,
  attempt,
  targetOf,
  tools,
}: {
  readonly errors: readonly FormError[];
  readonly attempt: number;
  readonly targetOf: (field: string) => string | undefined;
  readonly tools: ActionPlanTools;
}) {
  const { t, number } = tools;
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
        {errors.length === 1
          ? t("actionPlanErrorSummaryOne")
          : t("actionPlanErrorSummary", { count: number(errors.length) })}
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

/** Props of {@link PlanForm}. */
export interface PlanFormProps {
  readonly id: string;
  readonly headingLevel: number;
  readonly title: string;
  readonly task: PlanSaveState;
  /** The ids of the form's fields by field name, where the summary's links go. */
  readonly fieldIds: Readonly<Record<string, string>>;
  readonly tools: ActionPlanTools;
  readonly onSubmit: () => void;
  readonly onCancel: () => void;
  readonly children: ReactNode;
}

/** A form of the action plan: its title, the error summary, its fields, and save and close. */
export function PlanForm({
  id,
  headingLevel,
  title,
  task,
  fieldIds,
  tools,
  onSubmit,
  onCancel,
  children,
}: PlanFormProps) {
  const Heading = `h${Math.min(6, headingLevel)}` as "h4";
  const headingId = `${id}-heading`;
  const { t } = tools;
  return (
    <form
      className="sl-form sl-plan-form"
      aria-labelledby={headingId}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      <Heading id={headingId} className="sl-plan-form-title">
        {title}
      </Heading>
      <PlanErrorSummary
        errors={task.errors}
        attempt={task.attempt}
        targetOf={(field) => fieldIds[field]}
        tools={tools}
      />
      {children}
      <div className="sl-form-actions">
        <button type="submit" className="sl-button sl-button-primary" aria-disabled={task.pending || undefined}>
          {task.pending ? t("actionPlanSaving") : t("actionPlanSave")}
        </button>
        <button type="button" className="sl-button" onClick={onCancel}>
          {t("actionPlanClose")}
        </button>
      </div>
    </form>
  );
}
