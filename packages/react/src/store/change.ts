/**
 * What a kit component that saves hands its host besides the finished workspace: the change itself, the core's
 * command as a pure function of the workspace, so the host can apply it to whatever the store holds *now*
 * through `updateWorkspace` (and again, on a newer document, when someone saved in between) instead of saving
 * the workspace the component was shown. Type-only, so a component that offers `onChange` carries nothing more.
 */
import type { SystemledningError, WorkspaceChange } from "@systemledning/core/workspace";

/**
 * A change of the workspace: any core command with its intent bound, `(ws) => Result<Workspace>`, the core's
 * `WorkspaceChange`. The two commands that seal a decisions-log entry (`approveMeetingNotes`, `correctLogEntry`)
 * hash it with Web Crypto and so answer with a promise, which `updateWorkspace` takes too.
 */
export type KitWorkspaceChange = WorkspaceChange;

/**
 * What a host's `onChange` may answer: nothing (the component takes the change as saved), or the outcome of
 * saving it: `updateWorkspace`'s result fits. On `{ ok: false }` with a `SystemledningError` the component shows
 * its issues where the action was and keeps what was typed; on a clash (`reason: "conflict"` without issues) it
 * says nothing more, for the clash dialog speaks.
 */
export type KitChangeOutcome =
  | void
  | { readonly ok: true }
  | { readonly ok: false; readonly error: SystemledningError | { readonly reason: "conflict" } };

/**
 * A component's `onChange`: the change and what it is (the command's name and what it concerns), answered with
 * the outcome of saving it (or nothing).
 *
 * @example
 * const updates = useWorkspaceUpdates(store);
 * <MeetingPage … onChange={(change) => updates.apply(change)} />
 */
export type KitChangeHandler<TContext> = (
  change: KitWorkspaceChange,
  context: TContext,
) => KitChangeOutcome | Promise<KitChangeOutcome>;

/** The issues of a refused outcome, or null when it was saved, answered nothing, or clashed. */
export function refusalOf(outcome: KitChangeOutcome): SystemledningError | null {
  if (outcome === undefined || outcome.ok) return null;
  return "issues" in outcome.error ? outcome.error : null;
}

/** True when the outcome says the change was not saved (refused, or a clash waiting for a choice). */
export function notSaved(outcome: KitChangeOutcome): boolean {
  return outcome !== undefined && !outcome.ok;
}
