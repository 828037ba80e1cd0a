/**
 * The rendered width of an element, for charts whose text must stay at its real size: an SVG drawn in the
 * container's own pixels keeps 12 px labels at 12 px on a phone and on a wall screen, where a scaled
 * viewBox would shrink or blow them up. Before the first measurement (and in a server render) the
 * fallback width is used.
 */
import { useRef, useState, type RefObject } from "react";
import { useClientLayoutEffect } from "./use-client-layout-effect.js";

/**
 * Measure an element's content width and follow its changes (ResizeObserver), rounded to whole pixels so
 * sub-pixel jitter does not re-render. The third value says whether the first measurement was taken.
 *
 * @example
 * const [ref, width, measured] = useMeasuredWidth<HTMLDivElement>(400);
 * <div ref={ref}><svg viewBox={`0 0 ${width} 40`} width={width} height={40}>…</svg></div>
 */
export function useMeasuredWidth<TElement extends HTMLElement>(
  fallback: number,
): [RefObject<TElement | null>, number, boolean] {
  const ref = useRef<TElement | null>(null);
  const [width, setWidth] = useState(fallback);
  // Whether the first measurement has been taken (before paint); a costly layout can wait for it.
  // Without a layout engine (a server, jsdom) it is still set, and the fallback width stays.
  const [measured, setMeasured] = useState(false);
  useClientLayoutEffect(() => {
    const element = ref.current;
    // Measuring layout before the browser paints is what a layout effect is for (react.dev, useLayoutEffect):
    // the state it sets comes from the DOM, which no render can read.
    setMeasured(true);
    if (element === null) return;
    const update = (next: number) => {
      const rounded = Math.round(next);
      if (rounded > 0) setWidth(rounded);
    };
    // The content box, as the ResizeObserver reports it: measuring the border box here would give a width
    // the observer corrects a frame later, and a large chart would be drawn twice.
    const style = getComputedStyle(element);
    const edges = ["borderLeftWidth", "borderRightWidth", "paddingLeft", "paddingRight"] as const;
    update(
      element.getBoundingClientRect().width -
        edges.reduce((sum, edge) => sum + (Number.parseFloat(style[edge]) || 0), 0),
    );
    if (typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver((entries) => {
      const entry = entries[0];
      if (entry !== undefined) update(entry.contentRect.width);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width, measured];
}
