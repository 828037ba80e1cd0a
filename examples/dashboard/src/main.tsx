import "@systemledning/react/styles.css";
import "./app.css";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App.js";
import { createMemoryStore } from "@systemledning/core/workspace";
import { SAMPLE_AS_OF, loadSampleWorkspace } from "./data.js";
import { LoadFailure } from "./components/LoadFailure.js";

const container = document.getElementById("root");
if (container === null) throw new Error("The page has no #root element to render the dashboard into.");

// The sample is a snapshot, so the answers are for its own day; `?asOf=2026-01-15` asks about another.
const requested = new URLSearchParams(window.location.search).get("asOf");
const asOf = requested !== null && /^\d{4}-\d{2}-\d{2}$/.test(requested) ? requested : SAMPLE_AS_OF;

let content;
try {
  // The demo keeps the workspace in memory: it does not edit yet, so there is nothing to persist, and a
  // stored copy would hide fixes to the sample data. A host passes its own store (or the IndexedDB one).
  const store = createMemoryStore(loadSampleWorkspace());
  content = <App store={store} asOf={asOf} />;
} catch (error) {
  content = <LoadFailure error={error} />;
}
createRoot(container).render(<StrictMode>{content}</StrictMode>);
