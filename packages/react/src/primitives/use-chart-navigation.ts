/**
 * Keyboard and pointer behaviour of a chart (QUALITY A3, A11): one tab stop for the whole chart (a roving
 * tabindex over its marks), arrow keys between marks with the focused mark's label read by the screen
 * reader, a tooltip that opens on focus as well as on hover, stays while hovered, and closes on Esc.
 * Handlers sit on the marks themselves, so no key is caught while focus is elsewhere on the page.
 *
 * The marks form rows (one per item, or a single row): Left and Right move through every mark in reading
 * order, across rows; Up and Down move to the same position in the row above or below; Home and End go to
 * the first and last mark.
 */
import { useCallback, useRef, useState, type FocusEvent, type KeyboardEvent } from "react";

/** A mark's place: its row and its index within the row. */
export interface ChartPosition {
  readonly row: number;
  readonly index: number;
}

/** The props the hook puts on each mark (an SVG element). */
export interface ChartMarkProps {
  readonly tabIndex: 0 | -1;
  readonly ref: (element: SVGElement | null) => void;
  readonly onFocus: (event: FocusEvent<SVGElement>) => void;
  readonly onBlur: (event: FocusEvent<SVGElement>) => void;
  readonly onKeyDown: (event: KeyboardEvent<SVGElement>) => void;
  readonly onPointerEnter: () => void;
  readonly onPointerLeave: () => void;
  readonly "data-sl-active": "" | undefined;
}

/** What {@link useChartNavigation} gives a chart. */
export interface ChartNavigation {
  /** The mark that holds the tab stop (the last one focused, at first the first mark). */
  readonly current: ChartPosition | null;
  /** The mark whose tooltip is open, or `null`. */
  readonly tooltip: ChartPosition | null;
  /** Whether focus is on one of the chart's marks. */
  readonly focused: boolean;
  /** Props for the mark at a position. */
  readonly getMarkProps: (row: number, index: number) => ChartMarkProps;
  /** Props for the tooltip element, so that hovering it keeps it open (WCAG 1.4.13). */
  readonly tooltipProps: { readonly onPointerEnter: () => void; readonly onPointerLeave: () => void };
}

const same = (a: ChartPosition | null, row: number, index: number): boolean => a !== null && a.row === row && a.index === index;

/**
 * Roving focus and tooltips over a chart's marks, given how many marks each row has.
 *
 * @example
 * const nav = useChartNavigation([9, 9, 9, 9, 9]); // five histograms of nine bars
 * <rect {...nav.getMarkProps(item, bar)} role="img" aria-label="Nära för mig: 3, 2 systemledningar" />
 */
export function useChartNavigation(rowLengths: readonly number[]): ChartNavigation {
  const elements = useRef(new Map<string, SVGElement>());
  const [current, setCurrent] = useState<ChartPosition | null>(null);
  const [focused, setFocused] = useState(false);
  const [tooltipHidden, setTooltipHidden] = useState(false);
  // The mark last hovered, and whether the pointer is on it or on its tooltip: moving from a mark onto its
  // tooltip keeps that mark's tooltip open (WCAG 1.4.13), whichever mark has focus.
  const [hover, setHover] = useState<{ readonly target: ChartPosition | null; readonly onMark: boolean; readonly onTooltip: boolean }>({ target: null, onMark: false, onTooltip: false });

  // The tab stop falls back to the first mark while none has been focused, or when data changes under it.
  const first = firstPosition(rowLengths);
  const stop = current !== null && current.row < rowLengths.length && current.index < (rowLengths[current.row] ?? 0) ? current : first;

  const hoverTooltip = hover.onMark || hover.onTooltip ? hover.target : null;
  const tooltip = tooltipHidden ? null : (hoverTooltip ?? (focused ? stop : null));
  const tooltipOpen = tooltip !== null;

  const focusAt = useCallback((position: ChartPosition) => {
    elements.current.get(`${position.row}:${position.index}`)?.focus();
  }, []);

  const move = useCallback(
    (event: KeyboardEvent<SVGElement>, from: ChartPosition) => {
      let next: ChartPosition | null;
      switch (event.key) {
        case "ArrowRight":
          next = step(rowLengths, from, 1);
          break;
        case "ArrowLeft":
          next = step(rowLengths, from, -1);
          break;
        case "ArrowDown":
          next = rowStep(rowLengths, from, 1);
          break;
        case "ArrowUp":
          next = rowStep(rowLengths, from, -1);
          break;
        case "Home":
          next = firstPosition(rowLengths);
          break;
        case "End":
          next = lastPosition(rowLengths);
          break;
        case "Escape":
          // Only an open tooltip takes the Esc; otherwise it goes on to the host (a dialog around the chart).
          if (tooltipOpen) {
            setTooltipHidden(true);
            setHover({ target: null, onMark: false, onTooltip: false });
            event.preventDefault();
          }
          return;
        default:
          return;
      }
      // Arrows never scroll the page while a chart has focus, even at the first or last mark.
      event.preventDefault();
      if (next !== null) focusAt(next);
    },
    [rowLengths, focusAt, tooltipOpen],
  );

  const getMarkProps = useCallback(
    (row: number, index: number): ChartMarkProps => ({
      tabIndex: same(stop, row, index) ? 0 : -1,
      ref: (element) => {
        const key = `${row}:${index}`;
        if (element === null) elements.current.delete(key);
        else elements.current.set(key, element);
      },
      onFocus: () => {
        setCurrent({ row, index });
        setFocused(true);
        setTooltipHidden(false);
      },
      onBlur: () => setFocused(false),
      onKeyDown: (event) => move(event, { row, index }),
      onPointerEnter: () => {
        setHover({ target: { row, index }, onMark: true, onTooltip: false });
        setTooltipHidden(false);
      },
      onPointerLeave: () => setHover((previous) => (same(previous.target, row, index) ? { ...previous, onMark: false } : previous)),
      "data-sl-active": same(stop, row, index) && focused ? "" : undefined,
    }),
    [stop, focused, move],
  );

  const tooltipProps = {
    onPointerEnter: () => setHover((previous) => ({ ...previous, onTooltip: true })),
    onPointerLeave: () => setHover((previous) => ({ ...previous, onTooltip: false })),
  };
  return { current: stop, tooltip, focused, getMarkProps, tooltipProps };
}

function firstPosition(rowLengths: readonly number[]): ChartPosition | null {
  const row = rowLengths.findIndex((length) => length > 0);
  return row === -1 ? null : { row, index: 0 };
}

function lastPosition(rowLengths: readonly number[]): ChartPosition | null {
  const row = rowLengths.findLastIndex((length) => length > 0);
  return row === -1 ? null : { row, index: rowLengths[row]! - 1 };
}

/** The next mark in reading order (delta +1) or the previous (−1), crossing rows; `null` at either end. */
function step(rowLengths: readonly number[], from: ChartPosition, delta: 1 | -1): ChartPosition | null {
  const index = from.index + delta;
  if (index >= 0 && index < (rowLengths[from.row] ?? 0)) return { row: from.row, index };
  for (let row = from.row + delta; row >= 0 && row < rowLengths.length; row += delta) {
    const length = rowLengths[row] ?? 0;
    if (length > 0) return { row, index: delta === 1 ? 0 : length - 1 };
  }
  return null;
}

/** The same position in the next row with marks (delta +1) or the previous (−1), clamped to its length. */
function rowStep(rowLengths: readonly number[], from: ChartPosition, delta: 1 | -1): ChartPosition | null {
  for (let row = from.row + delta; row >= 0 && row < rowLengths.length; row += delta) {
    const length = rowLengths[row] ?? 0;
    if (length > 0) return { row, index: Math.min(from.index, length - 1) };
  }
  return null;
}
