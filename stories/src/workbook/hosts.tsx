/**
 * Hosts for the workbook's form stories: each keeps the workspace in state and applies the change a form hands it,
 * as an intranet page does with its store (the shared {@link useSavingHost}).
 */
import type { Workspace } from "@systemledning/core/workspace";
import {
  MeetingRulesForm,
  SectorChecklist,
  type MeetingRulesFormProps,
  type SectorChecklistProps,
} from "@systemledning/react";
import { useSavingHost } from "../saving-host.js";

/** Props of the story hosts: the form's, with the first workspace and a spy for each saved one. */
type HostProps<TProps> = Omit<TProps, "onChange"> & { readonly onSaved?: ((next: Workspace) => void) | undefined };

/** {@link SectorChecklist} in a host that saves. */
export function SectorChecklistHost({ workspace, onSaved, ...props }: HostProps<SectorChecklistProps>) {
  const [held, apply] = useSavingHost(workspace, onSaved);
  return <SectorChecklist {...props} workspace={held} onChange={apply} />;
}

/** {@link MeetingRulesForm} in a host that saves. */
export function MeetingRulesFormHost({ workspace, onSaved, ...props }: HostProps<MeetingRulesFormProps>) {
  const [held, apply] = useSavingHost(workspace, onSaved);
  return <MeetingRulesForm {...props} workspace={held} onChange={apply} />;
}
