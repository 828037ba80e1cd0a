/**
 * The host of the Kolada fetch's stories: it keeps the workspace in state and applies the change the component
 * hands it, as an intranet page does with its store (`updateWorkspace` answers the same way).
 */
import type { Workspace } from "@systemledning/core/workspace";
import { KoladaFetch, type KoladaFetchProps } from "@systemledning/react";
import { useSavingHost } from "../saving-host.js";

/** Props of {@link KoladaFetchHost}: the component's, with the first workspace and a spy for each saved one. */
export type KoladaFetchHostProps = Omit<KoladaFetchProps, "onChange"> & {
  readonly onSaved?: (next: Workspace) => void;
};

/** {@link KoladaFetch} in a host that saves. */
export function KoladaFetchHost({ workspace, onSaved, ...props }: KoladaFetchHostProps) {
  const [held, apply] = useSavingHost(workspace, onSaved);
  return <KoladaFetch {...props} workspace={held} onChange={apply} />;
}
