import { useId, type ReactNode } from "react";

/**
 * A table that may be wider than a phone: it scrolls inside its own region, named by the caption and
 * reachable by keyboard, so the page itself never scrolls sideways (docs/quality.md A9).
 */
export function TableRegion({ caption, children }: { readonly caption: ReactNode; readonly children: ReactNode }) {
  const captionId = useId();
  return (
    <div className="sl-table-region" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="sl-table">
        <caption id={captionId}>{caption}</caption>
        {children}
      </table>
    </div>
  );
}
