/**
 * A chart's tooltip, drawn inside the chart's SVG as a `<foreignObject>`: its place is set through SVG
 * attributes (x, y, width, height), so no inline style is needed and a strict CSP holds (docs/quality.md S3), and
 * the text inside wraps as HTML does. It is a visual aid only: the focused mark's accessible name already
 * says the same, so the tooltip is hidden from assistive technology.
 */

/** Props of {@link ChartTooltip}. */
export interface ChartTooltipProps {
  /** The point the tooltip belongs to, in the SVG's user units. */
  readonly anchorX: number;
  readonly anchorY: number;
  /** The SVG's drawing area, so the tooltip stays inside it. */
  readonly bounds: { readonly width: number; readonly height: number };
  /** The lines to show: the first in bold. */
  readonly lines: readonly string[];
  /** Width of the box in user units. @default 176 */
  readonly width?: number;
  /** Keep the box inside the SVG vertically; a thin strip lets it stand out above instead. @default true */
  readonly clampVertical?: boolean;
  /** Keep the tooltip open while the pointer is over it (WCAG 1.4.13). */
  readonly onPointerEnter?: () => void;
  readonly onPointerLeave?: () => void;
}

const LINE_HEIGHT = 18;
const PADDING = 8;
/** Characters that fit on one line of a box 176 units wide, for the height estimate only. */
const CHARS_PER_UNIT = 1 / 7.2;

/**
 * A tooltip box placed above the anchor (below it when there is no room), kept inside the SVG.
 *
 * @example
 * <ChartTooltip anchorX={120} anchorY={40} bounds={{ width: 320, height: 200 }} lines={["3 – Stämmer ganska bra", "2 systemledningar"]} />
 */
export function ChartTooltip({
  anchorX,
  anchorY,
  bounds,
  lines,
  width = 176,
  clampVertical = true,
  onPointerEnter,
  onPointerLeave,
}: ChartTooltipProps) {
  const charsPerLine = Math.max(8, Math.floor((width - 2 * PADDING) * CHARS_PER_UNIT));
  const lineCount = lines.reduce((sum, line) => sum + Math.max(1, Math.ceil(line.length / charsPerLine)), 0);
  const height = lineCount * LINE_HEIGHT + 2 * PADDING;
  const gap = 10;
  const x = Math.min(Math.max(0, anchorX - width / 2), Math.max(0, bounds.width - width));
  const above = anchorY - gap - height;
  const y = above >= 0 || !clampVertical ? above : Math.min(anchorY + gap, Math.max(0, bounds.height - height));
  return (
    <foreignObject
      x={x}
      y={y}
      width={width}
      height={height}
      className="sl-chart-tooltip-frame"
      aria-hidden="true"
      onPointerEnter={onPointerEnter}
      onPointerLeave={onPointerLeave}
    >
      <div className="sl-chart-tooltip">
        {lines.map((line, index) => (
          <div key={index} className={index === 0 ? "sl-chart-tooltip-title" : undefined}>
            {line}
          </div>
        ))}
      </div>
    </foreignObject>
  );
}
