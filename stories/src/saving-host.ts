/**
 * The state of a story's host that saves: it keeps the workspace and applies each change a component hands it, as
 * an intranet page does with its store (`updateWorkspace` answers the same way), telling a spy of each saved one.
 */
import type { Workspace } from "@systemledning/core/workspace";
import type { KitWorkspaceChange } from "@systemledning/react";
import { useState } from "react";

/** The held workspace and the `onChange` that applies a change to it. */
export function useSavingHost(initial: Workspace, onSaved?: (next: Workspace) => void) {
  const [held, setHeld] = useState(initial);
  const apply = async (change: KitWorkspaceChange) => {
    const result = await change(held);
    if (!result.ok) return { ok: false as const, error: result.error };
    setHeld(result.value);
    onSaved?.(result.value);
    return { ok: true as const };
  };
  return [held, apply] as const;
}
