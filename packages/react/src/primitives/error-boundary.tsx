/**
 * An error boundary per widget (docs/quality.md R6): when a widget's data is broken, the widget shows a short alert
 * in the page's language and the rest of the intranet page keeps working, instead of React unmounting the
 * whole tree and leaving a blank page.
 */
import { Component, type ErrorInfo, type ReactNode } from "react";
import type { KitLocale } from "../i18n/format.js";
import { useKitLocale } from "../i18n/locale.js";

/** Props of {@link WidgetErrorBoundary}. */
export interface WidgetErrorBoundaryProps {
  readonly children: ReactNode;
  /** The language of the alert. @default the nearest LocaleProvider's, else "sv" */
  readonly locale?: KitLocale | undefined;
  /** Called once per error with what React knows of it, for the host's own logging. Nothing leaves the page unless the host sends it. */
  readonly onError?: ((error: unknown, info: ErrorInfo) => void) | undefined;
  /** When this value changes after an error, the widget tries to render again (new data may fix it). */
  readonly resetKey?: unknown;
  /** What to show instead of the default alert. */
  readonly fallback?: ReactNode;
}

interface BoundaryState {
  readonly error: unknown;
  readonly failed: boolean;
  readonly resetKey: unknown;
}

function DefaultFallback({ locale }: { readonly locale: KitLocale | undefined }) {
  const { t } = useKitLocale(locale);
  return (
    <div role="alert" className="sl-alert" data-sl-widget-error="">
      <p className="sl-alert-title">{t("widgetFailed")}</p>
      <p>{t("widgetFailedHint")}</p>
    </div>
  );
}

/**
 * Catches a render error below it and shows a `role="alert"` message instead.
 *
 * @example
 * <WidgetErrorBoundary onError={(e) => log(e)} resetKey={workspace}><Chart … /></WidgetErrorBoundary>
 */
export class WidgetErrorBoundary extends Component<WidgetErrorBoundaryProps, BoundaryState> {
  override state: BoundaryState = { error: null, failed: false, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<BoundaryState> {
    return { error, failed: true };
  }

  static getDerivedStateFromProps(
    props: WidgetErrorBoundaryProps,
    state: BoundaryState,
  ): Partial<BoundaryState> | null {
    // New data after a failure: try again rather than stay broken until the page reloads.
    if (!Object.is(props.resetKey, state.resetKey)) return { resetKey: props.resetKey, failed: false, error: null };
    return null;
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    if (this.props.onError !== undefined) this.props.onError(error, info);
    // Without a handler the details go to the console, where a developer looks; never off the page.
    else console.error("systemledning: a widget failed to render", error, info.componentStack);
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return this.props.fallback ?? <DefaultFallback locale={this.props.locale} />;
  }
}
