import { Component, type ErrorInfo, type ReactNode } from "react";
import { useI18n } from "../i18n.js";

function Failure() {
  const { t } = useI18n();
  return (
    <p role="alert" className="dash-alert">
      {t("loadFailed")}
    </p>
  );
}

/**
 * Keeps a broken view from blanking the page: bad data shows an alert instead (docs/quality.md R6).
 */
export class ErrorBoundary extends Component<{ readonly children: ReactNode }, { readonly failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    // The host's console is the only place the details go; nothing leaves the page.
    console.error(error, info.componentStack);
  }

  override render(): ReactNode {
    return this.state.failed ? <Failure /> : this.props.children;
  }
}
