import { useWorkspaceStore, useWorkspaceUpdates } from "@systemledning/react";
import type { WorkspaceStore } from "@systemledning/core/workspace";
import { useEffect, useState } from "react";
import { StoragePanel } from "./components/StoragePanel.js";
import { Dashboard } from "./Dashboard.js";
import type { Locale } from "./i18n.js";
import { useHashRoute } from "./route.js";
import { resetSampleData, type DashboardSource } from "./store.js";

const readWorkspace = (snapshot: ReturnType<WorkspaceStore["getSnapshot"]>) => snapshot;

/**
 * The app around the {@link Dashboard}: reads the workspace from the store, saves every change through
 * `updateWorkspace` (`useWorkspaceUpdates`), holds the language, follows the URL hash, and keeps the page's own
 * `lang` and title in step with the language (WCAG 3.1.1).
 */
export function App({
  store,
  asOf,
  source = { kind: "browser" },
}: {
  readonly store: WorkspaceStore;
  readonly asOf: string;
  readonly source?: DashboardSource;
}) {
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
  const reset =
    source.kind === "browser" ? () => void resetSampleData(store).then(() => window.location.reload()) : undefined;
  return (
    <Dashboard
      workspace={workspace}
      asOf={asOf}
      locale={locale}
      onLocaleChange={setLocale}
      route={route}
      onChange={updates.apply}
      storage={<StoragePanel source={source} updates={updates} onReset={reset} />}
    />
  );
}
