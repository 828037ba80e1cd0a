/**
 * A chart's legend: each entry a small drawn sample of the mark (its shape, not only its colour: A8) and
 * the words for it. The samples are decoration; the words are the legend.
 */
import type { ReactNode } from "react";

/** One entry of a {@link ChartLegend}. */
export interface ChartLegendEntry {
  /** The sample, drawn in a 20 × 16 SVG with the same classes as the marks (`<circle className="sl-range-mean" … />`). */
  readonly swatch: ReactNode;
  readonly label: ReactNode;
}

/**
 * A list of what the marks of a chart mean.
 *
 * @example
 * <ChartLegend label="Värde" entries={[{ swatch: <circle className="sl-range-mean" cx={10} cy={8} r={6} />, label: "Medelvärde" }]} />
 */
export function ChartLegend({
  label,
  entries,
}: {
  readonly label: string;
  readonly entries: readonly ChartLegendEntry[];
}) {
  return (
    <ul className="sl-legend" aria-label={label}>
      {entries.map((entry, index) => (
        <li key={index}>
          <svg className="sl-legend-swatch" viewBox="0 0 20 16" aria-hidden="true">
            {entry.swatch}
          </svg>
          {entry.label}
        </li>
      ))}
    </ul>
  );
}
