import { useWorkspaceStore, useWorkspaceUpdates } from "@systemledning/react";
import type { WorkspaceStore } from "@systemledning/core/workspace";
import { useEffect, useState } from "react";
import { StoragePanel } from "./components/StoragePanel.js";
import { WorkspacePanel, type WorkspacePanelActions } from "./components/WorkspacePanel.js";
import { Dashboard } from "./Dashboard.js";
import type { Locale } from "./i18n.js";
import { useHashRoute } from "./route.js";
import { resetStoredWorkspace, type DashboardSource } from "./store.js";
import type { WorkspaceChoice } from "./workspaces/choice.js";

const readWorkspace = (snapshot: ReturnType<WorkspaceStore["getSnapshot"]>) => snapshot;

/** Props of {@link App}. */
export interface AppProps {
  /** The store of the workspace shown (`openStore` of its key). */
  readonly store: WorkspaceStore & { close?: () => void };
  /** The key it is stored under (`storageKeyOf` its choice). */
  readonly storageKey: string;
  /** Which workspace it is: a bundled county, a file, an address. */
  readonly choice: WorkspaceChoice;
  readonly asOf: string;
  readonly source?: DashboardSource;
  /** The workspace picker's state and actions (the `WorkspaceHost`'s). */
  readonly workspaces: WorkspacePanelActions;
}

/**
 * The app around the {@link Dashboard}: reads the workspace from the store, saves every change through
 * `updateWorkspace` (`useWorkspaceUpdates`), holds the language, follows the URL hash, and keeps the page's own
 * `lang` and title in step with the language (WCAG 3.1.1). Above the dashboard: which workspace it shows and where
 * changes are saved.
 */
export function App({ store, storageKey, choice, asOf, source = { kind: "browser" }, workspaces }: AppProps) {
  const workspace = useWorkspaceStore(store, readWorkspace);
  const updates = useWorkspaceUpdates(store);
  const [locale, setLocale] = useState<Locale>("sv");
  const route = useHashRoute();
  useEffect(() => {
    document.documentElement.lang = locale;
    const name = workspace?.profile.name;
    const county = name === undefined ? "" : `: ${locale === "en" ? (name.en ?? name.sv) : name.sv}`;
    document.title = `${locale === "sv" ? "Systemledning" : "System leadership"}${county}`;
  }, [locale, workspace]);
  if (workspace === null) {
    return (
      <p role="alert" className="sl-root">
        {locale === "sv" ? "Ingen arbetsyta är inläst." : "No workspace is loaded."}
      </p>
    );
  }
  // A file has nothing to start again from once read; a server's history only grows.
  const reset =
    source.kind === "browser" && choice.kind !== "file"
      ? () => void resetStoredWorkspace(store, storageKey).then(() => window.location.reload())
      : undefined;
  return (
    <Dashboard
      workspace={workspace}
      asOf={asOf}
      locale={locale}
      onLocaleChange={setLocale}
      route={route}
      onChange={updates.apply}
      sample={choice.kind === "county"}
      storage={
        <>
          <WorkspacePanel choice={choice} {...workspaces} />
          <StoragePanel source={source} updates={updates} onReset={reset} />
        </>
      }
    />
  );
}
