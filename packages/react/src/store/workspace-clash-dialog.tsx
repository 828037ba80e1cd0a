/**
 * The dialog a clash opens: someone else saved a change to the same thing while this person worked, and only
 * they can say which version stands. A modal `alertdialog` (it interrupts, and asks for a decision): focus moves
 * into it when it opens and back to where it was when it closes, Tab stays inside, and the page behind is out of
 * reach. It names both versions and shows each place they differ in words, with the value each side holds, then
 * offers two choices: keep mine (saved over theirs) or keep theirs (mine dropped). Esc keeps theirs, the choice
 * that loses nothing already saved. A `<div>` rather than `<dialog>`'s `showModal`, which React 18's server
 * renderer and the test DOM do not know; the focus rules are the ones `showModal` would give.
 */
import type { Workspace } from "@systemledning/core/workspace";
import { useId, useMemo, useRef, type KeyboardEvent } from "react";
import type { KitLocale } from "../i18n/format.js";
import { useKitLocale } from "../i18n/locale.js";
import { themeAttribute, useKitTheme } from "../primitives/theme.js";
import { useClientLayoutEffect } from "../primitives/use-client-layout-effect.js";
import { describeClashPlaces } from "./clash-paths.js";
import { STORE_MESSAGES } from "./messages.js";

/** What the dialog shows of a clash: the core's `WorkspaceClash` fits (its other fields are not read). */
export interface ClashShown {
  /** My change applied to the document it was based on: what "keep mine" saves. */
  readonly mine: Workspace;
  /** What the store holds now, with its revision. */
  readonly theirs: { readonly workspace: Workspace; readonly revision: string };
  /** Where both changed the same thing, as paths over the document (`meetings[id=m-1].status`). */
  readonly paths: readonly string[];
  /** The core's own words for the clash. */
  readonly messages: { readonly sv: string; readonly en: string };
}

/** One side of a clash to keep. */
export type ClashChoice = "mine" | "theirs";

/** Props of {@link WorkspaceClashDialog}. */
export interface WorkspaceClashDialogProps {
  readonly clash: ClashShown;
  /** Called with the side the person keeps. The host (or `WorkspaceUpdates`) resolves the clash and closes the dialog. */
  readonly onChoose: (choice: ClashChoice) => void;
  /** True while a choice is being saved: the buttons are marked busy and ignore more presses. */
  readonly busy?: boolean | undefined;
  /** The dialog's language. @default the nearest LocaleProvider's, else "sv" */
  readonly locale?: KitLocale | undefined;
  /** The heading level of the dialog's title. @default 2 */
  readonly headingLevel?: 2 | 3 | 4 | undefined;
  /** At most this many places are listed; the rest are counted. @default 8 */
  readonly maxPlaces?: number | undefined;
}

const FOCUSABLE = "button:not([disabled]), [href], input, select, textarea, [tabindex]:not([tabindex='-1'])";

/**
 * The clash dialog: both versions, what differs between them, and a choice of which to keep.
 *
 * @example
 * {clash === null ? null : <WorkspaceClashDialog clash={clash} onChoose={(choice) => void resolve(choice)} />}
 */
export function WorkspaceClashDialog({
  clash,
  onChoose,
  busy = false,
  locale,
  headingLevel = 2,
  maxPlaces = 8,
}: WorkspaceClashDialogProps) {
  const tools = useKitLocale(locale, STORE_MESSAGES);
  const theme = useKitTheme();
  const { t } = tools;
  const id = useId();
  const dialogRef = useRef<HTMLDivElement>(null);
  const titleRef = useRef<HTMLHeadingElement>(null);
  const places = useMemo(
    () => describeClashPlaces(clash.paths, clash.mine, clash.theirs.workspace, t, tools.locale),
    [clash, t, tools.locale],
  );
  const shown = places.slice(0, maxPlaces);
  const Heading = `h${headingLevel}` as "h2";
  const Sub = `h${headingLevel + 1}` as "h3";

  // Focus into the dialog on open and back to what had it on close, as a modal dialog does (WCAG 2.4.3). A layout
  // effect: the focus moves in the commit that shows the dialog, so no frame shows it with the focus left behind.
  useClientLayoutEffect(() => {
    const before = dialogRef.current?.ownerDocument.activeElement as HTMLElement | null | undefined;
    titleRef.current?.focus();
    return () => {
      if (before?.isConnected === true) before.focus();
    };
  }, []);

  const choose = (choice: ClashChoice) => {
    if (!busy) onChoose(choice);
  };

  // Keys on the dialog's own element (docs/architecture.md, rule 9): Tab wraps inside, Esc keeps theirs.
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === "Escape") {
      event.preventDefault();
      choose("theirs");
      return;
    }
    if (event.key !== "Tab") return;
    const focusable = [...event.currentTarget.querySelectorAll<HTMLElement>(FOCUSABLE)];
    const first = focusable[0];
    const last = focusable.at(-1);
    if (first === undefined || last === undefined) return;
    const active = event.currentTarget.ownerDocument.activeElement;
    if (event.shiftKey && (active === first || !event.currentTarget.contains(active))) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && active === last) {
      event.preventDefault();
      first.focus();
    }
  };

  return (
    // Its own `sl-root`: the dialog covers the page, so it carries the kit's tokens, language and theme wherever it
    // sits (the theme of the nearest ThemeProvider or widget).
    <div className="sl-root sl-clash-backdrop" lang={tools.locale} data-sl-theme={themeAttribute(theme)}>
      <div
        ref={dialogRef}
        className="sl-clash-dialog"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-lead`}
        onKeyDown={onKeyDown}
      >
        <Heading ref={titleRef} id={`${id}-title`} className="sl-clash-title" tabIndex={-1}>
          {t("storeClashTitle")}
        </Heading>
        <p id={`${id}-lead`} className="sl-clash-lead">
          {t("storeClashLead")}
        </p>
        {/* The core's own words name the places as paths; shown only when there is no place to list below. */}
        {places.length === 0 ? <p className="sl-clash-core">{tools.text(clash.messages)}</p> : null}
        <Sub className="sl-clash-subtitle">{t("storeClashWhat")}</Sub>
        <ul className="sl-clash-places">
          {shown.map((place) => (
            <li key={place.path} className="sl-clash-place">
              <p className="sl-clash-where" title={place.path}>
                {place.parts.join(" › ")}
              </p>
              <dl className="sl-clash-values">
                <div>
                  <dt>{t("storeClashMine")}</dt>
                  <dd>{place.mine ?? t("storeValueMissing")}</dd>
                </div>
                <div>
                  <dt>{t("storeClashTheirs", { revision: clash.theirs.revision })}</dt>
                  <dd>{place.theirs ?? t("storeValueMissing")}</dd>
                </div>
              </dl>
            </li>
          ))}
        </ul>
        {places.length > shown.length ? (
          <p className="sl-clash-more">{t("storeClashMore", { count: places.length - shown.length })}</p>
        ) : null}
        <div className="sl-clash-actions">
          <button
            type="button"
            className="sl-button sl-button-primary"
            aria-disabled={busy || undefined}
            onClick={() => choose("mine")}
          >
            {t("storeClashKeepMine")}
          </button>
          <button
            type="button"
            className="sl-button"
            aria-disabled={busy || undefined}
            onClick={() => choose("theirs")}
          >
            {t("storeClashKeepTheirs")}
          </button>
        </div>
      </div>
    </div>
  );
}
