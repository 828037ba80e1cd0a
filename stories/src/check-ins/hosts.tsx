/**
 * The host of the check-in form's stories: it keeps the workspace in state and applies the check-in the form hands
 * it, as an intranet page does with its store, with the drafts in memory so one story's draft is not another's.
 */
import type { Workspace } from "@systemledning/core/workspace";
import { CheckInForm, type CheckInFormProps, type DraftStorage } from "@systemledning/react";
import { useMemo } from "react";
import { useSavingHost } from "../saving-host.js";

/** A `Storage`-like object in memory. */
export function memoryDraftStorage(): DraftStorage {
  const map = new Map<string, string>();
  return {
    getItem: (key) => map.get(key) ?? null,
    setItem: (key, value) => void map.set(key, value),
    removeItem: (key) => void map.delete(key),
  };
}

/** Props of {@link CheckInFormHost}: the form's, with the first workspace and a spy for each saved one. */
export type CheckInFormHostProps = Omit<CheckInFormProps, "onChange" | "draftStorage"> & {
  readonly onSaved?: (next: Workspace) => void;
};

/** {@link CheckInForm} in a host that saves. */
export function CheckInFormHost({ workspace: initial, onSaved, ...props }: CheckInFormHostProps) {
  const [workspace, apply] = useSavingHost(initial, onSaved);
  const storage = useMemo(() => memoryDraftStorage(), []);
  return <CheckInForm {...props} workspace={workspace} draftStorage={storage} onChange={apply} />;
}
