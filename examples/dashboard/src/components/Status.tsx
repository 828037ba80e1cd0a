import { STATUS_LABELS, useI18n } from "../i18n.js";

/** How an answer stands; the core's `StructureStatus`. */
export type Status = keyof typeof STATUS_LABELS;

/**
 * A status in words and shape (circle, triangle, cross, diamond from the kit's `sl-status`), with colour
 * only as a third signal (docs/quality.md A8).
 */
export function StatusLabel({ status }: { readonly status: Status }) {
  const { locale } = useI18n();
  return (
    <span className="sl-status" data-status={status}>
      {STATUS_LABELS[status][locale]}
    </span>
  );
}
