import type { WorkspaceStore } from "@systemledning/core/workspace";
import { MembersEditor, useWorkspaceStore, useWorkspaceUpdates, WorkspaceUpdatesFeedback } from "@systemledning/react";

/** Mora's members, each change saved to the host's store (IndexedDB, HTTP …) through `updateWorkspace`. */
export function MoraMembers({ store, asOf }: { readonly store: WorkspaceStore; readonly asOf: string }) {
  const workspace = useWorkspaceStore(store, (ws) => ws);
  const updates = useWorkspaceUpdates(store);
  if (workspace === null) return null;
  return (
    <>
      <WorkspaceUpdatesFeedback updates={updates} />
      <MembersEditor workspace={workspace} forumId="f-mora" asOf={asOf} onChange={updates.apply} />
    </>
  );
}
