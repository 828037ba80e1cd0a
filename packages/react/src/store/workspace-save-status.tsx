/**
 * What a person sees and hears of saving: a status line in a polite live region ("Sparar …", "Sparat.",
 * "Ändrat i en annan flik.", the store's refusal in words), present from the first render so the first message is
 * read too, and, when a clash waits, the clash dialog. Both read a {@link WorkspaceUpdates} from
 * `useWorkspaceUpdates`; nothing here saves by itself.
 */
import type { KitLocale } from "../i18n/format.js";
import { useKitLocale } from "../i18n/locale.js";
import { classNames } from "../primitives/widget.js";
import { themeAttribute, useKitTheme } from "../primitives/theme.js";
import { STORE_MESSAGES, type StoreTools } from "./messages.js";
import type { WorkspaceSaveState, WorkspaceUpdates } from "./use-workspace-updates.js";
import { WorkspaceClashDialog } from "./workspace-clash-dialog.js";

/** The words for a state, or "" for none. */
export function saveStateText(state: WorkspaceSaveState, tools: StoreTools): string {
  const { t } = tools;
  switch (state.kind) {
    case "idle":
      return "";
    case "saving":
      return t("storeSaving");
    case "saved":
      return t(state.attempts > 1 ? "storeSavedAfterRetry" : "storeSaved");
    case "refused":
      return state.error.reason === "unavailable"
        ? t("storeUnavailable")
        : t("storeRefused", { reason: state.error.issues.map((issue) => tools.text(issue.message)).join(" ") });
    case "clash":
      return t("storeClashWaiting");
    case "resolved":
      return t(state.choice === "mine" ? "storeClashKeptMine" : "storeClashKeptTheirs");
    case "changed-elsewhere":
      return t("storeChangedElsewhere");
  }
}

/**
 * A new state object is a new message, even in the same words (the second "Sparat." is read too): each gets a
 * number of its own, the key of its node. Kept by the object itself, so rendering twice (StrictMode) numbers it once.
 */
const messageNumbers = new WeakMap<WorkspaceSaveState, number>();
let lastMessageNumber = 0;
function messageNumber(state: WorkspaceSaveState): number {
  let found = messageNumbers.get(state);
  if (found === undefined) {
    found = ++lastMessageNumber;
    messageNumbers.set(state, found);
  }
  return found;
}

/** Props of {@link WorkspaceSaveStatus} and {@link WorkspaceUpdatesFeedback}. */
export interface WorkspaceSaveStatusProps {
  /** What `useWorkspaceUpdates(store)` gives. */
  readonly updates: WorkspaceUpdates;
  /** The language. @default the nearest LocaleProvider's, else "sv" */
  readonly locale?: KitLocale | undefined;
  /** Extra classes on the root, for the host's layout. */
  readonly className?: string | undefined;
}

/**
 * The saving status line: visible, and a polite live region (`role="status"`). The same words said twice (two
 * saves in a row) are read twice, since each message replaces its node.
 *
 * @example
 * <WorkspaceSaveStatus updates={updates} />
 */
export function WorkspaceSaveStatus({ updates, locale, className }: WorkspaceSaveStatusProps) {
  const tools = useKitLocale(locale, STORE_MESSAGES);
  const theme = useKitTheme();
  const text = saveStateText(updates.state, tools);
  const id = messageNumber(updates.state);
  return (
    <p
      className={classNames("sl-root", "sl-save-status", className)}
      lang={tools.locale}
      data-sl-theme={themeAttribute(theme)}
      role="status"
      aria-live="polite"
      aria-atomic="true"
      data-sl-save-state={updates.state.kind}
    >
      {text === "" ? null : <span key={id}>{text}</span>}
    </p>
  );
}

/**
 * The status line and, while a clash waits, the clash dialog wired to `updates.resolve`.
 *
 * @example
 * const updates = useWorkspaceUpdates(store);
 * <WorkspaceUpdatesFeedback updates={updates} />
 * <AssessmentForm workspace={workspace} roundId={roundId} onChange={updates.apply} />
 */
export function WorkspaceUpdatesFeedback({ updates, locale, className }: WorkspaceSaveStatusProps) {
  const { locale: resolved } = useKitLocale(locale);
  const theme = useKitTheme();
  return (
    <>
      <WorkspaceSaveStatus updates={updates} locale={resolved} className={className} />
      {updates.clash === null ? null : (
        <div className="sl-root" lang={resolved} data-sl-theme={themeAttribute(theme)}>
          <WorkspaceClashDialog
            clash={updates.clash}
            busy={updates.busy}
            locale={resolved}
            onChoose={(choice) => void updates.resolve(choice)}
          />
        </div>
      )}
    </>
  );
}
