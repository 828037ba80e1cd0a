/**
 * The browser's half, as a Sitevision WebApp's `main.js`: read the props the server rendered with from the
 * page's JSON block, pass the workspace through the core's door, and hydrate the server's markup with
 * React 18's `hydrateRoot`. Data that does not pass is shown as the door's issues, in both languages.
 */
import { safeParseWorkspace } from "@systemledning/core/workspace";
import { hydrateRoot, createRoot } from "react-dom/client";
import { LoadFailure } from "./load-failure.js";
import { PAGE_DATA_ID, PAGE_ROOT_ID, SitevisionPage } from "./page.js";

const container = document.getElementById(PAGE_ROOT_ID);
const data = document.getElementById(PAGE_DATA_ID);
if (container === null || data === null) throw new Error(`The page has no #${PAGE_ROOT_ID} or #${PAGE_DATA_ID}.`);

const { workspace, asOf } = JSON.parse(data.textContent ?? "null") as { workspace?: unknown; asOf?: unknown };
const parsed = safeParseWorkspace(workspace);
if (parsed.success && typeof asOf === "string" && /^\d{4}-\d{2}-\d{2}$/.test(asOf)) {
  hydrateRoot(container, <SitevisionPage workspace={parsed.data} asOf={asOf} />);
} else {
  // Nothing to hydrate against: the server's markup is replaced by the reasons.
  createRoot(container).render(<LoadFailure issues={parsed.success ? [] : parsed.error.issues} />);
}
