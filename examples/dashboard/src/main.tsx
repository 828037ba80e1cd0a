import "@systemledning/react/styles.css";
import "./app.css";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App.js";
import { SAMPLE_AS_OF } from "./data.js";
import { LoadFailure } from "./components/LoadFailure.js";
import { loadOrSeed, openStore, sourceOf } from "./store.js";

const container = document.getElementById("root");
if (container === null) throw new Error("The page has no #root element to render the dashboard into.");
const root = createRoot(container);

// The sample is a snapshot, so the answers are for its own day; `?asOf=2026-01-15` asks about another.
const requested = new URLSearchParams(window.location.search).get("asOf");
const asOf = requested !== null && /^\d{4}-\d{2}-\d{2}$/.test(requested) ? requested : SAMPLE_AS_OF;

// The workspace lives in this browser's IndexedDB (seeded with the sample when empty), or on the reference server
// that `?server=http://localhost:8787` names; either way it passes the core's door on the way in.
void (async () => {
  let content;
  try {
    const source = sourceOf(window.location.search);
    const store = openStore(source);
    await loadOrSeed(store);
    content = <App store={store} asOf={asOf} source={source} />;
  } catch (error) {
    content = <LoadFailure error={error} />;
  }
  root.render(<StrictMode>{content}</StrictMode>);
})();
