/**
 * How the workbook's forms save, apart from their markup: the core's command runs on the workspace shown first, so a
 * refusal is shown at once without asking the host; an accepted change goes to the host's `onChange` as the command
 * with its intent bound (so the host applies it to whatever its store holds now), and the host's answer decides what
 * the form says: "Sparat" politely announced, the refusal's issues at their fields, or nothing on a clash (the clash
 * dialog speaks). The form keeps everything typed until the host's newer workspace shows the same.
 */
import type { Result, SystemledningError, ValidationIssue, Workspace } from "@systemledning/core/workspace";
import { useRef, useState } from "react";
import { notSaved, refusalOf, type KitChangeHandler } from "../store/change.js";

/** A core command with its intent bound; the forms' commands answer at once. */
export type FormCommand = (ws: Workspace) => Result<Workspace, SystemledningError>;

/** What a form's save is doing or did. */
export interface FormSaveState {
  /** A save is under way (the button says so, and a second press does nothing). */
  readonly pending: boolean;
  /** The issues of the last refusal, the core's or the host's; empty when there was none. */
  readonly issues: readonly ValidationIssue[];
  /** Counts the refusals, so a form moves focus to the first error at each one (and only then). */
  readonly attempt: number;
  /** True from an accepted save until the next edit. */
  readonly saved: boolean;
}

/** Options of {@link useFormSave}. */
export interface UseFormSaveOptions<TContext> {
  readonly workspace: Workspace;
  readonly onChange: KitChangeHandler<TContext> | undefined;
  readonly announce: (message: string) => void;
}

/**
 * The saving of one form.
 *
 * @example
 * const form = useFormSave({ workspace, onChange, announce });
 * void form.save((ws) => setForumSectors(ws, intent), { command: "setForumSectors", forumId }, "Sparat");
 */
export function useFormSave<TContext>({ workspace, onChange, announce }: UseFormSaveOptions<TContext>) {
  const [state, setState] = useState<FormSaveState>({ pending: false, issues: [], attempt: 0, saved: false });
  // A ref, not the state: two presses in one frame both see the state before either render.
  const running = useRef(false);

  const refuse = (issues: readonly ValidationIssue[], message: string) => {
    setState((previous) => ({ pending: false, issues, attempt: previous.attempt + 1, saved: false }));
    announce(message);
  };

  /**
   * Run `command` on the workspace shown and hand it to the host. `refusedMessage` says how many things need
   * fixing; `savedMessage` is announced when the host kept the change. True when it was kept.
   */
  const save = async (
    command: FormCommand,
    context: TContext,
    savedMessage: string,
    refusedMessage: (count: number) => string,
  ): Promise<boolean> => {
    if (running.current) return false;
    running.current = true;
    setState((previous) => ({ ...previous, pending: true, saved: false }));
    try {
      const result = command(workspace);
      if (!result.ok) {
        refuse(result.error.issues, refusedMessage(result.error.issues.length));
        return false;
      }
      const outcome = onChange === undefined ? undefined : await onChange(command, context);
      const refused = refusalOf(outcome);
      if (refused !== null) {
        refuse(refused.issues, refusedMessage(refused.issues.length));
        return false;
      }
      if (notSaved(outcome)) {
        // A clash: the host's dialog asks what to do; the form keeps what was typed and says nothing.
        setState((previous) => ({ ...previous, pending: false }));
        return false;
      }
      setState((previous) => ({ pending: false, issues: [], attempt: previous.attempt, saved: true }));
      announce(savedMessage);
      return true;
    } finally {
      running.current = false;
      // Also when the host's `onChange` threw: the button must not stay busy.
      setState((previous) => (previous.pending ? { ...previous, pending: false } : previous));
    }
  };

  /** An edit: the "Sparat" note goes, since what is shown is no longer what was saved. */
  const edited = () => {
    setState((previous) => (previous.saved ? { ...previous, saved: false } : previous));
  };

  return { ...state, save, edited };
}
