import { WorkspaceUpdatesFeedback, type WorkspaceUpdates } from "@systemledning/react";
import { useId, useRef, useState } from "react";
import { useI18n } from "../i18n.js";
import type { DashboardSource } from "../store.js";

/** Props of {@link StoragePanel}. */
export interface StoragePanelProps {
  readonly source: DashboardSource;
  readonly updates: WorkspaceUpdates;
  /** Throw away what the browser kept and load the sample again; absent on a server (its history only grows). */
  readonly onReset?: (() => void) | undefined;
}

/**
 * Where changes are saved, how the last save went (a polite status line, with the clash dialog when two people
 * changed the same thing) and, in the browser, "Återställ exempeldata", asked twice: the first press shows what
 * it does and a confirmation, so nothing is thrown away by one slip.
 */
export function StoragePanel({ source, updates, onReset }: StoragePanelProps) {
  const { locale, t } = useI18n();
  const headingId = useId();
  const [confirming, setConfirming] = useState(false);
  const resetButton = useRef<HTMLButtonElement>(null);
  const confirmText = useRef<HTMLParagraphElement>(null);

  const cancel = () => {
    setConfirming(false);
    // The confirmation is gone: focus goes back to the button that opened it.
    queueMicrotask(() => resetButton.current?.focus());
  };

  return (
    <section className="dash-storage" aria-labelledby={headingId}>
      <h2 id={headingId} className="dash-storage-heading">
        {t("storageHeading")}
      </h2>
      <p className="dash-muted">
        {source.kind === "server" ? t("storageServer").replace("{url}", source.url) : t("storageBrowser")}
      </p>
      <WorkspaceUpdatesFeedback updates={updates} locale={locale} />
      {onReset === undefined ? null : confirming ? (
        <div className="dash-reset-confirm" role="group" aria-labelledby={`${headingId}-confirm`}>
          <p id={`${headingId}-confirm`} ref={confirmText} tabIndex={-1}>
            {t("resetConfirm")}
          </p>
          <button type="button" className="sl-button" onClick={onReset}>
            {t("resetYes")}
          </button>{" "}
          <button type="button" className="sl-button" onClick={cancel}>
            {t("resetNo")}
          </button>
        </div>
      ) : (
        <button
          ref={resetButton}
          type="button"
          className="sl-button"
          onClick={() => {
            setConfirming(true);
            queueMicrotask(() => confirmText.current?.focus());
          }}
        >
          {t("resetSample")}
        </button>
      )}
    </section>
  );
}
