/**
 * The row layout shared by the overview and the leadership comparison: one row per item, its title in HTML
 * (so long Swedish titles wrap) beside a thin SVG strip on the scale, and a shared scale axis under the
 * rows. Every strip uses the same x scale, so positions compare across rows. The strips are drawn in the
 * measured pixels of their column (the axis cell is measured; every strip cell has its width), so marks
 * and labels keep their size from a phone to a projector.
 */
import type { Scale } from "@systemledning/core/assessment";
import { scaleLinear, type ScaleLinear } from "d3-scale";
import type { ReactNode, RefObject } from "react";
import { useMeasuredWidth } from "../primitives/use-measured-width.js";
import { scaleNumber } from "./labels.js";
import type { ScoringTools } from "./messages.js";

/** The size of one strip in pixels: its width is measured, this is the width before the first measurement. */
export const STRIP_SIZE = { width: 400, height: 40, left: 14, right: 14 } as const;

/** The x scale of strips `width` pixels wide: the instrument's scale from its first to its last step. */
export function stripScale(scale: Pick<Scale, "min" | "max">, width: number): ScaleLinear<number, number> {
  return scaleLinear()
    .domain([scale.min, scale.max])
    .range([STRIP_SIZE.left, Math.max(STRIP_SIZE.left + 1, width - STRIP_SIZE.right)]);
}

/** The measured width of the strips' column: put the ref on the axis cell. */
export function useStripWidth(): [RefObject<HTMLDivElement | null>, number] {
  const [ref, width] = useMeasuredWidth<HTMLDivElement>(STRIP_SIZE.width);
  return [ref, width];
}

/** The whole steps of a scale: 1, 2, … 5. */
export function scaleSteps(scale: Pick<Scale, "min" | "max">): number[] {
  const steps: number[] = [];
  for (let value = scale.min; value <= scale.max; value++) steps.push(value);
  return steps;
}

/** One strip's SVG, with a light line at every whole step behind the marks. */
export function Strip({
  scale,
  width,
  label,
  children,
}: {
  readonly scale: Pick<Scale, "min" | "max">;
  readonly width: number;
  readonly label: string;
  readonly children: ReactNode;
}) {
  const x = stripScale(scale, width);
  return (
    <svg
      className="sl-chart-svg sl-strip-svg"
      viewBox={`0 0 ${width} ${STRIP_SIZE.height}`}
      role="group"
      aria-label={label}
    >
      <g aria-hidden="true">
        {scaleSteps(scale).map((value) => (
          <line key={value} className="sl-chart-grid" x1={x(value)} x2={x(value)} y1={2} y2={STRIP_SIZE.height - 2} />
        ))}
      </g>
      {children}
    </svg>
  );
}

/** The axis under the strips: the step numbers at their places, hidden from screen readers (the table has them). */
export function StripAxis({
  scale,
  width,
  measureRef,
  tools,
}: {
  readonly scale: Pick<Scale, "min" | "max">;
  readonly width: number;
  readonly measureRef: RefObject<HTMLDivElement | null>;
  readonly tools: ScoringTools;
}) {
  const x = stripScale(scale, width);
  return (
    <div className="sl-strip-axis-row">
      <div className="sl-strip-axis" ref={measureRef}>
        <svg className="sl-chart-svg" viewBox={`0 0 ${width} 22`} aria-hidden="true">
          <line className="sl-chart-baseline" x1={STRIP_SIZE.left} x2={width - STRIP_SIZE.right} y1={1} y2={1} />
          {scaleSteps(scale).map((value) => (
            <text key={value} className="sl-chart-tick" x={x(value)} y={16} textAnchor="middle">
              {scaleNumber(value, tools)}
            </text>
          ))}
        </svg>
      </div>
    </div>
  );
}

/** One row: the title beside the strip (stacked on narrow screens). */
export function StripRow({
  title,
  aside,
  open = false,
  children,
}: {
  readonly title: ReactNode;
  readonly aside?: ReactNode;
  readonly open?: boolean;
  readonly children: ReactNode;
}) {
  // A row with an open tooltip is raised above its neighbours, which its tooltip overlaps.
  return (
    <li className="sl-strip-row" data-sl-open={open ? "" : undefined}>
      <div className="sl-strip-label">
        <span className="sl-strip-title sl-text">{title}</span>
        {aside === undefined ? null : <span className="sl-strip-aside">{aside}</span>}
      </div>
      <div className="sl-strip-chart">{children}</div>
    </li>
  );
}
