/**
 * How an indicator value stands, as the follow-up views show it: a final value is plain; a preliminary value
 * carries a mark ("prel.") beside the number; a missing value is a dash with its word, never a zero. The same
 * marks in the indicator panel, the comparison table and their CSV, so a reader learns them once (Kolada's
 * *Jämföraren* marks missing values the same way in every view).
 */
import type { IndicatorValueStatus } from "@systemledning/core/plan";
import { useKitLocale, type PrimitiveMessageKey } from "../i18n/locale.js";
import { classNames } from "./widget.js";

const MARK_KEYS: Readonly<Record<Exclude<IndicatorValueStatus, "final">, PrimitiveMessageKey>> = {
  preliminary: "valuePreliminary",
  missing: "valueMissing",
};

/**
 * The kit's word for a value's status in `t`'s locale ("preliminärt", "saknas"), or null for a final value:
 * for a CSV column or a table alternative's cell.
 *
 * @example
 * const { t } = useKitLocale("en");
 * valueMarkWord("missing", t); // "missing"
 */
export function valueMarkWord(status: IndicatorValueStatus, t: (key: PrimitiveMessageKey) => string): string | null {
  return status === "final" ? null : t(MARK_KEYS[status]);
}

/** Props of {@link ValueMark}. */
export interface ValueMarkProps {
  /** The value's status, as the core stores it. */
  readonly status: IndicatorValueStatus;
  /** The value already formatted for the reader (with its unit if wanted); ignored when missing. */
  readonly formatted?: string | undefined;
  /** Extra classes, for the host's layout. */
  readonly className?: string | undefined;
}

/**
 * A formatted indicator value with its mark: `12,4` (final), `12,4 prel.` (preliminary, the word in full for
 * screen readers), `– saknas` (missing). Plain text in a `span`, so the cell or point that holds it is named by it.
 *
 * @example
 * <ValueMark status="preliminary" formatted="1 812" /> // 1 812 prel.
 * <ValueMark status="missing" />                      // – saknas
 */
export function ValueMark({ status, formatted, className }: ValueMarkProps) {
  const { t } = useKitLocale();
  if (status === "missing") {
    return (
      <span className={classNames("sl-value-mark", className)} data-status="missing">
        <span aria-hidden="true">– </span>
        {t("valueMissing")}
      </span>
    );
  }
  return (
    <span className={classNames("sl-value-mark", className)} data-status={status}>
      {formatted}
      {status === "preliminary" ? (
        <>
          {" "}
          <abbr className="sl-value-mark-flag" title={t("valuePreliminary")}>
            <span aria-hidden="true">{t("valuePreliminaryShort")}</span>
            <span className="sl-visually-hidden">{t("valuePreliminary")}</span>
          </abbr>
        </>
      ) : null}
    </span>
  );
}
