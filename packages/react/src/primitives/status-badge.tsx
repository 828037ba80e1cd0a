/**
 * A status in three signals: a word, a shape and a colour (circle for in place, diamond for worth knowing,
 * triangle for needs a look, cross for missing: the `.sl-status` rules in styles.css). Colour alone would
 * leave out colour-blind readers and forced-colours mode; the word alone would not scan in a long table.
 */
import type { StructureStatus } from "@systemledning/core/structure";
import { useKitLocale, type PrimitiveMessageKey } from "../i18n/locale.js";
import { classNames } from "./widget.js";

/** The statuses a badge shows: the core's structure statuses; `info` also serves the other areas. */
export type StatusBadgeStatus = StructureStatus | "info";

/** Props of {@link StatusBadge}. */
export interface StatusBadgeProps {
  /** How the thing stands. */
  readonly status: StatusBadgeStatus;
  /**
   * A word to show instead of the kit's word for the status (a county's own, say); the shape and colour
   * stay those of `status`. @default the kit's word in the kit's locale ("Saknas", "Missing", …)
   */
  readonly label?: string | undefined;
  /** Extra classes, for the host's layout. */
  readonly className?: string | undefined;
}

const STATUS_KEYS: Readonly<Record<StatusBadgeStatus, PrimitiveMessageKey>> = {
  ok: "statusOk",
  info: "statusInfo",
  warning: "statusWarning",
  missing: "statusMissing",
};

/**
 * The kit's word for a status in `t`'s locale, for places that need the word without the badge (a CSV
 * column, a table alternative's cell).
 */
export function statusWord(status: StatusBadgeStatus, t: (key: PrimitiveMessageKey) => string): string {
  return t(STATUS_KEYS[status]);
}

/**
 * A status as a word with its shape and colour, in the locale of the nearest widget or `LocaleProvider`.
 * Plain text inside a `span`, so a table cell or list item that holds it is named by the word.
 *
 * @example
 * <StatusBadge status="missing" />            // ✕ Saknas
 * <StatusBadge status="ok" label="Antagen" /> // ● Antagen
 */
export function StatusBadge({ status, label, className }: StatusBadgeProps) {
  const { t } = useKitLocale();
  return (
    <span className={classNames("sl-status", className)} data-status={status}>
      {label ?? statusWord(status, t)}
    </span>
  );
}
