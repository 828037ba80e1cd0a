/**
 * The host the workbook's tests render their component in: it holds a workspace, applies each change the
 * component hands back to the workspace it holds now (as `updateWorkspace` does), and shows the result.
 */
import type { SystemledningError, Workspace } from "@systemledning/core/workspace";
import { useState } from "react";
import type { KitWorkspaceChange } from "../../../packages/react/src/store/change.js";

/** What `apply` answers: saved, or the core's refusal, as a host's `onChange` does. */
type Applied = { readonly ok: true } | { readonly ok: false; readonly error: SystemledningError };

/**
 * The workspace a test host shows, and the `onChange` that applies a change to it; `onSaved` hears each saved
 * workspace with the context the component gave.
 */
export function useHostedWorkspace<TContext>(
  initial: Workspace,
  onSaved?: (next: Workspace, context: TContext) => void,
): {
  readonly workspace: Workspace;
  readonly apply: (change: KitWorkspaceChange, context: TContext) => Promise<Applied>;
} {
  const [workspace, setWorkspace] = useState(initial);
  const apply = async (change: KitWorkspaceChange, context: TContext): Promise<Applied> => {
    const result = await change(workspace);
    if (!result.ok) return { ok: false, error: result.error };
    setWorkspace(result.value);
    onSaved?.(result.value, context);
    return { ok: true };
  };
  return { workspace, apply };
}
