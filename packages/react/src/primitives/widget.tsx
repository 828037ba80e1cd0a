/**
 * The root of every kit widget: the `sl-root` class that scopes the stylesheet and carries the tokens, the
 * language (`lang`), the theme, an error boundary of its own and a live region. A host may also use it to
 * wrap its own components in the kit's look.
 */
import type { ErrorInfo, ReactNode } from "react";
import type { KitLocale } from "../i18n/format.js";
import { LocaleProvider, useKitLocale } from "../i18n/locale.js";
import { WidgetErrorBoundary } from "./error-boundary.js";
import { LiveRegionProvider } from "./live-region.js";
import { themeAttribute, ThemeProvider, useKitTheme, type KitTheme } from "./theme.js";

/** Props every kit widget takes besides its data. */
export interface WidgetProps {
  /** The widget's language. @default the nearest LocaleProvider's, else "sv" */
  readonly locale?: KitLocale | undefined;
  /** Light, dark, high contrast, or following the system. @default the nearest ThemeProvider's, else "auto" */
  readonly theme?: KitTheme | undefined;
  /** Extra classes on the widget's root, for the host's layout. */
  readonly className?: string | undefined;
  /** Called when the widget fails to render (it then shows an alert instead). */
  readonly onError?: ((error: unknown, info: ErrorInfo) => void) | undefined;
}

/** Join class names, leaving out empty ones. */
export function classNames(...names: readonly (string | false | null | undefined)[]): string {
  return names.filter((name) => typeof name === "string" && name !== "").join(" ");
}

/**
 * The root element of a widget, with its error boundary and live region.
 *
 * @example
 * <Widget locale="en" className="my-intranet-card"><MyContent /></Widget>
 */
export function Widget({
  locale,
  theme,
  className,
  onError,
  resetKey,
  children,
}: WidgetProps & { readonly resetKey?: unknown; readonly children: ReactNode }) {
  const { locale: resolved } = useKitLocale(locale);
  const shown = useKitTheme(theme);
  return (
    <div
      className={classNames("sl-root", "sl-widget", className)}
      lang={resolved}
      data-sl-theme={themeAttribute(shown)}
    >
      <WidgetErrorBoundary locale={resolved} resetKey={resetKey} onError={onError}>
        {/* Descendants read the widget's locale and theme from context, so no component passes them down by hand. */}
        <LocaleProvider locale={resolved}>
          <ThemeProvider theme={shown}>
            <LiveRegionProvider>{children}</LiveRegionProvider>
          </ThemeProvider>
        </LocaleProvider>
      </WidgetErrorBoundary>
    </div>
  );
}
