/**
 * How a form that shows its errors at its fields and in a summary saves (the members editor's forms and the action
 * plan's): the change is first tried on the workspace shown (the core's refusal shows at once, at its fields), then
 * handed to the host, whose answer decides the outcome: a refusal of the store's document shows the same way, a
 * clash says nothing (the clash dialog speaks), a save confirms. Everything typed stays until the save is confirmed.
 */
import type { Result, SystemledningError, ValidationIssue, Workspace } from "@systemledning/core/workspace";
import { useRef, useState } from "react";
import type { KitLocale } from "../i18n/format.js";
import { notSaved, refusalOf, type KitChangeHandler } from "../store/change.js";
import type { FormError } from "./members-fields.js";

/** A core command with its intent bound, which answers at once. */
export type FormTaskChange = (ws: Workspace) => Result<Workspace, SystemledningError>;

/** Options of {@link useFormTask}. */
export interface UseFormTaskOptions<TContext> {
  readonly workspace: Workspace;
  readonly onChange: KitChangeHandler<TContext>;
  readonly announce: (message: string) => void;
  readonly locale: KitLocale;
  /** The form field an issue belongs to, or null for the whole change. */
  readonly fieldOf: (issue: ValidationIssue) => string | null;
  /** The summary's title for `count` things to fix, also said when a save fails. */
  readonly summaryTitle: (count: number) => string;
}

/**
 * The errors, attempts and saving state of one form, and `save(change, context)`, which answers whether the
 * change was saved.
 *
 * @example
 * const task = useFormTask({ workspace, onChange, announce, locale, fieldOf, summaryTitle });
 * if (await task.save(change, context)) close();
 */
export function useFormTask<TContext>({
  workspace,
  onChange,
  announce,
  locale,
  fieldOf,
  summaryTitle,
}: UseFormTaskOptions<TContext>) {
  const [errors, setErrors] = useState<readonly FormError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [pending, setPending] = useState(false);
  // A ref, not the state: two presses in one frame both see the state before either render.
  const running = useRef(false);

  /** Show `found` at their fields and in the summary (which takes focus), and say how many there are. */
  const fail = (found: readonly FormError[]) => {
    setErrors(found);
    setAttempt((n) => n + 1);
    announce(`${summaryTitle(found.length)}: ${found.map((error) => error.message).join(" ")}`);
  };

  /** Try `change`, then hand it to the host; with `fieldless`, its errors show in the summary only. */
  const save = async (
    change: FormTaskChange,
    context: TContext,
    options: { readonly fieldless?: boolean } = {},
  ): Promise<boolean> => {
    const shown = (issues: readonly ValidationIssue[]): FormError[] =>
      issues.map((issue) => ({
        field: options.fieldless === true ? null : fieldOf(issue),
        message: issue.message[locale],
      }));
    if (running.current) return false;
    running.current = true;
    setPending(true);
    try {
      const tried = change(workspace);
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

  return { errors, attempt, pending, fail, save, summaryTitle, clear: () => setErrors([]) };
}

/** What {@link useFormTask} gives a form whose changes carry a `TContext`. */
export type FormTaskState<TContext> = ReturnType<typeof useFormTask<TContext>>;
