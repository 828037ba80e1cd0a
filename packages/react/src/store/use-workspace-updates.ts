/**
 * The kit's saving path: every change a component hands over (`onChange`) goes through the core's
 * `updateWorkspace`, which applies it to what the store holds now and, when someone saved in between, to their
 * newer document, so nobody's work is silently overwritten. The hook keeps what a person needs to know about it:
 * saving, saved, refused (with the core's reasons), a clash waiting for a choice, or a change made in another tab.
 * Changes are saved one after the other, in the order they were made, so a page never clashes with itself.
 */
import {
  isWorkspaceClash,
  resolveWorkspaceClash,
  updateWorkspace,
  type SystemledningError,
  type UpdateWorkspaceResult,
  type WorkspaceChange,
  type WorkspaceClash,
  type WorkspaceStore,
} from "@systemledning/core/workspace";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";

/** Where saving stands, for the status line and its live region. */
export type WorkspaceSaveState =
  | { readonly kind: "idle" }
  | { readonly kind: "saving" }
  /** Saved; `attempts` above 1 means someone else had saved meanwhile and the change was applied to theirs. */
  | { readonly kind: "saved"; readonly attempts: number; readonly revision: string }
  /** Not saved: the change refused on the stored document, or the store failed (`reason: "unavailable"`). */
  | { readonly kind: "refused"; readonly error: SystemledningError }
  /** Not saved: a clash waits for the person to choose (see `clash`). */
  | { readonly kind: "clash" }
  /** A clash was settled by keeping one side. */
  | { readonly kind: "resolved"; readonly choice: "mine" | "theirs" }
  /** Another tab (or window) saved the workspace; the page now shows its revision. */
  | { readonly kind: "changed-elsewhere"; readonly revision: string };

/** Options of {@link useWorkspaceUpdates}. */
export interface UseWorkspaceUpdatesOptions {
  /** How many saves `updateWorkspace` tries before giving up on a busy store. @default 5 */
  readonly maxAttempts?: number | undefined;
}

/** What {@link useWorkspaceUpdates} gives a host page. */
export interface WorkspaceUpdates {
  /** Where saving stands. */
  readonly state: WorkspaceSaveState;
  /** The clash waiting for a choice, or null. */
  readonly clash: WorkspaceClash | null;
  /** True while a change (or a clash's choice) is being saved. */
  readonly busy: boolean;
  /**
   * Save a change through `updateWorkspace`, after any still being saved. Pass it to a component's `onChange`.
   * Resolves with `updateWorkspace`'s result (never rejects: a store that throws is a refusal).
   */
  readonly apply: (change: WorkspaceChange) => Promise<UpdateWorkspaceResult>;
  /** Settle the waiting clash by keeping one side, through `resolveWorkspaceClash`. Null when none waits. */
  readonly resolve: (choice: "mine" | "theirs") => Promise<UpdateWorkspaceResult | null>;
}

/**
 * Save changes through `updateWorkspace` and follow how it went.
 *
 * @example
 * const updates = useWorkspaceUpdates(store);
 * <MeetingPage workspace={workspace} meetingId={id} asOf={asOf} onChange={updates.apply} />
 * <WorkspaceUpdatesFeedback updates={updates} />
 */
export function useWorkspaceUpdates(store: WorkspaceStore, options: UseWorkspaceUpdatesOptions = {}): WorkspaceUpdates {
  const { maxAttempts } = options;
  const [state, setState] = useState<WorkspaceSaveState>({ kind: "idle" });
  const [clash, setClash] = useState<WorkspaceClash | null>(null);
  const [pending, setPending] = useState(0);
  // One chain of saves: the next change waits for the one before, so a page's own saves never clash.
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const clashRef = useRef<WorkspaceClash | null>(null);

  const settle = useCallback((result: UpdateWorkspaceResult) => {
    if (result.ok) {
      setState({ kind: "saved", attempts: result.attempts, revision: result.value.revision });
    } else if (isWorkspaceClash(result.error)) {
      clashRef.current = result.error;
      setClash(result.error);
      setState({ kind: "clash" });
    } else {
      setState({ kind: "refused", error: result.error });
    }
  }, []);

  const run = useCallback((work: () => Promise<UpdateWorkspaceResult>): Promise<UpdateWorkspaceResult> => {
    setPending((count) => count + 1);
    setState({ kind: "saving" });
    const next = queue.current.then(work).then(
      (result) => {
        setPending((count) => count - 1);
        return result;
      },
      (error: unknown) => {
        setPending((count) => count - 1);
        throw error;
      },
    );
    queue.current = next.catch(() => undefined);
    return next;
  }, []);

  const apply = useCallback(
    async (change: WorkspaceChange): Promise<UpdateWorkspaceResult> => {
      const result = await run(() => updateWorkspace(store, change, maxAttempts === undefined ? {} : { maxAttempts }));
      settle(result);
      return result;
    },
    [store, maxAttempts, run, settle],
  );

  const resolve = useCallback(
    async (choice: "mine" | "theirs"): Promise<UpdateWorkspaceResult | null> => {
      const waiting = clashRef.current;
      if (waiting === null) return null;
      const result = await run(() => resolveWorkspaceClash(store, waiting, choice));
      if (result.ok) {
        clashRef.current = null;
        setClash(null);
        setState({ kind: "resolved", choice });
      } else if (isWorkspaceClash(result.error)) {
        settle(result);
      } else {
        // "Keep mine" refused (the log can keep only theirs): the dialog stays, with the reason in the status.
        setState({ kind: "refused", error: result.error });
      }
      return result;
    },
    [store, run, settle],
  );

  // A save from another tab reaches this store as a new snapshot with `origin: "other-tab"`: say so, politely.
  useEffect(
    () =>
      store.subscribe(() => {
        const stored = store.getStored();
        if (stored?.origin === "other-tab") setState({ kind: "changed-elsewhere", revision: stored.revision });
      }),
    [store],
  );

  const busy = pending > 0;
  return useMemo(() => ({ state, clash, busy, apply, resolve }), [state, clash, busy, apply, resolve]);
}
