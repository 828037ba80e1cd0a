/**
 * A store per story, for the stories that save: the core's IndexedDB store in Storybook's browser, one database for
 * the stories and one key per story, seeded with the story's workspace when empty. What a person does in such a
 * story survives a reload, as it does in the dashboard; each is labelled on the page. Every save goes through `updateWorkspace` (`useWorkspaceUpdates`), with its status line and clash dialog.
 */
import { createIndexedDbStore, type Workspace, type WorkspaceStore } from "@systemledning/core/workspace";
import {
  useWorkspaceStore,
  useWorkspaceUpdates,
  WorkspaceUpdatesFeedback,
  type WorkspaceUpdates,
} from "@systemledning/react";
import { useEffect, useState, type ReactNode } from "react";

/** The IndexedDB database the stories keep their workspaces in (one key per story). */
export const STORY_DATABASE = "systemledning-stories";

const readWorkspace = (snapshot: Workspace | null) => snapshot;

/** Props of {@link StoredStory}. */
export interface StoredStoryProps {
  /** The story's own key in the database. */
  readonly storyKey: string;
  /** What the story starts from when nothing is stored. */
  readonly initial: Workspace;
  /** The story's component, given the stored workspace and the saving path. */
  readonly children: (workspace: Workspace, updates: WorkspaceUpdates) => ReactNode;
}

async function seeded(store: WorkspaceStore, initial: Workspace): Promise<void> {
  if ((await store.load()) === null) await store.save(initial, { baseRevision: null });
}

/** A story whose workspace is kept in this browser's IndexedDB under its own key, labelled as such, with the save status. */
export function StoredStory({ storyKey, initial, children }: StoredStoryProps) {
  const [store] = useState(() => createIndexedDbStore({ databaseName: STORY_DATABASE, key: storyKey }));
  useEffect(() => void seeded(store, initial), [store, initial]);
  const workspace = useWorkspaceStore(store, readWorkspace);
  const updates = useWorkspaceUpdates(store);
  return (
    <div className="sl-root">
      <p className="dash-muted">
        Sparas i den här webbläsaren (berättelsens egen lagring i IndexedDB, nyckeln «{storyKey}») och finns kvar när
        sidan laddas om.
      </p>
      <WorkspaceUpdatesFeedback updates={updates} />
      {workspace === null ? <p>Läser in …</p> : children(workspace, updates)}
    </div>
  );
}
