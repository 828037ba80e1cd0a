import type { ValidationIssue } from "@systemledning/core/workspace";

/**
 * What the page shows when its data does not pass the core's door: an alert and every issue with its path,
 * in Swedish and English, as text. Without issues (a malformed date) the alert alone says it.
 */
export function LoadFailure({ issues }: { readonly issues: readonly ValidationIssue[] }) {
  return (
    <div className="sl-root" role="alert">
      <p lang="sv">Sidans data kunde inte läsas in.</p>
      <p lang="en">The page's data could not be loaded.</p>
      <ul>
        {issues.map((issue, position) => (
          <li key={position}>
            <code>{issue.path}</code> ({issue.code}): <span lang="sv">{issue.message.sv}</span> /{" "}
            <span lang="en">{issue.message.en}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
