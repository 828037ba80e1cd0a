/**
 * What an element shows instead of its component when the workspace or an attribute is invalid: the kit's
 * alert (`role="alert"`, the `sl-alert` look the widgets' error boundary uses), with each issue's path and
 * its text in the element's language, so a person sees what to fix and a screen reader hears it.
 */
import type { ValidationIssue } from "@systemledning/core/workspace";
import { useKitLocale, Widget, type KitLocale, type KitTheme } from "@systemledning/react";

function IssueList({ issues }: { readonly issues: readonly ValidationIssue[] }) {
  const { t, locale } = useKitLocale();
  return (
    <div role="alert" className="sl-alert" data-sl-element-error="">
      <p className="sl-alert-title">{t("widgetFailed")}</p>
      <ul>
        {issues.map((issue, index) => (
          <li key={`${issue.code}-${issue.path}-${index}`}>
            {issue.path === "" ? "" : <code>{issue.path}</code>}
            {issue.path === "" ? "" : ": "}
            {issue.message[locale]}
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * The issues as the kit's alert, inside a widget root (tokens, language, theme).
 *
 * @example
 * <IssueAlert issues={result.error.issues} locale="sv" theme="auto" />
 */
export function IssueAlert(props: {
  readonly issues: readonly ValidationIssue[];
  readonly locale: KitLocale;
  readonly theme: KitTheme;
}) {
  return (
    <Widget locale={props.locale} theme={props.theme}>
      <IssueList issues={props.issues} />
    </Widget>
  );
}
