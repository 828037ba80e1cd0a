/**
 * How each of the editor's forms saves: the change is first tried on the workspace shown (the core's refusal
 * shows at once, at its fields), then handed to the host, whose answer decides the outcome: a refusal of the
 * store's document shows the same way, a clash says nothing (the clash dialog speaks), a save confirms.
 * Everything typed stays until the save is confirmed.
 */
import type { ValidationIssue, Workspace } from "@systemledning/core/workspace";
import { useRef, useState } from "react";
import { notSaved, refusalOf, type KitChangeHandler } from "../store/change.js";
import type { FormError } from "./members-fields.js";
import { fieldOfIssue, type MembersChange, type MembersChangeContext } from "./members-model.js";
import type { MembersEditorTools } from "./messages-members.js";

/** Options of {@link useMembersTask}. */
export interface UseMembersTaskOptions {
  readonly workspace: Workspace;
  readonly onChange: KitChangeHandler<MembersChangeContext>;
  readonly announce: (message: string) => void;
  readonly tools: MembersEditorTools;
}

/**
 * The errors, attempts and saving state of one form, and `save(change, context)`, which answers whether the
 * change was saved.
 *
 * @example
 * const task = useMembersTask({ workspace, onChange, announce, tools });
 * if (await task.save(endSeatChange("m-1", "2026-06-30"), context)) close();
 */
export function useMembersTask({ workspace, onChange, announce, tools }: UseMembersTaskOptions) {
  const [errors, setErrors] = useState<readonly FormError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [pending, setPending] = useState(false);
  // A ref, not the state: two presses in one frame both see the state before either render.
  const running = useRef(false);

  /** Show `found` at their fields and in the summary (which takes focus), and say how many there are. */
  const fail = (found: readonly FormError[]) => {
    setErrors(found);
    setAttempt((n) => n + 1);
    const title =
      found.length === 1
        ? tools.t("membersEditorErrorSummaryOne")
        : tools.t("membersEditorErrorSummary", { count: tools.number(found.length) });
    announce(`${title}: ${found.map((error) => error.message).join(" ")}`);
  };

  const issuesOf = (issues: readonly ValidationIssue[]): FormError[] =>
    issues.map((issue) => ({
      field: fieldOfIssue(issue),
      message: issue.message[tools.locale],
    }));

  const save = async (
    change: MembersChange,
    context: MembersChangeContext,
    options: { readonly fieldless?: boolean } = {},
  ): Promise<boolean> => {
    const shown = (issues: readonly ValidationIssue[]) =>
      issuesOf(issues).map((error) => (options.fieldless === true ? { ...error, field: null } : error));
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

  return { errors, attempt, pending, fail, save, clear: () => setErrors([]) };
}

/** What {@link useMembersTask} gives a form. */
export type MembersTaskState = ReturnType<typeof useMembersTask>;
