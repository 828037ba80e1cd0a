/**
 * What the action plan's forms share: the save (the change is first tried on the workspace shown, so the core's
 * refusal shows at once; then the host's answer decides: the members editor's `useFormTask`), the
 * form's frame with its error summary (which takes focus after each failed attempt and links to each field), and
 * the buttons that save and close. The fields themselves are the members editor's (label, hint, error above the
 * control, all in its `aria-describedby`).
 */
import type { ValidationIssue, Workspace } from "@systemledning/core/workspace";
import type { ReactNode } from "react";
import type { KitChangeHandler } from "../store/change.js";
import { ErrorSummary } from "../structure/members-fields.js";
import { useFormTask, type FormTaskState } from "../structure/use-form-task.js";
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
 * change was saved: {@link useFormTask} with the plan's field of an issue and its summary's words. Everything
 * typed stays until it is.
 */
export function usePlanSave({ workspace, onChange, announce, tools }: UsePlanSaveOptions) {
  return useFormTask<ActionPlanChangeContext>({
    workspace,
    onChange,
    announce,
    locale: tools.locale,
    fieldOf: fieldOfPlanIssue,
    summaryTitle: (count) =>
      count === 1
        ? tools.t("actionPlanErrorSummaryOne")
        : tools.t("actionPlanErrorSummary", { count: tools.number(count) }),
  });
}

/** What {@link usePlanSave} gives a form. */
export type PlanSaveState = FormTaskState<ActionPlanChangeContext>;

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
      <ErrorSummary
        errors={task.errors}
        attempt={task.attempt}
        targetOf={(field) => fieldIds[field]}
        title={task.summaryTitle}
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
