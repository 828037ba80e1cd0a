/**
 * Conflict-safe changes (docs/decisions/0012): a change is a pure command, `(ws) => Result<Workspace>`, so
 * when someone else saved in between it can simply run again on the newer document. Only a real clash (both
 * changed the same thing differently, or the change no longer applies) goes back to the user, with both
 * versions to choose from.
 */
import { SystemledningError, isSystemledningError } from "../common/errors.js";
import type { Result } from "../common/result.js";
import { applyMineOverTheirs, findClashes, findErased } from "./clash.js";
import { createWorkspaceStoreIssue } from "./issues.js";
import { abortableDelay } from "../common/abortable-delay.js";
import type { Workspace } from "./schema.js";
import { isWorkspaceConflictError, throwIfAborted, type StoredWorkspace, type WorkspaceStore } from "./store.js";

/**
 * A change of the workspace: any core command fits, `(ws) => Result<Workspace, SystemledningError>`, and so
 * does one that answers with a promise (`approveMeetingNotes`, which seals log entries with Web Crypto). It
 * must be pure: it may run more than once, each time on a newer document.
 */
export type WorkspaceChange = (
  ws: Workspace,
) => Result<Workspace, SystemledningError> | Promise<Result<Workspace, SystemledningError>>;

/** Options of {@link updateWorkspace}. */
export interface UpdateWorkspaceOptions {
  /** How many saves to try before giving up with the store's conflict error. @default 5 */
  readonly maxAttempts?: number;
  /** Stops between steps, also a backoff's wait: the promise rejects with the signal's reason. */
  readonly signal?: AbortSignal;
  /**
   * The shortest wait after a conflict before the change runs again, in milliseconds; each next wait is drawn
   * from [`backoffMs`, 3 × the previous one] ("decorrelated jitter"), at most `maxBackoffMs`. Writers that met
   * each other then try again at different moments instead of all at once, so fewer of them meet again. 0: no
   * wait. @default 25
   */
  readonly backoffMs?: number;
  /** The longest wait between two attempts, in milliseconds. @default 1000 */
  readonly maxBackoffMs?: number;
  /** A number in [0, 1) for the jitter; tests pass a fixed one. @default Math.random */
  readonly random?: () => number;
  /** How to wait; resolves early when `signal` aborts. Tests pass one that records and does not sleep. @default a timer */
  readonly delay?: (ms: number, signal: AbortSignal | undefined) => Promise<void>;
}

/** The next wait of decorrelated jitter: uniform in [base, 3 × previous], capped. */
function nextBackoff(previous: number, base: number, cap: number, random: () => number): number {
  const upper = Math.max(base, previous * 3);
  return Math.min(cap, base + random() * (upper - base));
}

/** A real clash: both sides changed the same thing. Carries both versions for the user to choose. */
export interface WorkspaceClash {
  readonly reason: "conflict";
  /** What the change was first applied to. */
  readonly base: Workspace;
  /** The change applied to base. */
  readonly mine: Workspace;
  /** What the store now holds. */
  readonly theirs: StoredWorkspace;
  /** Where both changed the same thing (`meetings[id=m-1].notes.status`). */
  readonly paths: readonly string[];
  /** What happened and what the user can do, in Swedish and English. */
  readonly messages: { readonly sv: string; readonly en: string };
  /** When the change refused on the newer document (both approved the same notes): its refusal. */
  readonly refusal?: SystemledningError;
}

/** The outcome of {@link updateWorkspace} and {@link resolveWorkspaceClash}. */
export type UpdateWorkspaceResult =
  | { readonly ok: true; readonly value: StoredWorkspace; readonly attempts: number }
  /** The change itself refused, or the store failed (a `WorkspaceConflictError` after `maxAttempts`). */
  | { readonly ok: false; readonly error: SystemledningError }
  | { readonly ok: false; readonly error: WorkspaceClash };

/** True when a failed result's error is a {@link WorkspaceClash} rather than a `SystemledningError`. */
export function isWorkspaceClash(value: unknown): value is WorkspaceClash {
  return (
    typeof value === "object" && value !== null && !isSystemledningError(value) && "mine" in value && "theirs" in value
  );
}

const SHOWN_PATHS = 3;

function clashOf(
  base: Workspace,
  mine: Workspace,
  theirs: StoredWorkspace,
  refusal: SystemledningError | undefined,
  paths: readonly string[] = findClashes(base, mine, theirs.workspace, false).map((overlap) => overlap.path),
): WorkspaceClash {
  const named = paths.slice(0, SHOWN_PATHS).join(", ") + (paths.length > SHOWN_PATHS ? ", …" : "");
  const issue = createWorkspaceStoreIssue([], "workspace_clash", { paths: named === "" ? "–" : named });
  return {
    reason: "conflict",
    base,
    mine,
    theirs,
    paths,
    messages: issue.message,
    ...(refusal === undefined ? {} : { refusal }),
  };
}

/** A failure the caller sees as data: a `SystemledningError` is returned, anything else (an abort) thrown. */
function failure(error: unknown): UpdateWorkspaceResult {
  if (isSystemledningError(error)) return { ok: false, error };
  throw error;
}

/**
 * Apply `change` to the stored workspace and save it, safely when others save at the same time: on a stale
 * revision it takes the newer document and runs the change again, at most `maxAttempts` saves in all. Comes
 * back with the saved revision; with the change's own refusal (nothing saved); with a {@link WorkspaceClash}
 * when the change refuses on the newer document although it applied to the older one, when both changed the
 * same path to different values, or when running it again would undo what the others changed (a command
 * that writes a whole list); or with the store's error. Rejects only when `signal` aborts. After a conflict it
 * waits a short random time first (`backoffMs`, growing with decorrelated jitter up to `maxBackoffMs`), so
 * writers that met do not all meet again; `maxAttempts` still counts saves, and no wait follows the last one.
 *
 * @example
 * const result = await updateWorkspace(store, (ws) => submitAssessmentResponse(ws, response));
 * if (!result.ok && isWorkspaceClash(result.error)) showClash(result.error); // both versions, the paths
 */
export async function updateWorkspace(
  store: WorkspaceStore,
  change: WorkspaceChange,
  options: UpdateWorkspaceOptions = {},
): Promise<UpdateWorkspaceResult> {
  const { signal } = options;
  const maxAttempts = Math.max(1, options.maxAttempts ?? 5);
  const backoffMs = Math.max(0, options.backoffMs ?? 25);
  const maxBackoffMs = Math.max(backoffMs, options.maxBackoffMs ?? 1000);
  const random = options.random ?? Math.random;
  const delay = options.delay ?? abortableDelay;
  let wait = backoffMs;
  throwIfAborted(signal);
  let target: StoredWorkspace | null;
  try {
    target = store.getStored() ?? (await store.load({ ...(signal === undefined ? {} : { signal }) }));
  } catch (error) {
    return failure(error);
  }
  throwIfAborted(signal);
  if (target === null)
    return {
      ok: false,
      error: new SystemledningError("invalidInput", [createWorkspaceStoreIssue([], "workspace_missing")]),
    };
  const base = target.workspace;
  const first = await change(base);
  if (!first.ok) return first;
  const mine = first.value;
  let candidate = mine;
  for (let attempt = 1; ; attempt++) {
    throwIfAborted(signal);
    try {
      const saved = await store.save(candidate, {
        baseRevision: target.revision,
        ...(signal === undefined ? {} : { signal }),
      });
      return { ok: true, value: saved, attempts: attempt };
    } catch (error) {
      if (!isWorkspaceConflictError(error) || attempt >= maxAttempts) return failure(error);
      // Waited before the change runs again, never after the last attempt (maxAttempts counts saves only).
      if (backoffMs > 0) {
        wait = nextBackoff(wait, backoffMs, maxBackoffMs, random);
        await delay(wait, signal);
        throwIfAborted(signal);
      }
      let theirs = error.latest;
      try {
        theirs ??= await store.load({ ...(signal === undefined ? {} : { signal }) });
      } catch (loadError) {
        return failure(loadError);
      }
      if (theirs === null) return failure(error);
      throwIfAborted(signal);
      const again = await change(theirs.workspace);
      if (!again.ok) return { ok: false, error: clashOf(base, mine, theirs, again.error) };
      const clashing = [
        ...findClashes(base, mine, theirs.workspace),
        ...findErased(base, theirs.workspace, again.value),
      ].map((overlap) => overlap.path);
      if (clashing.length > 0)
        return { ok: false, error: clashOf(base, mine, theirs, undefined, [...new Set(clashing)]) };
      candidate = again.value;
      target = theirs;
    }
  }
}

/**
 * Keep one side of a clash. `"theirs"`: nothing is saved, the store's document stays (reloaded, so the
 * snapshot shows it). `"mine"`: every change of mine is applied over theirs, mine winning where both changed
 * the same thing, and saved on theirs' revision — what others changed elsewhere is kept. The decisions log
 * never loses an entry: a clash over it (both approved the same notes) can keep only theirs, and "mine"
 * comes back refused (`log_rewritten`). A save that meets yet another revision comes back as that conflict.
 *
 * @example
 * const kept = await resolveWorkspaceClash(store, clash, "mine");
 */
export async function resolveWorkspaceClash(
  store: WorkspaceStore,
  clash: WorkspaceClash,
  choice: "mine" | "theirs",
): Promise<UpdateWorkspaceResult> {
  try {
    if (choice === "theirs") return { ok: true, value: (await store.load()) ?? clash.theirs, attempts: 0 };
    const merged = applyMineOverTheirs(clash.base, clash.mine, clash.theirs.workspace);
    return { ok: true, value: await store.save(merged, { baseRevision: clash.theirs.revision }), attempts: 1 };
  } catch (error) {
    return failure(error);
  }
}
