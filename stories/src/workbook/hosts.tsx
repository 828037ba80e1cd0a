/**
 * Hosts for the workbook's form stories: each keeps the workspace in state and applies the change a form hands it,
 * as an intranet page does with its store (`updateWorkspace` answers the same way), and the Kalmar sample through the
 * validating door.
 */
import { createKalmarSampleWorkspace, KALMAR_SAMPLE_AS_OF } from "@systemledning/core/profiles/kalmar";
import { parseWorkspace, serializeWorkspace, type Workspace } from "@systemledning/core/workspace";
import {
  MeetingRulesForm,
  SectorChecklist,
  type KitWorkspaceChange,
  type MeetingRulesFormProps,
  type SectorChecklistProps,
} from "@systemledning/react";
import { useState } from "react";

/** The day the Kalmar sample describes. */
export const KALMAR_AS_OF: string = KALMAR_SAMPLE_AS_OF;

/** The Kalmar sample workspace, through the validating door. */
export function loadKalmarSample(): Workspace {
  return parseWorkspace(JSON.parse(serializeWorkspace(createKalmarSampleWorkspace())));
}

/** Apply `change` to the held workspace: the outcome a host's `updateWorkspace` would answer. */
function useAppliedWorkspace(initial: Workspace, onSaved: ((next: Workspace) => void) | undefined) {
  const [workspace, setWorkspace] = useState(initial);
  const apply = async (change: KitWorkspaceChange) => {
    const result = await change(workspace);
    if (!result.ok) return { ok: false as const, error: result.error };
    setWorkspace(result.value);
    onSaved?.(result.value);
    return { ok: true as const };
  };
  return { workspace, apply };
}

/** Props of the story hosts: the form's, with the first workspace and a spy for each saved one. */
type HostProps<TProps> = Omit<TProps, "onChange"> & { readonly onSaved?: (next: Workspace) => void };

/** {@link SectorChecklist} in a host that saves. */
export function SectorChecklistHost({ workspace, onSaved, ...props }: HostProps<SectorChecklistProps>) {
  const host = useAppliedWorkspace(workspace, onSaved);
  return <SectorChecklist {...props} workspace={host.workspace} onChange={host.apply} />;
}

/** {@link MeetingRulesForm} in a host that saves. */
export function MeetingRulesFormHost({ workspace, onSaved, ...props }: HostProps<MeetingRulesFormProps>) {
  const host = useAppliedWorkspace(workspace, onSaved);
  return <MeetingRulesForm {...props} workspace={host.workspace} onChange={host.apply} />;
}
