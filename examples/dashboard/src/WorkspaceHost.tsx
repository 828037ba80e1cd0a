import type { Workspace } from "@systemledning/core/workspace";
import { useCallback, useState } from "react";
import { App } from "./App.js";
import type { DashboardSource } from "./store.js";
import { fileChoice, rememberChoice, sameChoice, storageKeyOf, type WorkspaceChoice } from "./workspaces/choice.js";
import { readWorkspaceFile, type IntakeIssue } from "./workspaces/intake.js";
import { asOfFor, openChoice, WorkspaceIntakeError, type OpenedWorkspace } from "./workspaces/open.js";

/** A workspace that was refused: what it was (a file's name, an address) and why. */
export interface RefusedWorkspace {
  readonly source: string;
  readonly issues: readonly IntakeIssue[];
}

/** Props of {@link WorkspaceHost}. */
export interface WorkspaceHostProps {
  readonly source: DashboardSource;
  /** The workspace opened at start (`main.tsx`). */
  readonly initial: OpenedWorkspace;
  /** A workspace refused at start (a bad `?workspace=`), shown until the next choice. */
  readonly initialRefusal?: RefusedWorkspace | null;
}

const localStore = (): Storage | undefined => (typeof localStorage === "undefined" ? undefined : localStorage);

/** The page's address without `?workspace=`, so a reload opens the remembered choice instead of the address. */
function forgetAddressParameter(): void {
  const url = new URL(window.location.href);
  if (!url.searchParams.has("workspace")) return;
  url.searchParams.delete("workspace");
  window.history.replaceState(window.history.state, "", url);
}

/**
 * Holds which workspace the dashboard shows and switches it: a bundled county, a file (picked or dropped) or an
 * address. A new workspace is opened (and seeded) before the old one is let go, and a refused one changes nothing
 * but the message. Each workspace has its own store, so the app below is keyed by it and starts afresh.
 */
export function WorkspaceHost({ source, initial, initialRefusal = null }: WorkspaceHostProps) {
  const [opened, setOpened] = useState(initial);
  const [refusal, setRefusal] = useState<RefusedWorkspace | null>(initialRefusal);
  const [busy, setBusy] = useState(false);
  const [switched, setSwitched] = useState(false);

  const show = useCallback(
    async (choice: WorkspaceChoice, seed?: () => Promise<Workspace>) => {
      if (sameChoice(choice, opened.choice)) return;
      setBusy(true);
      try {
        const next = await openChoice(source, choice, window.location.href, seed);
        if (next === null) throw new Error(`Nothing is stored under ${storageKeyOf(choice)}.`);
        rememberChoice(localStore(), choice);
        if (choice.kind !== "address") forgetAddressParameter();
        opened.store.close?.();
        setRefusal(null);
        setSwitched(true);
        setOpened(next);
      } catch (error) {
        const issues =
          error instanceof WorkspaceIntakeError
            ? error.issues
            : [
                {
                  path: "",
                  code: "open_failed",
                  message: {
                    sv: `Arbetsytan kunde inte öppnas (${String(error)}).`,
                    en: `The workspace could not be opened (${String(error)}).`,
                  },
                },
              ];
        setRefusal({ source: error instanceof WorkspaceIntakeError ? error.source : storageKeyOf(choice), issues });
      } finally {
        setBusy(false);
      }
    },
    [opened, source],
  );

  const chooseFile = useCallback(
    async (file: File) => {
      setBusy(true);
      const read = await readWorkspaceFile(file);
      setBusy(false);
      if (!read.ok) {
        setRefusal({ source: file.name, issues: read.issues });
        return;
      }
      const workspace = read.workspace;
      await show(fileChoice(file.name, read.text), () => Promise.resolve(workspace));
    },
    [show],
  );

  return (
    <App
      key={opened.key}
      store={opened.store}
      storageKey={opened.key}
      choice={opened.choice}
      asOf={asOfFor(opened.choice, window.location.search)}
      source={source}
      workspaces={{
        busy,
        refusal,
        focusOnMount: switched,
        onChooseCounty: (id) => void show({ kind: "county", id }),
        onFile: (file) => void chooseFile(file),
      }}
    />
  );
}
