/**
 * Keyboard and pointer behaviour of a chart (docs/quality.md A3, A11): one tab stop for the whole chart (a roving
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

/** The props the hook puts on each mark: an SVG element in a chart, or an HTML one (a timeline's buttons). */
export interface ChartMarkProps<TElement extends Element = SVGElement> {
  readonly tabIndex: 0 | -1;
  readonly ref: (element: TElement | null) => void;
  readonly onFocus: (event: FocusEvent<TElement>) => void;
  readonly onBlur: (event: FocusEvent<TElement>) => void;
  readonly onKeyDown: (event: KeyboardEvent<TElement>) => void;
  readonly onPointerEnter: () => void;
  readonly onPointerLeave: () => void;
  readonly "data-sl-active": "" | undefined;
}

/** Options of {@link useChartNavigation}. */
export interface ChartNavigationOptions {
  /**
   * The index to land on in `toRow` when Up or Down leaves `from`: by default the same index, clamped to the
   * row's length. A timeline passes the mark nearest in time instead.
   */
  readonly nearestInRow?: ((from: ChartPosition, toRow: number) => number) | undefined;
  /** Called for a key the hook does not handle, with the focused mark's place (Enter to open it, say). */
  readonly onOtherKey?: ((event: KeyboardEvent<Element>, position: ChartPosition) => void) | undefined;
  /**
   * Called when a key moves to a mark that is not rendered (a virtualised chart keeps far rows out of the
   * page): render it, then call `focusMark` with the same position.
   */
  readonly onMissingMark?: ((position: ChartPosition) => void) | undefined;
}

/** What {@link useChartNavigation} gives a chart. */
export interface ChartNavigation<TElement extends Element = SVGElement> {
  /** The mark that holds the tab stop (the last one focused, at first the first mark). */
  readonly current: ChartPosition | null;
  /** The mark whose tooltip is open, or `null`. */
  readonly tooltip: ChartPosition | null;
  /** Whether focus is on one of the chart's marks. */
  readonly focused: boolean;
  /** Props for the mark at a position. */
  readonly getMarkProps: (row: number, index: number) => ChartMarkProps<TElement>;
  /** Move focus to a mark (after a view change, say). */
  readonly focusMark: (position: ChartPosition) => void;
  /** Props for the tooltip element, so that hovering it keeps it open (WCAG 1.4.13). */
  readonly tooltipProps: { readonly onPointerEnter: () => void; readonly onPointerLeave: () => void };
}

const same = (a: ChartPosition | null, row: number, index: number): boolean =>
  a !== null && a.row === row && a.index === index;

/**
 * Roving focus and tooltips over a chart's marks, given how many marks each row has.
 *
 * @example
 * const nav = useChartNavigation([9, 9, 9, 9, 9]); // five histograms of nine bars
 * <rect {...nav.getMarkProps(item, bar)} role="img" aria-label="Nära för mig: 3, 2 systemledningar" />
 */
export function useChartNavigation<TElement extends HTMLElement | SVGElement = SVGElement>(
  rowLengths: readonly number[],
  options: ChartNavigationOptions = {},
): ChartNavigation<TElement> {
  const elements = useRef(new Map<string, TElement>());
  const { nearestInRow, onOtherKey, onMissingMark } = options;
  const [current, setCurrent] = useState<ChartPosition | null>(null);
  const [focused, setFocused] = useState(false);
  const [tooltipHidden, setTooltipHidden] = useState(false);
  // The mark last hovered, and whether the pointer is on it or on its tooltip: moving from a mark onto its
  // tooltip keeps that mark's tooltip open (WCAG 1.4.13), whichever mark has focus.
  const [hover, setHover] = useState<{
    readonly target: ChartPosition | null;
    readonly onMark: boolean;
    readonly onTooltip: boolean;
  }>({ target: null, onMark: false, onTooltip: false });

  // The tab stop falls back to the first mark while none has been focused, or when data changes under it.
  const first = firstPosition(rowLengths);
  const stop =
    current !== null && current.row < rowLengths.length && current.index < (rowLengths[current.row] ?? 0)
      ? current
      : first;

  const hoverTooltip = hover.onMark || hover.onTooltip ? hover.target : null;
  const tooltip = tooltipHidden ? null : (hoverTooltip ?? (focused ? stop : null));
  const tooltipOpen = tooltip !== null;

  const focusAt = useCallback(
    (position: ChartPosition) => {
      const element = elements.current.get(`${position.row}:${position.index}`);
      if (element !== undefined) element.focus();
      else onMissingMark?.(position);
    },
    [onMissingMark],
  );

  const move = useCallback(
    (event: KeyboardEvent<TElement>, from: ChartPosition) => {
      let next: ChartPosition | null;
      switch (event.key) {
        case "ArrowRight":
          next = step(rowLengths, from, 1);
          break;
        case "ArrowLeft":
          next = step(rowLengths, from, -1);
          break;
        case "ArrowDown":
          next = rowStep(rowLengths, from, 1, nearestInRow);
          break;
        case "ArrowUp":
          next = rowStep(rowLengths, from, -1, nearestInRow);
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
          onOtherKey?.(event, from);
          return;
      }
      // Arrows never scroll the page while a chart has focus, even at the first or last mark.
      event.preventDefault();
      if (next !== null) focusAt(next);
    },
    [rowLengths, focusAt, tooltipOpen, nearestInRow, onOtherKey],
  );

  const getMarkProps = useCallback(
    (row: number, index: number): ChartMarkProps<TElement> => ({
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
      onPointerLeave: () =>
        setHover((previous) => (same(previous.target, row, index) ? { ...previous, onMark: false } : previous)),
      "data-sl-active": same(stop, row, index) && focused ? "" : undefined,
    }),
    [stop, focused, move],
  );

  const tooltipProps = {
    onPointerEnter: () => setHover((previous) => ({ ...previous, onTooltip: true })),
    onPointerLeave: () => setHover((previous) => ({ ...previous, onTooltip: false })),
  };
  return { current: stop, tooltip, focused, getMarkProps, focusMark: focusAt, tooltipProps };
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

/** The same position (or the one `nearestInRow` picks) in the next row with marks (delta +1) or the previous (−1), clamped to its length. */
function rowStep(
  rowLengths: readonly number[],
  from: ChartPosition,
  delta: 1 | -1,
  nearestInRow: ChartNavigationOptions["nearestInRow"],
): ChartPosition | null {
  for (let row = from.row + delta; row >= 0 && row < rowLengths.length; row += delta) {
    const length = rowLengths[row] ?? 0;
    if (length > 0)
      return {
        row,
        index: Math.max(0, Math.min(nearestInRow === undefined ? from.index : nearestInRow(from, row), length - 1)),
      };
  }
  return null;
}
