import { isSystemledningError } from "@systemledning/core/workspace";

/**
 * What the page shows when the workspace does not pass the door: an alert and every issue with its
 * path, in both languages, as text.
 */
export function LoadFailure({ error }: { readonly error: unknown }) {
  const issues = isSystemledningError(error) ? error.issues : [];
  return (
    <div className="sl-root dash-app">
      <main className="dash-main">
        <h1>Systemledning</h1>
        <div role="alert" className="dash-alert">
          <p lang="sv">Arbetsytan kunde inte läsas in.</p>
          <p lang="en">The workspace could not be loaded.</p>
        </div>
        <ul>
          {issues.map((issue, position) => (
            <li key={position} className="sl-text">
              <code>{issue.path}</code>: <span lang="sv">{issue.message.sv}</span> /{" "}
              <span lang="en">{issue.message.en}</span>
            </li>
          ))}
        </ul>
      </main>
    </div>
  );
}
