import "@systemledning/react/styles.css";
import "./app.css";
import { StrictMode, type ReactNode } from "react";
import { createRoot } from "react-dom/client";
import { LoadFailure } from "./components/LoadFailure.js";
import { sourceOf } from "./store.js";
import { DEFAULT_CHOICE, readRememberedChoice, rememberChoice } from "./workspaces/choice.js";
import { fetchWorkspace } from "./workspaces/intake.js";
import { browserFetch, openChoice, WorkspaceIntakeError, type OpenedWorkspace } from "./workspaces/open.js";
import { WorkspaceHost, type RefusedWorkspace } from "./WorkspaceHost.js";

const container = document.getElementById("root");
if (container === null) throw new Error("The page has no #root element to render the dashboard into.");
const root = createRoot(container);
const storage = typeof localStorage === "undefined" ? undefined : localStorage;

/**
 * Which workspace to open: `?workspace=<address>` when the address gives one that passes the door; else the one this
 * browser remembers; else the default county. A refused address is reported and the remembered workspace opened,
 * so a bad link loses nothing.
 */
async function start(): Promise<ReactNode> {
  const search = window.location.search;
  const base = window.location.href;
  const source = sourceOf(search);
  let refusal: RefusedWorkspace | null = null;
  const address = new URLSearchParams(search).get("workspace");
  if (address !== null) {
    const fetched = await fetchWorkspace(address, base, browserFetch);
    if (fetched.ok) {
      const choice = { kind: "address", address } as const;
      const opened = await openChoice(source, choice, base, () => Promise.resolve(fetched.workspace));
      if (opened !== null) {
        rememberChoice(storage, choice);
        return <WorkspaceHost source={source} initial={opened} />;
      }
    } else refusal = { source: address, issues: fetched.issues };
  }
  let opened: OpenedWorkspace | null = null;
  const remembered = readRememberedChoice(storage);
  if (remembered !== null) {
    try {
      opened = await openChoice(source, remembered, base);
    } catch (error) {
      // A remembered address that no longer answers: say so, and show the default county.
      if (!(error instanceof WorkspaceIntakeError)) throw error;
      refusal = { source: error.source, issues: error.issues };
    }
  }
  opened ??= await openChoice(source, DEFAULT_CHOICE, base);
  if (opened === null) throw new Error("The default county could not be opened.");
  return <WorkspaceHost source={source} initial={opened} initialRefusal={refusal} />;
}

// The workspace lives in this browser's IndexedDB (one per workspace, seeded when empty), or on the reference server
// that `?server=http://localhost:8787` names; either way it passes the core's door on the way in.
void (async () => {
  let content: ReactNode;
  try {
    content = await start();
  } catch (error) {
    content = <LoadFailure error={error} />;
  }
  root.render(<StrictMode>{content}</StrictMode>);
})();
