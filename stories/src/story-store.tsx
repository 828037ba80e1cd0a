/**
 * A store per story, for the stories that save: the core's IndexedDB store in Storybook's browser, one database for
 * the stories and one key per story, seeded with the story's workspace when empty. What a person does in such a
 * story survives a reload, as it does in the dashboard; each is labelled on the page, in the story's language. Every
 * save goes through `updateWorkspace` (`useWorkspaceUpdates`), with its status line and clash dialog. The key names
 * the county the toolbar chose too, so what was saved in one county never shows in another.
 */
import {
  createIndexedDbStore,
  isWorkspaceConflictError,
  type Workspace,
  type WorkspaceStore,
} from "@systemledning/core/workspace";
import type { KitLocale } from "@systemledning/react";
import {
  useKitLocale,
  useWorkspaceStore,
  useWorkspaceUpdates,
  WorkspaceUpdatesFeedback,
  type WorkspaceUpdates,
} from "@systemledning/react";
import { useEffect, useMemo, type ReactNode } from "react";
import { useStoryCounty } from "./story-county.js";

/** The IndexedDB database the stories keep their workspaces in (one key per story). */
export const STORY_DATABASE = "systemledning-stories";

const readWorkspace = (snapshot: Workspace | null) => snapshot;

/** Props of {@link StoredStory}. */
export interface StoredStoryProps {
  /** The story's own key in the database (the county's id is added to it). */
  readonly storyKey: string;
  /** The story's own language, when it names one; else the toolbar's. */
  readonly locale?: KitLocale | undefined;
  /** What the story starts from when nothing is stored. */
  readonly initial: Workspace;
  /** The story's component, given the stored workspace and the saving path. */
  readonly children: (workspace: Workspace, updates: WorkspaceUpdates) => ReactNode;
}

async function seeded(store: WorkspaceStore, initial: Workspace): Promise<void> {
  if ((await store.load()) !== null) return;
  try {
    await store.save(initial, { baseRevision: null });
  } catch (error) {
    // Two renders of the same story (a remount, or the same story in two frames) may both find the key empty;
    // the second save then meets the first one's revision. The store is seeded either way, so that is no fault.
    if (!isWorkspaceConflictError(error)) throw error;
  }
}

/** A story whose workspace is kept in this browser's IndexedDB under its own key, labelled as such, with the save status. */
export function StoredStory({ storyKey, locale, initial, children }: StoredStoryProps) {
  const key = `${storyKey}@${useStoryCounty().county.id}`;
  const store = useMemo(() => createIndexedDbStore({ databaseName: STORY_DATABASE, key }), [key]);
  useEffect(() => void seeded(store, initial), [store, initial]);
  const workspace = useWorkspaceStore(store, readWorkspace);
  const updates = useWorkspaceUpdates(store);
  const english = useKitLocale(locale).locale === "en";
  return (
    <div className="sl-root">
      <p className="dash-muted">
        {english
          ? `Saved in this browser (the story's own storage in IndexedDB, key «${key}») and kept when the page reloads.`
          : `Sparas i den här webbläsaren (berättelsens egen lagring i IndexedDB, nyckeln «${key}») och finns kvar när sidan laddas om.`}
      </p>
      <WorkspaceUpdatesFeedback updates={updates} />
      {workspace === null ? <p>{english ? "Loading …" : "Läser in …"}</p> : children(workspace, updates)}
    </div>
  );
}
